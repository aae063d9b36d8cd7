"""Request and response hardening that Django's settings cannot express:
ContentSecurityPolicyMiddleware and RejectUnreadableRequestsMiddleware (at the end of this file).

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

import codecs

from django.conf import settings
from django.core.exceptions import BadRequest, RequestDataTooBig, SuspiciousOperation
from django.http import Http404
from django.utils import translation

from participation.open311 import errors as open311_errors
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


FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
# The largest id a database integer column holds (PostgreSQL bigint, SQLite INTEGER).
MAX_ID = 2**63 - 1


def readable_charset(charset: str | None) -> bool:
    """Whether a form body in `charset` can be read: a codec Python knows that writes the
    characters of the form encoding (ASCII letters, digits, = & % +) as ASCII does. UTF-16,
    UTF-32 and EBCDIC do not; the decoded fields would be garbage or fail to decode."""
    if not charset:
        return True
    try:
        codec = codecs.lookup(charset)
    except LookupError:
        return False
    sample = "name=A-z_0.9%2B+&x=~"
    try:
        return codec.encode(sample)[0] == sample.encode("ascii")
    except UnicodeError:
        return False


class RejectUnreadableRequestsMiddleware:
    """A request the portal cannot read is refused before any view runs: a NUL character in
    the path, the query string or a form field (no text column can hold one, and no person
    types one), a form in a charset that is not ASCII-compatible (Django itself reads
    url-encoded forms in UTF-8 only), a body over DATA_UPLOAD_MAX_MEMORY_SIZE (413 for
    Open311). Open311 clients get the error in the spec's format; anyone else Django's 400
    page (the request is logged as suspicious). Uploaded files are not inspected here."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        open311 = request.path_info.startswith(OPEN311_PREFIX)
        if request.method == "POST" and (request.content_type or "") in FORM_TYPES:
            if not readable_charset(request.content_params.get("charset")):
                if open311:
                    return self._open311_error(request, open311_errors.CHARSET_UNREADABLE)
                raise SuspiciousOperation("form body in a charset that is not ASCII-compatible")
            try:
                request.POST  # noqa: B018  (parsed here, once, so that its errors are answered here)
            except RequestDataTooBig:
                if open311:
                    return self._open311_error(
                        request, open311_errors.REQUEST_TOO_LARGE, status=413
                    )
                raise
            except BadRequest:  # Django reads url-encoded forms in UTF-8 only
                if open311:
                    return self._open311_error(request, open311_errors.CHARSET_UNREADABLE)
                raise
        if NUL in request.path_info or _has_nul(request.GET) or self._body_has_nul(request):
            if open311:
                return self._open311_error(request, open311_errors.NULL_CHARACTER)
            raise SuspiciousOperation("null character in the request")
        return self.get_response(request)

    @staticmethod
    def _body_has_nul(request) -> bool:
        if request.method != "POST":
            return False
        if (request.content_type or "") not in FORM_TYPES:
            return False
        try:
            return _has_nul(request.POST)
        except Exception:  # a malformed body: the view's own parsing answers it
            return False

    @staticmethod
    def _open311_error(request, message, *, status=400):
        language = error_language(request.GET.get("locale", "").replace(NUL, ""))
        fmt = "xml" if request.path_info.rstrip("/").endswith(".xml") else "json"
        with translation.override(language):
            response = render_errors(
                [{"code": status, "description": str(message)}], fmt=fmt, status=status
            )
        response["Content-Language"] = language
        return response


class RejectOutOfRangeIdsMiddleware:
    """An integer path parameter (any route's <int:…>, the admin sites' included) beyond what
    a database column holds is a 404 before the view runs: SQLite cannot even bind it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        for value in (*view_args, *view_kwargs.values()):
            if isinstance(value, int) and not -MAX_ID <= value <= MAX_ID:
                raise Http404("id out of range")
        return None
