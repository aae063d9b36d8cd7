"""The offline check-in app (an installable web app for door staff): the page, its manifest
and service worker, the ticket-list download and the sync API. The list and the sync are gated
per event by permissions.may_check_in, as the check-in page is, on every request (a staff
member withdrawn from the event during the day is refused at the next sync, in JSON with a
translated message the app shows while it keeps its queue); the manifest and the service
worker name no event's data, so they answer for any number without telling whether it exists.
"""

import hashlib
import json
from datetime import datetime

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from accounts.middleware import staff_surface
from cms.calendar import SEOUL
from cms.models import EventPage

from .app_icons import MANIFEST_ICONS
from .check_in_list import list_expires_at, open_check_in_conflicts, ticket_list
from .permissions import may_check_in
from .selectors import localized_event, registration_counts, source_event
from .services.offline_sync import OfflineCheckIn, sync_offline_check_ins

# What the service worker keeps for offline use besides the page itself.
APP_ASSETS = [
    "vendor/krds/krds.css",
    "css/portal.css",
    "css/forms.css",
    "css/check-in-app.css",
    "js/site-nav.js",
    "js/forms.js",
    "js/check-in-app.js",
    "js/check-in-app-sign-out.js",
    "vendor/jsqr/jsQR.js",
    "img/check-in-app.svg",
    "img/check-in-app-192.png",
]
MAX_BATCH = 500
_ID_CHARACTERS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")


def _permitted_event(request, event_id: int) -> EventPage:
    event = EventPage.objects.filter(pk=event_id).select_related("locale").first()
    # Permission first: someone without it learns nothing, not even whether the event exists.
    if not may_check_in(request.user, event):
        raise PermissionDenied
    if event is None:
        raise Http404
    return source_event(event)


def _event_or_json_refusal(request, event_id: int) -> tuple[EventPage | None, JsonResponse | None]:
    """The JSON endpoints' permission check: a 403 the app can read and show, instead of the
    site's HTML error page."""
    try:
        return _permitted_event(request, event_id), None
    except PermissionDenied:
        refusal = {"error": "forbidden", "message": app_texts()["forbidden"]}
        return None, JsonResponse(refusal, status=403)
    except Http404:
        return None, JsonResponse({"error": "not_found"}, status=404)


def _app_url(name: str, event_id: int) -> str:
    return reverse(f"registrations:{name}", kwargs={"event_id": event_id})


@staff_surface
@never_cache
@login_required
@require_GET
def app_page(request, event_id: int):
    source = _permitted_event(request, event_id)
    shown = localized_event(source, translation.get_language())
    config = {
        "event": source.pk,
        "listUrl": _app_url("check_in_app_list", event_id),
        "syncUrl": _app_url("check_in_app_sync", event_id),
        "workerUrl": _app_url("check_in_app_worker", event_id),
        "scope": _app_url("check_in_app", event_id),
        "logoutUrl": reverse("account_logout"),
        "texts": app_texts(),
    }
    context = {
        "event": shown,
        "starts_at": timezone.localtime(source.starts_at, SEOUL),
        "config": config,
        "manifest_url": _app_url("check_in_app_manifest", event_id),
        "check_in_page_url": _app_url("check_in", event_id),
    }
    return TemplateResponse(request, "registrations/check_in_app.html", context)


def app_texts() -> dict:
    """The app's messages in the page's language, handed to the script in the page itself (no
    JavaScript catalogue to cache separately)."""
    return {
        "online": _("Online"),
        "offline": _("Offline: check-ins are kept on this device."),
        "checkedIn": _("Checked in."),
        "already": _("Already checked in."),
        "unknown": _("Not on this event's ticket list."),
        "noList": _("Download the ticket list first (you need a network once)."),
        "expired": _("The ticket list has expired: the event is over."),
        "listLoaded": _("Ticket list on this device: %(count)s tickets, downloaded %(time)s."),
        "synced": _("Synced with the server."),
        "conflict": _("Already checked in on another device: staff have been told."),
        "signIn": _("Sign in again to sync the check-ins kept on this device."),
        "syncFailed": _("Could not sync now; the check-ins stay on this device."),
        "forbidden": _(
            "You are no longer check-in staff for this event. The check-ins stay on this "
            "device: ask an event manager to sync them."
        ),
        "afterExpiry": _(
            "A check-in made after the ticket list expired was refused; staff can see it on "
            "the check-in page."
        ),
        "unsynced": _(
            "You cannot sign out yet: check-ins on this device are not synced. Sync them "
            "first (a network is needed)."
        ),
        "places": _("Number of places"),
        "scan": _("Scan with the camera"),
        "stopScan": _("Stop the camera"),
    }


@never_cache
@require_GET
def manifest(request, event_id: int):
    scope = _app_url("check_in_app", event_id)
    data = {
        "name": _("Check-in app") + " · " + _("Gangnam Glocal Portal"),
        "short_name": _("Check-in"),
        "lang": translation.get_language(),
        "start_url": scope,
        "scope": scope,
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#003675",
        "icons": [
            {"src": static("img/check-in-app.svg"), "sizes": "any", "type": "image/svg+xml"},
            *(
                {"src": static(path), "sizes": f"{size}x{size}", "type": "image/png"}
                for path, size in MANIFEST_ICONS
            ),
        ],
    }
    return JsonResponse(data, content_type="application/manifest+json")


@never_cache
@require_GET
def service_worker(request, event_id: int):
    scope = _app_url("check_in_app", event_id)
    assets = [static(name) for name in APP_ASSETS]
    # A new release's asset names (hashed in production) make a new cache and retire the old.
    version = hashlib.sha256(json.dumps([scope, *assets]).encode()).hexdigest()[:12]
    script = render_to_string(
        "registrations/check_in_sw.js",
        {"scope": json.dumps(scope), "assets": json.dumps(assets), "version": version},
    )
    return HttpResponse(script, content_type="text/javascript; charset=utf-8")


@staff_surface
@never_cache
@login_required
@require_GET
def ticket_list_download(request, event_id: int):
    source, refusal = _event_or_json_refusal(request, event_id)
    if refusal:
        return refusal
    now = timezone.now()
    if now >= list_expires_at(source):
        return JsonResponse({"error": "expired", "message": app_texts()["expired"]}, status=410)
    data = ticket_list(event=source, now=now)
    data["conflicts"] = open_check_in_conflicts(event_id=source.pk).count()
    return JsonResponse(data)


@staff_surface
@never_cache
@login_required
@require_POST
def sync(request, event_id: int):
    # Checked again on every sync: the assignment may have been withdrawn since the download.
    source, refusal = _event_or_json_refusal(request, event_id)
    if refusal:
        return refusal
    try:
        check_ins = _parsed_batch(json.loads(request.body))
    except (ValueError, TypeError, KeyError, AttributeError):
        return JsonResponse({"error": "invalid"}, status=400)
    results = sync_offline_check_ins(event=source, check_ins=check_ins, staff=request.user)
    counts = registration_counts(event_id=source.pk)
    return JsonResponse(
        {
            "results": [
                {"client_id": item.client_id, "result": item.result, "replayed": item.replayed}
                for item in results
            ],
            "checked_in": counts["checked_in"],
            "conflicts": open_check_in_conflicts(event_id=source.pk).count(),
        }
    )


def _parsed_batch(body: dict) -> list[OfflineCheckIn]:
    device_id = _identifier(body["device_id"])
    items = body["check_ins"]
    if not isinstance(items, list) or len(items) > MAX_BATCH:
        raise ValueError("batch")
    return [
        OfflineCheckIn(
            device_id=device_id,
            client_id=_identifier(item["client_id"]),
            scanned_at=_aware(item["scanned_at"]),
            code_hash=str(item.get("code_hash") or "")[:64],
            code=str(item.get("code") or "")[:200],
        )
        for item in items
    ]


def _identifier(value) -> str:
    if not isinstance(value, str) or not 0 < len(value) <= 64 or set(value) - _ID_CHARACTERS:
        raise ValueError("identifier")
    return value


def _aware(value) -> datetime:
    moment = parse_datetime(value)
    if moment is None:
        raise ValueError("scanned_at")
    return moment if timezone.is_aware(moment) else timezone.make_aware(moment, SEOUL)
