"""Rankings as CSV and XLSX; cells that a spreadsheet would read as a formula are made plain text."""
from __future__ import annotations

import csv
import io

from openpyxl import Workbook

from app.core.spreadsheets import plain_cell

PEOPLE_HEADER = ["Peringkat", "Nama", "Instansi", "Poin", "Dari instansi sendiri", "Dari instansi lain",
                 "Kiriman"]
AGENCY_HEADER = ["Peringkat", "Kode", "Instansi", "Poin", "Kontributor aktif", "Kiriman"]


_plain = plain_cell


def rows_of(ranking: list, view: str) -> tuple[list[str], list[list]]:
    """The header and the rows of a ranking of people ("orang") or agencies ("instansi")."""
    if view == "instansi":
        return AGENCY_HEADER, [[_plain(v) for v in (r.rank, r.code, r.name, r.gained, r.contributors, r.posts)]
                               for r in ranking]
    return PEOPLE_HEADER, [[_plain(v) for v in (r.rank, r.name, r.agency, r.gained, r.from_own_agency,
                                                   r.from_other_agencies, r.posts)] for r in ranking]


def to_csv(header: list[str], body: list[list]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(body)
    return "\ufeff" + buffer.getvalue()  # the BOM lets Excel read the UTF-8 names correctly


def to_xlsx(header: list[str], body: list[list], title: str) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title[:31]
    sheet.append(header)
    for line in body:
        sheet.append(line)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
