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
