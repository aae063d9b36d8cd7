"""The minimal view: what any form POST on this stack costs at the least — the middleware, the
CSRF check, one INSERT in a transaction, a redirect. GET hands out the CSRF cookie and token."""

from django.db import transaction
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import redirect
from django.utils.html import format_html
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from participation.models import OutboundEmail

SUBJECT = "bench-minimal"


@never_cache
@require_http_methods(["GET", "POST"])
def minimal(request):
    if request.method == "GET":
        return HttpResponse(
            format_html(
                '<form method="post"><input type="hidden" name="csrfmiddlewaretoken" '
                'value="{}"></form>',
                get_token(request),
            )
        )
    with transaction.atomic():
        OutboundEmail.objects.create(
            to=[request.POST.get("email", "")],
            from_email="bench@localhost",
            subject=SUBJECT,
            body_text="",
            language="ko",
        )
    return redirect("registrations:check_email")
