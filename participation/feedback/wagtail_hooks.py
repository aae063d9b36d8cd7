"""The feedback triage queue and the feedback reference data in the Wagtail admin."""

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.sidebar import LinkMenuItem
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms.panels import translated_panels

from . import admin_translation_views, admin_views
from .models import (
    ApiKey,
    Department,
    FeedbackItem,
    ServiceAttribute,
    ServiceAttributeValue,
    ServiceCategory,
)
from .permissions import can_access_queue, visible_items
from .selectors import overdue_q, replies_awaiting_translation


class ApiKeyPermissionPolicy(ModelPermissionPolicy):
    """Keys are issued by `manage.py create_open311_key`, which shows the key once; the admin
    only renames, deactivates or deletes them."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a != "add"])


# Before the viewsets below are built, or Wagtail falls back to its default policy.
register_permission_policy(ApiKey, ApiKeyPermissionPolicy(ApiKey))


class DepartmentMembersForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Only staff can work in the queue; listing every resident's account would leak them.
        self.fields["members"].queryset = get_user_model().objects.filter(is_staff=True)


class DepartmentViewSet(SnippetViewSet):
    model = Department
    icon = "group"
    list_display = ["code", "name"]
    search_fields = ["code", "name"]
    # Wagtail reads the form class from the edit handler, not from the viewset.
    edit_handler = ObjectList(
        [
            FieldPanel("code"),
            *translated_panels("name"),
            FieldPanel("members", widget=forms.CheckboxSelectMultiple),
        ],
        base_form_class=DepartmentMembersForm,
    )


class ServiceCategoryViewSet(SnippetViewSet):
    model = ServiceCategory
    icon = "tag"
    list_display = ["code", "name", "department", "sla_days", "is_active", "sort_order"]
    list_filter = ["is_active", "department"]
    search_fields = ["code", "name"]
    panels = [
        FieldPanel("code"),
        FieldPanel("department"),
        FieldPanel("sla_days"),
        FieldPanel("group"),
        FieldPanel("keywords"),
        FieldPanel("is_active"),
        FieldPanel("sort_order"),
        *translated_panels("name", "description"),
    ]


class ServiceAttributeViewSet(SnippetViewSet):
    model = ServiceAttribute
    icon = "form"
    list_display = ["category", "code", "datatype", "required", "order"]
    list_filter = ["category", "datatype"]
    panels = [
        FieldPanel("category"),
        FieldPanel("code"),
        FieldPanel("datatype"),
        FieldPanel("required"),
        FieldPanel("order"),
        *translated_panels("description"),
    ]


class ServiceAttributeValueViewSet(SnippetViewSet):
    model = ServiceAttributeValue
    icon = "list-ul"
    list_display = ["attribute", "key", "name"]
    list_filter = ["attribute__category"]
    panels = [FieldPanel("attribute"), FieldPanel("key"), *translated_panels("name")]


class ApiKeyViewSet(SnippetViewSet):
    model = ApiKey
    icon = "key"
    list_display = ["name", "is_active", "created_at", "last_used_at"]
    list_filter = ["is_active"]
    search_fields = ["name"]
    copy_view_enabled = False
    panels = [FieldPanel("name"), FieldPanel("is_active")]


class FeedbackSettingsViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Feedback settings")
    menu_icon = "cogs"
    items = (
        DepartmentViewSet,
        ServiceCategoryViewSet,
        ServiceAttributeViewSet,
        ServiceAttributeValueViewSet,
        ApiKeyViewSet,
    )


register_snippet(FeedbackSettingsViewSetGroup)


class FeedbackMenuItem(MenuItem):
    """Shown to those who may work in the queue, with the number of their overdue items."""

    def is_shown(self, request):
        return can_access_queue(request.user)

    def render_component(self, request):
        overdue = visible_items(request.user).filter(overdue_q()).count()
        label = self.label
        if overdue:
            label = gettext("Feedback (%(count)s overdue)") % {"count": overdue}
        return LinkMenuItem(self.name, label, self.url, icon_name=self.icon_name, attrs=self.attrs)


class AwaitingTranslationMenuItem(MenuItem):
    """Staff replies on the user's items that the resident cannot read yet, counted."""

    def is_shown(self, request):
        return can_access_queue(request.user)

    def render_component(self, request):
        waiting = replies_awaiting_translation(visible_items(request.user)).count()
        label = self.label
        if waiting:
            label = gettext("Awaiting translation (%(count)s)") % {"count": waiting}
        return LinkMenuItem(self.name, label, self.url, icon_name=self.icon_name, attrs=self.attrs)


@hooks.register("register_admin_menu_item")
def register_awaiting_translation_menu_item():
    return AwaitingTranslationMenuItem(
        _("Awaiting translation"),
        reverse("feedback_admin_awaiting_translation"),
        name="feedback-awaiting-translation",
        icon_name="mail",
        order=251,
    )


@hooks.register("register_admin_menu_item")
def register_feedback_menu_item():
    return FeedbackMenuItem(
        _("Feedback"), reverse("feedback_admin_queue"), name="feedback", icon_name="mail", order=250
    )


@hooks.register("register_permissions")
def register_feedback_permissions():
    # Editable in Wagtail's group settings: queue access, and seeing every department.
    return Permission.objects.filter(
        content_type__app_label=FeedbackItem._meta.app_label,
        codename__in=["view_feedbackitem", "triage_all_feedback"],
    )


@hooks.register("register_admin_urls")
def register_feedback_admin_urls():
    return [
        path("feedback/", admin_views.queue, name="feedback_admin_queue"),
        path("feedback/<int:pk>/", admin_views.item_detail, name="feedback_admin_item"),
        path(
            "feedback/<int:pk>/files/<int:attachment_id>/",
            admin_views.attachment_download,
            name="feedback_admin_attachment",
        ),
        path("feedback/<int:pk>/reply/", admin_views.reply, name="feedback_admin_reply"),
        path("feedback/<int:pk>/note/", admin_views.add_note, name="feedback_admin_note"),
        path("feedback/<int:pk>/status/", admin_views.change_status, name="feedback_admin_status"),
        path(
            "feedback/<int:pk>/department/",
            admin_views.assign_department,
            name="feedback_admin_department",
        ),
        path(
            "feedback/<int:pk>/language/",
            admin_views.correct_language,
            name="feedback_admin_language",
        ),
        path(
            "feedback/awaiting-translation/",
            admin_translation_views.awaiting_translation,
            name="feedback_admin_awaiting_translation",
        ),
        path(
            "feedback/<int:pk>/messages/<int:message_id>/retry-translation/",
            admin_translation_views.retry_translation,
            name="feedback_admin_retry_translation",
        ),
        path(
            "feedback/<int:pk>/messages/<int:message_id>/untranslated/",
            admin_translation_views.send_untranslated,
            name="feedback_admin_send_untranslated",
        ),
        path(
            "feedback/<int:pk>/messages/<int:message_id>/translation/",
            admin_views.type_translation,
            name="feedback_admin_translation",
        ),
    ]
