"""Open311 GeoReport v2 endpoints: thin views over params/intake, selectors, services and
serializers. Every answer, errors included, is in the format the URL's extension names."""

import json
from functools import wraps

from django.http import HttpResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.csrf import csrf_exempt

from portal.client_ip import client_ip

from . import conf, selectors, serializers, services
from .errors import (
    API_KEY_IN_QUERY,
    JURISDICTION_UNKNOWN,
    NOT_FOUND,
    REQUEST_NOT_FOUND,
    SERVICE_NOT_FOUND,
    MethodNotAllowed,
    NotFound,
    Open311Error,
    TooManyRequests,
)
from .intake import read_service_request
from .locales import content_language, error_language
from .openapi import document
from .params import read_search
from .rendering import render, render_errors

# A URL conf without language prefixes (see _answer_as_is).
API_URLCONF = "participation.open311.api_urlconf"


def endpoint(*methods: str):
    """Format checked, method checked, content in the `locale` language, CSRF-exempt (clients
    authenticate with api_key, not with a session), errors in the spec's format."""
    allowed = (*methods, "HEAD") if "GET" in methods else methods

    def decorate(view):
        @csrf_exempt
        @wraps(view)
        def wrapper(request, fmt: str = "json", **kwargs):
            _answer_as_is(request)
            locale = request.GET.get("locale") or request.POST.get("locale")
            language = content_language(locale)
            try:
                if fmt not in conf.MEDIA_TYPES:
                    fmt = "json"
                    raise NotFound(NOT_FOUND)
                if request.method not in allowed:
                    raise MethodNotAllowed(method=request.method, allowed=allowed)
                _check_jurisdiction(request)
                with translation.override(language):
                    response = view(request, fmt=fmt, language=language, **kwargs)
            except Open311Error as error:
                language = error_language(locale)
                with translation.override(language):
                    response = render_errors(error.as_list(), fmt=fmt, status=error.status)
                if isinstance(error, MethodNotAllowed):
                    response["Allow"] = ", ".join(error.allowed)
                if isinstance(error, TooManyRequests):
                    response["Retry-After"] = str(error.retry_after)
            response["Content-Language"] = language
            if request.method == "HEAD":
                response.content = b""
            return response

        return wrapper

    return decorate


def _check_jurisdiction(request) -> None:
    """jurisdiction_id is optional; given, it must name this portal's jurisdiction."""
    given = request.POST.get("jurisdiction_id") or request.GET.get("jurisdiction_id") or ""
    given = given.strip()
    if given and given.lower() != conf.jurisdiction_id().lower():
        raise NotFound(JURISDICTION_UNKNOWN, id=given)


def _answer_as_is(request) -> None:
    """LocaleMiddleware answers a 404 outside the language prefixes with a redirect to
    /ko/<path>/ whenever that path would resolve — and Wagtail's page serving resolves any
    path. An API's 404 must stay a 404 in the spec's format, so for these requests the
    middleware is shown a URL conf in which no language prefix is used."""
    request.urlconf = API_URLCONF


@endpoint("GET")
def discovery(request, *, fmt, language):
    url = request.build_absolute_uri(reverse("open311:discovery", kwargs={"fmt": fmt}))
    data = serializers.discovery(url=url.rsplit("/", 1)[0])
    return render(data, fmt=fmt, root="discovery")


@endpoint("GET")
def service_list(request, *, fmt, language):
    data = [serializers.service(category, language=language) for category in selectors.services()]
    return render(data, fmt=fmt, root="services")


@endpoint("GET")
def service_definition(request, *, fmt, language, code):
    category = selectors.service_with_definition(code)
    if category is None:
        raise NotFound(SERVICE_NOT_FOUND, code=code)
    data = serializers.service_definition(category, language=language)
    return render(data, fmt=fmt, root="service_definition")


@endpoint("GET", "POST")
def service_requests(request, *, fmt, language):
    if request.method == "POST":
        return _create_request(request, fmt=fmt, language=language)
    items = selectors.search_requests(read_search(request.GET))
    data = [serializers.service_request(item, language=language) for item in items]
    return render(data, fmt=fmt, root="service_requests")


def _create_request(request, *, fmt, language):
    # A key in the URL would land in access logs: refused, even beside one in the body.
    if "api_key" in request.GET:
        raise Open311Error(API_KEY_IN_QUERY)
    client = services.authenticate_client(
        request.POST.get("api_key", ""), ip_address=client_ip(request)
    )
    services.count_client_request(client=client)  # before the request is read: invalid ones count
    item = services.submit_service_request(
        client=client, arguments=read_service_request(request.POST), language=language
    )
    response = render([serializers.created_request(item)], fmt=fmt, root="service_requests")
    response["Cache-Control"] = "no-store"
    return response


@endpoint("GET")
def service_request(request, *, fmt, language, request_id):
    item = selectors.request_by_id(request_id)
    if item is None:
        raise NotFound(REQUEST_NOT_FOUND, id=request_id)
    data = [serializers.service_request(item, language=language)]
    return render(data, fmt=fmt, root="service_requests")


@endpoint("GET")
def openapi(request, *, fmt, language):
    return HttpResponse(
        json.dumps(document(), ensure_ascii=False, indent=2).encode("utf-8"),
        content_type="application/json; charset=utf-8",
    )


@csrf_exempt
def not_found(request, path: str = ""):
    """Anything else under /open311/v2/, with any method."""
    _answer_as_is(request)
    language = error_language(request.GET.get("locale"))
    with translation.override(language):
        response = render_errors(
            NotFound(NOT_FOUND).as_list(),
            fmt="xml" if path.endswith(".xml") else "json",
            status=404,
        )
    response["Content-Language"] = language
    return response
