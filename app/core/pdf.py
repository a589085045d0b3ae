"""PDF documents (monthly reports, attendance certificates, the JP record for SIASN): ReportLab with DejaVu.

ReportLab draws PDFs in pure Python (no system libraries, unlike WeasyPrint's Pango and Cairo) and has its own
charts, tables and QR widget. The fonts come from Debian's `fonts-dejavu-core` (Indonesian text, the rupiah
sign and dashes in one family); `.ci/run` installs it and the README says so for a new machine.
"""
from __future__ import annotations

from pathlib import Path

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/local/share/fonts/dejavu"))
_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}


class FontsMissing(RuntimeError):
    """The DejaVu fonts are not installed: `apt-get install fonts-dejavu-core`."""


def font_dir() -> Path:
    for folder in FONT_DIRS:
        if (folder / _FILES[FONT]).is_file():
            return folder
    raise FontsMissing("DejaVu fonts not found in " + ", ".join(map(str, FONT_DIRS))
                       + ": install the Debian package fonts-dejavu-core")


def register_fonts() -> None:
    """Make FONT and FONT_BOLD usable in ReportLab; safe to call on every document."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    folder = font_dir()
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
