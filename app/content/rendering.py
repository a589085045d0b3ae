"""Markdown -> HTML -> bleach, once at write time; with a time budget for pathological input."""
from __future__ import annotations

import html
import multiprocessing
import re
from functools import partial

import bleach
import markdown
from bleach.linkifier import LinkifyFilter
from flask_babel import gettext as _

from app.core.errors import ValidationFailed

ALLOWED_TAGS = frozenset({
    "p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "strong", "em", "b", "i", "del", "s", "sub", "sup",
    "code", "pre", "blockquote", "ul", "ol", "li", "a", "table", "thead", "tbody", "tr", "th", "td",
    "abbr", "kbd",
})
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})
LINK_REL = "nofollow ugc noopener"
_LANGUAGE_CLASS = re.compile(r"^language-[a-z0-9+#-]{1,20}$")


def _allowed_attribute(tag: str, name: str, value: str) -> bool:
    if tag == "a":
        return name in ("href", "title", "rel")
    if tag in ("th", "td"):
        return name == "align" and value in ("left", "right", "center")
    if tag == "code":
        return name == "class" and bool(_LANGUAGE_CLASS.match(value))
    if tag == "abbr":
        return name == "title"
    if tag == "ol":
        return name == "start" and value.isdigit()
    return False


_CONTROL_AND_SPACE = re.compile(r"[\x00-\x20\x7f]+")


def _safe_href(href: str) -> bool:
    """Only absolute http, https and mailto links: no relative, protocol-relative or disguised schemes."""
    plain = _CONTROL_AND_SPACE.sub("", html.unescape(href)).lower()
    return plain.startswith(("http://", "https://", "mailto:"))


def _set_rel(attrs: dict, new: bool = False) -> dict:
    href = attrs.get((None, "href"))
    if href is not None and not _safe_href(href):
        del attrs[(None, "href")]
    attrs[(None, "rel")] = LINK_REL
    attrs.pop((None, "target"), None)
    return attrs


# Only text that plainly is a web address becomes a link: "M.Si." or "S.ST" in a name must not.
_URL_IN_TEXT = re.compile(r"\b(?:https?://|www\.)[^\s<>\"'`]+", re.IGNORECASE)

# One module-level Cleaner: it is costly to build, and it is safe to share (no state between calls).
_cleaner = bleach.Cleaner(
    tags=ALLOWED_TAGS,
    attributes=_allowed_attribute,
    protocols=ALLOWED_PROTOCOLS,
    strip=True,
    strip_comments=True,
    filters=[partial(LinkifyFilter, callbacks=[_set_rel], skip_tags={"pre", "code"}, parse_email=False,
                     url_re=_URL_IN_TEXT)],
)

# Python-Markdown is quadratic or worse on some inputs (thousands of unclosed "["). Bodies that could be
# slow are rendered in a child process that is killed when the budget is spent; the others in process.
RENDER_TIME_BUDGET_SECONDS = 2.0
_RISKY = re.compile(r"[\[\]<>`*_!(]")
RISKY_CHARACTER_LIMIT = 400


def _markdown_to_html(text: str) -> str:
    html = markdown.markdown(
        text,
        extensions=["fenced_code", "tables", "sane_lists", "nl2br"],
        extension_configs={"tables": {"use_align_attribute": True}},
        output_format="html",
    )
    # Headings start at h2: the page title is the only h1.
    html = re.sub(r"<(/?)h1\b", r"<\1h2", html)
    return html


def _render(text: str) -> str:
    return _cleaner.clean(_markdown_to_html(text))


def _render_in_child(text: str, conn) -> None:
    try:
        conn.send(_render(text))
    finally:
        conn.close()


def _render_with_budget(text: str, budget: float) -> str:
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_render_in_child, args=(text, sender), daemon=True)
    child.start()
    sender.close()
    try:
        if receiver.poll(budget):
            return receiver.recv()
    except EOFError:
        pass
    finally:
        if child.is_alive():
            child.kill()
        child.join(1)
        receiver.close()
    raise ValidationFailed(_(
        "Format tulisan Anda terlalu rumit untuk diolah (misalnya ribuan tanda kurung siku yang tidak "
        "ditutup). Sederhanakan formatnya lalu kirim lagi."), field="body")


def render_markdown(text: str, *, budget: float = RENDER_TIME_BUDGET_SECONDS) -> str:
    """Safe HTML for a body written in Markdown; raises ValidationFailed when it cannot be done in time."""
    text = (text or "").replace("\r\n", "\n").replace("\x00", "")
    if len(_RISKY.findall(text)) > RISKY_CHARACTER_LIMIT:
        return _render_with_budget(text, budget)
    return _render(text)


# A tag of our own sanitised HTML, quoted attribute values included (they may hold a '>').
_TAG = re.compile(r"""<(?:[^>"']|"[^"]*"|'[^']*')*>""")
_SPACES = re.compile(r"\s+")


def plain_text(body_html: str) -> str:
    """Text of rendered HTML (entities decoded), for excerpts and search.

    Only for HTML this module produced: bleach has already removed comments and anything unsafe, so
    dropping the tags is enough, and it is fast enough to run on every list item.
    """
    return _SPACES.sub(" ", html.unescape(_TAG.sub("", body_html))).strip()
