"""RFC 8058 one-click unfollow: a mail client POSTs `List-Unsubscribe=One-Click` to the
List-Unsubscribe link of an answer email. CSRF-exempt by design: no session is involved, the
signed token is the credential (as on the unfollow page), and a GET changes nothing."""

from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .links import read_unfollow_token
from .models import Follow


@csrf_exempt
@require_POST
def one_click_unfollow(request, token: str):
    ids = read_unfollow_token(token)
    if ids is None:
        raise Http404
    if request.POST.get("List-Unsubscribe") != "One-Click":
        return HttpResponseBadRequest()
    Follow.objects.filter(proposal_id=ids[0], user_id=ids[1]).delete()
    return HttpResponse(status=204)
