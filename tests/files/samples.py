"""Real files made in the test: images with EXIF and GPS, a hand-written PDF, office documents built with
zipfile, and the hostile ones (markup, executables, archives, polyglots, bombs)."""
from __future__ import annotations

import io
import struct
import zipfile
import zlib

from PIL import Image, ImageDraw
from PIL.PngImagePlugin import PngInfo

GPS_IFD = 0x8825
ORIENTATION = 0x0112
MAKE = 0x010F


def exif_with_gps(rotate: bool = False) -> Image.Exif:
    exif = Image.Exif()
    exif[MAKE] = "KameraDinas"
    if rotate:
        exif[ORIENTATION] = 6  # the camera was turned: shown rotated 90 degrees clockwise
    gps = exif.get_ifd(GPS_IFD)
    gps.update({1: "N", 2: (3.0, 35.0, 12.5), 3: "E", 4: (98.0, 40.0, 7.25)})  # Medan
    return exif


def picture(width: int = 800, height: int = 600, mode: str = "RGB") -> Image.Image:
    image = Image.new(mode, (width, height), "white")
    ImageDraw.Draw(image).rectangle((10, 10, width // 2, height // 3), fill="red")  # marks the top-left
    return image


def jpeg(rotate: bool = False, width: int = 800, height: int = 600) -> bytes:
    out = io.BytesIO()
    picture(width, height).save(out, "JPEG", exif=exif_with_gps(rotate).tobytes(), comment=b"rahasia-kantor")
    return out.getvalue()


def png() -> bytes:
    info = PngInfo()
    info.add_text("Comment", "rahasia-kantor")
    out = io.BytesIO()
    picture(mode="RGBA").save(out, "PNG", pnginfo=info, exif=exif_with_gps().tobytes())
    return out.getvalue()


def webp() -> bytes:
    out = io.BytesIO()
    picture().save(out, "WEBP", exif=exif_with_gps().tobytes())
    return out.getvalue()


def gif(comment: bytes = b"rahasia-kantor", frames: int = 1) -> bytes:
    images = [picture(200 - 10 * n, 100).resize((200, 100)).convert("P") for n in range(frames)]
    out = io.BytesIO()
    images[0].save(out, "GIF", comment=comment, save_all=frames > 1, append_images=images[1:], duration=100)
    return out.getvalue()


def pdf() -> bytes:
    """A minimal one-page PDF, written by hand with a correct cross-reference table."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


CONTENT_TYPES = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
                 b'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
OOXML_MAIN = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml", "pptx": "ppt/presentation.xml"}
ODF_MIME = {"odt": "application/vnd.oasis.opendocument.text", "ods": "application/vnd.oasis.opendocument.spreadsheet",
            "odp": "application/vnd.oasis.opendocument.presentation"}


def office(kind: str, extra: dict[str, bytes] | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        if kind in ODF_MIME:
            archive.writestr(zipfile.ZipInfo("mimetype"), ODF_MIME[kind], compress_type=zipfile.ZIP_STORED)
            archive.writestr("content.xml", b"<office:document-content/>")
            archive.writestr("META-INF/manifest.xml", b"<manifest:manifest/>")
        else:
            archive.writestr("[Content_Types].xml", CONTENT_TYPES)
            archive.writestr("_rels/.rels", b"<Relationships/>")
            archive.writestr(OOXML_MAIN[kind], b"<document>SOP pelayanan akta kelahiran</document>")
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return out.getvalue()


def zip_bomb_docx(unpacked_mb: int = 300) -> bytes:
    """A real docx whose one extra part unpacks to `unpacked_mb` MB of zeros (a few hundred KB packed)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("word/document.xml", b"<document/>")
        with archive.open("word/media/image1.bin", "w", force_zip64=True) as part:
            block = bytes(1024 * 1024)
            for _ in range(unpacked_mb):
                part.write(block)
    return out.getvalue()


def plain_zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("catatan.txt", "isi")
    return out.getvalue()


def png_header_only(width: int, height: int) -> bytes:
    """A PNG that claims width x height pixels: the header is real, the pixel data a few bytes."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
            + chunk(b"IEND", b""))


SVG_WITH_SCRIPT = (b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)'
                   b'</script><circle r="5"/></svg>')
HTML_PAGE = b"<!DOCTYPE html>\n<html><body><script>alert(1)</script></body></html>"
# The start of a Windows program: "MZ", then the PE header that filetype knows.
EXE = b"MZ" + b"\x90\x00" * 30 + b"PE\x00\x00" + bytes(200)
ELF = b"\x7fELF\x02\x01\x01" + bytes(200)
