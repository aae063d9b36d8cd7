"""The API's URLs alone, without language prefixes: shown to LocaleMiddleware for API requests
(views._answer_as_is) so that it never redirects an API 404 to a page of the site."""

from django.urls import include, path

urlpatterns = [path("open311/v2/", include("participation.open311.urls"))]
