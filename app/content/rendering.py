"""Markdown -> HTML -> bleach, once at write time; with a time budget for pathological input."""
from __future__ import annotations

import html
import multiprocessing
import re
import threading
from functools import partial

import bleach
import markdown
from bleach.linkifier import LinkifyFilter
from flask import current_app, has_app_context
from flask_babel import gettext as _
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from app.core.errors import ValidationFailed
from app.core.inflight import member_slot

ALLOWED_TAGS = frozenset({
    "p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "strong", "em", "b", "i", "del", "s", "sub", "sup",
    "code", "pre", "blockquote", "ul", "ol", "li", "a", "table", "thead", "tbody", "tr", "th", "td",
    "abbr", "kbd", "img",
})
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})
LINK_REL = "nofollow ugc noopener"
_LANGUAGE_CLASS = re.compile(r"^language-[a-z0-9+#-]{1,20}$")


# This site's uploads, by a path without host (/uploads/12/foto.jpg, /uploads/12/thumb): the only address an
# image may have (no remote images: they would tell another server who reads; no data: URIs) and the only
# relative address a link may have.
_UPLOAD_PATH = re.compile(r"^/uploads/(?P<id>[0-9]{1,12})/(?P<name>[^/\\?#\s\"'<>`]{1,255})$")
_RASTER_NAME = re.compile(r"\.(?:jpe?g|png|webp|gif)$", re.IGNORECASE)


def _upload_path(value: str) -> re.Match | None:
    found = _UPLOAD_PATH.match(_CONTROL_AND_SPACE.sub("", html.unescape(value or "")))
    return found if found and found["name"] not in (".", "..") else None


def _allowed_attribute(tag: str, name: str, value: str) -> bool:
    if tag == "a":
        return name in ("href", "title", "rel")
    if tag == "img":
        if name == "src":
            return _upload_path(value) is not None
        return name in ("alt", "title") or (name == "loading" and value == "lazy")
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
    """Absolute http, https and mailto links, and this site's /uploads/ paths: no other relative,
    protocol-relative or disguised schemes."""
    plain = _CONTROL_AND_SPACE.sub("", html.unescape(href)).lower()
    return plain.startswith(("http://", "https://", "mailto:")) or _upload_path(href) is not None


class _UploadImages(Treeprocessor):
    """Every image loads lazily; an uploaded image not already inside a link shows its thumbnail (every
    raster upload has one, 480 px wide) and links to the full size."""

    def run(self, root):
        for parent in list(root.iter()):
            for position, child in enumerate(list(parent)):
                if child.tag != "img":
                    continue
                child.set("loading", "lazy")
                found = _upload_path(child.get("src", ""))
                if parent.tag == "a" or found is None or found["name"] == "thumb" or not _RASTER_NAME.search(
                        found["name"]):
                    continue
                link = child.makeelement("a", {"href": child.get("src")})
                link.tail, child.tail = child.tail, None
                child.set("src", f"/uploads/{found['id']}/thumb")
                parent.remove(child)
                link.append(child)
                parent.insert(position, link)


class _UploadImagesExtension(Extension):
    def extendMarkdown(self, md):  # noqa: N802 - Python-Markdown's name
        md.treeprocessors.register(_UploadImages(md), "upload_images", 0)


def _set_rel(attrs: dict, new: bool = False) -> dict:
    href = attrs.get((None, "href"))
    if href is not None and not _safe_href(href):
        del attrs[(None, "href")]
    attrs[(None, "rel")] = LINK_REL
    attrs.pop((None, "target"), None)
    return attrs


# Only text that plainly is a web address becomes a link: "M.Si." or "S.ST" in a name must not.
_URL_IN_TEXT = re.compile(r"\b(?:https?://|www\.)[^\s<>\"'`]+", re.IGNORECASE)

# One Cleaner and one Markdown converter per thread: both are costly to build (the converter was most of the
# render of an ordinary answer), and neither is thread-safe (bleach: "the html parser has internal state"), so
# gthread workers (THREADS in bin/serve) must not share them. The converter is reset before each use.
_per_thread = threading.local()


def _cleaner() -> bleach.Cleaner:
    cleaner = getattr(_per_thread, "cleaner", None)
    if cleaner is None:
        cleaner = _per_thread.cleaner = bleach.Cleaner(
            tags=ALLOWED_TAGS,
            attributes=_allowed_attribute,
            protocols=ALLOWED_PROTOCOLS,
            strip=True,
            strip_comments=True,
            filters=[partial(LinkifyFilter, callbacks=[_set_rel], skip_tags={"pre", "code"}, parse_email=False,
                             url_re=_URL_IN_TEXT)],
        )
    return cleaner


def _converter() -> markdown.Markdown:
    converter = getattr(_per_thread, "markdown", None)
    if converter is None:
        converter = _per_thread.markdown = markdown.Markdown(
            extensions=["fenced_code", "tables", "sane_lists", "nl2br", _UploadImagesExtension()],
            extension_configs={"tables": {"use_align_attribute": True}},
            output_format="html",
        )
    return converter.reset()


# Python-Markdown is quadratic or worse on some inputs: thousands of unclosed "[", but also thousands of
# headings, setext underlines, rules or table rows, with no special character at all. Only a body that is
# small and has few risky characters renders in process; every other one (and every preview) renders in a
# child process that is killed when the budget is spent, holding the member's one render slot.
# Budgets are config keys (RENDER_TIME_BUDGET, PREVIEW_RENDER_BUDGET); these are the defaults outside an app.
RENDER_TIME_BUDGET_SECONDS = 2.0
PREVIEW_RENDER_BUDGET_SECONDS = 0.5
_RISKY = re.compile(r"[\[\]<>`*_!(]")
RISKY_CHARACTER_LIMIT = 400
IN_PROCESS_MAX_CHARS = 2000
IN_PROCESS_MAX_LINES = 200
# Beyond these no body renders quickly, and none that a person writes comes near them: refused before any
# render time is spent. 2,000 "[" nested render in about 1.5 s; 300 ordinary links need 300. The demo
# articles have at most 17 structure lines (headings, underlines, rules, table rows) and 75 lines in all;
# 2,000 structure lines take one to three seconds, 16,000 one-letter lines over three.
MAX_LINK_BRACKETS = 2000
MAX_UNCLOSED_BRACKETS = 200
MAX_QUOTE_DEPTH = 100
MAX_STRUCTURE_LINES = 400
MAX_LINES = 3000
_DEEP_QUOTE = re.compile(rf"^[ \t]*(?:>[ \t]*){{{MAX_QUOTE_DEPTH}}}", re.MULTILINE)
# A heading, a setext underline or a rule (also "- - -"), or a line with a table's "|".
_STRUCTURE_LINE = re.compile(r"^[ \t]*(?:#|=+[ \t]*$|(?:[-*_][ \t]*){1,}$)|^[^\n]*\|", re.MULTILINE)


def _markdown_to_html(text: str) -> str:
    html = _converter().convert(text)
    # Headings start at h2: the page title is the only h1.
    html = re.sub(r"<(/?)h1\b", r"<\1h2", html)
    return html


_IMG_WITHOUT_LOADING = re.compile(r"<img\b(?![^>]*\bloading=)")


def _render(text: str) -> str:
    # An <img> written as HTML rather than Markdown loads lazily too.
    return _IMG_WITHOUT_LOADING.sub('<img loading="lazy"', _cleaner().clean(_markdown_to_html(text)))


def _render_in_child(text: str, conn) -> None:
    try:
        conn.send(_render(text))
    finally:
        conn.close()


def _too_complex() -> ValidationFailed:
    return ValidationFailed(_(
        "Format tulisan Anda terlalu rumit untuk diolah (misalnya ribuan tanda kurung siku yang tidak "
        "ditutup). Sederhanakan formatnya lalu kirim lagi."), field="body")


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
    raise _too_complex()


def refuse_pathological(text: str) -> None:
    """Refuse, in a few counts over the text, a body that no budget would let render."""
    opening = text.count("[")
    if opening > MAX_LINK_BRACKETS or opening - text.count("]") > MAX_UNCLOSED_BRACKETS:
        raise _too_complex()
    if _DEEP_QUOTE.search(text) or text.count("\n") >= MAX_LINES:
        raise _too_complex()
    if len(_STRUCTURE_LINE.findall(text)) > MAX_STRUCTURE_LINES:
        raise _too_complex()


def _budget(config_key: str, default: float) -> float:
    return float(current_app.config[config_key]) if has_app_context() else default


def _normalise(text: str | None) -> str:
    return (text or "").replace("\r\n", "\n").replace("\x00", "")


def _quick(text: str) -> bool:
    """Small enough, and plain enough, to render in the worker itself without a budget."""
    return (len(text) <= IN_PROCESS_MAX_CHARS and text.count("\n") < IN_PROCESS_MAX_LINES
            and len(_RISKY.findall(text)) <= RISKY_CHARACTER_LIMIT)


def render_markdown(text: str, *, budget: float | None = None) -> str:
    """Safe HTML for a body written in Markdown; raises ValidationFailed when it cannot be done in time.

    A body that could be slow holds the member's one render slot (app/core/inflight.py) while it renders
    in a child process with the budget.
    """
    text = _normalise(text)
    refuse_pathological(text)
    if _quick(text):
        return _render(text)
    if budget is None:
        budget = _budget("RENDER_TIME_BUDGET", RENDER_TIME_BUDGET_SECONDS)
    with member_slot("render", _("Tulisan Anda yang lain masih diolah. Tunggu sebentar lalu kirim lagi."),
                     hold_seconds=budget + 5):
        return _render_with_budget(text, budget)


def render_preview(text: str) -> str:
    """The live preview: always in a child process, one in flight per member, and a much smaller budget
    than publishing has."""
    text = _normalise(text)
    refuse_pathological(text)
    budget = _budget("PREVIEW_RENDER_BUDGET", PREVIEW_RENDER_BUDGET_SECONDS)
    with member_slot("preview", _("Pratinjau sebelumnya masih diproses. Tunggu sebentar lalu coba lagi."),
                     hold_seconds=budget + 5):
        return _render_with_budget(text, budget)


# A tag of our own sanitised HTML, quoted attribute values included (they may hold a '>').
_TAG = re.compile(r"""<(?:[^>"']|"[^"]*"|'[^']*')*>""")
_SPACES = re.compile(r"\s+")


def plain_text(body_html: str) -> str:
    """Text of rendered HTML (entities decoded), for excerpts and search.

    Only for HTML this module produced: bleach has already removed comments and anything unsafe, so
    dropping the tags is enough, and it is fast enough to run on every list item.
    """
    return _SPACES.sub(" ", html.unescape(_TAG.sub("", body_html))).strip()
