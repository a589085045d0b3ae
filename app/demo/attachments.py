"""Demo attachments: an SOP as a real PDF and a photo, generated here, stored like any upload and linked in
the body of two demo practices (so they show on the page and search finds the PDF's words). Idempotent: a
practice that already holds an attachment is left alone."""
from __future__ import annotations

import io
import zlib
from urllib.parse import quote

from PIL import Image, ImageDraw
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.accounts.models import User
from app.articles.services import improve_article
from app.content.models import Post
from app.extensions import db
from app.files.models import Upload
from app.files.services import prepare, store

SOP_ARTICLE = "SOP Digital yang Mudah Dicari oleh Seluruh Pegawai"
PHOTO_ARTICLE = "Laporan Patroli Berbasis Foto dan Lokasi"
SOP_LINES = (
    "SOP Penomoran dan Pengarsipan Naskah Dinas Elektronik",
    "Nomor: 800/SOP-01/2026",
    "1. Operator menerima naskah dinas dan memeriksa kelengkapan lampiran.",
    "2. Naskah diberi nomor agenda otomatis pada aplikasi arsip daring.",
    "3. Naskah dipindai lalu diunggah paling lambat satu hari kerja.",
    "4. Kepala subbagian umum memverifikasi klasifikasi arsip.",
    "5. Pegawai mencari naskah melalui kata kunci, nomor atau tanggal.",
    "Waktu penyelesaian: 1 hari kerja. Mutu baku: seluruh naskah dapat ditemukan kembali.",
)


def _pdf_string(text: str) -> bytes:
    """A PDF literal string: ASCII, with its parentheses and backslashes escaped."""
    raw = text.encode("ascii", "replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def text_pdf(lines: tuple[str, ...] | list[str]) -> bytes:
    """A valid one-page A4 PDF with these lines in Helvetica, written by hand (objects, a compressed content
    stream, a cross-reference table): no PDF library needed to write one."""
    commands = [b"BT", b"/F1 16 Tf", b"56 780 Td", b"20 TL"]
    for number, line in enumerate(lines):
        commands.append(_pdf_string(line) + b" Tj T*")
        if number == 0:
            commands.append(b"/F1 11 Tf")
    commands.append(b"ET")
    stream = zlib.compress(b"\n".join(commands))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(stream), stream),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def patrol_photo() -> bytes:
    """A JPEG drawn with Pillow: a street at dusk with a patrol car, enough to look like a photo."""
    image = Image.new("RGB", (960, 640))
    draw = ImageDraw.Draw(image)
    for y in range(640):  # sky to road
        shade = int(40 + 160 * y / 640)
        draw.line([(0, y), (960, y)], fill=(shade // 2, shade // 2 + 20, 120 + shade // 3))
    draw.polygon([(0, 640), (380, 360), (580, 360), (960, 640)], fill=(70, 70, 78))
    for x in range(420, 540, 30):
        draw.rectangle([x, 470, x + 12, 500], fill=(230, 230, 210))
    draw.rectangle([300, 420, 520, 500], fill=(235, 235, 240))  # the car
    draw.rectangle([340, 380, 480, 425], fill=(90, 130, 200))
    draw.ellipse([320, 480, 370, 530], fill=(20, 20, 20))
    draw.ellipse([450, 480, 500, 530], fill=(20, 20, 20))
    draw.rectangle([395, 372, 425, 382], fill=(220, 40, 40))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def _attach(title: str, data: bytes, name: str, caption: str, image: bool) -> bool:
    article = db.session.execute(select(Post).options(selectinload(Post.tags), selectinload(Post.category))
                                 .where(Post.kind == "article", Post.title == title)).scalar_one_or_none()
    if article is None:
        return False
    if db.session.execute(select(Upload.id).where(Upload.post_id == article.id).limit(1)).first() is not None:
        return False
    upload = store(article.author_id, prepare(data, name))
    link = f"/uploads/{upload.id}/{quote(upload.name)}"  # as url_for writes it: the name's spaces as %20
    addition = f"![{caption}]({link})" if image else f"[{caption}]({link})"
    author = db.session.get(User, article.author_id)
    improve_article(article, author, title=article.title, body=f"{article.body_md.rstrip()}\n\n{addition}\n",
                    tags=article.tag_names, summary="Melampirkan berkas")
    return True


def seed_attachments() -> int:
    """Attach the SOP PDF and the photo to their practices (no commit); returns how many were attached."""
    done = _attach(SOP_ARTICLE, text_pdf(SOP_LINES), "SOP penomoran naskah dinas.pdf",
                   "Lampiran: SOP penomoran naskah dinas (PDF)", image=False)
    done += _attach(PHOTO_ARTICLE, patrol_photo(), "foto patroli malam.jpg",
                    "Foto patroli malam di ruas jalan protokol", image=True)
    return int(done)
