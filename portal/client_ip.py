"""The client's IP address, for rate limits and anything else keyed on it.

REMOTE_ADDR is the peer that opened the connection. Behind the TLS proxy that peer is the proxy,
and the client's address is the one the proxy appended to X-Forwarded-For. That header is
believed only when the peer is in PORTAL_TRUSTED_PROXIES (addresses or CIDR networks), and read
from the right: each trusted hop is skipped, the first address that is not a trusted proxy is
the client. What lies left of it was written by the client and is ignored.
"""

import ipaddress
from functools import lru_cache

from django.conf import settings

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


def client_ip(request) -> str:
    peer = request.META.get("REMOTE_ADDR", "")
    networks = _networks(tuple(getattr(settings, "PORTAL_TRUSTED_PROXIES", ()) or ()))
    address = _parse(peer)
    if address is None or not _trusted(address, networks):
        return str(address) if address is not None else peer
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    client = address
    for hop in reversed([hop for hop in forwarded.split(",") if hop.strip()]):
        hop_address = _parse(hop)
        if hop_address is None:
            return str(address)  # garbage where a proxy wrote: trust only the peer
        client = hop_address
        if not _trusted(hop_address, networks):
            break
    return str(client)


def _parse(text: str) -> Address | None:
    text = text.strip().removeprefix("[").removesuffix("]")
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        return address.ipv4_mapped
    return address


def _trusted(address: Address, networks) -> bool:
    return any(address.version == net.version and address in net for net in networks)


@lru_cache(maxsize=8)
def _networks(entries: tuple[str, ...]) -> tuple:
    return tuple(ipaddress.ip_network(entry.strip(), strict=False) for entry in entries)
