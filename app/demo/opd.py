"""Demo Tanya OPD: a responder of Disdukcapil and questions addressed to agencies, one answered officially and
one overdue, so that a fresh `make run` shows every Tanya OPD page with something on it."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from app.accounts.models import AgencyResponder, User
from app.accounts.responders import agency_by_code
from app.content.models import Post
from app.core.timeutil import utcnow
from app.extensions import db
from app.questions import opd
from app.questions.services import add_answer, ask_question

RESPONDER = ("darmawan.purba@simpul.test", "disdukcapil")

# (asker's e-mail, agency code, days ago, title, body, tags, the official answer and its delay in days or None)
QUESTIONS = (
    ("siti.lubis@simpul.test", "disdukcapil", 12,
     "Bagaimana mengurus akta kelahiran anak yang lahir di luar Kota Medan?",
     "Anak staf kami lahir di Deli Serdang, tetapi keluarga berdomisili di Medan. Di mana akta kelahirannya "
     "diurus, dan dokumen apa saja yang perlu dibawa?", "kependudukan, pelayanan-publik",
     "Akta kelahiran diurus di Disdukcapil tempat keluarga terdaftar dalam Kartu Keluarga, jadi di Medan. "
     "Bawa surat keterangan lahir dari bidan atau rumah sakit, KK, KTP-el kedua orang tua, dan buku nikah. "
     "Permohonan juga dapat diajukan daring lewat layanan kependudukan kami.", 3),
    ("budi.nasution@simpul.test", "disdukcapil", 16,
     "Apakah perubahan data KTP-el untuk ASN yang pindah tugas bisa diurus kolektif oleh instansi?",
     "Beberapa pegawai baru kami pindah dari kabupaten lain. Bisakah bagian kepegawaian mengajukan perubahan "
     "alamat KTP-el mereka secara kolektif?", "kependudukan, kepegawaian", None, None),
    ("dewi.siregar@simpul.test", "dinkes", 2,
     "Bagaimana alur rujukan pemeriksaan kesehatan berkala bagi ASN di puskesmas?",
     "Kami ingin menjadwalkan pemeriksaan kesehatan berkala pegawai BKPSDM. Apakah puskesmas melayani "
     "pemeriksaan kolektif dan bagaimana cara mendaftarnya?", "kesehatan, kepegawaian", None, None),
)


def seed_opd() -> int:
    """Returns how many addressed questions were made (none when they exist already)."""
    responder = db.session.execute(select(User).where(User.email == RESPONDER[0])).scalar_one_or_none()
    agency = agency_by_code(RESPONDER[1])
    if responder is None or agency is None:
        return 0
    if db.session.get(AgencyResponder, (responder.id, agency.id)) is None:
        db.session.add(AgencyResponder(user_id=responder.id, agency_id=agency.id))
        db.session.flush()
    if db.session.execute(select(Post.id).where(Post.addressed_agency_id.is_not(None)).limit(1)).first():
        return 0
    made = 0
    for email, code, days_ago, title, body, tags, answer_text, delay in QUESTIONS:
        asker = db.session.execute(select(User).where(User.email == email)).scalar_one_or_none()
        target = agency_by_code(code)
        if asker is None or target is None:
            continue
        question = ask_question(asker, title=title, body=body, tags=[t.strip() for t in tags.split(",")])
        opd.address(question, target, asker)
        asked = utcnow() - timedelta(days=days_ago)
        question.created_at = question.last_activity_at = question.updated_at = asked
        if answer_text:
            answer = add_answer(question, responder, answer_text)
            answer.created_at = answer.updated_at = asked + timedelta(days=delay)
            db.session.flush()
            opd.mark_official(question, answer, responder)
        made += 1
    db.session.flush()
    return made
