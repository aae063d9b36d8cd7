"""The portal's URLs plus /<lang>/bench/empty/: the floor any page of this stack stands on."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import path

from portal.urls import urlpatterns as portal_urlpatterns

from .views import empty

urlpatterns = [
    *i18n_patterns(path("bench/empty/", empty, name="bench_empty")),
    *portal_urlpatterns,
]
