"""The portal's URLs plus /<lang>/bench/minimal/, the baseline the registration view is
measured against (same middleware stack, same language prefix, same CSRF check)."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import path

from portal.urls import urlpatterns as portal_urlpatterns

from .views import minimal

urlpatterns = [
    *i18n_patterns(path("bench/minimal/", minimal, name="bench_minimal")),
    *portal_urlpatterns,
]
