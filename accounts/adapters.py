from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from django.conf import settings
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from participation.emails import queue_email
from portal.client_ip import client_ip
from portal.i18n import supported_language
from portal.links import absolute_url


def on_portal(url: str) -> str:
    """An allauth link moved onto PORTAL_BASE_URL: the host the request came in on may be a
    proxy's or an internal name, not the address residents use."""
    parts = urlsplit(url)
    return absolute_url(parts._replace(scheme="", netloc="").geturl())


def localized_home_url() -> str:
    return reverse("wagtail_serve", args=("",))


class PortalSite:
    """What allauth's email templates call `current_site`: our name, in the active language."""

    def __init__(self, request):
        self.name = _("Gangnam Glocal Portal")
        self.domain = urlsplit(settings.PORTAL_BASE_URL).netloc

    def __str__(self):
        return self.name


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request, user, form, commit=True):
        # Remember the language the resident signed up in: later emails use it.
        user.preferred_language = supported_language(get_language())
        return super().save_user(request, user, form, commit=commit)

    def get_client_ip(self, request):
        # allauth's per-IP limits key on the same address as the portal's own.
        return client_ip(request)

    def get_login_redirect_url(self, request):
        # The home page in the language the visitor was using, not the bare site root.
        return localized_home_url()

    def get_signup_redirect_url(self, request):
        return localized_home_url()

    def get_logout_redirect_url(self, request):
        return localized_home_url()

    def get_email_confirmation_url(self, request, emailconfirmation):
        return on_portal(super().get_email_confirmation_url(request, emailconfirmation))

    def get_reset_password_from_key_url(self, key):
        return on_portal(super().get_reset_password_from_key_url(key))

    def send_mail(self, template_prefix, email, context):
        request = allauth_context.request
        ctx = {"request": request, "email": email, "current_site": PortalSite(request), **context}
        message = self.render_mail(template_prefix, email, ctx)
        # The visitor's current page language is the language of the email.
        queue_email(message=message, language=supported_language(get_language()))


class SocialAccountAdapter(DefaultSocialAccountAdapter):
    def save_user(self, request, sociallogin, form=None):
        sociallogin.user.preferred_language = supported_language(get_language())
        return super().save_user(request, sociallogin, form=form)
