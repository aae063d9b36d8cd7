"""The empty view: the same middleware and language prefix as a page, no database, no
template — `?bytes=N` bytes of text. No page can be faster than this on the same stack."""

from django.http import HttpResponse

MAX_BYTES = 1_000_000


def empty(request):
    size = min(int(request.GET.get("bytes", "0") or 0), MAX_BYTES)
    return HttpResponse(b"x" * size, content_type="text/html; charset=utf-8")
