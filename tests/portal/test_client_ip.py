"""The client's address: X-Forwarded-For is believed only from a trusted proxy, and only as far
as the chain of trusted proxies goes."""

import pytest
from django.test import RequestFactory

from portal.client_ip import client_ip

PROXIES = ["10.0.0.0/8", "2001:db8:ffff::/48", "127.0.0.1"]


def request_from(peer: str, forwarded_for: str | None = None):
    headers = {} if forwarded_for is None else {"HTTP_X_FORWARDED_FOR": forwarded_for}
    return RequestFactory().get("/", REMOTE_ADDR=peer, **headers)


def test_without_trusted_proxies_the_peer_is_the_client(settings):
    settings.PORTAL_TRUSTED_PROXIES = []
    assert client_ip(request_from("10.0.0.2", "198.51.100.7")) == "10.0.0.2"


@pytest.mark.parametrize(
    ("peer", "forwarded_for", "client"),
    [
        # An untrusted peer's header is ignored, whatever it says.
        ("203.0.113.5", "198.51.100.7", "203.0.113.5"),
        ("203.0.113.5", "10.0.0.9", "203.0.113.5"),
        # One trusted proxy: the address it appended.
        ("10.0.0.2", "198.51.100.7", "198.51.100.7"),
        ("127.0.0.1", "198.51.100.7", "198.51.100.7"),
        # The client sent its own header: the proxy appended the real address at the right.
        ("10.0.0.2", "1.2.3.4, 198.51.100.7", "198.51.100.7"),
        ("10.0.0.2", "not-an-address, 198.51.100.7", "198.51.100.7"),
        # Several trusted hops (a load balancer, then the TLS proxy): the first untrusted one.
        ("10.0.0.2", "1.2.3.4, 198.51.100.7, 10.1.2.3, 10.4.5.6", "198.51.100.7"),
        # Every hop trusted: the farthest one.
        ("10.0.0.2", "10.9.9.9, 10.1.1.1", "10.9.9.9"),
        # A trusted proxy that forwarded nothing, or garbage: the proxy itself.
        ("10.0.0.2", None, "10.0.0.2"),
        ("10.0.0.2", "", "10.0.0.2"),
        ("10.0.0.2", "garbage", "10.0.0.2"),
        ("10.0.0.2", "10.9.9.9, garbage", "10.0.0.2"),
        # IPv6, and IPv4 mapped into IPv6.
        ("2001:db8:ffff::1", "2001:db8:1::5", "2001:db8:1::5"),
        ("10.0.0.2", "[2001:db8:1::5]", "2001:db8:1::5"),
        ("::ffff:10.0.0.2", "198.51.100.7", "198.51.100.7"),
        ("10.0.0.2", "::ffff:198.51.100.7", "198.51.100.7"),
    ],
)
def test_forwarded_addresses_from_trusted_proxies(settings, peer, forwarded_for, client):
    settings.PORTAL_TRUSTED_PROXIES = PROXIES
    assert client_ip(request_from(peer, forwarded_for)) == client
