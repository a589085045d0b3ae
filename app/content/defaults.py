"""The forum's starting categories and the BerAKHLAK value tags (also inserted by migration 0002)."""
from __future__ import annotations

from sqlalchemy import select

from app.content.models import Category, Tag
from app.extensions import db

CATEGORIES = (
    ("transformasi-digital", "Transformasi Digital", "Aplikasi, data, layanan daring dan kecakapan digital ASN."),
    ("pelayanan-publik", "Pelayanan Publik", "Mutu layanan kepada warga: antrean, pengaduan, standar pelayanan."),
    ("kepegawaian", "Kepegawaian", "Manajemen ASN: jabatan, kinerja, SKP, disiplin dan kesejahteraan."),
    ("pelatihan-dan-pengembangan-kompetensi", "Pelatihan dan Pengembangan Kompetensi",
     "Pelatihan, workshop, seminar, komunitas belajar dan JP."),
    ("kolaborasi-antarinstansi", "Kolaborasi Antarinstansi", "Kerja sama lintas OPD, dengan kampus dan mitra."),
    ("umum", "Umum", "Hal lain yang bermanfaat bagi sesama ASN."),
)

VALUE_TAGS = (
    ("berorientasi-pelayanan", "BerAKHLAK: memahami dan memenuhi kebutuhan masyarakat."),
    ("akuntabel", "BerAKHLAK: melaksanakan tugas dengan jujur, bertanggung jawab, cermat dan disiplin."),
    ("kompeten", "BerAKHLAK: terus belajar dan mengembangkan kapabilitas."),
    ("harmonis", "BerAKHLAK: saling peduli dan menghargai perbedaan."),
    ("loyal", "BerAKHLAK: berdedikasi dan mengutamakan kepentingan bangsa dan negara."),
    ("adaptif", "BerAKHLAK: terus berinovasi dan antusias menghadapi perubahan."),
    ("kolaboratif", "BerAKHLAK: membangun kerja sama yang sinergis."),
)


def ensure_defaults() -> int:
    """Add the missing categories and value tags; returns how many rows were added."""
    added = 0
    have = set(db.session.execute(select(Category.slug)).scalars())
    for position, (slug, name, description) in enumerate(CATEGORIES):
        if slug not in have:
            db.session.add(Category(slug=slug, name=name, description=description, position=position))
            added += 1
    tags = {t.name: t for t in db.session.execute(select(Tag).where(Tag.name.in_([n for n, _ in VALUE_TAGS])))
            .scalars()}
    for name, description in VALUE_TAGS:
        if name not in tags:
            db.session.add(Tag(name=name, description=description, is_value=True))
            added += 1
    db.session.flush()
    return added
