"""The text search reads from each kind of document, bounded: a cap on characters, a time budget, and XML
read without entity expansion."""
from __future__ import annotations

import io
import zipfile

import pytest

from app.demo.attachments import text_pdf
from app.files import kinds
from app.files.text import Unreadable, extract, extract_with_budget

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
T = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


def zipped(parts: dict[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return out.getvalue()


def slide(text: str) -> str:
    return f'<p:sld xmlns:p="p" xmlns:a="{A}"><a:p><a:r><a:t>{text}</a:t></a:r></a:p></p:sld>'


def odf(text: str) -> str:
    return (f'<office:document-content xmlns:office="o" xmlns:text="{T}"><office:body><office:text>'
            f'<text:h>Judul</text:h><text:p>{text} <text:span>bersambung</text:span></text:p>'
            "</office:text></office:body></office:document-content>")


@pytest.mark.parametrize(("kind", "data", "expected"), [
    (kinds.XLSX, zipped({"xl/workbook.xml": "<workbook/>", "xl/sharedStrings.xml":
                         f'<sst xmlns="{S}"><si><t>Stok vaksin</t></si><si><t>Puskesmas Padang Bulan</t></si></sst>'}),
     ["Stok vaksin", "Puskesmas Padang Bulan"]),
    (kinds.PPTX, zipped({"ppt/presentation.xml": "<p/>", "ppt/slides/slide2.xml": slide("Hasil uji coba"),
                         "ppt/slides/slide10.xml": slide("Penutup"), "ppt/slides/slide1.xml": slide("Latar")}),
     ["Latar", "Hasil uji coba", "Penutup"]),
    (kinds.ODT, zipped({"mimetype": kinds.ODT.mime, "content.xml": odf("Alur layanan")}),
     ["Judul", "Alur layanan bersambung"]),
    (kinds.ODS, zipped({"mimetype": kinds.ODS.mime, "content.xml": odf("Rekap kunjungan")}), ["Rekap kunjungan"]),
    (kinds.CSV, "nama;jumlah\nKecamatan Medan Baru;12\n".encode("cp1252"), ["Kecamatan Medan Baru;12"]),
    (kinds.PDF, text_pdf(["Halaman pertama (uji)", "Baris kedua"]), ["Halaman pertama (uji)", "Baris kedua"]),
])
def test_each_kind_gives_its_text_in_order(kind, data, expected):
    text = extract(data, kind.mime, 10_000)
    positions = [text.index(part) for part in expected]
    assert positions == sorted(positions), text


def test_the_text_is_capped():
    data = zipped({"mimetype": kinds.ODT.mime, "content.xml": odf("kata " * 50_000)})
    assert len(extract(data, kinds.ODT.mime, 1_000)) == 1_000


def test_entities_are_refused_not_expanded():
    laughs = ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
              f'<office:document-content xmlns:office="o" xmlns:text="{T}"><text:p>&b;</text:p>'
              "</office:document-content>")
    with pytest.raises(Unreadable):
        extract(zipped({"mimetype": kinds.ODT.mime, "content.xml": laughs}), kinds.ODT.mime, 1_000)


def test_a_file_that_is_not_what_it_claims_is_unreadable():
    with pytest.raises(Unreadable):
        extract(b"PK\x03\x04 bukan zip", kinds.DOCX.mime, 1_000)
    with pytest.raises(Unreadable):
        extract(b"%PDF-1.4\n%%EOF", kinds.PDF.mime, 1_000)


def test_reading_that_takes_too_long_is_given_up():
    big = text_pdf([f"Baris {n} dari dokumen yang panjang sekali" for n in range(200)])
    assert extract_with_budget(big, kinds.PDF.mime, 100_000, 0.000001)[0] == "failed"
    assert extract_with_budget(big, kinds.PDF.mime, 100_000, 20)[0] == "ok"
