from django.urls import path
from wagtail import hooks

from .admin_views import registrations_csv, registrations_index


@hooks.register("register_admin_urls")
def register_registration_admin_urls():
    return [
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
    ]
