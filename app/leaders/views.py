"""/leaders/: rankings of people and agencies by period, agency and tag; exports."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from flask import Blueprint, Response, abort, current_app, render_template, request
from flask_babel import gettext as _
from sqlalchemy import select

from app.accounts.models import Agency
from app.content import queries as content_queries
from app.content.models import Tag
from app.core.permissions import require
from app.core.roles import Permission
from app.core.timeutil import to_wib, utcnow
from app.extensions import db
from app.leaders import agencies, exports, practices, queries
from app.leaders.charts import bar_chart, month_label
from app.leaders.periods import PERIODS, period
from app.leaders.responsiveness import HEADER, responsiveness

leaders_bp = Blueprint("leaders", __name__, url_prefix="/leaders")
VIEWS = ("orang", "instansi")


@dataclass
class RankingRequest:
    view: str
    period_key: str
    agency: Agency | None
    tag: Tag | None

    def args(self, **changes) -> dict:
        values = {"view": self.view, "period": self.period_key, "agency": self.agency.code if self.agency else None,
                  "tag": self.tag.name if self.tag else None, **changes}
        return {k: v for k, v in values.items() if v}


def read_request() -> RankingRequest:
    view = request.args.get("view", "orang")
    if view not in VIEWS:
        abort(400, description=_("Tampilan peringkat tidak dikenal: pilih orang atau instansi."))
    key = request.args.get("period", "bulan")
    if key not in PERIODS:
        abort(400, description=_("Periode tidak dikenal: pilih minggu, bulan, kuartal, tahun atau semua."))
    agency = None
    if request.args.get("agency"):
        agency = db.session.execute(select(Agency).where(Agency.code == request.args["agency"][:64])) \
            .scalar_one_or_none() or abort(404, description=_("Instansi tidak ada."))
    tag = None
    if request.args.get("tag"):
        tag = content_queries.find_tag(request.args["tag"][:40]) or abort(404, description=_("Tag tidak ada."))
    return RankingRequest(view, key, agency, tag)


def ranking_for(req: RankingRequest) -> list:
    start = period(req.period_key).start
    if req.view == "instansi":
        return queries.agencies(start, tag=req.tag)
    return queries.people(start, agency=req.agency, tag=req.tag)


class RankingPage:
    """What the ranking page shows, read only when its kept piece is stale (app/core/fragments.py): the page
    is the same for every member, and the monthly chart cost more than the ranking itself."""

    def __init__(self, req: RankingRequest):
        self.req = req

    def key(self) -> tuple:
        # The period and the last twelve months move with the clock, not with the content version.
        return (self.req.view, self.req.period_key, self.req.agency.id if self.req.agency else None,
                self.req.tag.id if self.req.tag else None, period(self.req.period_key).start,
                to_wib(utcnow()).strftime("%Y-%m"))

    @cached_property
    def ranking(self) -> list:
        return ranking_for(self.req)

    @cached_property
    def months(self) -> list:
        return queries.monthly_contributions(12, agency=self.req.agency)

    @cached_property
    def chart(self):
        return bar_chart(self.months, _("Kiriman per bulan, 12 bulan terakhir"))

    @cached_property
    def agencies(self) -> list:
        return list(db.session.execute(select(Agency).where(Agency.active.is_(True)).order_by(Agency.name)).scalars())

    @cached_property
    def popular_tags(self) -> list:
        return content_queries.popular_tags(limit=20)


@leaders_bp.route("/")
def index():
    req = read_request()
    # The shares of current practices move with the calendar (due dates) too: their piece is kept per day.
    return render_template("leaders/index.html", req=req, page=RankingPage(req), periods=PERIODS,
                           month_label=month_label, today=to_wib(utcnow()).date().isoformat(),
                           practice_shares=lambda: practices.current_shares(req.agency))


def _export_name(req: RankingRequest, extension: str) -> str:
    parts = ["peringkat", req.view, req.period_key, req.agency.code if req.agency else "",
             req.tag.name if req.tag else ""]
    return "-".join(p for p in parts if p) + "." + extension


@leaders_bp.route("/export.csv")
@require(Permission.VIEW_LEADERS_EXPORT)
def export_csv():
    req = read_request()
    header, body = exports.rows_of(ranking_for(req), req.view)
    return Response(exports.to_csv(header, body), mimetype="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="{_export_name(req, "csv")}"'})


@leaders_bp.route("/export.xlsx")
@require(Permission.VIEW_LEADERS_EXPORT)
def export_xlsx():
    req = read_request()
    header, body = exports.rows_of(ranking_for(req), req.view)
    data = exports.to_xlsx(header, body, "Peringkat")
    return Response(data, mimetype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    headers={"Content-Disposition": f'attachment; filename="{_export_name(req, "xlsx")}"'})


@leaders_bp.route("/innovations.xlsx")
@require(Permission.VIEW_LEADERS_EXPORT)
def innovations_xlsx():
    """The innovation register: every published practice with its stage, indicators, adoptions and review."""
    data = exports.to_xlsx(practices.REGISTER_HEADER, practices.register_rows(), "Register Inovasi")
    return Response(data, mimetype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    headers={"Content-Disposition": 'attachment; filename="register-inovasi.xlsx"'})
@leaders_bp.route("/responsiveness")
@leaders_bp.route("/responsiveness.<ext>")
@require(Permission.VIEW_LEADERS_EXPORT)
def responsiveness_page(ext: str | None = None):
    """Tanya OPD per agency: received, answered officially, median working days, overdue now."""
    chosen = ext or request.args.get("format") or "html"
    if chosen not in ("html", "csv", "xlsx"):
        abort(400, description=_("Format tidak dikenal: pilih csv atau xlsx."))
    limit = current_app.config["OPD_ANSWER_DAYS"]
    table = responsiveness(limit)
    body = [[exports.plain_cell(v) for v in row.cells()] for row in table]
    if chosen == "csv":
        return Response(exports.to_csv(HEADER, body), mimetype="text/csv",
                        headers={"Content-Disposition": 'attachment; filename="tanya-opd-responsivitas.csv"'})
    if chosen == "xlsx":
        return Response(exports.to_xlsx(HEADER, body, "Responsivitas"),
                        mimetype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        headers={"Content-Disposition": 'attachment; filename="tanya-opd-responsivitas.xlsx"'})
    chart = bar_chart([(row.short_name, row.median_days or 0) for row in table if row.answered],
                      _("Median hari kerja sampai jawaban resmi, per instansi"), label=str)
    return render_template("leaders/responsiveness.html", table=table, chart=chart, limit=limit)


def _agency_request() -> tuple[str, str, bool]:
    """(period, sort, descending) of /leaders/agencies; an unknown value is refused with a 400 in Indonesian."""
    key = request.args.get("period", "bulan")
    if key not in PERIODS:
        abort(400, description=_("Periode tidak dikenal: pilih minggu, bulan, kuartal, tahun atau semua."))
    sort = request.args.get("sort", "reputation_per_100")
    if sort not in agencies.COLUMNS:
        abort(400, description=_("Kolom urutan tidak dikenal: pilih salah satu judul kolom tabel."))
    default = "asc" if sort in agencies.LOWER_IS_BETTER else "desc"
    direction = request.args.get("dir", default)
    if direction not in ("asc", "desc"):
        abort(400, description=_("Arah urutan tidak dikenal: pilih asc atau desc."))
    return key, sort, direction == "desc"


@leaders_bp.route("/agencies")
@require(Permission.VIEW_LEADERS_EXPORT)
def agencies_page():
    """The fair agency view: every agency, figures per 100 ASN and shares, sortable by each column."""
    key, sort, descending = _agency_request()
    table = agencies.agency_table(period(key).start, None, sort, descending)
    return render_template("leaders/agencies.html", table=table, periods=PERIODS, period_key=key, sort=sort,
                           descending=descending, columns=agencies.COLUMNS, ratios=agencies.RATIOS,
                           lower_is_better=agencies.LOWER_IS_BETTER, small=agencies.SMALL,
                           size_source=agencies.size_source(),
                           with_jp=any(row.jp_reached is not None for row in table))


@leaders_bp.route("/agencies.csv")
@require(Permission.VIEW_LEADERS_EXPORT)
def agencies_csv():
    key, sort, descending = _agency_request()
    table = agencies.agency_table(period(key).start, None, sort, descending)
    body = [[exports.plain_cell(v) for v in row.cells()] for row in table]
    return Response(exports.to_csv(agencies.CSV_HEADER, body), mimetype="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="instansi-{key}.csv"'})
