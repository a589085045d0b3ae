"""Rankings read from the rollups give exactly what summing the whole ledger gives, for every period, view and
filter; `flask reputation check` catches a rollup that disagrees; migration 0013 backfills what a rebuild gives."""
from __future__ import annotations

import random
from datetime import datetime, timedelta

import flask_migrate
import pytest
from sqlalchemy import and_, case, func, or_, select, text, update
from sqlalchemy.orm import aliased

from app.accounts.models import Agency, User
from app.admin.services import DEFAULT_AGENCIES, import_agencies
from app.content.defaults import ensure_defaults
from app.content.models import Post, PostStatus, Tag, post_tags
from app.extensions import db
from app.leaders import queries
from app.leaders.periods import PERIODS, period
from app.reputation import ledger, rules
from app.reputation.models import ReputationEvent, ReputationRollup
from app.reputation.rollups import rebuild_rollups
from tests.core.test_migrations import empty_database_url, fresh_app  # noqa: F401  (fixtures)

# Thursday 26 November 2026, 01:00 in Medan: the week began on Monday 23rd, the quarter on 1 October.
NOW = datetime(2026, 11, 25, 18, 0)
# Mid-January (year, quarter and month start together), the first minute of a quarter, the last of a month.
NOWS = (NOW, datetime(2026, 1, 15, 3, 0), datetime(2026, 9, 30, 17, 0, 30), datetime(2026, 8, 31, 16, 59, 59))


# --- the reference: the raw ledger queries as they were before the rollups ------------------------------------

def _reference_filter(start, tag):
    clauses = []
    if start is not None:
        clauses.append(ReputationEvent.created_at >= start)
    if tag is not None:
        post = aliased(Post)
        tagged = select(post_tags.c.post_id).where(post_tags.c.tag_id == tag.id)
        clauses.append(ReputationEvent.post_id.in_(
            select(post.id).where(or_(post.id.in_(tagged), post.parent_id.in_(tagged)))))
    return clauses


def reference_people(start, *, agency=None, tag=None, limit=50) -> list[queries.PersonRow]:
    actor = aliased(User)
    gained = func.sum(ReputationEvent.delta)
    own = func.sum(case((and_(ReputationEvent.actor_id.is_not(None), actor.agency_id == User.agency_id,
                              ReputationEvent.actor_id != User.id), ReputationEvent.delta), else_=0))
    other = func.sum(case((and_(ReputationEvent.actor_id.is_not(None), actor.agency_id != User.agency_id),
                           ReputationEvent.delta), else_=0))
    query = (select(User.id, User.name, Agency.code, Agency.short_name, gained, own, other)
             .join(ReputationEvent, ReputationEvent.user_id == User.id)
             .join(Agency, Agency.id == User.agency_id)
             .outerjoin(actor, actor.id == ReputationEvent.actor_id)
             .where(User.verified_at.is_not(None), *_reference_filter(start, tag))
             .group_by(User.id, User.name, Agency.code, Agency.short_name)
             .having(gained > 0)
             .order_by(gained.desc(), User.name)
             .limit(limit))
    if agency is not None:
        query = query.where(User.agency_id == agency.id)
    rows = db.session.execute(query).all()
    counts = {}
    if rows:
        count_query = select(Post.author_id, func.count(Post.id)).where(
            Post.author_id.in_([r[0] for r in rows]), Post.status == PostStatus.PUBLISHED.value) \
            .group_by(Post.author_id)
        if start is not None:
            count_query = count_query.where(Post.created_at >= start)
        counts = dict(db.session.execute(count_query).all())
    return [queries.PersonRow(n, uid, name, code, short, int(g or 0), int(o or 0), int(x or 0), counts.get(uid, 0))
            for n, (uid, name, code, short, g, o, x) in enumerate(rows, start=1)]


def reference_agencies(start, *, tag=None, limit=100) -> list[queries.AgencyRow]:
    gained = func.sum(ReputationEvent.delta)
    contributors = func.count(func.distinct(ReputationEvent.user_id))
    query = (select(Agency.id, Agency.code, Agency.name, gained, contributors)
             .join(User, User.agency_id == Agency.id)
             .join(ReputationEvent, ReputationEvent.user_id == User.id)
             .where(User.verified_at.is_not(None), *_reference_filter(start, tag))
             .group_by(Agency.id, Agency.code, Agency.name)
             .having(gained > 0)
             .order_by(gained.desc(), Agency.name).limit(limit))
    rows = db.session.execute(query).all()
    post_query = select(Post.agency_id, func.count(Post.id)).where(
        Post.status == PostStatus.PUBLISHED.value, Post.agency_id.in_([r[0] for r in rows])).group_by(Post.agency_id)
    if start is not None:
        post_query = post_query.where(Post.created_at >= start)
    posts = dict(db.session.execute(post_query).all()) if rows else {}
    return [queries.AgencyRow(n, code, name, int(g or 0), int(c or 0), posts.get(aid, 0))
            for n, (aid, code, name, g, c) in enumerate(rows, start=1)]


# --- a varied ledger, written through ledger.record() ---------------------------------------------------------

AGENCIES = ("diskominfo", "dinkes", "bkpsdm", "dishub")
REASONS = (rules.AWARD, rules.ADOPTED, rules.DOWNVOTE, rules.ACCEPTED, rules.UPVOTE, rules.VOTE_UNDONE)
DELTAS = (10, 10, 2, 15, 50, -2, -1, 0, 100, -10)


def _user(name: str, code: str, verified: bool = True) -> User:
    user = User(name=name, email=f"{name.lower().replace(' ', '.')}@medan.go.id", password_hash="x",
                agency=db.session.execute(select(Agency).where(Agency.code == code)).scalar_one(),
                created_at=NOW - timedelta(days=900), email_confirmed_at=NOW - timedelta(days=900),
                verified_at=(NOW - timedelta(days=900)) if verified else None)
    db.session.add(user)
    db.session.flush()
    return user


def build_ledger(monkeypatch, post_ids=(), now: datetime = NOW) -> list[User]:
    """Users of four agencies; events from no actor, oneself, one's own and other agencies, with negative and
    zero points, over three years up to `now`, on month and week boundaries (WIB) and this week; ties."""
    rng = random.Random(2026)
    # Every fifth is not a verified ASN: their points are kept but neither they nor their agency count them.
    people = [_user(f"Pegawai {chr(65 + n)}", AGENCIES[n % len(AGENCIES)], verified=n % 5 != 4) for n in range(12)]
    twins = [_user("Ani Kembar", "dinkes"), _user("Bela Kembar", "dinkes")]  # same points, ranked by name
    loser = _user("Citra Minus", "dishub")  # loses points: counted as a contributor, never ranked

    def at(when: datetime, user: User, delta: int, reason: str = rules.AWARD, actor: User | None = None,
           post_id: int | None = None) -> None:
        monkeypatch.setattr(ledger, "utcnow", lambda: when)
        ledger.lock_user(user.id)
        ledger.record(user.id, delta, reason, actor_id=actor.id if actor else None, post_id=post_id)

    month_start, week_start = period("bulan", now).start, period("minggu", now).start
    moments = [now - timedelta(days=rng.uniform(0, 1100)) for _ in range(400)]
    moments += [now - timedelta(hours=rng.uniform(0, 30)) for _ in range(40)]  # this week
    moments += [month_start, month_start - timedelta(seconds=1), week_start, week_start - timedelta(microseconds=1),
                period("kuartal", now).start, datetime(2025, 12, 31, 17, 0), datetime(2025, 12, 31, 16, 59, 59),
                datetime(2026, 9, 30, 17, 0), datetime(2026, 6, 30, 16, 59, 59)]
    for when in (m for m in moments if m <= now):
        user = rng.choice(people)
        actor = rng.choice([None, user, *people])
        at(when, user, rng.choice(DELTAS), rng.choice(REASONS), actor,
           rng.choice([None, *post_ids]) if post_ids else None)
    for when in (now - timedelta(hours=1), now - timedelta(days=50), now - timedelta(days=400)):
        for twin in twins:
            at(when, twin, 10, rules.ADOPTED, people[0])
        at(when, loser, 5, rules.AWARD, twins[0])
        at(when, loser, -20, rules.SERIAL_REVERSED, people[1])
    db.session.commit()
    return people + twins + [loser]


def rollup_rows() -> list[tuple]:
    rollup = ReputationRollup
    return db.session.execute(select(rollup.user_id, rollup.span, rollup.period, rollup.gained, rollup.from_own,
                                     rollup.from_other).order_by(rollup.user_id, rollup.span, rollup.period)).all()


@pytest.fixture
def posts(make_user, make_article, make_question, make_answer) -> tuple[int, ...]:
    author = make_user(name="Penulis Praktik", agency_code="dinkes")
    article = make_article(author, tags="arsip")
    question = make_question(author, tags="kesehatan")
    answer = make_answer(question, make_user(agency_code="dishub"))
    other = make_article(author, title="Praktik lain tanpa tag yang sama", tags="adaptif")
    return article.id, question.id, answer.id, other.id


@pytest.fixture
def varied(monkeypatch, posts):
    return build_ledger(monkeypatch, post_ids=posts)


@pytest.mark.parametrize("now", NOWS, ids=lambda now: f"{now:%Y-%m-%dT%H:%M:%S}")
def test_rankings_equal_the_ledger_for_every_period_view_and_filter(app, monkeypatch, posts, now):
    build_ledger(monkeypatch, post_ids=posts, now=now)
    tags = [db.session.execute(select(Tag).where(Tag.name == name)).scalar_one() for name in ("arsip", "kesehatan")]
    agency_filters = [None] + [db.session.execute(select(Agency).where(Agency.code == code)).scalar_one()
                               for code in AGENCIES]
    compared = 0
    odd_starts = [now - timedelta(days=3, minutes=7), now - timedelta(days=40)]  # not midnight WIB: the ledger
    for label in [*PERIODS, *odd_starts]:
        start = period(label, now).start if label in PERIODS else label
        for agency in agency_filters:
            for limit in (50, 3, 1):
                assert queries.people(start, agency=agency, limit=limit) == \
                    reference_people(start, agency=agency, limit=limit), (label, agency and agency.code, limit)
                compared += 1
        for limit in (100, 2):
            assert queries.agencies(start, limit=limit) == reference_agencies(start, limit=limit), (label, limit)
        for tag in tags:
            assert queries.people(start, tag=tag) == reference_people(start, tag=tag), (label, tag.name)
            assert queries.people(start, tag=tag, agency=agency_filters[2]) == \
                reference_people(start, tag=tag, agency=agency_filters[2]), (label, tag.name)
            assert queries.agencies(start, tag=tag) == reference_agencies(start, tag=tag), (label, tag.name)
    assert compared == (len(PERIODS) + len(odd_starts)) * 5 * 3
    ranked = queries.people(period("semua", now).start)
    assert len(ranked) > 5 and any(r.from_own_agency for r in ranked) and any(r.from_other_agencies for r in ranked)
    names = [r.name for r in ranked]
    assert names.index("Ani Kembar") + 1 == names.index("Bela Kembar") and "Citra Minus" not in names
    assert any(r.contributors > 1 for r in queries.agencies(None))


def test_rebuild_gives_what_record_kept(app, varied):
    kept = rollup_rows()
    assert {span for _u, span, *_rest in kept} == {"all", "year", "quarter", "month", "day"}
    assert rebuild_rollups() == len(kept)
    db.session.commit()
    assert rollup_rows() == kept


def test_the_split_keeps_the_agencies_of_the_day(app, make_user, monkeypatch):
    """Moving to another agency moves a person's points to it, not the points' origin (own / other agency)."""
    monkeypatch.setattr(ledger, "utcnow", lambda: NOW)
    mover = make_user(name="Dedi Pindah", agency_code="dinkes")
    colleague = make_user(agency_code="dinkes")
    ledger.lock_user(mover.id)
    ledger.record(mover.id, 10, rules.UPVOTE, actor_id=colleague.id)
    mover.agency = db.session.execute(select(Agency).where(Agency.code == "dishub")).scalar_one()
    db.session.commit()
    [row] = queries.people(period("bulan", NOW).start)
    assert (row.agency_code, row.gained, row.from_own_agency, row.from_other_agencies) == ("dishub", 10, 10, 0)
    assert [a.code for a in queries.agencies(period("bulan", NOW).start)] == ["dishub"]
    assert ledger.mismatches() == []  # the check does not depend on agencies


def test_check_fails_on_a_tampered_rollup_and_recompute_mends_it(app, varied):
    runner = app.test_cli_runner()
    assert runner.invoke(args=["reputation", "check"]).exit_code == 0
    user_id = varied[0].id
    db.session.execute(update(ReputationRollup).where(ReputationRollup.user_id == user_id,
                                                      ReputationRollup.span == "month")
                       .values(gained=ReputationRollup.gained + 7))
    db.session.execute(text("DELETE FROM reputation_rollups WHERE user_id = :u AND span = 'year'"), {"u": varied[1].id})
    db.session.add(ReputationRollup(user_id=varied[2].id, span="month", period="1999-01", gained=0, from_own=0,
                                    from_other=0))
    db.session.execute(update(ReputationRollup).where(ReputationRollup.user_id == varied[3].id,
                                                      ReputationRollup.span == "all")
                       .values(from_other=ReputationRollup.from_other + 1))
    db.session.commit()
    result = runner.invoke(args=["reputation", "check"])
    assert result.exit_code == 1
    assert f"rekap pengguna {user_id} (month " in result.output
    assert f"rekap pengguna {varied[1].id} (year " in result.output and "tidak ada" in result.output
    assert f"rekap pengguna {varied[2].id} (month 1999-01): 0 poin tanpa baris buku besar" in result.output
    assert f"rekap pengguna {varied[3].id} (all -)" in result.output
    db.session.remove()
    assert runner.invoke(args=["reputation", "recompute"]).exit_code == 0
    result = runner.invoke(args=["reputation", "check"])
    assert result.exit_code == 0, result.output


def test_migration_backfills_what_a_rebuild_gives(fresh_app, monkeypatch):  # noqa: F811  (fixture)
    flask_migrate.upgrade()
    import_agencies(DEFAULT_AGENCIES)
    ensure_defaults()
    db.session.commit()
    build_ledger(monkeypatch)
    kept = rollup_rows()
    assert len(kept) > 40
    db.session.remove()
    flask_migrate.downgrade(revision="0012_outbox_ids")
    flask_migrate.upgrade()
    backfilled = rollup_rows()
    assert backfilled == kept
    rebuild_rollups()
    assert rollup_rows() == backfilled
    db.session.rollback()


def test_rankings_read_the_rollups_unless_a_tag_is_chosen(app, varied, posts):
    last = varied[-2]  # a twin, far from the top
    db.session.execute(update(ReputationRollup).where(ReputationRollup.user_id == last.id)
                       .values(gained=ReputationRollup.gained + 100_000))
    db.session.commit()
    arsip = db.session.execute(select(Tag).where(Tag.name == "arsip")).scalar_one()
    for key in PERIODS:
        start = period(key, NOW).start
        assert queries.people(start)[0].user_id == last.id, key
        assert queries.people(start, tag=arsip)[0].user_id != last.id, key
