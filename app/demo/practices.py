"""Demo adoptions: another agency records that it adopted a practice, so that a fresh `make run` shows one
practice at the stage Direplikasi (set by app/articles/replication.py, as for any adoption)."""
from __future__ import annotations

from sqlalchemy import select

from app.accounts.models import User
from app.articles.models import Article
from app.content.models import PostStatus
from app.extensions import db
from app.reputation.adoptions import adoption_of, record_adoption

# (the article's title, the adopting member's e-mail, the note)
ADOPTIONS = (
    ("Migrasi Arsip Surat Masuk ke Aplikasi Arsip Daring dalam Tiga Bulan", "maria.simanjuntak@simpul.test",
     "Sekretariat Dinas Kesehatan memakai alur yang sama untuk surat masuk sejak bulan lalu: surat dipindai di "
     "meja agenda, nomor agenda menjadi nama berkas, dan disposisi dikirim lewat aplikasi."),
)


def seed_adoptions() -> int:
    made = 0
    for title, email, note in ADOPTIONS:
        article = db.session.execute(select(Article).where(
            Article.title == title, Article.status == PostStatus.PUBLISHED.value)).scalar_one_or_none()
        member = db.session.execute(select(User).where(User.email == email)).scalar_one_or_none()
        if article is None or member is None or adoption_of(article, member.agency_id) is not None:
            continue
        record_adoption(article, member, note)
        made += 1
    db.session.flush()
    return made


# Review when it ages: (title, days since the review date passed); the last one is marked obsolete, so that
# /articles/review and the leaders' share show something on a fresh `make run`.
DUE = (("Tanda Tangan Elektronik untuk Nota Dinas: Dari Uji Coba ke Kebiasaan", 3),
       ("Workshop Literasi Data bersama Universitas Sumatera Utara", 40),
       ("Jadwal Uji Berkala Kendaraan yang Dapat Dipesan Secara Daring", 75))
OBSOLETE = ("SOP Digital yang Mudah Dicari oleh Seluruh Pegawai",
            "Aplikasi pencarian SOP ini diganti portal dokumen bersama sejak awal tahun; lihat praktik yang baru.")


def seed_reviews() -> int:
    """Some demo practices come due for review and one is no longer valid; safe to run again (an article
    that was reviewed already is left as it is)."""
    from datetime import timedelta

    from app.articles.reviews import PracticeReview, review, today

    def published(title: str) -> Article | None:
        article = db.session.execute(select(Article).where(
            Article.title == title, Article.status == PostStatus.PUBLISHED.value)).scalar_one_or_none()
        reviewed = article is not None and db.session.execute(
            select(PracticeReview.id).where(PracticeReview.post_id == article.id).limit(1)).first() is not None
        return None if reviewed else article

    made = 0
    for title, days in DUE:
        if (article := published(title)) is not None and article.review_due_on and article.review_due_on > today():
            article.review_due_on = today() - timedelta(days=days)
            made += 1
    title, reason = OBSOLETE
    if (article := published(title)) is not None and article.obsolete_at is None:
        review(article, db.session.get(User, article.author_id), "obsolete", reason)
        made += 1
    db.session.flush()
    return made
