"""Training outside Simpul (/jp/external/new): recorded with its certificate, decided by a verifier with the file in
view, counted toward the year's JP; bad input stores nothing; the JP record exports for SIASN as CSV and PDF."""
import csv
import io
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from app.extensions import db
from app.files.models import Upload
from app.pembinaan.models import ExternalTraining, JpRecord
from tests.files import samples
from tests.support.clock import at_today, today

NIP = "198503122010011002"
SIASN_HEADER = ["No", "Nama", "NIP", "Kegiatan", "Jenis", "Penyelenggara", "Tanggal mulai", "Tanggal selesai",
                "Jumlah jam", "JP", "Diverifikasi oleh", "Nomor sertifikat"]


def start(day):
    """Two days within this year, the second today."""
    return day - timedelta(days=1) if day.day > 1 else day


def submit(client, file: tuple[bytes, str] | None = (samples.pdf(), "sertifikat-latsar.pdf"), **fields):
    day = today()
    data = {"kind": "diklat", "title": "Pelatihan Kepemimpinan Pengawas", "organiser": "BPSDM Provinsi Sumut",
            "starts_on": start(day).isoformat(), "ends_on": day.isoformat(), "hours": "6",
            "certificate_number": "BPSDM/123/2026", **at_today(fields)}
    if file is not None:
        data["certificate"] = (io.BytesIO(file[0]), file[1])
    return client.post("/jp/external", data)


def stored(app) -> tuple[int, int, int, int]:
    """Lines of training outside Simpul, their details, upload rows and files on disk."""
    db.session.expire_all()
    lines = db.session.execute(select(func.count()).select_from(JpRecord).where(JpRecord.source == "external"))
    details = db.session.execute(select(func.count()).select_from(ExternalTraining)).scalar()
    uploads = db.session.execute(select(func.count()).select_from(Upload)).scalar()
    root = Path(app.config["UPLOAD_DIR"])
    files = [path for path in root.rglob("*") if path.is_file()] if root.exists() else []
    return lines.scalar(), details, uploads, len(files)


@pytest.fixture
def asn(make_user):
    return make_user(name="Dewi Pelatihan", nip=NIP)


def test_training_outside_simpul_is_verified_with_its_certificate_and_counts(app, login_as, asn, verifier,
                                                                             make_user):
    day = today()
    client = login_as(asn)
    assert 'name="certificate" type="file"' in client.get("/jp/external/new").get_data(as_text=True)
    response = submit(client)
    assert response.status_code == 303, response.get_data(as_text=True)[:3000]
    record = db.session.execute(select(JpRecord).where(JpRecord.user_id == asn.id)).scalar_one()
    # 6 hours = 360 minutes = 8 jam pelajaran of 45 minutes, at the shipped 1 JP each.
    assert (record.source, record.status, record.jp, record.year, record.happened_on) == (
        "external", "diajukan", 8, day.year, day)
    upload = db.session.execute(select(Upload)).scalar_one()
    url = f"/uploads/{upload.id}/sertifikat-latsar.pdf"
    page = client.get("/jp/").get_data(as_text=True)
    assert 'data-jp-total="0"' in page and 'data-jp-submitted="8"' in page and f'href="{url}"' in page

    assert login_as(make_user(name="Anggota Lain")).get(url).status_code == 404
    checker = login_as(verifier)
    queue = checker.get("/jp/verifikasi").get_data(as_text=True)
    item = queue.split(f'data-jp-claim="{record.id}"', 1)[1].split("</li>", 1)[0]
    assert "Pelatihan Kepemimpinan Pengawas" in item and f'href="{url}"' in item
    assert "BPSDM Provinsi Sumut" in item and "6 jam" in item and "BPSDM/123/2026" in item
    assert checker.get(url).data == samples.pdf()
    assert checker.post(f"/jp/{record.id}/verify").status_code == 303
    assert 'data-jp-total="8"' in client.get("/jp/").get_data(as_text=True)


@pytest.mark.parametrize(("fields", "file", "field", "message"), [
    ({"ends_on": lambda day: (start(day) - timedelta(days=1)).isoformat()}, None, "ends_on",
     "tidak boleh sebelum tanggal mulai"),
    ({"ends_on": lambda day: (day + timedelta(days=1)).isoformat()}, None, "ends_on", "tidak boleh di masa depan"),
    ({"starts_on": lambda day: (day + timedelta(days=2)).isoformat(),
      "ends_on": lambda day: (day + timedelta(days=3)).isoformat()},
     None, "starts_on", "tidak boleh di masa depan"),
    ({"hours": "30"}, None, "hours", "paling banyak 12 jam per hari"),
    ({"starts_on": "2000-01-01", "hours": "9999"}, None, "starts_on", "paling lama 366 hari"),
    ({"hours": "0"}, None, "hours", "harus lebih dari 0"),
    ({"hours": "enam"}, None, "hours", "harus berupa angka"),
    ({"hours": "0,5"}, None, "hours", "Kurang dari satu jam pelajaran"),
    ({"certificate_number": ""}, None, "certificate_number", "Nomor sertifikat wajib diisi"),
    ({"kind": "nonton-tv"}, None, "kind", "Pilih jenis pengembangan"),
    ({}, "missing", "certificate", "Unggah berkas sertifikat"),
    ({}, (b"<!DOCTYPE html><html><script>alert(1)</script></html>", "sertifikat.pdf"), "certificate",
     "Jenis berkas ini tidak diterima"),
])
def test_bad_input_is_a_form_error_and_nothing_is_stored(app, login_as, asn, fields, file, field, message):
    sent = None if file == "missing" else (file or (samples.pdf(), "sertifikat.pdf"))
    response = submit(login_as(asn), sent, **fields)
    page = response.get_data(as_text=True)
    assert response.status_code == 422, page[:2000]
    assert f'id="{field}-error"' in page and message in page.split(f'id="{field}-error"', 1)[1][:400]
    assert stored(app) == (0, 0, 0, 0)


def test_the_same_certificate_twice_is_refused(app, login_as, asn):
    client = login_as(asn)
    assert submit(client).status_code == 303
    response = submit(client, certificate_number="bpsdm/123/2026")
    assert response.status_code == 409 and "sudah Anda catat" in response.get_data(as_text=True)
    assert stored(app) == (1, 1, 1, 1)


def test_the_admins_conversion_sets_the_jp_and_the_claim_form_leaves_it_out(app, login_as, asn, admin):
    day = today()
    admin_client = login_as(admin)
    assert admin_client.post("/admin/pembinaan/konversi/pelatihan-luar",
                             {"label": "Pelatihan di luar Simpul", "jp": "2", "active": "y"}).status_code == 303
    assert submit(login_as(asn), hours="1,5").status_code == 303  # 90 minutes = 2 jam pelajaran x 2 JP
    assert db.session.execute(select(JpRecord.jp).where(JpRecord.user_id == asn.id)).scalar_one() == 4
    claim_form = login_as(asn).get("/jp/claims/new").get_data(as_text=True)
    assert 'value="pelatihan-luar"' not in claim_form
    refused = login_as(asn).post("/jp/claims", {"conversion": "pelatihan-luar", "happened_on": day.isoformat(),
                                                "proof": "Sertifikat terlampir"})
    assert refused.status_code == 422 and "formulir Pengembangan di luar Simpul" in refused.get_data(as_text=True)


def read_csv(response) -> list[list[str]]:
    assert response.status_code == 200 and response.mimetype == "text/csv"
    return list(csv.reader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))


@pytest.fixture
def verified(app, login_as, asn, verifier):
    """Dewi's verified external training."""
    assert submit(login_as(asn)).status_code == 303
    record = db.session.execute(select(JpRecord).where(JpRecord.user_id == asn.id)).scalar_one()
    assert login_as(verifier).post(f"/jp/{record.id}/verify").status_code == 303
    return record


def test_the_csv_has_the_siasn_columns_for_me_and_for_bkpsdm(login_as, asn, verifier, admin, verified, member):
    day = today()
    expected = ["1", "Dewi Pelatihan", NIP, "Pelatihan Kepemimpinan Pengawas", "Diklat", "BPSDM Provinsi Sumut",
                start(day).isoformat(), day.isoformat(), "6", "8", "Vera Verifikator", "BPSDM/123/2026"]
    mine = read_csv(login_as(asn).get("/jp/export.csv"))
    assert mine[0] == SIASN_HEADER and mine[1] == expected and mine[2][9] == "8"
    everyone = read_csv(login_as(admin).get(f"/jp/verifikasi/export.csv?year={day.year}&agency=diskominfo"))
    assert everyone[0] == SIASN_HEADER and everyone[1:] == [expected]
    # BKPSDM's verifier enters the lines into SIASN, which is keyed by NIP (the privacy page says so).
    by_verifier = read_csv(login_as(verifier).get(f"/jp/verifikasi/export.csv?year={day.year}"))
    assert by_verifier[1][:3] == ["1", "Dewi Pelatihan", NIP]
    assert len(read_csv(login_as(admin).get(f"/jp/verifikasi/export.csv?year={day.year}&agency=dlh"))) == 1
    assert login_as(admin).get("/jp/verifikasi/export.csv?agency=tidak-ada").status_code == 404
    assert login_as(member).get("/jp/verifikasi/export.csv").status_code == 403
    assert login_as(member).get("/jp/verifikasi/export.pdf").status_code == 403


def pdf_text(response) -> str:
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.data)).pages)
    return " ".join(text.split())  # a cell wraps long titles


def test_the_pdf_opens_and_holds_name_nip_and_rows(login_as, asn, admin, verified):
    day = today()
    text = pdf_text(login_as(asn).get("/jp/export.pdf"))
    assert "Nama: Dewi Pelatihan" in text and f"NIP: {NIP}" in text and "Pelatihan Kepemimpinan Pengawas" in text
    assert "BPSDM/123/2026" in text and "Jumlah JP terverifikasi 8" in text
    text = pdf_text(login_as(admin).get(f"/jp/verifikasi/export.pdf?year={day.year}&agency=diskominfo"))
    assert "JP terverifikasi untuk SIASN" in text and f"1 Dewi Pelatihan {NIP}" in text
    assert "Pelatihan Kepemimpinan Pengawas" in text and "BPSDM/123/2026" in text


def test_my_data_export_holds_what_i_recorded(login_as, asn):
    import json
    import zipfile

    client = login_as(asn)
    assert submit(client).status_code == 303
    archive = zipfile.ZipFile(io.BytesIO(client.get("/users/me/export").data))
    [row] = json.loads(archive.read("jp-luar-simpul.json"))
    assert (row["organiser"], row["minutes"], row["certificate_number"]) == (
        "BPSDM Provinsi Sumut", 360, "BPSDM/123/2026")
