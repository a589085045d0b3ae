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

from flask import Flask, current_app, g
from flask_babel import get_locale
from markupsafe import Markup

from app.core.cache import PageCache, content_version

_CSRF_MARKER = "\x00csrf\x00"


def _token() -> str | None:
    return g.get(current_app.config.get("WTF_CSRF_FIELD_NAME", "csrf_token"))


def fragment(*parts, caller) -> Markup:
    """The HTML of the call block for `parts`, rendered once per content version and language."""
    cache: PageCache | None = current_app.extensions.get("fragment_cache")
    if cache is None:
        return caller()
    if "fragment_prefix" not in g:
        g.fragment_prefix = (str(get_locale()), content_version())
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


def init_app(app: Flask) -> None:
    app.jinja_env.globals["fragment"] = fragment
    size = app.config.get("FRAGMENT_CACHE_SIZE", 0)
    if size > 0:
        app.extensions["fragment_cache"] = PageCache(size)
