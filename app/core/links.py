"""Absolute links for mail, feeds, exports and certificates: built from the configured site, never the request.

The link-building rule: the scheme and host of every absolute link come from SERVER_NAME (with
PREFERRED_URL_SCHEME), or from SITE_URL when SERVER_NAME is not set. A request's Host and X-Forwarded-Host
headers never enter a link, so nobody can point a reset link or a calendar entry at their own site.
"""
from __future__ import annotations

import contextlib
from collections.abc import Iterator
from urllib.parse import SplitResult, urlsplit

from flask import current_app, has_request_context, request, url_for


def site_origin() -> str:
    """`scheme://host[:port]` of the public site."""
    config = current_app.config
    if config.get("SERVER_NAME"):
        return f"{config['PREFERRED_URL_SCHEME']}://{config['SERVER_NAME']}"
    parts = urlsplit(config["SITE_URL"])
    return f"{parts.scheme}://{parts.netloc}"


def site_host() -> str:
    """The public host (with its port, if any): the domain of calendar UIDs."""
    return urlsplit(site_origin()).netloc


def absolute(path: str) -> str:
    """A path of this site, as url_for builds it, made into an absolute link."""
    return site_origin() + path


def absolute_url(endpoint: str, **values) -> str:
    """url_for(endpoint, **values) as an absolute link to the public site, inside a request or not."""
    with building_links():
        return absolute(url_for(endpoint, **values))


@contextlib.contextmanager
def building_links() -> Iterator[None]:
    """Lets url_for build paths, not absolute URLs, outside a request (CLI jobs such as the digest).

    Without a request, Flask's url_for answers with an absolute URL when SERVER_NAME is set; `absolute()`
    would then put the origin in front a second time. A request of our own, for the public site, keeps
    url_for answering with paths whatever the configuration.
    """
    if has_request_context():
        yield
        return
    base_url = site_origin() if current_app.config.get("SERVER_NAME") else current_app.config["SITE_URL"]
    with current_app.test_request_context("/", base_url=base_url):
        yield


def site_hosts() -> frozenset[str]:
    """Hosts whose links count as links to this site when a member pastes one (a claim's article, an award's posts)."""
    hosts = {site_host()}
    if has_request_context() and not current_app.config.get("SERVER_NAME"):
        hosts.add(request.host)  # without SERVER_NAME every host is served; the one in the address bar is ours
    return frozenset(hosts)



def split_typed_link(raw: str) -> SplitResult:
    """A link a person typed into a form, split; what urlsplit refuses ("http://[x/users/1": a broken IPv6 host)
    comes back as a bare path, which matches no page, so the form says the link is not one of this site's."""
    try:
        return urlsplit(raw)
    except ValueError:
        return SplitResult("", "", raw, "", "")
