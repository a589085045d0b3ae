"""The phases of `flask bench-data`: prepare, plan (in memory), then write each table, timing every phase.

Everything random comes from one seeded stream per purpose, and every time is relative to the current hour,
so one seed gives the same rows (ids, people, text, votes) whenever it runs.
"""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from time import perf_counter

from sqlalchemy import func, select

from app.accounts.models import Agency, User
from app.accounts.passwords import hash_password
from app.admin.services import import_agencies
from app.content.defaults import ensure_defaults
from app.content.models import Category, Post, Tag
from app.content.text import TAG_MAX, TAG_MIN, TAG_PATTERN
from app.core.cache import bump_content_version
from app.demo.content_files import load_content
from app.extensions import db
from app.reputation.rollups import rebuild_rollups
from bench.benchdata import activity, extras, ledger, people, posts, writer
from bench.benchdata.text import TextModel, check_rendering
from bench.benchdata.timeline import Clock, stream
from bench.benchdata.words import TOPIC_TAGS
from bench.benchdata.writer import Plan, Progress, Writer, chunked, finish

MIN_USERS, MIN_POSTS = 50, 300
ID_TABLES = ("users", "tags", "posts", "revisions", "comments", "votes", "reputation_events", "adoptions", "awards")


class Refused(Exception):
    """The database or the sizes do not allow a run; the message is for the operator (Indonesian)."""


@dataclass(frozen=True)
class Sizes:
    users: int = 20_000
    posts: int = 200_000
    ledger: int = 1_000_000
    seed: int = 1


class _Quiet:
    def update(self, _count: int) -> None:
        pass


@contextmanager
def quiet(_label: str, _total: int):
    yield _Quiet()


class Timer:
    def __init__(self):
        self.elapsed: dict[str, float] = {}

    @contextmanager
    def phase(self, name: str):
        started = perf_counter()
        try:
            yield
        finally:
            self.elapsed[name] = round(perf_counter() - started, 2)


def prepare(sizes: Sizes) -> dict:
    """Refuse a database with posts; import the agencies and the defaults when missing; read what exists."""
    if db.session.execute(select(Post.id).limit(1)).first() is not None:
        raise Refused("Basis data sudah berisi kiriman. bench-data hanya mengisi basis data kosong yang sudah "
                      "dimigrasi (flask db upgrade); buat basis data baru lalu jalankan lagi.")
    if sizes.users < MIN_USERS or sizes.posts < MIN_POSTS:
        raise Refused(f"Ukuran terlalu kecil: paling sedikit --users {MIN_USERS} dan --posts {MIN_POSTS}.")
    if db.session.execute(select(User.id).where(User.email == people.BENCH_EMAIL)).first() is not None:
        raise Refused(f"Akun {people.BENCH_EMAIL} sudah ada; gunakan basis data kosong.")
    from app.admin.services import DEFAULT_AGENCIES

    if db.session.execute(select(func.count(Agency.id))).scalar_one() == 0:
        import_agencies(DEFAULT_AGENCIES)
    ensure_defaults()
    db.session.commit()
    found = {
        "agencies": db.session.execute(select(Agency.id, Agency.code, Agency.kind).where(Agency.active.is_(True))
                                       .order_by(Agency.id)).all(),
        "categories": list(db.session.execute(select(Category.id).order_by(Category.position, Category.id))
                           .scalars()),
        "tags": db.session.execute(select(Tag.id, Tag.name, Tag.is_value).order_by(Tag.id)).all(),
        "emails": set(db.session.execute(select(User.email)).scalars()),
        "handles": set(db.session.execute(select(User.handle)).scalars()),
        "nips": set(db.session.execute(select(User.nip).where(User.nip.is_not(None))).scalars()),
        "first_ids": {name: (db.session.execute(select(func.max(db.metadata.tables[name].c.id))).scalar() or 0) + 1
                      for name in ID_TABLES},
    }
    db.session.commit()  # ends the (SQLite: write-locking) transaction before the writer's own connection starts
    return found


def _tag_names(existing: list) -> tuple[list[str], list[int], list[int], list[int]]:
    """Tags in the database first, then the demo's topics and ours; (names, ids, new positions, value positions)."""
    demo = load_content()
    names = [row.name for row in existing]
    ids = [row.id for row in existing]
    values = [i for i, row in enumerate(existing) if row.is_value]
    demo = [name for item in (*demo.articles, *demo.questions) for name in item.tags]
    wanted = [n for n in dict.fromkeys((*demo, *TOPIC_TAGS)) if TAG_MIN <= len(n) <= TAG_MAX and TAG_PATTERN.match(n)]
    new = [name for name in wanted if name not in set(names)]
    first = (max(ids) if ids else 0) + 1
    positions = list(range(len(names), len(names) + len(new)))
    return names + new, ids + list(range(first, first + len(new))), positions, values


def make_plan(sizes: Sizes, found: dict, password: str, bar) -> Plan:
    rng = stream(sizes.seed, "plan")
    clock = Clock()
    kinds = people.KIND_WEIGHTS
    agencies = people.Agencies(ids=[a.id for a in found["agencies"]], codes=[a.code for a in found["agencies"]],
                               weights=[kinds.get(a.kind, 1.0) for a in found["agencies"]])
    model = TextModel(stream(sizes.seed, "words"), pool_size=min(60_000, max(2_000, sizes.posts // 3)))
    check_rendering(model, stream(sizes.seed, "check"))
    bar.update(1)
    first = found["first_ids"]
    members = people.plan_people(rng, clock, sizes.users, agencies, first["users"], found["emails"],
                                 found["handles"], found["nips"])
    bar.update(1)
    plan_posts = posts.plan_posts(rng, clock, members, sizes.posts, first["posts"], found["categories"])
    posts.plan_status(rng, plan_posts, found["categories"])
    names, ids, new, values = _tag_names(found["tags"])
    counts = posts.plan_tags(rng, plan_posts, posts.tag_weights(rng, len(names), values))
    bar.update(1)
    activity.plan_edits(rng, clock, members, plan_posts)
    activity.plan_accepted(rng, clock, plan_posts)
    activity.plan_comments(rng, clock, members, plan_posts, total=sizes.posts // 4)
    child_count = activity.settle_counters(plan_posts)
    bar.update(1)
    book = ledger.Ledger(clock, members, plan_posts, ledger.Points.from_config(_config()))
    more = extras.Extras()
    book.fixed_rows()
    extras.plan_adoptions(rng, clock, members, agencies, plan_posts, book, more)
    extras.plan_awards(rng, clock, members, plan_posts, book, more)
    deleted = plan_posts.status.count(posts.DELETED)
    try:
        book.top_up_bench(rng)
        if len(book) + deleted > sizes.ledger:
            raise ledger.TooSmall("ledger")
        book.stream(rng, sizes.ledger - deleted)
        book.deletions(rng)
        book.stream(rng, sizes.ledger, upvotes_only=True)
    except ledger.TooSmall as err:
        raise Refused(f"--ledger {sizes.ledger} tidak cukup untuk --users {sizes.users} dan --posts {sizes.posts}: "
                      f"perlu paling sedikit {len(book) + deleted} baris, dan paling banyak sekitar satu suara per "
                      f"pasangan pengguna-kiriman." if str(err) == "ledger" else
                      "Terlalu sedikit kiriman atau pengguna untuk memberi akun bench reputasi 5.000.") from err
    bar.update(1)
    return Plan(seed=sizes.seed, clock=clock, people=members, posts=plan_posts, ledger=book, extras=more,
                model=model, password_hash=hash_password(password), tag_names=names, tag_ids=ids, new_tags=new,
                tag_counts=counts, child_count=child_count, first_ids=dict(first))


def _config():
    from flask import current_app

    return current_app.config


def _write(plan: Plan, out: Writer, timer: Timer) -> None:
    with timer.phase("users"):
        out.write("Pengguna", len(plan.people.ids), chunked("users", writer.user_rows(plan)))
    with timer.phase("tags"):
        out.write("Tag", len(plan.new_tags), chunked("tags", writer.tag_rows(plan)))
    with timer.phase("posts"):
        out.write("Kiriman dan revisi", len(plan.posts), writer.post_chunks(plan))
    with timer.phase("comments"):
        out.write("Komentar", len(plan.posts.comments), chunked("comments", writer.comment_rows(plan)))
    book = plan.ledger
    with timer.phase("votes"):
        order = sorted(range(len(book.v_user)), key=book.v_created.__getitem__)
        vote_ids = [0] * len(order)
        for rank, index in enumerate(order):
            vote_ids[index] = plan.first_ids["votes"] + rank
        out.write("Suara", len(order), chunked("votes", writer.vote_rows(plan, order)))
    with timer.phase("ledger"):
        out.write("Buku besar reputasi", len(book), chunked("reputation_events", writer.ledger_rows(plan, vote_ids)))
    with timer.phase("extras"):
        writer.write_extras(plan, out)


def generate(sizes: Sizes, password: str, progress: Progress = quiet) -> dict:
    """Fill the empty database; returns the manifest (ids the load runner needs, sizes, timings)."""
    timer = Timer()
    with timer.phase("prepare"):
        found = prepare(sizes)
    with timer.phase("plan"), progress("Menyusun rencana", 5) as bar:
        plan = make_plan(sizes, found, password, bar)
    with db.engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            connection.connection.driver_connection.execute("PRAGMA cache_size=-262144")
        _write(plan, Writer(connection, progress), timer)
        with timer.phase("rollups"), connection.begin():
            rebuild_rollups(connection)  # the ledger was written with Core, not through ledger.record()
        with timer.phase("finish"):
            finish(connection)
        engine = connection.dialect.name
    bump_content_version()  # pages cached before the load are stale now
    return manifest(plan, sizes, password, timer.elapsed, engine)


def ledger_share(plan: Plan) -> dict[str, float]:
    """The share of ledger rows written in the current calendar month and year (UTC), as the leaders' pages see."""
    clock, times = plan.clock, plan.ledger.time
    month = (clock.now_at.replace(day=1, hour=0) - clock.start_at).total_seconds()
    year = (clock.now_at.replace(month=1, day=1, hour=0) - clock.start_at).total_seconds()
    total = max(len(times), 1)
    return {"this_month": round(sum(1 for t in times if t >= month) / total, 4),
            "this_year": round(sum(1 for t in times if t >= year) / total, 4)}


def manifest(plan: Plan, sizes: Sizes, password: str, elapsed: dict[str, float], engine: str) -> dict:
    p, rng = plan.posts, stream(sizes.seed, "manifest")
    bench = plan.people.ids[plan.people.bench]
    open_answers = [i for i, k in enumerate(p.kind) if k == "answer" and p.status[i] == posts.PUBLISHED
                    and p.author[i] != bench and p.status[p.parent[i]] == posts.PUBLISHED]
    open_questions = [i for i, k in enumerate(p.kind) if k == "question" and p.status[i] == posts.PUBLISHED
                      and p.author[i] != bench and i not in p.locked]
    popular = max(range(len(plan.tag_names)), key=lambda t: (plan.tag_counts[t], -t))
    counts = {kind: p.kind.count(kind) for kind in ("article", "question", "answer", "thread", "reply")}
    counts.update(comments=len(p.comments), votes=len(plan.ledger.v_user), adoptions=len(plan.extras.adoptions),
                  awards=len(plan.extras.awards), tags=len(plan.tag_names),
                  revisions=len(p) + sum(len(e) for e in p.edits.values()))
    return {
        "users": sizes.users, "posts": sizes.posts, "ledger": sizes.ledger, "seed": sizes.seed,
        "question_id": p.id(p.showcase["question"]), "article_id": p.id(p.showcase["article"]),
        "thread_id": p.id(p.showcase["thread"]), "tag": plan.tag_names[popular],
        "bench_user": {"email": people.BENCH_EMAIL, "password": password, "id": bench,
                       "reputation": plan.ledger.reputation_of(bench)},
        "vote_post_ids": sorted(p.id(i) for i in rng.sample(open_answers, min(200, len(open_answers)))),
        "answer_question_ids": sorted(p.id(i) for i in rng.sample(open_questions, min(50, len(open_questions)))),
        "elapsed_s": {**elapsed, "total": round(sum(elapsed.values()), 2)},
        "database": engine,
        "counts": counts,
        "ledger_share": ledger_share(plan),
        "now": plan.clock.now_at.isoformat(timespec="seconds"),
    }
