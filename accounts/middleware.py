from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _

PROTECTED_PREFIXES = ("/admin/", "/django-admin/")


class StaffMFARequiredMiddleware:
    """With PORTAL_REQUIRE_STAFF_MFA on, staff reach the admin sites only once TOTP is set up."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self._must_set_up_mfa(request):
            messages.warning(
                request,
                _("Staff accounts must set up two-factor authentication before using the admin."),
            )
            return redirect("mfa_activate_totp")
        return self.get_response(request)

    @staticmethod
    def _must_set_up_mfa(request):
        if not getattr(settings, "PORTAL_REQUIRE_STAFF_MFA", False):
            return False
        if not request.path.startswith(PROTECTED_PREFIXES):
            return False
        user = request.user
        return user.is_authenticated and user.is_staff and not is_mfa_enabled(user)
