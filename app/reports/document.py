"""The monthly report as a PDF: a one-page summary, then the charts (ReportLab platypus and its own charts).

The report is an Indonesian document whatever the reader's language on the site (it is forwarded as it
is), so its text is written here in Indonesian; numbers use Indonesian separators (1.234; 12,5).
"""
from __future__ import annotations

import io
import math

from babel.numbers import format_decimal
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from app.core.pdf import FONT, FONT_BOLD, register_fonts
from app.core.timeutil import to_wib, utcnow
from app.reports.figures import MONTH_NAMES, Figures

EMPTY_MONTH = "Belum ada kegiatan pada bulan ini."
SHORT_MONTHS = [name[:3] if name != "Agustus" else "Agu" for name in MONTH_NAMES]
KIND_LABELS = {"article": "Praktik Baik terbit", "question": "Pertanyaan", "answer": "Jawaban", "thread": "Diskusi",
               "reply": "Balasan diskusi"}
BAR = colors.HexColor("#1d4ed8")
BAR_SECOND = colors.HexColor("#16a34a")
WIDTH = 17 * cm


def number(value: float, digits: int = 0) -> str:
    """1.234 and 12,5: Indonesian separators, whatever the site's locale."""
    return format_decimal(round(value, digits) if digits else int(round(value)), locale="id")


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14)
    return {
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=18, leading=23, spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=12, leading=16, spaceAfter=10),
        "heading": ParagraphStyle("heading", parent=base, fontName=FONT_BOLD, fontSize=13, leading=17, spaceBefore=8,
                                  spaceAfter=6),
        "body": base,
        "notice": ParagraphStyle("notice", parent=base, fontName=FONT_BOLD, fontSize=12, leading=16,
                                 textColor=colors.HexColor("#92400e"), spaceBefore=6, spaceAfter=6),
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=colors.grey),
    }


def _month_axis(key: str) -> str:
    year, month = key.split("-")
    return f"{SHORT_MONTHS[int(month) - 1]} {year[2:]}"


def _scale(top: float) -> tuple[float, float]:
    """A value axis of whole steps from 0: (max, step)."""
    step = max(1, math.ceil(top / 5))
    return step * max(1, math.ceil(top / step)), step


def _bar_chart(title: str, labels: list[str], series: list[list[int]], legend: list[str] | None = None,
               height: float = 5.5 * cm) -> Drawing:
    drawing = Drawing(WIDTH, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 1.2 * cm, 1.1 * cm, WIDTH - 1.6 * cm, height - 2.1 * cm
    chart.data = [tuple(values) for values in series]
    chart.categoryAxis.categoryNames = labels
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax, chart.valueAxis.valueStep = _scale(max([v for s in series for v in s] or [0]))
    chart.valueAxis.labelTextFormat = lambda value: number(value)
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName, axis.labels.fontSize = FONT, 7
    for index, fill in enumerate((BAR, BAR_SECOND)[:len(series)]):
        chart.bars[index].fillColor = fill
    chart.barLabelFormat = lambda value: number(value) if value else ""
    chart.barLabels.fontName, chart.barLabels.fontSize, chart.barLabels.nudge = FONT, 6, 6
    drawing.add(chart)
    drawing.add(String(0, height - 0.45 * cm, title, fontName=FONT_BOLD, fontSize=10))
    for index, name in enumerate(legend or []):
        x = WIDTH - 6 * cm + index * 3 * cm
        drawing.add(String(x, height - 0.45 * cm, "■ " + name, fontName=FONT, fontSize=8,
                           fillColor=(BAR, BAR_SECOND)[index]))
    return drawing


def _horizontal_chart(title: str, rows: list[tuple[str, float]], digits: int = 0, suffix: str = "",
                      top: float | None = None) -> Drawing:
    height = max(3 * cm, (len(rows) * 0.65 + 1.6) * cm)
    drawing = Drawing(WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 6.5 * cm, 0.6 * cm, WIDTH - 7.5 * cm, height - 1.6 * cm
    chart.data = [tuple(value for _, value in reversed(rows))]
    chart.categoryAxis.categoryNames = [name[:38] for name, _ in reversed(rows)]
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax, chart.valueAxis.valueStep = _scale(top or max([v for _, v in rows] or [0]))
    chart.valueAxis.labelTextFormat = lambda value: number(value)
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName, axis.labels.fontSize = FONT, 7
    chart.bars[0].fillColor = BAR
    chart.barLabelFormat = lambda value: number(value, digits) + suffix
    chart.barLabels.fontName, chart.barLabels.fontSize, chart.barLabels.boxAnchor = FONT, 7, "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    drawing.add(String(0, height - 0.45 * cm, title, fontName=FONT_BOLD, fontSize=10))
    return drawing


def _table(rows: list[list], widths: list[float], header: bool = True) -> Table:
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    style = [("FONT", (0, 0), (-1, -1), FONT, 9), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
             ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    if header:
        style += [("FONT", (0, 0), (-1, 0), FONT_BOLD, 9), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e5e7eb"))]
    table.setStyle(TableStyle(style))
    return table


def _summary(figures: Figures, styles: dict, scope: str) -> list[Flowable]:
    parts: list[Flowable] = [
        Paragraph("Laporan Bulanan Simpul ASN", styles["title"]),
        Paragraph(f"{scope}<br/>Bulan {figures.month.label}", styles["subtitle"]),
        Paragraph("Ringkasan", styles["heading"]),
    ]
    if figures.empty:
        parts.append(Paragraph(EMPTY_MONTH, styles["notice"]))
    rows = [["Indikator", "Nilai"]]
    rows += [[label, number(figures.posts.get(kind, 0))] for kind, label in KIND_LABELS.items()]
    rows += [
        ["ASN yang menulis", number(figures.contributors)],
        ["Poin reputasi diperoleh ASN terverifikasi", number(figures.points)],
        ["Adopsi praktik baik dicatat" if figures.agency is None else "Adopsi oleh instansi ini (diberikan)",
         number(figures.adoptions_given)],
    ]
    if figures.agency is not None:
        rows.append(["Praktik instansi ini diadopsi instansi lain (diterima)", number(figures.adoptions_received)])
    rows += [
        ["Pertanyaan Tanya OPD diterima", number(figures.questions_received)],
        ["... di antaranya sudah dijawab resmi", number(figures.questions_answered)],
        ["Pertanyaan yang menunggu melewati batas hari kerja (hari ini)", number(figures.overdue)],
        [f"ASN mencapai target JP tahun {figures.month.year} (sampai hari ini)",
         f"{number(figures.jp_reached)} dari {number(figures.jp_members)} ({number(figures.jp_share, 1)}%)"],
    ]
    if figures.median_days is not None:
        rows.insert(-2, ["Median hari kerja sampai jawaban resmi (seluruh waktu)", number(figures.median_days, 1)])
    parts.append(_table(rows, [12 * cm, 5 * cm]))
    if figures.fair:  # the agency's row of the fair agency view (/leaders/agencies) for the month
        row, lines = figures.fair
        size = "ASN terverifikasi" if row.size_source == "verified" else "jumlah ASN menurut admin"
        note = (" Instansi kecil (kurang dari 5 ASN): tidak diperingkat." if row.small
                else f" Peringkat per 100 ASN: {row.rank}." if row.rank else "")
        parts += [Paragraph("Angka per 100 ASN", styles["heading"]),
                  _table([["Indikator", "Nilai"], *([label, "–" if value is None else number(value, 1)]
                                                    for label, value in lines)], [12 * cm, 5 * cm]),
                  Paragraph(f"Dihitung atas {number(row.asn_count)} ASN ({size}).{note}", styles["small"])]
    if figures.top:
        leader = figures.top[0]
        parts.append(Spacer(1, 8))
        parts.append(Paragraph(f"Kontributor teratas bulan ini: <b>{_escape(leader.name)}</b> "
                               f"({_escape(leader.agency)}), {number(leader.points)} poin.", styles["body"]))
    parts.append(Spacer(1, 12))
    made = to_wib(utcnow())
    parts.append(Paragraph(f"Dibuat {made.day} {MONTH_NAMES[made.month - 1]} {made.year} pukul "
                           f"{made:%H.%M} WIB. Grafik ada di halaman berikutnya.", styles["small"]))
    return parts


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _charts(figures: Figures, styles: dict) -> list[Flowable]:
    labels = [_month_axis(key) for key, _ in figures.activity]
    parts: list[Flowable] = [
        Paragraph("Grafik", styles["heading"]),
        _bar_chart("Tulisan terbit per bulan (12 bulan terakhir)", labels, [[v for _, v in figures.activity]]),
        Spacer(1, 10),
    ]
    if figures.top:
        parts.append(_horizontal_chart("Kontributor teratas bulan ini (poin reputasi)",
                                       [(f"{c.name} ({c.agency})", c.points) for c in figures.top]))
    else:
        parts.append(Paragraph("Kontributor teratas: belum ada poin reputasi bulan ini.", styles["body"]))
    parts += [
        Spacer(1, 10),
        _bar_chart("Adopsi praktik baik per bulan", [_month_axis(k) for k, _ in figures.adoption_history],
                   [[v for _, v in figures.adoption_history]]),
        Spacer(1, 10),
        _bar_chart("Pertanyaan Tanya OPD per bulan", [_month_axis(k) for k, *_ in figures.question_history],
                   [[a for _, a, _ in figures.question_history], [b for *_, b in figures.question_history]],
                   legend=["diterima", "dijawab resmi"]),
        Spacer(1, 10),
    ]
    if figures.agency is None and figures.jp_agencies:
        parts.append(KeepTogether(_horizontal_chart(
            f"Kepatuhan JP {figures.month.year}: ASN mencapai target per instansi (10 teratas, %)",
            figures.jp_agencies, digits=1, suffix="%", top=100)))
    else:
        parts.append(_bar_chart(f"Kepatuhan JP {figures.month.year}: jumlah ASN",
                                ["mencapai target", "belum mencapai"],
                                [[figures.jp_reached, figures.jp_members - figures.jp_reached]], height=5 * cm))
    return parts


def render(figures: Figures) -> bytes:
    register_fonts()
    styles = _styles()
    scope = figures.agency.name if figures.agency is not None else "Kota Medan (seluruh instansi)"
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm,
                                 bottomMargin=1.8 * cm, title=f"Laporan Bulanan {scope} {figures.month.label}",
                                 author="Simpul ASN", lang="id")

    def footer(canvas, doc) -> None:
        canvas.setFont(FONT, 8)
        canvas.setFillColor(colors.grey)
        canvas.drawString(2 * cm, 1 * cm, f"Simpul ASN · {scope} · {figures.month.label}")
        canvas.drawRightString(A4[0] - 2 * cm, 1 * cm, f"Halaman {doc.page}")

    document.build([*_summary(figures, styles, _escape(scope)), PageBreak(), *_charts(figures, styles)],
                   onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
