"""`flask seed-demo` attaches a real SOP PDF and a photo to two demo practices, through the same storage and
rows as any upload: the practice shows the image and links the PDF, search finds the PDF's words, and a
second seed adds nothing."""
from __future__ import annotations

import hashlib
import re

from sqlalchemy import func, select

from app.content.models import Post
from app.extensions import db
from app.files.models import Upload
from app.files.storage import storage


def seed(app) -> None:
    result = app.test_cli_runner().invoke(args=["seed-demo"])
    assert result.exit_code == 0, result.output + repr(result.exception)


def test_the_demo_practices_carry_an_sop_pdf_and_a_photo(app, client, search_sync):
    seed(app)
    uploads = db.session.execute(select(Upload).order_by(Upload.id)).scalars().all()
    assert [u.mime for u in uploads] == ["application/pdf", "image/jpeg"]
    for upload in uploads:
        with storage().open(upload.key) as stored:
            assert hashlib.sha256(stored.read()).hexdigest() == upload.sha256
    pdf, photo = uploads
    assert photo.has_thumb and photo.width == 960
    sop = db.session.get(Post, pdf.post_id)
    page = client.get(sop.url()).get_data(as_text=True)
    assert f'href="/uploads/{pdf.id}/' in page
    patrol = client.get(db.session.get(Post, photo.post_id).url()).get_data(as_text=True)
    assert re.search(rf'<img[^>]*src="/uploads/{photo.id}/thumb"', patrol)
    assert client.get(f"/uploads/{photo.id}/thumb").status_code == 200  # published: anyone may see it
    search_sync()
    results = client.get("/search?q=penomoran agenda").get_data(as_text=True)
    assert "SOP Digital yang Mudah Dicari" in re.sub(r"<[^>]+>", "", results)
    assert "ditemukan di lampiran: SOP penomoran naskah dinas.pdf" in results


def test_seeding_twice_attaches_nothing_more(app):
    seed(app)
    seed(app)
    assert db.session.execute(select(func.count(Upload.id))).scalar_one() == 2
