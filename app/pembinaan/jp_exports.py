"""One's verified JP lines of a year as CSV, for entry into the national system; formula-safe cells."""
from __future__ import annotations

import csv
import io

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from app.core.spreadsheets import plain_cell
from app.pembinaan.records import YearRecord, wib_date

SOURCE_LABELS = {
    "activity": _l("Kehadiran kegiatan"),
    "claim": _l("Klaim berbagi pengetahuan"),
}


def source_label(source: str) -> str:
    return str(SOURCE_LABELS.get(source, source))


plain = plain_cell


def header() -> list[str]:
    return [_("No"), _("Tanggal"), _("Kegiatan"), _("Sumber"), _("JP"), _("Bukti"), _("Diverifikasi oleh"),
            _("Tanggal verifikasi")]


def rows(record: YearRecord) -> list[list]:
    """The verified lines, oldest first, and a totals row."""
    lines = sorted(record.verified_lines, key=lambda line: (line.happened_on, line.id))
    body = [[n, line.happened_on.isoformat(), line.title, source_label(line.source), line.jp, line.proof or "",
             line.verifier.name if line.verifier else "",
             wib_date(line.verified_at).isoformat() if line.verified_at else ""]
            for n, line in enumerate(lines, start=1)]
    body.append(["", "", _("Jumlah JP terverifikasi tahun %(year)d", year=record.year), "", record.verified,
                 "", "", ""])
    return [[plain(cell) for cell in line] for line in body]


def to_csv(record: YearRecord) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header())
    writer.writerows(rows(record))
    return "\ufeff" + buffer.getvalue()  # the BOM lets Excel read the UTF-8 names correctly
