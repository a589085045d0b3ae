"""What a file is, judged from its bytes alone: the allowed kinds, and the checks that refuse the rest.

`filetype` reads the magic numbers; office documents are zips, so their inner structure is read too (the
part that names the type) and a zip whose contents would unpack to an absurd size is refused before
anything else opens it. Text is whatever has no magic number, decodes, and does not start like markup.
"""
from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass

import filetype
from flask_babel import gettext as _

from app.core.errors import DomainError


class UnsupportedType(DomainError):
    status_code = 415


class UnreadableFile(DomainError):
    """The bytes claim a kind they do not hold: a truncated image, a zip bomb, a pixel bomb."""

    status_code = 422


@dataclass(frozen=True)
class Kind:
    mime: str
    extension: str
    raster: bool = False  # re-encoded with Pillow, served inline, gets a thumbnail


JPEG = Kind("image/jpeg", "jpg", raster=True)
PNG = Kind("image/png", "png", raster=True)
WEBP = Kind("image/webp", "webp", raster=True)
GIF = Kind("image/gif", "gif", raster=True)
PDF = Kind("application/pdf", "pdf")
DOCX = Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx")
XLSX = Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx")
PPTX = Kind("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx")
ODT = Kind("application/vnd.oasis.opendocument.text", "odt")
ODS = Kind("application/vnd.oasis.opendocument.spreadsheet", "ods")
ODP = Kind("application/vnd.oasis.opendocument.presentation", "odp")
TXT = Kind("text/plain", "txt")
CSV = Kind("text/csv", "csv")

ALLOWED = (JPEG, PNG, WEBP, GIF, PDF, DOCX, XLSX, PPTX, ODT, ODS, ODP, TXT, CSV)
BY_MAGIC = {"image/jpeg": JPEG, "image/png": PNG, "image/apng": PNG, "image/webp": WEBP, "image/gif": GIF,
            "application/pdf": PDF}
# Office Open XML: the part every document of the kind has.
OOXML_PARTS = (("word/document.xml", DOCX), ("xl/workbook.xml", XLSX), ("ppt/presentation.xml", PPTX))
ODF_MIMETYPES = {kind.mime: kind for kind in (ODT, ODS, ODP)}
# A zip is refused when its entries would unpack to more than this, or when it has more entries: real
# documents of 20 MB unpack to a few times that, a zip bomb to gigabytes.
ZIP_MAX_UNPACKED = 250 * 1024 * 1024
ZIP_MAX_ENTRIES = 10_000
TEXT_EXTENSIONS = {"txt": TXT, "csv": CSV}
# Text that starts like markup (HTML, SVG, XML) or a script is refused whatever its name says.
MARKUP = re.compile(rb"^\s*(<|#!)|<\s*(script|html|svg|iframe|body|object|embed)\b", re.IGNORECASE)
TEXT_SNIFF_BYTES = 4096


def allowed_list() -> str:
    return "JPEG, PNG, WebP, GIF, PDF, DOCX, XLSX, PPTX, ODT, ODS, ODP, TXT, CSV"


def refused() -> UnsupportedType:
    return UnsupportedType(_("Jenis berkas ini tidak diterima. Jenis yang diizinkan: %(types)s.",
                             types=allowed_list()))


def extension_of(name: str) -> str:
    return name.rsplit(".", 1)[1].lower() if "." in name else ""


def sniff(data: bytes, name: str) -> Kind:
    """The kind of `data`, or UnsupportedType / UnreadableFile. `name` matters only for text (txt or csv)."""
    if data.startswith(b"PK\x03\x04"):
        return _office_kind(data)
    guess = filetype.guess(data)
    if guess is not None:
        kind = BY_MAGIC.get(guess.mime)
        if kind is None:
            raise refused()
        return kind
    return _text_kind(data, name)


def _office_kind(data: bytes) -> Kind:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as err:
        raise UnreadableFile(_("Berkas ini rusak atau tidak lengkap dan tidak dapat dibaca.")) from err
    if len(entries) > ZIP_MAX_ENTRIES or sum(entry.file_size for entry in entries) > ZIP_MAX_UNPACKED:
        raise UnreadableFile(_("Isi dokumen ini jauh lebih besar daripada berkasnya (bom zip) dan tidak diterima."))
    names = {entry.filename for entry in entries}
    if any(name.lower().endswith("vbaproject.bin") for name in names):
        raise refused()  # macros: a .docx may not carry them, a .docm is not a document we take
    if "[Content_Types].xml" in names:
        for part, kind in OOXML_PARTS:
            if part in names:
                return kind
    if "mimetype" in names:
        with archive.open("mimetype") as entry:
            declared = entry.read(100).decode("ascii", "replace").strip()
        if declared in ODF_MIMETYPES and "content.xml" in names:
            return ODF_MIMETYPES[declared]
    raise refused()  # a plain zip, an epub, a jar: archives are refused


def _text_kind(data: bytes, name: str) -> Kind:
    head = data[:TEXT_SNIFF_BYTES]
    if b"\x00" in data or MARKUP.search(head):
        raise refused()
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            data.decode("cp1252")  # CSV saved by Excel on Windows
        except UnicodeDecodeError:
            raise refused() from None
    # Bytes cannot tell notes from a script: text is taken only under a name that says txt or csv.
    kind = TEXT_EXTENSIONS.get(extension_of(name))
    if kind is None:
        raise refused()
    return kind
