"""Pieces of pages kept for everyone who is signed in: `{% call fragment('name', post.id, ...) %}...{% endcall %}`.

Members' pages cannot be kept whole (each shows its reader's votes, rights and CSRF token), but most of a post
is the same for every reader: its body, author line, tags, comments, the forms under it. A fragment is kept per
worker in a bounded LRU (the page cache's), keyed on the names given in the template, the language and the
content version (app/core/cache.py), so it dies with the commit of any change to content, in every worker and on
every machine that shares the database, exactly as the visitors' pages do. What differs between readers stays
outside the call or in its key (the template passes the reader's vote, or whether a form is shown); the CSRF
token is kept as a marker and each response gets its own.
"""
from __future__ import annotations

from flask import Flask, current_app, g, request
from flask_babel import get_locale
from flask_login import current_user
from markupsafe import Markup

from app.core.cache import CHANGED, PageCache, content_version
from app.extensions import db

_CSRF_MARKER = "\x00csrf\x00"


def _token() -> str | None:
    return g.get(current_app.config.get("WTF_CSRF_FIELD_NAME", "csrf_token"))


def _cache() -> PageCache | None:
    cache = current_app.extensions.get("fragment_cache")
    if cache is None:
        return None
    if "fragment_prefix" not in g:
        g.fragment_prefix = (str(get_locale()), content_version())
        g.fragment_session_info = db.session.info
    # A request whose transaction wrote content and has not committed yet sees a state no version names.
    return None if g.fragment_session_info.get(CHANGED) else cache


def kept(parts: tuple, compute):
    """`compute()`, kept like a fragment: for values the pieces' keys need (a reader's rights on a post)."""
    cache = _cache()
    if cache is None:
        return compute()
    key = (*g.fragment_prefix, "value", *parts)
    found = cache.get(key)
    if found is None:
        found = (compute(),)
        cache.put(key, found)
    return found[0]


def reader() -> tuple:
    """What the rules read of the signed-in reader (the clock included, through the suspension), for the keys
    of pieces kept per reader."""
    if "fragment_reader" not in g:
        user = current_user
        g.fragment_reader = (user.get_id(), getattr(user, "role", None), bool(getattr(user, "is_suspended", False)),
                             getattr(user, "email_confirmed", None))
    return g.fragment_reader


def fragment(*parts, caller, member: bool = False, keep: bool = True) -> Markup:
    """The HTML of the call block for `parts`, rendered once per content version and language. `member`: a
    piece for one reader (their key has `reader()`), kept in its own, smaller LRU; `keep=False`: render only
    (a form shown again with its errors)."""
    cache = _cache()
    if cache is None or not keep:
        return caller()
    if member:
        cache = current_app.extensions.get("member_page_cache")
        if cache is None:
            return caller()
    key = (*g.fragment_prefix, *parts)
    found = cache.get(key)
    if found is None:
        rendered = caller()
        html, token = str(rendered), _token()
        cache.put(key, (html.replace(token, _CSRF_MARKER) if token and token in html else html, ""))
        return rendered
    html = found[0]
    if _CSRF_MARKER in html:
        from flask_wtf.csrf import generate_csrf

        html = html.replace(_CSRF_MARKER, generate_csrf())
    return Markup(html)  # noqa: S704 - the call block's own output, escaped when it was rendered


class Lazy:
    """A mapping read from the database only when a piece that shows it is rendered (a kept piece needs none):
    `comments.get(post.id, [])` inside the call block."""

    def __init__(self, load):
        self._load = load
        self._data = None

    def get(self, key, default=None):
        if self._data is None:
            self._data = self._load()
        return self._data.get(key, default)


def _version_before_content() -> None:
    """Read the content version before the view loads anything: a piece is then never kept under a version
    newer than the data it was made from (a write committed between the two reads would otherwise leave the
    older score or state under the newer key, shown to everyone until the next write)."""
    if request.method == "GET" and current_user.is_authenticated and "fragment_prefix" not in g:
        g.fragment_prefix = (str(get_locale()), content_version())
        g.fragment_session_info = db.session.info


def init_app(app: Flask) -> None:
    app.jinja_env.globals.update(fragment=fragment, reader=reader)
    size = app.config.get("FRAGMENT_CACHE_SIZE", 0)
    if size > 0:
        app.extensions["fragment_cache"] = PageCache(size)
        app.before_request(_version_before_content)
    if size > 0 and app.config.get("MEMBER_PAGE_CACHE_SIZE", 0) > 0:
        app.extensions["member_page_cache"] = PageCache(app.config["MEMBER_PAGE_CACHE_SIZE"])
