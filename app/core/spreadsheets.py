"""Cells for CSV and XLSX exports: text that a spreadsheet would run as a formula is kept as text."""
from __future__ import annotations


def plain_cell(value):
    """'=HYPERLINK(...)', ' =1+1' or '@SUM(...)' stay text in Excel and LibreOffice (CSV/formula injection)."""
    if isinstance(value, str) and (value.lstrip()[:1] in ("=", "+", "-", "@") or value[:1] in ("\t", "\r", "\n")):
        return "'" + value
    return value
