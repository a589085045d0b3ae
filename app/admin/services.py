"""Admin verbs on agencies: create, edit and import from CSV."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from flask_babel import gettext as _
from sqlalchemy import select

from app.accounts.models import Agency
from app.accounts.queries import AGENCY_KIND_LABELS
from app.config import BASE_DIR
from app.core.errors import Conflict, ValidationFailed
from app.core.numbers import parse_id
from app.core.settings import AGENCY_SIZE_SOURCE, AGENCY_SIZE_SOURCES, set_setting
from app.extensions import db

CSV_COLUMNS = ("code", "name", "short_name", "kind")
DEFAULT_AGENCIES = BASE_DIR / "app" / "data" / "agencies_medan.csv"  # the agencies of Medan, shipped


@dataclass
class AgencyData:
    code: str
    name: str
    short_name: str
    kind: str
    active: bool = True
    name_verified: bool = True
    headcount: str | int | None = None  # as typed on the form; a whole number or empty


MAX_HEADCOUNT = 1_000_000


def _headcount(raw) -> int | None:
    text = str(raw if raw is not None else "").strip()
    if not text:
        return None
    value = parse_id(text)
    if value is None or value > MAX_HEADCOUNT:
        raise ValidationFailed(_("Jumlah ASN harus bilangan bulat dari 0 sampai 1.000.000, atau dikosongkan."),
                               field="headcount")
    return value


def _validate(data: AgencyData) -> AgencyData:
    data.code, data.name, data.short_name = data.code.strip(), data.name.strip(), data.short_name.strip()
    if not data.code or not data.name or not data.short_name:
        raise ValidationFailed(_("Kode, nama dan nama singkat instansi wajib diisi."))
    if data.kind not in AGENCY_KIND_LABELS:
        raise ValidationFailed(_("Jenis instansi tidak dikenal: %(kind)s.", kind=data.kind), field="kind")
    data.headcount = _headcount(data.headcount)
    return data


def save_agency(data: AgencyData, agency: Agency | None = None) -> Agency:
    data = _validate(data)
    clash = db.session.execute(select(Agency).where(Agency.code == data.code)).scalar_one_or_none()
    if clash is not None and clash is not agency:
        raise Conflict(_("Kode %(code)s sudah dipakai instansi lain.", code=data.code), field="code")
    if agency is None:
        agency = Agency()
        db.session.add(agency)
    agency.code, agency.name, agency.short_name, agency.kind = data.code, data.name, data.short_name, data.kind
    agency.active, agency.name_verified, agency.headcount = data.active, data.name_verified, data.headcount
    db.session.flush()
    return agency


def choose_size_source(source: str) -> None:
    """Where the leaders' agency view takes each agency's number of ASN from."""
    if source not in AGENCY_SIZE_SOURCES:
        raise ValidationFailed(_("Pilih dasar jumlah ASN: anggota terverifikasi atau jumlah pegawai."),
                               field="source")
    set_setting(AGENCY_SIZE_SOURCE, source)


def import_agencies(path: Path) -> tuple[int, int]:
    """Create or update agencies from a CSV with code,name,short_name,kind[,confidence]; (created, updated)."""
    with path.open(newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        missing = [col for col in CSV_COLUMNS if col not in (reader.fieldnames or [])]
        if missing:
            raise ValidationFailed(_("Kolom CSV yang wajib tidak ada: %(cols)s.", cols=", ".join(missing)))
        rows = list(reader)
    existing = {a.code: a for a in db.session.execute(select(Agency)).scalars()}
    created = updated = 0
    for number, row in enumerate(rows, start=2):
        data = AgencyData(code=row["code"] or "", name=row["name"] or "", short_name=row["short_name"] or "",
                          kind=(row["kind"] or "").strip(),
                          name_verified=(row.get("confidence") or "V").strip().upper() == "V")
        try:
            data = _validate(data)
        except ValidationFailed as err:
            raise ValidationFailed(_("Baris %(n)d: %(msg)s", n=number, msg=err.message)) from err
        agency = existing.get(data.code)
        if agency is None:
            agency = Agency(code=data.code)
            db.session.add(agency)
            existing[data.code] = agency
            created += 1
        elif (agency.name, agency.short_name, agency.kind, agency.name_verified) != (
                data.name, data.short_name, data.kind, data.name_verified):
            updated += 1
        agency.name, agency.short_name, agency.kind = data.name, data.short_name, data.kind
        agency.name_verified = data.name_verified
    db.session.flush()
    return created, updated
