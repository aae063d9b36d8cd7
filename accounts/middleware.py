from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _

PROTECTED_PREFIXES = ("/admin/", "/django-admin/")


def staff_surface(view):
    """Marks a view outside the admin sites that only staff use (the check-in page), so that
    StaffMFARequiredMiddleware guards it like the admin sites."""
    view.staff_surface = True
    return view


def is_staff_surface(path: str, view) -> bool:
    return path.startswith(PROTECTED_PREFIXES) or getattr(view, "staff_surface", False)


class StaffMFARequiredMiddleware:
    """With PORTAL_REQUIRE_STAFF_MFA on, a staff session reaches a staff surface (both admin
    sites, and every view marked with staff_surface) only once TOTP is set up. The one place
    that enforces it: views do not check MFA themselves."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not self._must_set_up_mfa(request, view_func):
            return None
        messages.warning(
            request,
            _("Staff accounts must set up two-factor authentication before using the admin."),
        )
        return redirect("mfa_activate_totp")

    @staticmethod
    def _must_set_up_mfa(request, view_func):
        if not getattr(settings, "PORTAL_REQUIRE_STAFF_MFA", False):
            return False
        if not is_staff_surface(request.path_info, view_func):
            return False
        user = request.user
        return user.is_authenticated and user.is_staff and not is_mfa_enabled(user)
