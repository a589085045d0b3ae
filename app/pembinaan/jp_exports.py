"""How the JP record names the source of a line; the exports themselves are app/pembinaan/siasn.py (CSV) and
siasn_pdf.py (PDF), in the columns SIASN asks for."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l

SOURCE_LABELS = {
    "activity": _l("Kehadiran kegiatan"),
    "claim": _l("Klaim berbagi pengetahuan"),
    "external": _l("Pengembangan di luar Simpul"),
}


def source_label(source: str) -> str:
    return str(SOURCE_LABELS.get(source, source))
