"""Where a webhook may point: http(s) only, and never at this machine or a private network (against SSRF).

Checked twice: at registration on the URL as written (a literal private address or "localhost"), and at every
delivery on the addresses the host resolves to then, which the connection is pinned to (no second lookup that
could answer differently). WEBHOOK_ALLOW_PRIVATE=true (tests, closed intranets) lifts both checks.
"""
from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

from flask import current_app
from flask_babel import gettext as _

MAX_URL = 500


def allow_private() -> bool:
    return bool(current_app.config.get("WEBHOOK_ALLOW_PRIVATE", False))


def blocked(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Loopback, private, link-local, multicast, reserved, unspecified or shared (CGNAT) addresses."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return (ip.is_loopback or ip.is_private or ip.is_link_local or ip.is_multicast or ip.is_reserved
            or ip.is_unspecified or not ip.is_global)


def url_problem(url: str) -> str | None:
    """The Indonesian reason a URL cannot be registered, or None."""
    if not url:
        return _("Isi alamat URL penerima.")
    if len(url) > MAX_URL:
        return _("Alamat URL terlalu panjang (paling banyak %(n)s karakter).", n=MAX_URL)
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return _("Alamat URL tidak valid.")
    if parts.scheme not in ("http", "https"):
        return _("Alamat URL harus diawali http:// atau https://.")
    host = (parts.hostname or "").rstrip(".")
    if not host or any(ch.isspace() for ch in url) or (port is not None and not 0 < port < 65536):
        return _("Alamat URL tidak valid.")
    if parts.username or parts.password:
        return _("Alamat URL tidak boleh memuat nama pengguna atau kata sandi.")
    if allow_private():
        return None
    if host == "localhost" or host.endswith(".localhost"):
        return _("Alamat URL tidak boleh menuju server ini sendiri (localhost).")
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return None
    if blocked(ip):
        return _("Alamat URL tidak boleh menuju alamat IP jaringan privat, loopback atau khusus.")
    return None


def resolve(host: str, port: int) -> str:
    """The address to connect to; raises OSError with the reason when none may be used."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    addresses = [info[4][0] for info in infos]
    if not addresses:
        raise OSError(f"no address for {host}")
    if not allow_private():
        refused = [a for a in addresses if blocked(ipaddress.ip_address(a.split("%")[0]))]
        if refused:
            raise OSError(f"refused: {host} resolves to a private or reserved address ({refused[0]})")
    return addresses[0]
