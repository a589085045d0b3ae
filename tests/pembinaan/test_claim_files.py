"""A JP claim may carry its certificate: checked like every upload, stored with the claim or not at all, and
shown only to the claimant, the JP verifiers and admins."""
import io
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.extensions import db
from app.files.models import Upload
from app.pembinaan.models import JpRecord
from tests.files import samples
from tests.pembinaan.test_jp_claims import PROOF
from tests.support.clock import today


def claim_with(client, data: bytes | None = None, name: str = "sertifikat.pdf"):
    fields = {"conversion": "tulisan-lain", "happened_on": today().isoformat(), "proof": PROOF}
    if data is not None:
        fields["certificate"] = (io.BytesIO(data), name)
    return client.post("/jp/claims", fields)


def counts(app) -> tuple[int, int, int]:
    """Claims, upload rows and files on disk."""
    db.session.expire_all()
    claims = db.session.execute(select(func.count()).select_from(JpRecord).where(JpRecord.source == "claim")).scalar()
    uploads = db.session.execute(select(func.count()).select_from(Upload)).scalar()
    root = Path(app.config["UPLOAD_DIR"])
    files = [path for path in root.rglob("*") if path.is_file()] if root.exists() else []
    return claims, uploads, len(files)


def the_upload() -> Upload:
    db.session.expire_all()
    return db.session.execute(select(Upload)).scalar_one()


def test_a_claim_with_a_pdf_certificate_is_stored_with_its_file(app, login_as, member, verifier, admin,
                                                                  make_user, client):
    claimant = login_as(member)
    response = claim_with(claimant, samples.pdf())
    assert response.status_code == 303, response.get_data(as_text=True)[:2000]
    record = db.session.execute(select(JpRecord).where(JpRecord.user_id == member.id)).scalar_one()
    upload = the_upload()
    assert (upload.jp_record_id, upload.owner_id, upload.name, upload.mime) == (
        record.id, member.id, "sertifikat.pdf", "application/pdf")
    assert upload.attached_at is not None and upload.post_id is None
    url = f"/uploads/{upload.id}/sertifikat.pdf"

    for reader in (claimant, login_as(verifier), login_as(admin)):
        served = reader.get(url)
        assert served.status_code == 200 and served.data == samples.pdf()
        assert served.headers["Content-Disposition"].startswith("attachment;")
        assert served.headers["Cache-Control"] == "private, no-cache"
    for stranger in (login_as(make_user(name="Siti Lain")), client):
        assert stranger.get(url).status_code == 404
        assert stranger.get(f"/uploads/{upload.id}/nama-lain.pdf").status_code == 404  # no redirect reveals the name

    assert f'href="{url}"' in claimant.get("/jp/").get_data(as_text=True)  # beside the claim on the record page
    queue = login_as(verifier).get("/jp/verifikasi").get_data(as_text=True)
    assert f'href="{url}"' in queue and f'data-jp-certificate="{upload.id}"' in queue


def test_the_claim_form_offers_the_file_field(login_as, member):
    page = login_as(member).get("/jp/claims/new").get_data(as_text=True)
    assert 'enctype="multipart/form-data"' in page and 'name="certificate" type="file"' in page


@pytest.mark.parametrize(("data", "name", "message"), [
    (b"<!DOCTYPE html><html><script>alert(1)</script></html>", "sertifikat.pdf", "Jenis berkas ini tidak diterima"),
    (samples.pdf() + b"%" * (1024 * 1024), "besar.pdf", "Berkas terlalu besar"),
])
def test_a_refused_file_is_a_form_error_and_nothing_is_stored(app, login_as, member, data, name, message):
    app.config["UPLOAD_MAX_MB"] = 1
    response = claim_with(login_as(member), data, name)
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert 'id="certificate-error"' in page and message in page.split('id="certificate-error"', 1)[1][:600]
    assert counts(app) == (0, 0, 0)


def test_a_file_over_the_quota_is_a_form_error_and_nothing_is_stored(app, login_as, member):
    app.config["UPLOAD_QUOTA_MB"] = 0
    response = claim_with(login_as(member), samples.pdf())
    assert response.status_code == 422 and "Kuota unggahan Anda penuh" in response.get_data(as_text=True)
    assert counts(app) == (0, 0, 0)


def test_a_refused_claim_stores_no_file(app, login_as, member):
    client = login_as(member)
    response = client.post("/jp/claims", {"conversion": "tulisan-lain", "happened_on": today().isoformat(),
                                          "proof": "", "certificate": (io.BytesIO(samples.pdf()), "s.pdf")})
    assert response.status_code == 422 and "Bukti wajib diisi" in response.get_data(as_text=True)
    assert counts(app) == (0, 0, 0)


def test_a_claim_without_a_file_still_works(app, login_as, member):
    assert claim_with(login_as(member)).status_code == 303
    assert counts(app) == (1, 0, 0)


def test_an_image_certificate_is_re_encoded_like_every_upload(app, login_as, member):
    assert claim_with(login_as(member), samples.jpeg(), "foto-sertifikat.png").status_code == 303
    upload = the_upload()
    assert (upload.name, upload.mime, upload.has_thumb) == ("foto-sertifikat.jpg", "image/jpeg", True)
    assert b"rahasia-kantor" not in (Path(app.config["UPLOAD_DIR"]) / upload.key).read_bytes()


def test_uploads_clean_never_removes_a_claims_file(app, login_as, member):
    from datetime import timedelta

    from sqlalchemy import update

    from app.core.timeutil import utcnow

    client = login_as(member)
    assert claim_with(client, samples.pdf()).status_code == 303
    upload = the_upload()
    db.session.execute(update(Upload).values(created_at=utcnow() - timedelta(days=30)))
    db.session.commit()
    result = app.test_cli_runner().invoke(args=["uploads", "clean"])
    assert result.exit_code == 0 and "0 unggahan" in result.output
    assert counts(app) == (1, 1, 1)
    assert client.get(f"/uploads/{upload.id}/sertifikat.pdf").status_code == 200
