from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import (
    add_check_in_staff,
    registrations_csv,
    registrations_index,
    registrations_overview,
    remove_check_in_staff,
    resolve_conflict,
)
from .permissions import may_see_overview


@hooks.register("register_admin_urls")
def register_registration_admin_urls():
    return [
        path("registrations/", registrations_overview, name="registrations_admin_overview"),
        path(
            "registrations/event/<int:event_id>/",
            registrations_index,
            name="registrations_admin_index",
        ),
        path(
            "registrations/event/<int:event_id>/export.csv",
            registrations_csv,
            name="registrations_admin_csv",
        ),
        path(
            "registrations/event/<int:event_id>/check-in-staff/",
            add_check_in_staff,
            name="registrations_admin_add_check_in_staff",
        ),
        path(
            "registrations/event/<int:event_id>/check-in-staff/<int:user_id>/remove/",
            remove_check_in_staff,
            name="registrations_admin_remove_check_in_staff",
        ),
        path(
            "registrations/event/<int:event_id>/conflicts/<int:conflict_id>/resolve/",
            resolve_conflict,
            name="registrations_admin_resolve_check_in_conflict",
        ),
    ]


class RegistrationsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_overview(request.user)


@hooks.register("register_admin_menu_item")
def register_registrations_menu_item():
    return RegistrationsMenuItem(
        _("Registrations"),
        reverse("registrations_admin_overview"),
        icon_name="user",
        order=350,
    )
