from django.urls import path

from . import check_in_app_views, check_in_views, views

app_name = "registrations"

urlpatterns = [
    path("event/<int:event_id>/", views.register, name="register"),
    path("check-your-email/", views.check_email, name="check_email"),
    path("check-in/<int:event_id>/", check_in_views.check_in_page, name="check_in"),
    path(
        "check-in/<int:event_id>/conflicts/<int:conflict_id>/resolve/",
        check_in_views.resolve_conflict,
        name="resolve_check_in_conflict",
    ),
    path("check-in/<int:event_id>/app/", check_in_app_views.app_page, name="check_in_app"),
    path(
        "check-in/<int:event_id>/app/manifest.webmanifest",
        check_in_app_views.manifest,
        name="check_in_app_manifest",
    ),
    path(
        "check-in/<int:event_id>/app/sw.js",
        check_in_app_views.service_worker,
        name="check_in_app_worker",
    ),
    path(
        "check-in/<int:event_id>/app/tickets.json",
        check_in_app_views.ticket_list_download,
        name="check_in_app_list",
    ),
    path("check-in/<int:event_id>/app/sync/", check_in_app_views.sync, name="check_in_app_sync"),
    # Before the token patterns; a ticket token is 43 characters, never "mine".
    path("mine/", views.my_registrations, name="mine"),
    path("<str:token>/", views.manage, name="manage"),
    path("<str:token>/ticket.ics", views.ics, name="ics"),
    path("<str:token>/cancel/", views.cancel, name="cancel"),
    path("<str:token>/accept/", views.accept, name="accept"),
    path("<str:token>/decline/", views.decline, name="decline"),
    path("<str:token>/accept-fewer/", views.accept_fewer, name="accept_fewer"),
    path("<str:token>/keep-waiting/", views.keep_waiting, name="keep_waiting"),
    path("<str:token>/survey/", views.survey, name="survey"),
]
