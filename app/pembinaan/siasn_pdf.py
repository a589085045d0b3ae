"""The JP record for SIASN as a PDF (ReportLab, DejaVu from app/core/pdf.py): one member's year, or the verified
lines of every member of a year and agency for BKPSDM."""
from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import datetime
from xml.sax.saxutils import escape

from flask_babel import format_date
from flask_babel import gettext as _

from app.core.pdf import FONT, FONT_BOLD, register_fonts
from app.core.timeutil import to_wib
from app.pembinaan.siasn import SiasnLine, header


def _styles():
    from reportlab.lib.styles import ParagraphStyle

    body = ParagraphStyle("body", fontName=FONT, fontSize=7.5, leading=9.5)
    return {"body": body, "head": ParagraphStyle("head", parent=body, fontName=FONT_BOLD),
            "title": ParagraphStyle("title", fontName=FONT_BOLD, fontSize=14, leading=18, spaceAfter=4),
            "meta": ParagraphStyle("meta", fontName=FONT, fontSize=9, leading=12)}


def _day(value) -> str:
    return format_date(value, "d MMM y")


def _table(lines: Sequence[SiasnLine], total: int | None, styles):
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Table, TableStyle

    def cell(text, style="body"):
        return Paragraph(escape(str(text)), styles[style])

    rows = [[cell(label, "head") for label in header()]]
    for n, line in enumerate(lines, start=1):
        rows.append([cell(n), cell(line.name), cell(line.nip or "-"), cell(line.activity), cell(line.kind),
                     cell(line.organiser), cell(_day(line.starts_on)), cell(_day(line.ends_on)), cell(line.hours),
                     cell(line.jp), cell(line.verifier), cell(line.certificate_number)])
    if not lines:
        rows.append([cell(_("Belum ada baris terverifikasi."))] + [""] * 11)
    if total is not None:
        rows.append([""] * 3 + [cell(_("Jumlah JP terverifikasi"), "head")] + [""] * 5 + [cell(total, "head"), "", ""])
    widths = [8, 30, 35, 41, 20, 28, 18, 18, 13, 9, 25, 32]  # mm: 277, landscape A4 within its margins
    table = Table(rows, colWidths=[w * mm for w in widths], repeatRows=1)
    style = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e9ecef"))]
    if not lines:
        style.append(("SPAN", (0, 1), (-1, 1)))
    table.setStyle(TableStyle(style))
    return table


def render_pdf(*, title: str, facts: Sequence[tuple[str, str]], lines: Sequence[SiasnLine], total: int | None,
               site_name: str, now_utc: datetime) -> bytes:
    """A landscape A4 document: the title, facts (name, NIP, year ...), the table and when it was printed."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    register_fonts()
    styles = _styles()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=landscape(A4), leftMargin=10 * mm, rightMargin=10 * mm,
                            topMargin=12 * mm, bottomMargin=12 * mm, title=title, author=site_name)
    story = [Paragraph(escape(title), styles["title"])]
    story += [Paragraph(f"<b>{escape(label)}</b>: {escape(value)}", styles["meta"]) for label, value in facts]
    story += [Spacer(1, 4 * mm), _table(lines, total, styles), Spacer(1, 3 * mm)]
    printed = to_wib(now_utc).strftime("%d-%m-%Y %H.%M") + " WIB"
    story.append(Paragraph(escape(_("Dicetak dari %(site)s pada %(when)s. Hanya baris yang telah diverifikasi.",
                                    site=site_name, when=printed)), styles["meta"]))
    doc.build(story)
    return buffer.getvalue()
