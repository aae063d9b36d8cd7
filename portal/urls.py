from allauth.account.decorators import secure_admin_login
from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.urls import serve_pattern as WAGTAIL_SERVE_PATTERN

from cms.feeds import NewsFeed
from cms.sitemaps import TranslatedPagesSitemap
from cms.views import events_calendar, search, serve_page
from participation.kpis.open_data_views import open_data_page
from participation.proposals.unsubscribe_views import one_click_unfollow
from portal.health import healthz
from portal.status import service_status
from portal.views import switch_language

# Both admin sites sign in through allauth, so MFA and rate limits cover them.
admin.site.login = secure_admin_login(admin.site.login)
wagtail_admin_login = secure_admin_login(RedirectView.as_view(url="/admin/"))

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": TranslatedPagesSitemap}}, name="sitemap"),
    path("language/<str:language>/", switch_language, name="switch_language"),
    path("django-admin/", admin.site.urls),
    path("admin/login/", wagtail_admin_login),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Open311 GeoReport v2: one API for every language, so outside the language prefixes.
    path("open311/v2/", include("participation.open311.urls")),
    # KPI open data: one address for every language (?lang=), outside the language prefixes.
    path("open-data/", include("participation.kpis.open_data_urls")),
    path("open-data/", include("participation.proposals.open_data_urls")),
    # RFC 8058 one-click unfollow from a mail client: no language, no session.
    path(
        "proposals/unfollow/<str:token>/one-click/",
        one_click_unfollow,
        name="proposals_one_click_unfollow",
    ),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("search/", search, name="search"),
    path("events.ics", events_calendar, name="events_calendar"),
    path("events/", include("cms.events.urls")),
    path("news/feed/", NewsFeed(), name="news_feed"),
    path("registrations/", include("participation.registrations.urls")),
    path("feedback/", include("participation.feedback.urls")),
    path("proposals/", include("participation.proposals.urls")),
    path("dashboard/", include("participation.kpis.urls")),
    path("open-data/", open_data_page, name="open_data"),
    path("status/", service_status, name="service_status"),
    # Wagtail's page serving with a fallback for pages not translated yet (cms.views).
    re_path(WAGTAIL_SERVE_PATTERN, serve_page, name="wagtail_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

# allauth's rate limits answer through this (allauth.core.internal.ratelimit.respond_429).
handler429 = "portal.views.too_many_requests"
