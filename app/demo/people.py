"""Demo people: the three role accounts and about thirty ASN across Medan's agencies."""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select

from app.accounts.models import Agency, AgencyOperator, User
from app.accounts.passwords import hash_password
from app.core.roles import Role
from app.core.timeutil import utcnow
from app.extensions import db

ROLE_ACCOUNTS = (
    ("admin@simpul.test", "Admin Simpul ASN", "diskominfo", "Operator Sistem Informasi", Role.ADMIN),
    ("moderator@simpul.test", "Rina Marpaung", "bkpsdm", "Analis Sumber Daya Manusia Aparatur", Role.MODERATOR),
    ("pimpinan@simpul.test", "Drs. Hendra Sitorus, M.Si.", "setda", "Asisten Administrasi Umum", Role.LEADER),
)

# name, agency code, position, birth date (YYYYMMDD), appointment (YYYYMM), gender digit
ASN = (
    ("Siti Aminah Lubis", "diskominfo", "Pranata Komputer Ahli Muda", "19880412", "201101", "2"),
    ("Budi Santoso Nasution", "diskominfo", "Analis Kebijakan", "19850307", "200903", "1"),
    ("Dewi Kartika Siregar", "bkpsdm", "Analis Pengembangan Kompetensi", "19900921", "201403", "2"),
    ("Ahmad Fauzi Harahap", "bkpsdm", "Kepala Bidang Pengembangan SDM", "19780115", "200212", "1"),
    ("Maria Theresia Simanjuntak", "dinkes", "Epidemiolog Kesehatan", "19870630", "201012", "2"),
    ("Rizky Pratama Daulay", "disdukcapil", "Administrator Database Kependudukan", "19930202", "201803", "1"),
    ("Nurhayati Tanjung", "disdikbud", "Pengawas Sekolah", "19760808", "199903", "2"),
    ("Jonathan Hutagalung", "bappeda", "Perencana Ahli Muda", "19891111", "201303", "1"),
    ("Lestari Wulandari", "dlh", "Pengendali Dampak Lingkungan", "19910505", "201503", "2"),
    ("Andi Saputra Ginting", "dishub", "Penguji Kendaraan Bermotor", "19860218", "201012", "1"),
    ("Fitri Handayani Pohan", "setda", "Analis Organisasi", "19920725", "201603", "2"),
    ("Teguh Wibowo", "bag-organisasi", "Analis Tata Laksana", "19840419", "200812", "1"),
    ("Yohana Br Sembiring", "inspektorat", "Auditor Ahli Pertama", "19950314", "201903", "2"),
    ("Muhammad Iqbal Rangkuti", "satpol-pp", "Polisi Pamong Praja Penyelia", "19820827", "200604", "1"),
    ("Sri Rahayu Batubara", "dp3apmp2kb", "Penyuluh Keluarga Berencana", "19880101", "201212", "2"),
    ("Hendrik Manurung", "dinas-sdabmbk", "Teknik Jalan dan Jembatan Ahli Muda", "19830609", "200812", "1"),
    ("Putri Ayu Lestari", "dkppp", "Penyuluh Pertanian", "19940417", "201903", "2"),
    ("Agus Salim Pulungan", "damkar", "Analis Kebakaran", "19810913", "200603", "1"),
    ("Kristina Situmorang", "diskop-ukm-perindag", "Pengawas Koperasi", "19890223", "201303", "2"),
    ("Fadli Hasibuan", "dinas-pkpcktr", "Penata Ruang Ahli Pertama", "19960710", "202003", "1"),
    ("Ratna Sari Dewi Matondang", "setwan", "Analis Legislatif", "19870916", "201103", "2"),
    ("Irwan Syahputra", "bag-tapem", "Analis Pemerintahan", "19850505", "201003", "1"),
    ("Melati Br Tarigan", "bag-kerjasama", "Analis Kerja Sama", "19930829", "201803", "2"),
    ("Bonar Simatupang", "bappeda", "Statistisi Ahli Muda", "19800320", "200503", "1"),
    ("Wahyuni Siregar", "dinkes", "Administrator Kesehatan", "19910611", "201503", "2"),
    ("Yusuf Effendi Lubis", "diskominfo", "Pranata Humas", "19970103", "202103", "1"),
    ("Clara Angelina Sinaga", "disdikbud", "Guru Ahli Madya", "19840728", "201001", "2"),
    ("Darmawan Purba", "disdukcapil", "Analis Kependudukan", "19790404", "200403", "1"),
    ("Indah Permata Sari", "dlh", "Analis Persampahan", "19950922", "202003", "2"),
    ("Rudi Hartono Sihombing", "bkpsdm", "Pranata Komputer Ahli Pertama", "19920130", "201703", "1"),
)


# The duty "Operator instansi": who approves the ASN of an agency (name, agency code).
OPERATORS = (("Budi Santoso Nasution", "diskominfo"),)


@dataclass
class SeedReport:
    created: int
    existing: int
    password: str | None  # set only when it was generated now, to be printed once


def demo_email(name: str) -> str:
    parts = name.lower().replace(".", "").replace(",", "").split()
    parts = [p for p in parts if p not in {"br", "drs", "msi"}]
    return f"{parts[0]}.{parts[-1]}@simpul.test"


def _agency(code: str, cache: dict[str, Agency]) -> Agency:
    if code not in cache:
        agency = db.session.execute(select(Agency).where(Agency.code == code)).scalar_one_or_none()
        if agency is None:
            raise LookupError(f"agency {code} is missing: import the agencies first")
        cache[code] = agency
    return cache[code]


def seed_people(password: str | None) -> SeedReport:
    generated = None
    if not password:
        generated = password = secrets.token_urlsafe(12)
    # Demo accounts share one password, so one hash serves them all and seeding stays quick.
    password_hash = hash_password(password)
    emails = {e for (e,) in db.session.execute(select(User.email)).all()}
    agencies: dict[str, Agency] = {}
    created = existing = 0
    people = [(email, name, code, position, role, None) for email, name, code, position, role in ROLE_ACCOUNTS]
    for index, (name, code, position, born, start, gender) in enumerate(ASN, start=1):
        people.append((demo_email(name), name, code, position, Role.MEMBER, f"{born}{start}{gender}{index:03d}"))
    for email, name, code, position, role, nip in people:
        if email in emails:
            existing += 1
            continue
        # Joined before the demo content, which reaches back about 120 days.
        joined = utcnow() - timedelta(days=150 - created)
        db.session.add(User(name=name, email=email, nip=nip, agency=_agency(code, agencies), position=position,
                            role=role.value, password_hash=password_hash, created_at=joined,
                            # The demo accounts are confirmed and verified (approved, as a city would).
                            email_confirmed_at=joined, verified_at=joined, verified_via="approval"))
        created += 1
    db.session.flush()
    _seed_operators(agencies)
    return SeedReport(created=created, existing=existing, password=generated if created else None)


def _seed_operators(agencies: dict[str, Agency]) -> None:
    if db.session.execute(select(AgencyOperator.user_id).limit(1)).first() is not None:
        return
    for name, code in OPERATORS:
        user = db.session.execute(select(User).where(User.name == name)).scalar_one_or_none()
        if user is not None:
            db.session.add(AgencyOperator(user_id=user.id, agency_id=_agency(code, agencies).id))
    db.session.flush()
