"""Deploy checks (`manage.py check --deploy`): protections that production settings turn on and
an environment variable can turn off again."""

from django.conf import settings
from django.core.checks import Tags, Warning, register

STAFF_MFA_OFF = "portal.W001"
CSP_REPORT_ONLY = "portal.W002"


@register(Tags.security, deploy=True)
def check_staff_mfa(app_configs, **kwargs):
    if getattr(settings, "PORTAL_REQUIRE_STAFF_MFA", False):
        return []
    return [
        Warning(
            "PORTAL_REQUIRE_STAFF_MFA is off: staff reach the admin sites and the check-in page "
            "with a password alone.",
            hint="Unset PORTAL_REQUIRE_STAFF_MFA or set it to True.",
            id=STAFF_MFA_OFF,
        )
    ]


@register(Tags.security, deploy=True)
def check_csp_enforced(app_configs, **kwargs):
    if not getattr(settings, "CONTENT_SECURITY_POLICY_REPORT_ONLY", False):
        return []
    return [
        Warning(
            "The Content-Security-Policy is sent in report-only mode: browsers do not enforce it.",
            hint="Unset CSP_REPORT_ONLY or set it to False.",
            id=CSP_REPORT_ONLY,
        )
    ]
