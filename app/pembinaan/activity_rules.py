"""What an organiser may type for an activity: each rule with its Indonesian message, and WIB <-> UTC."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from flask import current_app
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from app.content.models import Post, PostStatus
from app.content.rendering import render_markdown
from app.core.errors import ValidationFailed
from app.core.links import split_typed_link
from app.core.numbers import parse_id
from app.core.timeutil import utcnow
from app.extensions import db
from app.pembinaan.models import ActivityKind

KIND_LABELS = {
    ActivityKind.WORKSHOP.value: _l("Lokakarya"),
    ActivityKind.SEMINAR.value: _l("Seminar"),
    ActivityKind.ONLINE.value: _l("Pelatihan daring"),
    ActivityKind.SHARING.value: _l("Sesi berbagi (komunitas belajar)"),
    ActivityKind.MENTORING.value: _l("Mentoring"),
}
TITLE_MIN, TITLE_MAX = 5, 200
DESCRIPTION_MIN = 20
CAPACITY_MAX = 10_000
MAX_RELATED_ARTICLES = 10
PAST_DAYS = 90  # how far back an organiser may record an activity that already happened
_ARTICLE_PATH = re.compile(r"^/articles/(\d{1,12})(?:/[^/?#]*)?/?$")


@dataclass
class ActivityFields:
    """What an organiser fills in; times are naive UTC, numbers already parsed (None when left empty)."""

    title: str | None
    kind: str | None
    description: str | None
    starts_at: datetime | None
    ends_at: datetime | None
    jp: int | None
    place: str | None = None
    link: str | None = None
    partner: str | None = None
    capacity: int | None = None
    tags: str | None = None
    articles: str | None = None
    agency_code: str | None = None  # None: the organiser's own agency (new) or the current one (edit)


def one_line(value: str | None) -> str:
    return " ".join((value or "").split())


def clean_title(value: str | None) -> str:
    title = one_line(value)
    if not TITLE_MIN <= len(title) <= TITLE_MAX:
        raise ValidationFailed(_("Judul kegiatan wajib diisi, %(min)d–%(max)d karakter; sekarang %(n)d.",
                                 min=TITLE_MIN, max=TITLE_MAX, n=len(title)), field="title")
    return title


def clean_kind(value: str | None) -> str:
    if value not in KIND_LABELS:
        raise ValidationFailed(_("Jenis kegiatan tidak dikenal. Pilih lokakarya, seminar, pelatihan daring, "
                                 "sesi berbagi atau mentoring."), field="kind")
    return value


def clean_description(value: str | None) -> tuple[str, str]:
    text = (value or "").replace("\r\n", "\n").replace("\x00", "").strip()
    limit = current_app.config["BODY_MAX_LENGTH"]
    if len(text) < DESCRIPTION_MIN:
        raise ValidationFailed(_("Deskripsi wajib diisi, minimal %(n)d karakter.", n=DESCRIPTION_MIN),
                               field="description")
    if len(text) > limit:
        raise ValidationFailed(_("Deskripsi paling banyak %(n)s karakter.", n=f"{limit:,}".replace(",", ".")),
                               field="description")
    try:
        return text, render_markdown(text)
    except ValidationFailed as err:
        raise ValidationFailed(err.message, field="description") from None


def clean_schedule(starts_at: datetime | None, ends_at: datetime | None,
                   previous_start: datetime | None, *, past: bool = False) -> tuple[datetime, datetime]:
    if starts_at is None:
        raise ValidationFailed(_("Waktu mulai wajib diisi."), field="starts_at")
    if ends_at is None:
        raise ValidationFailed(_("Waktu selesai wajib diisi."), field="ends_at")
    starts_at, ends_at = starts_at.replace(second=0, microsecond=0), ends_at.replace(second=0, microsecond=0)
    if ends_at <= starts_at:
        raise ValidationFailed(_("Waktu selesai harus sesudah waktu mulai."), field="ends_at")
    # An activity that already began keeps its start when other details are corrected.
    unchanged = previous_start is not None and starts_at == previous_start.replace(second=0, microsecond=0)
    if unchanged:
        starts_at = previous_start
    if past:
        check_past_schedule(starts_at, ends_at, check_start=not unchanged)
    elif not unchanged and starts_at <= utcnow():
        raise ValidationFailed(_("Waktu mulai sudah lewat. Pilih waktu yang akan datang."), field="starts_at")
    return starts_at, ends_at


def check_past_schedule(starts_at: datetime, ends_at: datetime, *, check_start: bool = True) -> None:
    """An activity recorded after the fact: begun at most PAST_DAYS ago and over by now."""
    now = utcnow()
    if check_start and starts_at > now:
        raise ValidationFailed(_("Kegiatan yang dicatat setelah berlangsung tidak boleh bertanggal di masa depan."),
                               field="starts_at")
    if check_start and starts_at < now - timedelta(days=PAST_DAYS):
        raise ValidationFailed(_("Kegiatan yang sudah berlangsung hanya dapat dicatat sampai %(n)d hari ke belakang.",
                                 n=PAST_DAYS), field="starts_at")
    if ends_at > now:
        raise ValidationFailed(_("Kegiatan ini belum selesai; catat setelah selesai atau umumkan sebagai kegiatan "
                                 "baru."), field="ends_at")


def clean_place_and_link(place: str | None, link: str | None) -> tuple[str | None, str | None]:
    place, link = one_line(place), (link or "").strip()
    if not place and not link:
        raise ValidationFailed(_("Isi tempat atau tautan kegiatan daring (boleh keduanya)."), field="place")
    if len(place) > 255:
        raise ValidationFailed(_("Tempat paling banyak 255 karakter."), field="place")
    if link:
        parts = split_typed_link(link)
        if (parts.scheme.lower() not in ("http", "https") or not parts.hostname or len(link) > 500
                or re.search(r"[\s\x00-\x1f\x7f]", link)):
            raise ValidationFailed(_("Tautan harus alamat web lengkap yang diawali http:// atau https:// "
                                     "(paling banyak 500 karakter)."), field="link")
    return place or None, link or None


def clean_number(value: int | None, *, low: int, high: int, message: str, field: str, required: bool) -> int | None:
    if value is None and not required:
        return None
    if value is None or not low <= value <= high:
        raise ValidationFailed(message, field=field)
    return value

def _not_an_article(item: str) -> ValidationFailed:
    return ValidationFailed(_("\u201c%(item)s\u201d bukan tautan praktik baik. Ketik judulnya lalu pilih dari daftar, "
                              "atau tempel tautan artikel dari situs ini.", item=item[:80]), field="articles")


def _article_id(item: str, hosts: frozenset[str]) -> int:
    if parse_id(item) is not None:
        return parse_id(item)
    parts = split_typed_link(item)
    if (parts.scheme or parts.netloc) and (parts.scheme not in ("http", "https") or parts.netloc.lower() not in hosts):
        raise ValidationFailed(_("\u201c%(item)s\u201d bukan tautan situs ini.", item=item[:80]), field="articles")
    match = _ARTICLE_PATH.match(parts.path)
    if match is None:
        raise _not_an_article(item)
    found = parse_id(match.group(1))
    if found is None:
        raise _not_an_article(item)
    return found


def related_article_ids(raw: str | None, hosts: frozenset[str] = frozenset()) -> list[int]:
    """Published articles named by a comma-separated list of numbers or links of this site (`hosts`)."""
    hosts = frozenset(h.lower() for h in hosts)
    items = [item.strip() for item in (raw or "").replace("\n", ",").split(",") if item.strip()]
    ids = list(dict.fromkeys(_article_id(item, hosts) for item in items))
    if len(ids) > MAX_RELATED_ARTICLES:
        raise ValidationFailed(_("Paling banyak %(n)d praktik baik terkait.", n=MAX_RELATED_ARTICLES),
                               field="articles")
    found = set(db.session.execute(select(Post.id).where(
        Post.id.in_(ids), Post.kind == "article",
        Post.status == PostStatus.PUBLISHED.value)).scalars()) if ids else set()
    missing = [str(i) for i in ids if i not in found]
    if missing:
        raise ValidationFailed(_("Praktik baik %(ids)s tidak ditemukan atau belum terbit.", ids=", ".join(missing)),
                               field="articles")
    return ids


def clean_fields(fields: ActivityFields, *, previous_start: datetime | None = None, registered: int = 0,
                 past: bool = False) -> dict:
    """The activity's columns from what the organiser typed, or ValidationFailed naming the field at fault.
    `previous_start` and `registered` describe the activity being changed (None and 0 for a new one); `past`: one
    recorded after it happened."""
    title = clean_title(fields.title)
    kind = clean_kind(fields.kind)
    partner = one_line(fields.partner)
    if len(partner) > 200:
        raise ValidationFailed(_("Nama mitra paling banyak 200 karakter."), field="partner")
    description_md, description_html = clean_description(fields.description)
    starts_at, ends_at = clean_schedule(fields.starts_at, fields.ends_at, previous_start, past=past)
    place, link = clean_place_and_link(fields.place, fields.link)
    jp_max = int(current_app.config["JP_MAX_PER_ACTIVITY"])
    jp = clean_number(fields.jp, low=1, high=jp_max, field="jp", required=True,
                      message=_("Nilai JP harus bilangan bulat antara 1 dan %(n)d.", n=jp_max))
    capacity = clean_number(fields.capacity, low=1, high=CAPACITY_MAX, field="capacity", required=False,
                            message=_("Kapasitas harus antara 1 dan 10.000 peserta; kosongkan bila tanpa batas."))
    if capacity is not None and capacity < registered:
        raise ValidationFailed(_("Kapasitas tidak boleh kurang dari jumlah peserta yang sudah terdaftar (%(n)d).",
                                 n=registered), field="capacity")
    return {"title": title, "kind": kind, "partner": partner or None, "description_md": description_md,
            "description_html": description_html, "starts_at": starts_at, "ends_at": ends_at, "place": place,
            "link": link, "jp": jp, "capacity": capacity}
