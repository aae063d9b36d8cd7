"""/open311/v2/…: each endpoint with its format as the extension (.json or .xml)."""

from django.urls import path, re_path

from . import views

app_name = "open311"

FORMAT = r"\.(?P<fmt>[A-Za-z0-9]+)$"

urlpatterns = [
    path("openapi.json", views.openapi, name="openapi"),
    re_path(r"^discovery" + FORMAT, views.discovery, name="discovery"),
    re_path(r"^services" + FORMAT, views.service_list, name="services"),
    re_path(r"^services/(?P<code>[-\w]+)" + FORMAT, views.service_definition, name="service"),
    re_path(r"^requests" + FORMAT, views.service_requests, name="requests"),
    re_path(r"^requests/(?P<request_id>[^/.]+)" + FORMAT, views.service_request, name="request"),
    re_path(r"^(?P<path>.*)$", views.not_found),
]
