"""The conversion table: how many JP a form of knowledge sharing is worth, with shipped proposals admins confirm."""
from __future__ import annotations

from dataclasses import dataclass

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite

from app.accounts.models import User
from app.core.errors import NotFound, ValidationFailed
from app.core.timeutil import utcnow
from app.extensions import db
from app.pembinaan.models import ActivityKind, JpConversion

JP_MIN, JP_MAX = 1, 40
EXTERNAL_CODE = "pelatihan-luar"
LABEL_MAX_LENGTH = 200


@dataclass(frozen=True)
class DefaultConversion:
    code: str
    label: str
    jp: int
    needs: str  # "article", "activity" or "none"
    activity_kind: str | None = None  # for needs "activity": the kind of activity the claim must point at


# Proposals, not law: the values are an agency's policy. Admins confirm or change them at /admin/pembinaan/konversi.
DEFAULTS: tuple[DefaultConversion, ...] = (
    DefaultConversion("artikel-praktik-baik", "Menulis artikel praktik baik yang terbit", 2, "article"),
    DefaultConversion("artikel-diterapkan", "Artikel praktik baik diterapkan oleh instansi lain", 3, "article"),
    DefaultConversion("narasumber-sesi-berbagi", "Menjadi narasumber sesi berbagi (komunitas belajar)", 4,
                      "activity", ActivityKind.SHARING.value),
    DefaultConversion("mentor", "Menjadi mentor dalam sesi mentoring", 2, "activity", ActivityKind.MENTORING.value),
    DefaultConversion("tulisan-lain", "Tulisan berbagi pengetahuan lainnya", 1, "none"),
    # Needs "hours": JP per jam pelajaran (45 minutes) of training outside Simpul, entered at /jp/external/new.
    DefaultConversion(EXTERNAL_CODE, "Pengembangan di luar Simpul (JP per jam pelajaran 45 menit)", 1, "hours"),
)
_BY_CODE = {d.code: d for d in DEFAULTS}

NEEDS_LABELS = {
    "article": _l("Artikel sendiri yang terbit"),
    "activity": _l("Kegiatan yang Anda selenggarakan atau pandu"),
    "none": _l("Tidak perlu tautan"),
    "hours": _l("Jam pelatihan dan sertifikat (dicatat di Pengembangan di luar Simpul)"),
}


def required_activity_kind(code: str) -> str | None:
    default = _BY_CODE.get(code)
    return default.activity_kind if default else None


def needs_adoption(code: str) -> bool:
    """"Artikel diterapkan" counts only for an article another agency recorded as adopted."""
    return code == "artikel-diterapkan"


def _insert(dialect_name: str):
    return (postgresql if dialect_name == "postgresql" else sqlite).insert


def ensure_conversions() -> int:
    """Insert the shipped defaults that are missing (as proposals); never touches edited rows. Returns how many.

    Safe to run again and from two processes at once (INSERT ... ON CONFLICT DO NOTHING).
    """
    present = set(db.session.execute(select(JpConversion.code)).scalars())
    missing = [d for d in DEFAULTS if d.code not in present]
    if not missing:
        return 0
    insert = _insert(db.session.get_bind().dialect.name)
    now = utcnow()
    statement = insert(JpConversion).values([
        {"code": d.code, "label": d.label, "jp": d.jp, "needs": d.needs, "active": True, "is_proposal": True,
         "updated_at": now} for d in missing]).on_conflict_do_nothing(index_elements=["code"])
    return len(db.session.execute(statement.returning(JpConversion.code)).all())


def conversion_table() -> list[JpConversion]:
    """Every conversion, stored or shipped; defaults not yet stored come as unsaved rows (GET requests never write)."""
    stored = {c.code: c for c in db.session.execute(select(JpConversion)).scalars()}
    rows = [stored.pop(d.code, None) or JpConversion(code=d.code, label=d.label, jp=d.jp, needs=d.needs, active=True,
                                                     is_proposal=True) for d in DEFAULTS]
    return rows + sorted(stored.values(), key=lambda c: c.code)


def active_conversions() -> list[JpConversion]:
    return [c for c in conversion_table() if c.active]


def claimable_conversions() -> list[JpConversion]:
    """What the claim form offers: training outside Simpul has its own form (app/pembinaan/external.py)."""
    return [c for c in active_conversions() if c.needs != "hours"]


def find_conversion(code: str | None) -> JpConversion:
    """A stored conversion by code (storing the shipped defaults first); unknown codes are a form error."""
    code = (code or "").strip()
    if not code:
        raise ValidationFailed(_("Pilih jenis berbagi pengetahuan yang Anda klaim."), field="conversion")
    ensure_conversions()
    conversion = db.session.get(JpConversion, code[:40]) if len(code) <= 40 else None
    if conversion is None:
        raise ValidationFailed(_("Jenis klaim \u201c%(code)s\u201d tidak dikenal.", code=code[:40]),
                               field="conversion")
    return conversion


def update_conversion(admin: User, code: str, *, label: str | None, jp, active: bool) -> bool:
    """An admin sets a conversion's label, JP and whether it may be claimed; saving confirms it (no longer a proposal).

    Lines already claimed keep the JP they were made with. Returns whether anything changed.
    """
    ensure_conversions()
    conversion = db.session.get(JpConversion, code) if code and len(code) <= 40 else None
    if conversion is None:
        raise NotFound(_("Jenis klaim tidak ditemukan."))
    label = " ".join((label or "").split())
    if not label:
        raise ValidationFailed(_("Nama jenis klaim wajib diisi."), field="label")
    if len(label) > LABEL_MAX_LENGTH:
        raise ValidationFailed(_("Nama jenis klaim paling banyak %(n)d karakter.", n=LABEL_MAX_LENGTH), field="label")
    try:
        jp = int(jp)
    except (TypeError, ValueError):
        raise ValidationFailed(_("JP harus berupa bilangan bulat."), field="jp") from None
    if not JP_MIN <= jp <= JP_MAX:
        raise ValidationFailed(_("JP harus antara %(min)d dan %(max)d.", min=JP_MIN, max=JP_MAX), field="jp")
    changed = (conversion.label, conversion.jp, conversion.active, conversion.is_proposal) != (label, jp, active, False)
    if changed:
        conversion.label, conversion.jp, conversion.active, conversion.is_proposal = label, jp, bool(active), False
        conversion.updated_by_id, conversion.updated_at = admin.id, utcnow()
        db.session.flush()
    return changed
