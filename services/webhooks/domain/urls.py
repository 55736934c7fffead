"""The SSRF guard for subscriber URLs: a webhook must not become a way to reach the network's own insides.

https only, to a host whose every address is public; plain http (and loopback addresses) only when the
setting allows loopback, as tests and local runs do. Checked when a subscription is made and again before
every delivery (an address can change after the check)."""
from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit


class UnsafeUrl(ValueError):
    pass


def check_url_shape(url: str, allow_loopback: bool) -> str:
    """Returns the host; raises UnsafeUrl for a URL no delivery may go to, whatever it resolves to."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise UnsafeUrl(f"is not a valid URL ({exc})") from None
    if parts.scheme not in ("https", "http"):
        raise UnsafeUrl("must be an https URL")
    if not parts.hostname:
        raise UnsafeUrl("must name a host")
    if parts.username or parts.password:
        raise UnsafeUrl("must not carry credentials")
    if parts.fragment:
        raise UnsafeUrl("must not have a fragment")
    if port == 0:
        raise UnsafeUrl("must not use port 0")
    if parts.scheme == "http" and not (allow_loopback and _is_loopback_name(parts.hostname)):
        raise UnsafeUrl("must be an https URL" + (" (plain http only to loopback)" if allow_loopback else ""))
    return parts.hostname


def _is_loopback_name(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_addresses(addresses: list[str], allow_loopback: bool) -> None:
    """Every address the host resolves to must be public (or loopback, when allowed)."""
    if not addresses:
        raise UnsafeUrl("its host does not resolve")
    for text in addresses:
        ip = ipaddress.ip_address(text.split("%")[0])
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
            ip = ip.ipv4_mapped
        if ip.is_loopback and allow_loopback:
            continue
        if not ip.is_global or ip.is_multicast:
            raise UnsafeUrl(f"resolves to {ip}, which is not a public address")
