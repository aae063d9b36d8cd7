"""Every URL pattern of the portal, walked through the resolver, with a sample URL for each."""

import re

from django.urls import URLPattern, URLResolver, get_resolver, resolve
from django.urls.exceptions import Resolver404

SAMPLES = {
    "int": "1",
    "str": "x",
    "slug": "x",
    "path": "x",
    "uuid": "00000000-0000-0000-0000-000000000000",
}
_CONVERTER = re.compile(r"<(?:(\w+):)?\w+>")
_REGEX_GROUP = re.compile(r"\(\?P<\w+>[^)]*\)")


def walk(patterns=None, prefix=""):
    """(route, pattern) of every URL pattern, routes of the enclosing resolvers prefixed."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from walk(pattern.url_patterns, route)
        elif isinstance(pattern, URLPattern):
            yield route, pattern


def sample_url(route: str, *, integer: str = SAMPLES["int"]) -> str | None:
    """A URL the route matches, sample values in its parameters (`integer` in each int one);
    None when the route is a regular expression too complex for this."""
    samples = {**SAMPLES, "int": integer}
    url = _CONVERTER.sub(lambda m: samples.get(m.group(1) or "str", "x"), route)
    url = _REGEX_GROUP.sub("1", url)
    url = url.replace("^", "").replace("$", "").replace("\\.", ".").replace("\\", "")
    if re.search(r"[()\[\]*+?|{}]", url):
        return None
    return "/" + url


def routes(*, integer: str = SAMPLES["int"], only_int: bool = False) -> dict:
    """{sample url: view} of every pattern whose sample URL resolves to that pattern."""
    found = {}
    for route, pattern in walk():
        if only_int and "<int:" not in route:
            continue
        url = sample_url(route, integer=integer)
        if url is None:
            continue
        try:
            match = resolve(url)
        except Resolver404:
            continue
        if match.func is pattern.callback:
            found.setdefault(url, pattern.callback)
    return found
