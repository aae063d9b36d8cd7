"""Request and response hardening that Django's settings cannot express:
ContentSecurityPolicyMiddleware and RejectNullCharactersMiddleware (at the end of this file).

Content-Security-Policy for every response (Django 5.2 has no CSP of its own). Two policies,
both from settings (portal/settings/base.py):

- CONTENT_SECURITY_POLICY, the public site (every page outside the two admin sites): scripts and
  styles only from this origin, no inline script, no event-handler attribute, no inline style,
  no eval. The site's templates carry none; JSON-LD blocks (<script type="application/ld+json">)
  are data, which script-src does not govern.
- CONTENT_SECURITY_POLICY_ADMIN, the Wagtail admin (/admin/) and the Django admin
  (/django-admin/): Wagtail 8's page editor and explorer still write inline scripts (date
  pickers, inline panels, page-type data), so this one allows 'unsafe-inline' for scripts and
  styles — never eval — images from https: (embed thumbnails in the editor) and Wagtail's
  check for new releases. Only signed-in staff, behind MFA in production, reach it.
- The portal's own admin views, which show what residents wrote (feedback queue and items,
  registrations, the KPI dashboard and its feedback drill-down: CSP_STRICT_ADMIN_PATHS), carry
  none of that, so there the admin policy takes the public site's script-src and style-src:
  no inline script or style at all where residents' text is shown to staff.

frame-ancestors follows the response's X-Frame-Options (XFrameOptionsMiddleware, DENY by
default): 'none', or 'self' where a view allows framing by its own site (Wagtail's preview
panel). A response that sets its own policy (residents' attachments: "default-src 'none';
sandbox") keeps it.
"""

from django.conf import settings
from django.core.exceptions import SuspiciousOperation
from django.utils import translation

from participation.open311.errors import NULL_CHARACTER
from participation.open311.locales import error_language
from participation.open311.rendering import render_errors

ADMIN_PREFIXES = ("/admin/", "/django-admin/")
HEADER = "Content-Security-Policy"
REPORT_ONLY_HEADER = "Content-Security-Policy-Report-Only"


def serialize(policy: dict[str, list[str] | tuple[str, ...]]) -> str:
    """``directive source source; …`` in the order given; a directive without sources (such
    as upgrade-insecure-requests) stands alone."""
    parts = []
    for directive, sources in policy.items():
        parts.append(" ".join([directive, *sources]) if sources else directive)
    return "; ".join(parts)


def policy_for(path: str, *, x_frame_options: str | None) -> dict[str, list[str]]:
    public = settings.CONTENT_SECURITY_POLICY
    if path.startswith(ADMIN_PREFIXES):
        policy = {
            name: list(sources) for name, sources in settings.CONTENT_SECURITY_POLICY_ADMIN.items()
        }
        if path.startswith(tuple(settings.CSP_STRICT_ADMIN_PATHS)):
            for name in ("script-src", "style-src"):
                policy[name] = list(public[name])
    else:
        policy = {name: list(sources) for name, sources in public.items()}
    framed_by_self = (x_frame_options or "").upper() == "SAMEORIGIN"
    policy["frame-ancestors"] = ["'self'"] if framed_by_self else ["'none'"]
    return policy


class ContentSecurityPolicyMiddleware:
    """Adds the policy for the request's part of the site. Place it before (outside)
    XFrameOptionsMiddleware and the page cache, so it sees their final headers."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if HEADER in response or REPORT_ONLY_HEADER in response:
            return response
        if getattr(response, "xframe_options_exempt", False):
            x_frame_options = "SAMEORIGIN"  # framed on purpose; never by another site
        else:
            x_frame_options = response.get("X-Frame-Options")
        policy = policy_for(request.path_info, x_frame_options=x_frame_options)
        header = REPORT_ONLY_HEADER if settings.CONTENT_SECURITY_POLICY_REPORT_ONLY else HEADER
        response[header] = serialize(policy)
        return response


NUL = "\x00"
OPEN311_PREFIX = "/open311/v2/"


def _has_nul(data) -> bool:
    return any(NUL in key or any(NUL in value for value in values) for key, values in data.lists())


class RejectNullCharactersMiddleware:
    """A NUL character in the path, the query string or a form field is refused with 400
    before any view runs: no text column can hold one (PostgreSQL refuses it, and an
    unguarded query would fail with a server error), and no person types one. Open311
    clients get the error in the spec's format; anyone else Django's 400 page (the
    request is logged as suspicious). Uploaded files are not inspected here."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if NUL in request.path_info or _has_nul(request.GET) or self._body_has_nul(request):
            if request.path_info.startswith(OPEN311_PREFIX):
                return self._open311_error(request)
            raise SuspiciousOperation("null character in the request")
        return self.get_response(request)

    @staticmethod
    def _body_has_nul(request) -> bool:
        if request.method != "POST":
            return False
        content_type = request.content_type or ""
        if content_type not in ("application/x-www-form-urlencoded", "multipart/form-data"):
            return False
        try:
            return _has_nul(request.POST)
        except Exception:  # a malformed body: the view's own parsing answers it
            return False

    @staticmethod
    def _open311_error(request):
        language = error_language(request.GET.get("locale", "").replace(NUL, ""))
        fmt = "xml" if request.path_info.rstrip("/").endswith(".xml") else "json"
        with translation.override(language):
            response = render_errors(
                [{"code": 400, "description": str(NULL_CHARACTER)}], fmt=fmt, status=400
            )
        response["Content-Language"] = language
        return response
