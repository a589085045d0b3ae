"""A practice's stage (Tahap), the date it started and its indicators (Indikator): their rules and their text.

They live on the article (posts.stage, posts.started_on, posts.indicators) and, as one JSON object, on every
revision and edit suggestion (`facts`), so that history, differences and revert carry them like the text.
"""
from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from flask_babel import format_decimal
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from app.content.permissions import is_moderator
from app.core.errors import ValidationFailed
from app.core.timeutil import utcnow, wib_date

STAGES = {
    "ide": _l("Ide"),
    "uji_coba": _l("Uji coba"),
    "diterapkan": _l("Diterapkan"),
    "direplikasi": _l("Direplikasi"),
}
STAGE_ORDER = {stage: rank for rank, stage in enumerate(STAGES)}
DEFAULT_STAGE = "ide"
REPLICATED = "direplikasi"  # set by the site once another agency records an adoption, never by the form
FORM_STAGES = ("ide", "uji_coba", "diterapkan")
MAX_INDICATORS = 10
NUMBER_LIMIT = Decimal("1e12")
_THOUSANDS = re.compile(r"^-?\d{1,3}(\.\d{3})+$")
_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")


def stage_label(stage: str | None) -> str:
    return str(STAGES.get(stage or "", stage or "")) or "-"


def parse_number(raw) -> int | float | None:
    """A number as an ASN types it: "12,5" (Indonesian decimal comma), "1.250" (thousands), "1.250,5",
    or "12.5"; None for an empty value; ValueError with an Indonesian message for anything else."""
    if raw is None or isinstance(raw, bool):
        return None
    if isinstance(raw, int | float):
        return raw
    text = str(raw).strip().replace(" ", "").replace("\u00a0", "")
    if not text:
        return None
    if "," in text:
        text = text.replace(".", "").replace(",", ".", 1)
    elif _THOUSANDS.match(text):
        text = text.replace(".", "")
    if not _NUMBER.match(text):
        raise ValueError(_("Tulis angka saja, misalnya 12 atau 12,5."))
    try:
        value = Decimal(text)
    except InvalidOperation as err:  # pragma: no cover - the pattern above lets only numbers through
        raise ValueError(_("Tulis angka saja, misalnya 12 atau 12,5.")) from err
    if abs(value) >= NUMBER_LIMIT:
        raise ValueError(_("Angka terlalu besar."))
    return int(value) if value == value.to_integral_value() else float(value)


def parse_started_on(raw) -> date | None:
    if raw is None or isinstance(raw, date):
        value = raw
    else:
        text = str(raw).strip()
        if not text:
            return None
        try:
            value = date.fromisoformat(text)
        except ValueError as err:
            raise ValueError(_("Tanggal tidak dikenali; gunakan format tahun-bulan-tanggal, misalnya 2024-03-01.")
                             ) from err
    if value is not None and value > wib_date(utcnow()):
        raise ValueError(_("Tanggal mulai diterapkan tidak boleh di masa depan."))
    if value is not None and value.year < 1945:
        raise ValueError(_("Tanggal mulai diterapkan terlalu lama."))
    return value


def make_facts(stage: str | None, started_on: date | None, indicators: list[dict] | None) -> dict:
    return {"stage": stage or DEFAULT_STAGE, "started_on": started_on.isoformat() if started_on else None,
            "indicators": list(indicators or [])}


def facts_of(article) -> dict:
    return make_facts(article.stage, article.started_on, article.indicators)


def apply_facts(article, facts: dict) -> None:
    article.stage = facts.get("stage") or DEFAULT_STAGE
    started = facts.get("started_on")
    article.started_on = date.fromisoformat(started) if started else None
    article.indicators = [dict(row) for row in facts.get("indicators") or []]


def check_stage(article, new_stage: str, actor) -> None:
    """Forward is anyone's; backward only a moderator's or an admin's; Direplikasi only the site's."""
    current = article.stage or DEFAULT_STAGE
    if new_stage not in STAGES:
        raise ValidationFailed(_("Pilih tahap: Ide, Uji coba atau Diterapkan."), field="stage")
    if new_stage == current:
        return
    if new_stage == REPLICATED:
        raise ValidationFailed(_("Tahap Direplikasi diberikan otomatis setelah instansi lain mencatat "
                                 "penerapan praktik ini."), field="stage")
    if STAGE_ORDER[new_stage] < STAGE_ORDER[current] and not is_moderator(actor):
        raise ValidationFailed(_("Tahap tidak dapat dimundurkan dari %(old)s ke %(new)s kecuali oleh moderator "
                                 "atau admin.", old=stage_label(current), new=stage_label(new_stage)),
                               field="stage")


def _number_text(value) -> str:
    return "-" if value is None else format_decimal(value)


def facts_text(facts: dict | None) -> str:
    """The facts as lines of text, for the Perbedaan page (empty for revisions older than stages)."""
    if not facts:
        return ""
    lines = [_("Tahap: %(stage)s", stage=stage_label(facts.get("stage"))),
             _("Mulai diterapkan: %(date)s", date=facts.get("started_on") or "-")]
    for row in facts.get("indicators") or []:
        unit = f" ({row['unit']})" if row.get("unit") else ""
        source = _("; sumber: %(source)s", source=row["source"]) if row.get("source") else ""
        lines.append(_("Indikator %(name)s%(unit)s: sebelum %(before)s, sesudah %(after)s%(source)s",
                       name=row.get("name", ""), unit=unit, before=_number_text(row.get("before")),
                       after=_number_text(row.get("after")), source=source))
    return "\n".join(lines)


def chart_rows(indicators: list[dict] | None) -> list[dict]:
    """Each indicator with its before and after bars as percentages of the larger of the two (per row:
    the units differ from one indicator to the next)."""
    rows = []
    for row in indicators or []:
        values = [abs(v) for v in (row.get("before"), row.get("after")) if v is not None]
        top = max(values) if values else 0

        def share(value, top=top):
            return round(abs(value) * 100 / top, 1) if top and value is not None else 0

        rows.append({**row, "before_pct": share(row.get("before")), "after_pct": share(row.get("after"))})
    return rows


def format_number_input(value) -> str:
    """A stored number as the form shows it again: Indonesian decimal comma, no grouping ("1250,5")."""
    if value is None:
        return ""
    return str(value).replace(".", ",")


def template_helpers() -> dict:
    """For templates/articles/_practice.html, wherever it is used (a context processor)."""
    return {"stage_label": stage_label, "practice_chart_rows": chart_rows, "practice_stages": STAGES,
            "practice_today": lambda: wib_date(utcnow()).isoformat()}
