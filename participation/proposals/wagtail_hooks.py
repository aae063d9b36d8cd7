"""Proposal rounds for editors (a snippet with its topics) and the moderation queue for staff
in the Wagtail admin."""

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, InlinePanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from cms.panels import translated_panels

from . import admin_comment_views, admin_views
from .models import ProposalRound
from .services.staff import MODERATE_PERMISSION


class ProposalRoundViewSet(SnippetViewSet):
    model = ProposalRound
    icon = "doc-full"
    menu_label = _("Proposal rounds")
    list_display = ["title", "opens_at", "closes_at", "moderation"]
    search_fields = ["title"]
    edit_handler = ObjectList(
        [
            *translated_panels("title", "description"),
            FieldPanel("program"),
            FieldPanel("event"),
            FieldPanel("opens_at"),
            FieldPanel("closes_at"),
            FieldPanel("moderation"),
            FieldPanel("answer_due_days"),
            InlinePanel("topics", label=_("Topics")),
        ]
    )


register_snippet(ProposalRoundViewSet)


class ModerationMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(MODERATE_PERMISSION)


@hooks.register("register_admin_menu_item")
def register_moderation_menu_item():
    return ModerationMenuItem(
        _("Proposals"), reverse("proposals_admin_queue"), icon_name="doc-full", order=310
    )


@hooks.register("register_admin_menu_item")
def register_comment_moderation_menu_item():
    return ModerationMenuItem(
        _("Reported comments"),
        reverse("proposals_admin_comments"),
        icon_name="comment",
        order=311,
    )


@hooks.register("register_permissions")
def register_moderation_permission():
    """Offered in the admin's group editor: who moderates and answers proposals."""
    return Permission.objects.filter(
        content_type__app_label="proposals", codename="change_proposal"
    )


@hooks.register("register_admin_urls")
def register_proposal_admin_urls():
    return [
        path("proposals/", admin_views.queue, name="proposals_admin_queue"),
        path("proposals/<int:pk>/", admin_views.detail, name="proposals_admin_proposal"),
        path("proposals/<int:pk>/publish/", admin_views.publish, name="proposals_admin_publish"),
        path("proposals/<int:pk>/hide/", admin_views.hide, name="proposals_admin_hide"),
        path("proposals/<int:pk>/answer/", admin_views.answer, name="proposals_admin_answer"),
        path("proposals/comments/", admin_comment_views.comments, name="proposals_admin_comments"),
        path(
            "proposals/comments/<int:pk>/hide/",
            admin_comment_views.hide,
            name="proposals_admin_hide_comment",
        ),
        path(
            "proposals/comments/<int:pk>/dismiss/",
            admin_comment_views.dismiss,
            name="proposals_admin_dismiss_reports",
        ),
        path(
            "proposals/comments/<int:pk>/answer/",
            admin_comment_views.answer,
            name="proposals_admin_answer_comment",
        ),
        path(
            "proposals/awaiting-translation/",
            admin_views.awaiting_translation,
            name="proposals_admin_awaiting_translation",
        ),
        path(
            "proposals/translations/<int:pk>/",
            admin_views.translate,
            name="proposals_admin_translate",
        ),
    ]
