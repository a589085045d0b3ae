"""Titles, slugs, tag names and length limits for what members write."""
from __future__ import annotations

import re
import unicodedata

from flask import current_app
from flask_babel import gettext as _

from app.core.errors import ValidationFailed

TAG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
TAG_MIN, TAG_MAX = 2, 35
MAX_TAGS = 5


def slugify(text: str, max_length: int = 80) -> str:
    ascii_text = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:max_length].rstrip("-") or "kiriman"


def clean_title(title: str | None) -> str:
    title = " ".join((title or "").split())
    limit = current_app.config["TITLE_MAX_LENGTH"]
    if len(title) < 5:
        raise ValidationFailed(_("Judul wajib diisi, minimal 5 karakter."), field="title")
    if len(title) > limit:
        raise ValidationFailed(_("Judul paling banyak %(n)d karakter; sekarang %(m)d.", n=limit, m=len(title)),
                               field="title")
    return title


def clean_body(body: str | None, *, minimum: int = 10, limit_key: str = "BODY_MAX_LENGTH") -> str:
    body = (body or "").replace("\r\n", "\n").replace("\x00", "").strip()
    limit = current_app.config[limit_key]
    if len(body) < minimum:
        raise ValidationFailed(_("Isi wajib diisi, minimal %(n)d karakter.", n=minimum), field="body")
    if len(body) > limit:
        raise ValidationFailed(_("Isi paling banyak %(n)s karakter; sekarang %(m)s.",
                                 n=f"{limit:,}".replace(",", "."), m=f"{len(body):,}".replace(",", ".")),
                               field="body")
    return body


def parse_tag_names(raw: str | list[str] | None) -> list[str]:
    """Comma-separated tags as typed ("Transformasi Digital, arsip") -> unique normalised names."""
    items = raw if isinstance(raw, list) else (raw or "").split(",")
    names: list[str] = []
    for item in items:
        name = slugify(item.strip(), max_length=100) if item.strip() else ""
        if not name:
            continue
        if not (TAG_MIN <= len(name) <= TAG_MAX) or not TAG_PATTERN.match(name):
            raise ValidationFailed(_("Tag \u201c%(tag)s\u201d tidak valid: gunakan 2–35 huruf, angka atau tanda "
                                     "hubung.", tag=item.strip()[:40]), field="tags")
        if name not in names:
            names.append(name)
    if len(names) > MAX_TAGS:
        raise ValidationFailed(_("Paling banyak %(n)d tag per kiriman.", n=MAX_TAGS), field="tags")
    return names
