"""`/<lang>/status/`: the service status for people — the checks of `/healthz`, in words."""

from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from portal.health import run_checks

# What each check means to a resident, in the order shown.
SERVICES = {
    "database": (
        _("Pages, registrations and feedback"),
        _("Reading and saving everything you see and send on the portal."),
    ),
    "cache": (
        _("Fast page delivery"),
        _("Keeps pages quick; the portal is slower without it."),
    ),
    "broker": (
        _("Emails and translations"),
        _("Sends confirmation emails and translates messages in the background."),
    ),
}
STATES = {
    "ok": _("Working"),
    "eager": _("Working (handled directly, without a queue)"),
    "down": _("Not working"),
}


@never_cache
@require_GET
def service_status(request):
    healthy, results = run_checks()
    services = [
        {
            "name": name,
            "label": label,
            "explanation": explanation,
            "state": results[name],
            "state_label": STATES[results[name]],
            "is_up": results[name] != "down",
        }
        for name, (label, explanation) in SERVICES.items()
    ]
    return render(
        request,
        "portal/status.html",
        {"healthy": healthy, "services": services},
        status=200 if healthy else 503,
    )
