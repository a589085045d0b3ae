"""The outline of a best-practice article: its headings go into a new body, its guiding questions are only
hints beside the editor (never stored), and a body whose sections are still empty is caught before publishing."""
from __future__ import annotations

import re

from flask_babel import gettext as _


def outline_sections() -> list[tuple[str, str]]:
    """(heading, guiding question) in the order members write them (Indonesian)."""
    return [
        (_("Latar Belakang"), _("Apa keadaan sebelum inovasi ini, dan mengapa perlu diubah?")),
        (_("Permasalahan"), _("Masalah apa yang dihadapi pegawai atau masyarakat?")),
        (_("Inovasi/Solusi"), _("Apa yang dilakukan, oleh siapa, dengan alat apa?")),
        (_("Hasil dan Dampak"), _("Apa yang berubah? Sertakan angka bila ada.")),
        (_("Cara Menerapkan"), _("Langkah-langkah bagi instansi lain yang ingin meniru.")),
        (_("Kontak"), _("Siapa yang dapat dihubungi untuk bertanya?")),
    ]


def article_outline() -> str:
    """The body a new article starts from: the headings only, with room to write under each."""
    return "\n\n\n".join("## " + heading for heading, _question in outline_sections()) + "\n"


_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.+?)[ \t#]*$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")


def empty_sections(body: str | None) -> list[str]:
    """Headings whose section has nothing written under it (before the next heading of the same or a higher
    level, or the end), or only the outline's own guiding question as older drafts carried it."""
    questions = {question.strip().lower() for _heading, question in outline_sections()}
    sections: list[tuple[int, str, list[str]]] = []
    fenced = False
    for line in (body or "").replace("\r\n", "\n").split("\n"):
        if _FENCE.match(line):
            fenced = not fenced
        match = None if fenced else _HEADING.match(line)
        if match:
            sections.append((len(match.group(1)), match.group(2).strip(), []))
        elif sections:
            sections[-1][2].append(line)
    empty = []
    for index, (level, title, lines) in enumerate(sections):
        text = "\n".join(lines).strip()
        if text.lower() in questions:
            text = ""
        # A heading followed by deeper headings is a parent: its subsections carry its content.
        has_children = index + 1 < len(sections) and sections[index + 1][0] > level
        if not text and not has_children:
            empty.append(title)
    return empty
