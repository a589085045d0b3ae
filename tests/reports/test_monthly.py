"""`flask reports monthly`: the PDFs read back with pypdf, replaced on a second run, mailed to the agency's
leaders, and listed at /leaders/reports for leaders and admins only. Pages are saved as pictures in
test-artifacts/reports/ (rendered with pypdfium2)."""
from __future__ import annotations

import email
import os
from datetime import datetime
from email import policy
from pathlib import Path

import pypdfium2
from pypdf import PdfReader
from sqlalchemy import func, select, update

from app.accounts.models import Agency
from app.content.models import Post
from app.core.roles import Role
from app.extensions import db
from app.reports.models import MonthlyReport
from app.reputation import ledger, rules
from app.reputation.adoptions import record_adoption
from app.reputation.models import Adoption, ReputationEvent
from tests.conftest import ENGINE
from tests.fixtures.people import agency
from tests.support.http import REPO_ROOT

OCTOBER = datetime(2026, 10, 15, 3)  # 15 October 2026, 10.00 WIB
ARTIFACTS = Path(os.environ.get("ARTIFACTS_DIR", REPO_ROOT / "test-artifacts")) / "reports" / ENGINE


def _run(app, *args):
    return app.test_cli_runner().invoke(args=["reports", "monthly", *args])


def _pages(path: Path) -> list[str]:
    """The text of each page, on one line (a table's cells come out a line each)."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def _save_pictures(path: Path, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    document = pypdfium2.PdfDocument(str(path))
    for index in range(len(document)):
        document[index].render(scale=1.5).to_pil().save(ARTIFACTS / f"{name}-{index + 1}.png")
    document.close()


def _seed_october(make_user, make_article, make_question, make_answer):
    """A Diskominfo writer with 1.500 points, an article adopted by Bappeda, a question answered officially."""
    writer = make_user(name="Rahmat Penulis")
    article = make_article(writer, title="Arsip surat masuk digital di Diskominfo")
    adopter = make_user(name="Nur Bappeda", agency_code="bappeda")
    record_adoption(article, adopter, "Kami menerapkan pemindaian arsip setiap pagi.")
    ledger.lock_user(writer.id)
    ledger.record(writer.id, 1450, rules.AWARD)
    question = make_question(adopter, title="Bagaimana cara mengajukan akun surel dinas baru?")
    question.addressed_agency_id = agency("diskominfo").id
    answer = make_answer(question, writer, body="Ajukan lewat layanan TIK kami dengan surat pengantar.")
    question.official_answer_id = answer.id
    for model in (ReputationEvent, Adoption):
        db.session.execute(update(model).values(created_at=OCTOBER))
    db.session.execute(update(Post).values(created_at=OCTOBER))
    db.session.commit()
    return writer


def test_a_month_makes_every_agencys_report_and_the_citys_and_mails_the_leaders(
        app, make_user, make_article, make_question, make_answer, outbox):
    _seed_october(make_user, make_article, make_question, make_answer)
    chief = make_user(Role.LEADER, name="Kepala Diskominfo", agency_code="diskominfo")
    other_chief = make_user(Role.LEADER, name="Kepala Bappeda", agency_code="bappeda")
    result = _run(app, "--month", "2026-10")
    assert result.exit_code == 0, result.output
    folder = Path(app.config["REPORT_DIR"])
    agencies = db.session.execute(select(func.count()).select_from(Agency).where(Agency.active.is_(True))).scalar()
    assert len(list(folder.glob("*.pdf"))) == agencies + 1
    assert db.session.execute(select(func.count()).select_from(MonthlyReport)).scalar() == agencies + 1

    own = _pages(folder / "laporan-2026-10-diskominfo.pdf")
    assert len(own) >= 2
    summary = own[0]
    assert "Laporan Bulanan Simpul ASN" in summary and "Bulan Oktober 2026" in summary
    assert "Dinas Komunikasi dan Informatika" in summary
    assert "Poin reputasi diperoleh ASN terverifikasi 1.500" in summary  # Indonesian separators
    assert "Belum ada kegiatan" not in summary
    assert "Praktik Baik terbit 1" in summary and "Pertanyaan Tanya OPD diterima 1" in summary
    assert "Median hari kerja sampai jawaban resmi (seluruh waktu) 0" in summary
    assert "Praktik instansi ini diadopsi instansi lain (diterima) 1" in summary
    # The agency's row of the fair agency view: per-100-ASN figures, small agencies not ranked.
    assert "Angka per 100 ASN" in summary and "Kiriman per 100 ASN" in summary and "tidak diperingkat" in summary
    assert any("Tulisan terbit per bulan" in page and "Okt 26" in page for page in own[1:])
    city = _pages(folder / "laporan-2026-10-kota.pdf")
    assert "Kota Medan (seluruh instansi)" in city[0] and "Adopsi praktik baik dicatat 1" in city[0]
    assert any("Kepatuhan JP 2026" in page for page in city[1:])
    _save_pictures(folder / "laporan-2026-10-diskominfo.pdf", "laporan-diskominfo")
    _save_pictures(folder / "laporan-2026-10-kota.pdf", "laporan-kota")

    mails = [email.message_from_bytes(p.read_bytes(), policy=policy.default) for p in sorted(outbox.glob("*.eml"))]
    to_chief = [m for m in mails if m["To"] == chief.email]
    assert len(to_chief) == 1 and "Oktober 2026" in to_chief[0]["Subject"]
    attached = [(part.get_filename(), part.get_content()) for part in to_chief[0].iter_attachments()]
    assert attached[0][0] == "laporan-2026-10-diskominfo.pdf" and attached[0][1].startswith(b"%PDF")
    assert [part.get_filename() for m in mails if m["To"] == other_chief.email for part in m.iter_attachments()] \
        == ["laporan-2026-10-bappeda.pdf"]


def test_running_again_replaces_the_report_and_an_empty_month_says_so(app, make_user, outbox):
    make_user(Role.LEADER, name="Kepala Diskominfo", agency_code="diskominfo")
    first = _run(app, "--month", "2026-09", "--agency", "diskominfo", "--no-mail")
    assert first.exit_code == 0, first.output
    path = Path(app.config["REPORT_DIR"]) / "laporan-2026-09-diskominfo.pdf"
    path.write_bytes(b"half a file")
    again = _run(app, "--month", "2026-09", "--agency", "diskominfo", "--no-mail")
    assert again.exit_code == 0, again.output
    rows = db.session.execute(select(MonthlyReport)).scalars().all()
    assert [(r.month, r.agency.code, r.size) for r in rows] == [("2026-09", "diskominfo", path.stat().st_size)]
    assert "Belum ada kegiatan pada bulan ini." in _pages(path)[0]
    assert list(Path(app.config["REPORT_DIR"]).iterdir()) == [path]  # no other agency's, no temporary file
    assert not outbox.exists() or list(outbox.glob("*.eml")) == []  # --no-mail


def test_bad_input_writes_nothing(app):
    for args, message in ((["--month", "2026-10", "--agency", "dinas-khayalan"], "Instansi dengan kode"),
                          (["--month", "2026-13"], "Format bulan tidak dikenal"),
                          (["--month", "10-2026"], "Format bulan tidak dikenal"),
                          (["--month", "2999-01"], "belum tiba")):
        result = _run(app, *args)
        assert result.exit_code != 0 and message in result.stderr, (args, result.output)
    assert not Path(app.config["REPORT_DIR"]).exists()
    assert db.session.execute(select(func.count()).select_from(MonthlyReport)).scalar() == 0


def test_leaders_and_admins_list_and_download_the_reports(app, client, login_as, member, leader, admin):
    assert _run(app, "--month", "2026-09", "--agency", "diskominfo", "--no-mail").exit_code == 0
    report = db.session.execute(select(MonthlyReport)).scalar_one()
    download = f"/leaders/reports/{report.id}.pdf"
    assert client.get("/leaders/reports/").status_code == 302  # visitors are sent to sign in
    as_member = login_as(member)
    assert as_member.get("/leaders/reports/").status_code == 403
    assert as_member.get(download).status_code == 403
    for user in (leader, admin):
        signed_in = login_as(user)
        page = signed_in.get("/leaders/reports/").get_data(as_text=True)
        assert "Dinas Komunikasi dan Informatika" in page and download in page and "September 2026" in page
        response = signed_in.get(download)
        assert response.status_code == 200 and response.data.startswith(b"%PDF")
        assert response.headers["Content-Disposition"].startswith("attachment")
        assert "laporan-2026-09-diskominfo.pdf" in response.headers["Content-Disposition"]
    assert login_as(leader).get(f"/leaders/reports/{report.id + 1}.pdf").status_code == 404


def test_two_agency_codes_that_clean_to_one_name_get_two_files():
    from app.reports.figures import Month
    from app.reports.services import filename

    october = Month(2026, 10)
    assert filename(october, Agency(id=3, code="diskominfo")) == "laporan-2026-10-diskominfo.pdf"
    assert filename(october, Agency(id=7, code="Dinas.Kominfo")) == "laporan-2026-10-dinas-kominfo-7.pdf"
    assert filename(october, Agency(id=8, code="kota")) == "laporan-2026-10-kota-8.pdf"  # not the city's
    assert filename(october, None) == "laporan-2026-10-kota.pdf"
