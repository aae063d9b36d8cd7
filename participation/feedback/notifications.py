"""Emails to the resident, rendered in the language they used the site in and queued for
Celery (participation.emails: sent after commit, at most once). Call them inside the
transaction of the change they report, so a rollback sends nothing."""

from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from participation.emails import queue_email

from . import conf
from .codes import format_tracking_code
from .links import status_url

SUBJECTS = {
    # Marked here, translated when sent (inside translation.override).
    "received": lambda: _("We have received your feedback (%(code)s)"),
    "reply": lambda: _("New reply to your feedback (%(code)s)"),
    "status": lambda: _("Your feedback is now: %(status)s (%(code)s)"),
}


def notify_resident(*, item, kind: str, message=None):
    """Queue the `kind` email about `item`; None when there is nobody to write to."""
    address = item.contact_address
    if not address or item.personal_data_erased_at:
        return None
    language = item.site_language
    with translation.override(language):
        context = {
            "item": item,
            "message": message,
            "code": format_tracking_code(item.tracking_code),
            "status_url": status_url(item),
            "status": item.get_status_display(),
            "reopen_days": conf.reopen_period().days,
        }
        subject = SUBJECTS[kind]() % {"code": context["code"], "status": context["status"]}
        body = render_to_string(f"feedback/emails/{kind}.txt", context)
    email = EmailMultiAlternatives(subject=subject, body=body, to=[address])
    return queue_email(message=email, language=language)
