"""Claims of JP for knowledge sharing under the conversion table, and their verification by a BKPSDM operator."""
from __future__ import annotations

import re
from datetime import date

from flask_babel import format_date
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import exists, select

from app.accounts.models import User
from app.content.models import Post, PostStatus
from app.content.permissions import can_view
from app.content.picks import own_article_titled
from app.core.errors import Conflict, NotFound, PermissionDenied, ValidationFailed
from app.core.links import split_typed_link
from app.core.numbers import parse_id
from app.core.timeutil import utcnow
from app.extensions import db
from app.pembinaan.conversions import find_conversion, needs_adoption, required_activity_kind
from app.pembinaan.models import (
    Activity,
    ActivityKind,
    ActivityStatus,
    JpConversion,
    JpRecord,
    JpStatus,
)
from app.pembinaan.permissions import can_verify
from app.pembinaan.picks import own_activity_titled
from app.pembinaan.records import wib_date
from app.reputation.models import Adoption

PROOF_MAX_LENGTH = 1_000
REASON_MAX_LENGTH = 500
_ARTICLE_PATH = re.compile(r"^/(?:articles|posts)/(\d{1,12})(?:/[^/?#]*)?/?$")
_ACTIVITY_PATH = re.compile(r"^/activities/(\d{1,12})(?:/[^/?#]*)?/?$")
ACTIVITY_KIND_LABELS = {
    ActivityKind.WORKSHOP.value: _l("lokakarya"), ActivityKind.SEMINAR.value: _l("seminar"),
    ActivityKind.ONLINE.value: _l("pelatihan daring"), ActivityKind.SHARING.value: _l("sesi berbagi"),
    ActivityKind.MENTORING.value: _l("mentoring"),
}


def _reference(raw: str | None, pattern: re.Pattern, hosts: frozenset[str], field: str, what: str,
               titled=None) -> int:
    """The id in "12", "/articles/12/slug", "https://<this site>/articles/12" or, through `titled`, a title."""
    raw = (raw or "").strip()
    if not raw:
        raise ValidationFailed(_("Ketik judul %(what)s yang Anda klaim lalu pilih dari daftar, atau tempel "
                                 "tautannya.", what=what), field=field)
    if parse_id(raw) is not None:
        return parse_id(raw)
    parts = split_typed_link(raw)
    foreign = (parts.scheme or parts.netloc) and (
        parts.scheme not in ("http", "https") or parts.netloc.lower() not in {h.lower() for h in hosts})
    match = None if foreign else pattern.match(parts.path)
    found = parse_id(match.group(1)) if match is not None else None
    if found is None and not foreign and titled is not None:
        ids = titled(raw)
        if len(ids) > 1:
            raise ValidationFailed(_("Ada lebih dari satu %(what)s Anda berjudul \u201c%(raw)s\u201d. Pilih dari "
                                     "daftar atau tempel tautannya.", what=what, raw=raw[:80]), field=field)
        found = ids[0] if ids else None
    if found is None:
        raise ValidationFailed(_("Tidak ada %(what)s Anda yang cocok dengan \u201c%(raw)s\u201d. Ketik judulnya lalu "
                                 "pilih dari daftar, atau tempel tautannya dari situs ini.", raw=raw[:80], what=what),
                               field=field)
    return found


def _own_article(member: User, raw: str | None, code: str, hosts: frozenset[str]) -> Post:
    post_id = _reference(raw, _ARTICLE_PATH, hosts, "article", _("artikel"),
                         titled=lambda title: own_article_titled(member, title))
    post = db.session.execute(select(Post).where(Post.id == post_id, Post.kind == "article")).scalar_one_or_none()
    if post is None or post.status != PostStatus.PUBLISHED.value:
        raise ValidationFailed(_("Artikel itu tidak ditemukan atau belum terbit."), field="article")
    if post.author_id != member.id:
        raise ValidationFailed(_("Anda hanya dapat mengklaim artikel yang Anda tulis sendiri."), field="article")
    if needs_adoption(code) and not db.session.execute(select(exists().where(Adoption.post_id == post.id))).scalar():
        raise ValidationFailed(_("Artikel ini belum tercatat diterapkan oleh instansi lain (bagian \u201cDiterapkan "
                                 "oleh\u201d pada halaman artikel)."), field="article")
    return post


def _own_activity(member: User, raw: str | None, code: str, hosts: frozenset[str]) -> Activity:
    activity_id = _reference(raw, _ACTIVITY_PATH, hosts, "activity", _("kegiatan"),
                             titled=lambda title: own_activity_titled(member, title))
    activity = db.session.get(Activity, activity_id)
    if activity is None or activity.status == ActivityStatus.CANCELLED.value:
        raise ValidationFailed(_("Kegiatan itu tidak ditemukan atau dibatalkan."), field="activity")
    kind = required_activity_kind(code)
    if kind is not None and activity.kind != kind:
        raise ValidationFailed(_("Klaim ini hanya untuk kegiatan berjenis %(kind)s.",
                                 kind=ACTIVITY_KIND_LABELS.get(kind, kind)), field="activity")
    if activity.starts_at > utcnow():
        raise ValidationFailed(_("Kegiatan ini belum dimulai; klaim dapat diajukan setelah kegiatan berlangsung."),
                               field="activity")
    # Speaking at a sharing session or mentoring is claimed by who ran it: a participant's JP come from
    # attendance, which the organiser records.
    if activity.created_by_id != member.id:
        raise ValidationFailed(_("Klaim ini untuk yang menyelenggarakan atau memandu kegiatan; kehadiran peserta "
                                 "dicatat oleh penyelenggara."), field="activity")
    return activity


def _clean_proof(proof: str | None) -> str:
    proof = (proof or "").replace("\r\n", "\n").strip()
    if not proof:
        raise ValidationFailed(_("Bukti wajib diisi: tautan atau uraian singkat yang dapat diperiksa verifikator."),
                               field="proof")
    if len(proof) > PROOF_MAX_LENGTH:
        raise ValidationFailed(_("Bukti paling banyak %(n)s karakter.", n="1.000"), field="proof")
    return proof


def _check_date(day: date | None, year: int | None, today: date) -> date:
    if day is None:
        raise ValidationFailed(_("Tanggal wajib diisi."), field="happened_on")
    if day > today:
        raise ValidationFailed(_("Tanggal tidak boleh di masa depan."), field="happened_on")
    if day.year < today.year - 1:
        raise ValidationFailed(_("Klaim hanya dapat diajukan untuk tahun %(last)d dan %(this)d.",
                                 last=today.year - 1, this=today.year), field="happened_on")
    if year is not None and day.year != year:
        raise ValidationFailed(_("Tanggal harus berada dalam tahun %(year)d.", year=year), field="happened_on")
    return day


def _lock_member(member: User) -> None:
    # Serialises one member's claims (PostgreSQL row lock; SQLite writers are serial already), so a double
    # submission makes one line.
    db.session.execute(select(User.id).where(User.id == member.id).with_for_update())


def _already_claimed(member: User, conversion: JpConversion, post_id: int | None, activity_id: int | None) -> bool:
    return db.session.execute(select(exists().where(
        JpRecord.user_id == member.id, JpRecord.source == "claim", JpRecord.conversion_code == conversion.code,
        JpRecord.post_id.is_(post_id) if post_id is None else JpRecord.post_id == post_id,
        JpRecord.activity_id.is_(activity_id) if activity_id is None else JpRecord.activity_id == activity_id,
        JpRecord.status != JpStatus.REJECTED.value))).scalar()


def submit_claim(member: User, *, conversion: str | None, happened_on: date | None, proof: str | None,
                 article: str | None = None, activity: str | None = None, year: int | None = None,
                 hosts: frozenset[str] = frozenset(), today: date | None = None) -> JpRecord:
    """A member claims JP for knowledge sharing; the line waits ("diajukan") for a verifier.

    The JP come from the conversion table as it stands now; a later change of the table leaves the line as it is.
    A claim that was rejected may be made again; one still waiting or verified may not.
    """
    today = today or wib_date(utcnow())
    chosen = find_conversion(conversion)
    if not chosen.active:
        raise ValidationFailed(_("Jenis klaim ini sedang tidak dapat diajukan."), field="conversion")
    if chosen.needs == "hours":
        raise ValidationFailed(_("Pelatihan di luar Simpul dicatat pada formulir Pengembangan di luar Simpul."),
                               field="conversion")
    post = subject = None
    if chosen.needs == "article":
        post = subject = _own_article(member, article, chosen.code, hosts)
    elif chosen.needs == "activity":
        subject = _own_activity(member, activity, chosen.code, hosts)
        happened_on = wib_date(subject.starts_at)  # the session's own date: a member cannot move it to another year
    day = _check_date(happened_on, year, today)
    if subject is not None:
        start = wib_date(subject.created_at if post is not None else subject.starts_at)
        if day < start:
            raise ValidationFailed(_("Tanggal tidak boleh sebelum %(what)s ada (%(day)s).",
                                     what=_("artikel") if post is not None else _("kegiatan"),
                                     day=format_date(start, "d MMM y")), field="happened_on")
    clean_proof = _clean_proof(proof)
    activity_id = None if post is not None or subject is None else subject.id
    _lock_member(member)
    if chosen.needs != "none" and _already_claimed(member, chosen, post.id if post else None, activity_id):
        raise Conflict(_("Anda sudah mengklaim \u201c%(label)s\u201d untuk %(what)s ini.", label=chosen.label,
                         what=_("artikel") if post is not None else _("kegiatan")), field="conversion")
    title = chosen.label if subject is None else f"{chosen.label}: {subject.title}"
    record = JpRecord(user_id=member.id, year=day.year, source="claim", conversion_code=chosen.code,
                      post_id=post.id if post else None, activity_id=activity_id, title=title[:255],
                      happened_on=day, jp=chosen.jp, proof=clean_proof, status=JpStatus.SUBMITTED.value,
                      created_at=utcnow())
    db.session.add(record)
    db.session.flush()
    return record


def check_decidable(verifier: User, record: JpRecord | None) -> JpRecord:
    """Raise unless the verifier may decide this claim now: 403 for one's own, 409 when already decided."""
    if not can_verify(verifier):
        raise PermissionDenied(_("Hanya verifikator (operator BKPSDM) dan admin yang dapat memverifikasi klaim JP."))
    # Attendance lines of members not yet verified wait in the same queue (records.record_attendance).
    if record is None or record.source not in ("claim", "activity", "external"):
        raise NotFound(_("Klaim JP tidak ditemukan."))
    if record.user_id == verifier.id:
        raise PermissionDenied(_("Anda tidak dapat memverifikasi atau menolak klaim Anda sendiri."))
    if record.status != JpStatus.SUBMITTED.value:
        decided = _("sudah diverifikasi") if record.status == JpStatus.VERIFIED.value else _("sudah ditolak")
        raise Conflict(_("Klaim ini %(decided)s sebelumnya; tidak ada yang diubah.", decided=decided))
    return record


def _locked_claim(verifier: User, record_id: int) -> JpRecord:
    if not can_verify(verifier):  # before touching the row
        check_decidable(verifier, None)
    # The row lock makes a second verifier wait and then see the first decision (409) on PostgreSQL; SQLite
    # writers are serial already.
    record = db.session.execute(select(JpRecord).where(JpRecord.id == record_id).with_for_update()
                                .execution_options(populate_existing=True)).scalar_one_or_none()
    return check_decidable(verifier, record)


def _ensure_cited_post_published(record: JpRecord) -> None:
    """The parent-state rule: a claim counts only while the post it cites is one anybody can read."""
    if record.post_id is None:
        return
    post = db.session.get(Post, record.post_id)
    if post is None or not can_view(None, post):
        raise Conflict(_("Kiriman yang menjadi dasar klaim ini sudah tidak terbit (disembunyikan atau dihapus), "
                         "sehingga klaim tidak dapat diverifikasi. Tolak klaim ini dengan alasannya."))


def verify_claim(verifier: User, record_id: int) -> JpRecord:
    """The claim counts toward the member's JP from now on."""
    record = _locked_claim(verifier, record_id)
    _ensure_cited_post_published(record)
    member = db.session.get(User, record.user_id)
    if member is None or not member.is_verified:
        raise Conflict(_("JP hanya diverifikasi untuk ASN terverifikasi; pengaju klaim ini belum diverifikasi "
                         "oleh operator instansinya. Klaim tetap menunggu sampai akunnya disetujui."))
    record.status, record.verifier_id, record.verified_at, record.reason = (
        JpStatus.VERIFIED.value, verifier.id, utcnow(), None)
    db.session.flush()
    return record


def reject_claim(verifier: User, record_id: int, reason: str | None) -> JpRecord:
    """The claim does not count; the member reads why and may claim again with better proof."""
    record = _locked_claim(verifier, record_id)
    reason = " ".join((reason or "").split())
    if not reason:
        raise ValidationFailed(_("Tuliskan alasan penolakan agar pengaju tahu apa yang perlu diperbaiki."),
                               field="reason")
    if len(reason) > REASON_MAX_LENGTH:
        raise ValidationFailed(_("Alasan paling banyak %(n)d karakter.", n=REASON_MAX_LENGTH), field="reason")
    record.status, record.verifier_id, record.verified_at, record.reason = (
        JpStatus.REJECTED.value, verifier.id, utcnow(), reason)
    db.session.flush()
    return record
