"""Demo Pembinaan: duties, past activities with attendance (verified JP), upcoming ones, a claim to verify."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select

from app.accounts.models import Agency, User
from app.content.models import Post, PostStatus
from app.content.rendering import render_markdown
from app.content.text import slugify
from app.core.roles import Role
from app.core.timeutil import utcnow
from app.extensions import db
from app.pembinaan.activities import register
from app.pembinaan.certificates import assign_number
from app.pembinaan.claims import submit_claim
from app.pembinaan.conversions import ensure_conversions
from app.pembinaan.models import Activity, Duty, DutyName, Registration, RegistrationStatus
from app.pembinaan.records import record_attendance, wib_date

ORGANISER, VERIFIER = "Dewi Kartika Siregar", "Ahmad Fauzi Harahap"  # both of BKPSDM


@dataclass(frozen=True)
class DemoActivity:
    title: str
    kind: str
    agency: str
    days: int  # from today: negative in the past
    hours: int
    jp: int
    description: str
    partner: str | None = None
    place: str | None = None
    link: str | None = None
    capacity: int | None = None
    attendees: int = 0  # past: how many demo members attended; upcoming: how many registered


ACTIVITIES = (
    DemoActivity("Pelatihan Kepemimpinan Pengawas Angkatan III", "workshop", "bkpsdm", -95, 8, 12,
                 "Pelatihan kepemimpinan bagi pejabat pengawas: mengelola kinerja tim dan memimpin perubahan.",
                 partner="Universitas Sumatera Utara", place="Aula BKPSDM Kota Medan", capacity=30, attendees=6),
    DemoActivity("Lokakarya Menulis Praktik Baik yang Dapat Ditiru", "workshop", "bkpsdm", -60, 6, 8,
                 "Menyusun praktik baik dengan kerangka **Latar Belakang – Inovasi – Hasil – Cara Menerapkan**, "
                 "lalu menerbitkannya di Simpul ASN.", partner="Universitas Sumatera Utara",
                 place="Aula BKPSDM Kota Medan", capacity=40, attendees=12),
    DemoActivity("Sesi Berbagi: Antrean Daring Adminduk", "sesi_berbagi", "disdukcapil", -21, 2, 2,
                 "Komunitas belajar pelayanan publik membahas antrean daring di Disdukcapil: apa yang berhasil, "
                 "apa yang masih sulit, dan cara menerapkannya di kecamatan.",
                 link="https://meet.example.go.id/antrean-daring", attendees=7),
    DemoActivity("Mentoring Penulisan Artikel Praktik Baik", "mentoring", "bkpsdm", 5, 2, 2,
                 "Pendampingan kecil (10 orang) untuk menyempurnakan draf praktik baik Anda sebelum terbit.",
                 place="Ruang Rapat BKPSDM Lt. 2", capacity=10, attendees=4),
    DemoActivity("Pelatihan Daring Analisis Data dengan Spreadsheet", "pelatihan_daring", "diskominfo", 10, 3, 6,
                 "Tabel pivot, grafik, dan pembersihan data untuk laporan bulanan OPD.",
                 link="https://lms.example.go.id/analisis-data", capacity=60, attendees=5),
    DemoActivity("Seminar Inovasi Pelayanan Publik Kota Medan", "seminar", "bappeda", 20, 4, 4,
                 "Paparan inovasi terpilih dari perangkat daerah dan tanggapan akademisi.",
                 partner="Universitas Negeri Medan", place="Gedung Serbaguna Pemko Medan", capacity=150),
)


def seed_pembinaan() -> int:
    """Write the demo once (nothing when any activity exists); returns how many activities. No commit."""
    if db.session.execute(select(Activity.id).limit(1)).first() is not None:
        return 0
    ensure_conversions()
    people = {u.name: u for u in db.session.execute(select(User)).scalars()}
    organiser, verifier = people.get(ORGANISER), people.get(VERIFIER)
    if organiser is None or verifier is None:
        return 0
    db.session.add_all([Duty(user_id=organiser.id, duty=DutyName.ORGANISER.value),
                        Duty(user_id=verifier.id, duty=DutyName.VERIFIER.value)])
    leader = db.session.execute(select(User).where(User.role == Role.LEADER.value)).scalars().first() or organiser
    members = [u for u in people.values() if u.role == Role.MEMBER.value and u.id != organiser.id]
    today = utcnow().replace(hour=2, minute=0, second=0, microsecond=0)  # 09.00 WIB
    for number, data in enumerate(ACTIVITIES):
        agency = db.session.execute(select(Agency).where(Agency.code == data.agency)).scalar_one()
        creator = organiser if data.agency == organiser.agency.code else leader
        start = today + timedelta(days=data.days)
        activity = Activity(title=data.title, slug=slugify(data.title), kind=data.kind, agency_id=agency.id,
                            partner=data.partner, description_md=data.description,
                            description_html=render_markdown(data.description), starts_at=start,
                            ends_at=start + timedelta(hours=data.hours), place=data.place, link=data.link,
                            capacity=data.capacity, jp=data.jp, created_by_id=creator.id,
                            created_at=min(start, utcnow()) - timedelta(days=14), updated_at=utcnow())
        db.session.add(activity)
        db.session.flush()
        chosen = members[number:number + data.attendees] if data.attendees else []
        for member in chosen:
            if data.days < 0:
                registration = Registration(activity_id=activity.id, user_id=member.id,
                                            status=RegistrationStatus.ATTENDED.value, marked_by_id=creator.id)
                db.session.add(registration)
                db.session.flush()
                record_attendance(activity, member, creator)
                assign_number(activity, registration)  # the attendance certificate, as confirming gives it
            else:
                register(activity, member)
        if data.days < 0:
            activity.registered_count = activity.attended_count = len(chosen)
    _claim_for_an_article(members)
    db.session.flush()
    return len(ACTIVITIES)


def _claim_for_an_article(members: list[User]) -> None:
    """One claim waiting in the verifiers' queue: a member's own published article."""
    for member in members:
        article = db.session.execute(select(Post).where(
            Post.author_id == member.id, Post.kind == "article", Post.status == PostStatus.PUBLISHED.value)
            .order_by(Post.id)).scalars().first()
        if article is None or wib_date(article.created_at).year != wib_date(utcnow()).year:
            continue
        submit_claim(member, conversion="artikel-praktik-baik", happened_on=wib_date(article.created_at),
                     proof=f"Artikel terbit di Simpul ASN: /articles/{article.id}", article=str(article.id))
        return
