"""Links that open an event's venue in the map services residents use: Naver Map, Kakao Map
and OpenStreetMap. Built from the venue's coordinates when it has them, else from its address;
every part is URL-escaped, so a name or address can never break out of the link."""

from dataclasses import dataclass
from urllib.parse import quote, urlencode

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class MapLink:
    service: str  # naver, kakao, osm
    label: str
    url: str


def _korean(venue, field: str) -> str:
    # Naver and Kakao search Korean addresses best; the Korean column is always filled.
    return getattr(venue, f"{field}_ko", None) or getattr(venue, field, "") or ""


def place_of(event) -> tuple[str, str, tuple[float, float] | None]:
    """(name, address to search for, (latitude, longitude) or None) of where `event` is held;
    ("", "", None) for an online-only event."""
    venue = event.venue
    if venue is not None:
        coordinates = None
        if venue.latitude is not None and venue.longitude is not None:
            coordinates = (float(venue.latitude), float(venue.longitude))
        return _korean(venue, "name"), _korean(venue, "address"), coordinates
    address = (event.address or "").strip()
    return address, address, None


def map_links(event) -> list[MapLink]:
    name, address, coordinates = place_of(event)
    if not (address or coordinates):
        return []
    return [
        MapLink("naver", str(_("Open in Naver Map")), naver_map_url(name, address)),
        MapLink("kakao", str(_("Open in Kakao Map")), kakao_map_url(name, address, coordinates)),
        MapLink("osm", str(_("Open in OpenStreetMap")), osm_url(address, coordinates)),
    ]


def _path_part(text: str) -> str:
    return quote(text, safe="")


def naver_map_url(name: str, address: str) -> str:
    # Naver's public links take a search, not coordinates: the Korean address finds the place.
    return f"https://map.naver.com/p/search/{_path_part(address or name)}"


def kakao_map_url(name: str, address: str, coordinates) -> str:
    # Kakao's documented link URLs: /link/map/<name>,<lat>,<lng> puts a named marker.
    if coordinates is None:
        return f"https://map.kakao.com/link/search/{_path_part(address or name)}"
    latitude, longitude = coordinates
    marker = _path_part(name or address)
    return f"https://map.kakao.com/link/map/{marker},{latitude:.6f},{longitude:.6f}"


def osm_url(address: str, coordinates) -> str:
    if coordinates is None:
        return "https://www.openstreetmap.org/search?" + urlencode({"query": address})
    latitude, longitude = coordinates
    marker = urlencode({"mlat": f"{latitude:.6f}", "mlon": f"{longitude:.6f}"})
    return f"https://www.openstreetmap.org/?{marker}#map=17/{latitude:.6f}/{longitude:.6f}"
