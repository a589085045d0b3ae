"""Article forms. Stage, start date and indicators follow DESIGN's names: stage, started_on,
indicators-N-name, indicators-N-unit, indicators-N-before, indicators-N-after, indicators-N-source."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, FieldList, Form, FormField, SelectField, StringField, TextAreaField
from wtforms.validators import Length, Optional, ValidationError

from app.articles.facts import (
    FORM_STAGES,
    MAX_INDICATORS,
    REPLICATED,
    STAGES,
    format_number_input,
    parse_number,
    parse_started_on,
)
from app.content.forms import PostForm
from app.core.forms import options

EMPTY_ROWS = 5


def _number(form, field) -> None:
    try:
        parse_number(field.data)
    except ValueError as err:
        raise ValidationError(str(err)) from err


class IndicatorForm(Form):
    """One row of the indicators table; an empty row is ignored."""

    name = StringField(_l("Nama indikator"), validators=[Optional(), Length(max=120, message=_l(
        "Nama indikator paling banyak 120 karakter."))])
    unit = StringField(_l("Satuan"), validators=[Optional(), Length(max=40, message=_l(
        "Satuan paling banyak 40 karakter."))])
    before = StringField(_l("Sebelum"), validators=[Optional(), _number])
    after = StringField(_l("Sesudah"), validators=[Optional(), _number])
    source = StringField(_l("Sumber data"), validators=[Optional(), Length(max=255, message=_l(
        "Sumber data paling banyak 255 karakter."))])

    def is_empty(self) -> bool:
        return not any(str(f.data or "").strip() for f in (self.name, self.unit, self.before, self.after, self.source))

    def validate(self, extra_validators=None) -> bool:
        ok = super().validate(extra_validators)
        if ok and not self.is_empty():
            if not str(self.name.data or "").strip():
                self.name.errors.append(_l("Beri nama indikator ini, atau kosongkan barisnya."))
                ok = False
            elif parse_number(self.before.data) is None and parse_number(self.after.data) is None:
                self.before.errors.append(_l("Isi nilai sebelum atau sesudah (angka)."))
                ok = False
        return ok

    def row(self) -> dict:
        return {"name": self.name.data.strip(), "unit": (self.unit.data or "").strip(),
                "before": parse_number(self.before.data), "after": parse_number(self.after.data),
                "source": (self.source.data or "").strip()}


class ArticleForm(PostForm):
    """title, body, tags, summary (edits), publish (drafts); confirm_empty once sections are found empty;
    the practice's stage, start date and indicators."""

    confirm_empty = BooleanField(_l("Ya, terbitkan walau ada bagian yang masih kosong"))
    stage = SelectField(_l("Tahap"), choices=options((s, STAGES[s]) for s in FORM_STAGES), default="ide",
                        validate_choice=False,
                        description=_l("Tahap Direplikasi diberikan otomatis setelah instansi lain mencatat "
                                       "penerapan praktik ini."))
    started_on = StringField(_l("Mulai diterapkan"), validators=[Optional()],
                             description=_l("Tanggal praktik ini mulai dijalankan (boleh kosong)."))
    indicators = FieldList(FormField(IndicatorForm), min_entries=EMPTY_ROWS, max_entries=MAX_INDICATORS)

    def offer_replicated(self) -> None:
        """An article already replicated keeps the stage in its form (it cannot be chosen otherwise)."""
        self.stage.choices = options([(s, STAGES[s]) for s in (*FORM_STAGES, REPLICATED)])

    def validate_stage(self, field) -> None:
        if field.data not in STAGES:
            raise ValidationError(_l("Pilih tahap: Ide, Uji coba atau Diterapkan."))

    def validate_started_on(self, field) -> None:
        try:
            parse_started_on(field.data)
        except ValueError as err:
            raise ValidationError(str(err)) from err

    def facts_input(self) -> tuple[str, object, list[dict]]:
        """stage, started_on (a date or None) and the filled indicator rows, once the form validated."""
        rows = [entry.form.row() for entry in self.indicators if not entry.form.is_empty()]
        return self.stage.data or "ide", parse_started_on(self.started_on.data), rows

    def fill_facts(self, source) -> None:
        """Show a practice's (or a suggestion's facts') stage, start date and indicators in the form (GET)."""
        facts = source if isinstance(source, dict) else None
        stage = facts.get("stage") if facts else source.stage
        started = facts.get("started_on") if facts else source.started_on
        rows = (facts.get("indicators") if facts else source.indicators) or []
        if stage == REPLICATED:
            self.offer_replicated()
        self.stage.data = stage or "ide"
        self.started_on.data = str(started) if started else ""
        while self.indicators.entries:
            self.indicators.pop_entry()
        for row in rows[:MAX_INDICATORS]:
            self.indicators.append_entry({**row, "before": format_number_input(row.get("before")),
                                          "after": format_number_input(row.get("after"))})
        while len(self.indicators.entries) < max(EMPTY_ROWS, min(len(rows) + 2, MAX_INDICATORS)):
            self.indicators.append_entry()


class RejectSuggestionForm(FlaskForm):
    """A reason is optional, but the member who suggested the edit reads it."""

    note = TextAreaField(_l("Alasan (opsional)"), validators=[Optional(), Length(max=500, message=_l(
        "Alasan paling banyak 500 karakter."))])
