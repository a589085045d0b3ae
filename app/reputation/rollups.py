"""Ledger rollups: reputation gained per user and calendar period in WIB, so rankings never sum the whole ledger.

`reputation_rollups` holds, per user, one row for all time (span 'all', period ''), and one per year ('year',
'2026'), quarter ('quarter', '2026-Q4'), month ('month', '2026-11') and day ('day', '2026-11-26') in which the
user has at least one ledger event (a row may sum to 0 or less). `ledger.record()` adds every event to its five
rows in the same transaction; `rebuild_rollups()` recomputes the table from the ledger (`flask reputation
recompute`, the benchmark loader, migration 0013 with the same SQL) and `mismatches()` reports rows that
disagree with it (`flask reputation check`).

from_own is the points from actors of the user's own agency (not the user), from_other from actors of another
agency: `record()` classifies with both agencies as they are when the event is written; the ledger keeps no
agencies, so a rebuild classifies with the agencies of the day. Their sum does not depend on agencies (points
from any other actor), and that sum is what the check compares.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, select, text

from app.accounts.models import User
from app.core.timeutil import to_wib
from app.extensions import db
from app.reputation.models import ReputationEvent

ALL, YEAR, QUARTER, MONTH, DAY = "all", "year", "quarter", "month", "day"


def period_keys(created_at: datetime) -> dict[str, str]:
    """The period of each span for a naive UTC timestamp, in WIB."""
    local = to_wib(created_at)
    year, month = f"{local.year:04d}", f"{local.year:04d}-{local.month:02d}"
    return {ALL: "", YEAR: year, QUARTER: f"{year}-Q{(local.month + 2) // 3}", MONTH: month,
            DAY: f"{month}-{local.day:02d}"}


def span_since(start: datetime | None) -> tuple[str, str] | None:
    """The rollup (span, first period) that holds the events from `start` (naive UTC) until now, or None when
    `start` is not midnight WIB (the caller then sums the ledger itself).

    From 1 January that is one row per person (the year), from the first of a quarter or a month too (the
    quarter, the month): later periods have no events yet, since `record()` dates every event now. From any
    other midnight it is the days from that one on (DAY: sum the rows with period >= the first day).
    """
    if start is None:
        return ALL, ""
    local = to_wib(start)
    if (local.hour, local.minute, local.second, local.microsecond) != (0, 0, 0, 0):
        return None
    keys = period_keys(start)
    if local.day != 1:
        return DAY, keys[DAY]
    if local.month == 1:
        return YEAR, keys[YEAR]
    return (QUARTER, keys[QUARTER]) if local.month % 3 == 1 else (MONTH, keys[MONTH])


def remember_agencies(agencies: dict[int, int | None]) -> None:
    """Agencies read in this transaction (under the ledger lock, or with the post voted on), so `add()` need
    not read them again; forgotten when the transaction ends."""
    session = db.session()
    transaction = session.get_transaction()
    kept = session.info.get("rollup_agencies")
    if kept is None or kept[0] is not transaction:
        kept = session.info["rollup_agencies"] = (transaction, {})
    kept[1].update(agencies)


def _agencies(user_ids: tuple[int, int]) -> dict[int, int | None]:
    session = db.session()
    kept = session.info.get("rollup_agencies")
    known = dict(kept[1]) if kept is not None and kept[0] is session.get_transaction() else {}
    missing = [uid for uid in user_ids if uid not in known]
    if missing:
        known.update(db.session.execute(select(User.id, User.agency_id).where(User.id.in_(missing))).all())
    return known


def add(event: ReputationEvent, *, with_reputation: bool = False) -> bool:
    """Add one new ledger event to its user's five rollup rows: one INSERT ... ON CONFLICT DO UPDATE, which
    adds to the rows that exist and creates the others (and the caller holds the user's lock anyway).

    `with_reputation`: on PostgreSQL the same statement also sets the user's cached reputation from the new
    all-time row (a data-modifying WITH; SQLite has none). Returns whether it did."""
    own = other = 0
    if event.actor_id is not None and event.actor_id != event.user_id:
        agencies = _agencies((event.user_id, event.actor_id))
        if agencies.get(event.actor_id) == agencies.get(event.user_id):
            own = event.delta
        else:
            other = event.delta
    params = {"user_id": event.user_id, "gained": event.delta, "from_own": own, "from_other": other}
    params.update({f"p_{span}": key for span, key in period_keys(event.created_at).items()})
    if with_reputation and db.session.get_bind().dialect.name == "postgresql":
        db.session.execute(_ADD_WITH_REPUTATION, params)
        return True
    db.session.execute(_ADD, params)
    return False


# The same SQL on both engines, as text: SQLAlchemy keeps no compiled form of an ON CONFLICT construct.
_ADD = text(
    "INSERT INTO reputation_rollups (user_id, span, period, gained, from_own, from_other) VALUES "  # noqa: S608 (constants)
    + ", ".join(f"(:user_id, '{span}', :p_{span}, :gained, :from_own, :from_other)"
                for span in (ALL, YEAR, QUARTER, MONTH, DAY))
    + " ON CONFLICT (user_id, span, period) DO UPDATE SET gained = reputation_rollups.gained + excluded.gained, "
    "from_own = reputation_rollups.from_own + excluded.from_own, "
    "from_other = reputation_rollups.from_other + excluded.from_other")
# PostgreSQL: the rows' new values come back from the upsert; the all-time row is the user's reputation minus 1
# (never below 1), as ledger.refresh_reputation() computes it.
_ADD_WITH_REPUTATION = text(
    f"WITH added AS ({_ADD.text} RETURNING user_id, span, gained) "  # noqa: S608 (constants)
    "UPDATE users SET reputation = CASE WHEN 1 + added.gained < 1 THEN 1 ELSE 1 + added.gained END "
    f"FROM added WHERE users.id = added.user_id AND added.span = '{ALL}'")


def _day_sql(dialect: str) -> str:
    if dialect == "postgresql":
        return "to_char(e.created_at + interval '7 hours', 'YYYY-MM-DD')"
    # Whole seconds first: SQLite's date functions round to milliseconds, which would move 23:59:59.9999 into
    # the next day (the text is 'YYYY-MM-DD HH:MM:SS.ffffff').
    return "strftime('%Y-%m-%d', substr(e.created_at, 1, 19), '+7 hours')"


def day_rows_sql(dialect: str) -> str:
    """SELECT user_id, period, gained, from_own, from_other: the ledger per user and day (WIB)."""
    day = _day_sql(dialect)
    return (f"SELECT e.user_id AS user_id, {day} AS period, SUM(e.delta) AS gained, "  # noqa: S608 (constants)
            "SUM(CASE WHEN e.actor_id IS NOT NULL AND a.agency_id = u.agency_id AND e.actor_id <> e.user_id "
            "THEN e.delta ELSE 0 END) AS from_own, "
            "SUM(CASE WHEN e.actor_id IS NOT NULL AND a.agency_id <> u.agency_id THEN e.delta ELSE 0 END) "
            "AS from_other "
            "FROM reputation_events e JOIN users u ON u.id = e.user_id LEFT JOIN users a ON a.id = e.actor_id "
            f"GROUP BY e.user_id, {day}")


_COLUMNS = "INSERT INTO reputation_rollups (user_id, span, period, gained, from_own, from_other) "
_SUMS = "SUM(gained), SUM(from_own), SUM(from_other) FROM reputation_rollups WHERE span = "
# The period of a longer span from a day ('2026-11-26') or a month ('2026-11'), in SQL both engines speak.
MONTH_OF = "substr(period, 1, 7)"
QUARTER_OF = "substr(period, 1, 4) || '-Q' || ((CAST(substr(period, 6, 2) AS INTEGER) + 2) / 3)"
YEAR_OF = "substr(period, 1, 4)"


def rebuild_statements(dialect: str) -> list[str]:
    """Empty the table, then days from the ledger, months from the days, the longer spans from the months."""
    return ["DELETE FROM reputation_rollups",
            _COLUMNS + "SELECT user_id, 'day', period, gained, from_own, from_other "  # noqa: S608 (constants)
                       f"FROM ({day_rows_sql(dialect)}) d",
            _COLUMNS + f"SELECT user_id, 'month', {MONTH_OF}, {_SUMS}'day' GROUP BY user_id, {MONTH_OF}",
            _COLUMNS + f"SELECT user_id, 'quarter', {QUARTER_OF}, {_SUMS}'month' GROUP BY user_id, {QUARTER_OF}",
            _COLUMNS + f"SELECT user_id, 'year', {YEAR_OF}, {_SUMS}'month' GROUP BY user_id, {YEAR_OF}",
            _COLUMNS + f"SELECT user_id, 'all', '', {_SUMS}'month' GROUP BY user_id"]


def rebuild_rollups(connection: Connection | None = None) -> int:
    """Recompute every rollup row from the ledger, in the caller's transaction (the session's unless a Core
    connection is given); returns the number of rows."""
    if connection is None:
        db.session.flush()  # a text() statement does not autoflush
    run = connection.execute if connection is not None else db.session.execute
    dialect = connection.dialect.name if connection is not None else db.session.get_bind().dialect.name
    for statement in rebuild_statements(dialect):
        run(text(statement))
    return run(text("SELECT COUNT(*) FROM reputation_rollups")).scalar_one()


def mismatches(limit: int = 50) -> list[str]:
    """Rollup rows whose points (in all, and from other people) disagree with the ledger, or that are missing
    or have no events behind them."""
    dialect = db.session.get_bind().dialect.name
    given = "SUM(CASE WHEN e.actor_id IS NOT NULL AND e.actor_id <> e.user_id THEN e.delta ELSE 0 END)"
    day = _day_sql(dialect)
    days = (f"SELECT e.user_id AS user_id, {day} AS period, SUM(e.delta) AS gained, "  # noqa: S608 (constants)
            f"{given} AS given FROM reputation_events e GROUP BY e.user_id, {day}")
    query = (
        f"WITH d AS ({days}), m AS (SELECT user_id, {MONTH_OF} AS period, SUM(gained) AS gained, "  # noqa: S608 (constants)
        f"SUM(given) AS given FROM d GROUP BY user_id, {MONTH_OF}), expected AS ("
        "SELECT user_id, 'day' AS span, period, gained, given FROM d UNION ALL "
        "SELECT user_id, 'month', period, gained, given FROM m UNION ALL "
        f"SELECT user_id, 'quarter', {QUARTER_OF}, SUM(gained), SUM(given) FROM m GROUP BY user_id, {QUARTER_OF} "
        f"UNION ALL SELECT user_id, 'year', {YEAR_OF}, SUM(gained), SUM(given) FROM m GROUP BY user_id, {YEAR_OF} "
        "UNION ALL SELECT user_id, 'all', '', SUM(gained), SUM(given) FROM m GROUP BY user_id) "
        "SELECT x.user_id, x.span, x.period, r.gained, r.from_own + r.from_other, x.gained, x.given "
        "FROM expected x LEFT JOIN reputation_rollups r "
        "ON r.user_id = x.user_id AND r.span = x.span AND r.period = x.period "
        "WHERE r.user_id IS NULL OR r.gained <> x.gained OR r.from_own + r.from_other <> x.given "
        "UNION ALL "
        "SELECT r.user_id, r.span, r.period, r.gained, r.from_own + r.from_other, NULL, NULL "
        "FROM reputation_rollups r WHERE NOT EXISTS (SELECT 1 FROM expected x "
        "WHERE x.user_id = r.user_id AND x.span = r.span AND x.period = r.period) "
        "ORDER BY 1, 2, 3 LIMIT :limit")
    problems = []
    for user_id, span, period, gained, given, want_gained, want_given in db.session.execute(
            text(query), {"limit": limit}):
        where = f"rekap pengguna {user_id} ({span} {period or '-'})"
        if gained is None:
            problems.append(f"{where}: tidak ada, menurut buku besar {want_gained} poin")
        elif want_gained is None:
            problems.append(f"{where}: {gained} poin tanpa baris buku besar")
        else:
            problems.append(f"{where}: {gained} poin ({given} dari orang lain), "
                            f"menurut buku besar {want_gained} ({want_given})")
    return problems
