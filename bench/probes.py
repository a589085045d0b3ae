"""In-process measurements for bench/run.py, made with the app of `create_app()` on the benchmark database
(the environment carries DATABASE_URL, SEARCH_INDEX_DIR, ... exactly as for gunicorn), outside the load:

    probes.py leader  --password PW                 a leader account to sign in with (JSON on stdout)
    probes.py measure --manifest M --pages P --leader-email E --leader-password PW --out OUT
                      SQL statements per page, leaders' ranking server time, search latency
    probes.py search  --out OUT [--rounds 20]       search latency only (the 50,000-post dataset)
    probes.py outbox  [--trim-to ID]                the search outbox's last id / drop rows a rebuild covered

SQL statements are counted as tests/fixtures/content.py's `count_queries` does (a `before_cursor_execute`
listener; BEGIN/COMMIT/... not counted), each request in an app context of its own as in a real server.
Search latency times `get_backend().search(parse_query(q).query, page=1, per_page=20)`, the call /search
makes, over the query sets of bench/search_latency.py: cold (the backend's result cache emptied first, as after
any change to the index) and warm (the same query again).
"""
from __future__ import annotations

import argparse
import contextlib
import json
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

CSRF_META = re.compile(r'<meta name="csrf-token" content="([^"]+)"')
SKIPPED = ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE")


def make_app(**overrides):
    from app import create_app

    # The environment (set by bench/run.py) chooses the database and the index; the probes drain nothing
    # themselves and are never rate-limited.
    return create_app({"SEARCH_DRAIN_IN_WEB": False, "RATELIMIT_ENABLED": False, "LOG_LEVEL": "WARNING",
                       **overrides})


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


# ---------------------------------------------------------------------------------------------- leader account
def ensure_leader(app, password: str) -> dict:
    """A leader of the benchmark database with a known password (made one if the data has none)."""
    from sqlalchemy import select

    from app.accounts.models import Agency, User
    from app.accounts.passwords import hash_password
    from app.core.roles import Role
    from app.extensions import db

    with app.app_context():
        leader = db.session.execute(select(User).where(User.role == Role.LEADER.value, User.suspended_until.is_(None))
                                    .order_by(User.id)).scalars().first()
        if leader is None:
            agency = db.session.execute(select(Agency).order_by(Agency.id)).scalars().first()
            leader = User(name="Pimpinan Uji Beban", handle="pimpinan-uji-beban", email="pimpinan.bench@simpul.test",
                          agency_id=agency.id, role=Role.LEADER.value, password_hash="")
            db.session.add(leader)
        leader.password_hash = hash_password(password)
        db.session.commit()
        return {"email": leader.email, "id": leader.id}


# ---------------------------------------------------------------------------------------------- SQL counting
class Browser:
    """The test client as a browser: a cookie jar, the CSRF token, one app context per request."""

    def __init__(self, app):
        self.app = app
        self.client = app.test_client()
        self.csrf = None

    def open(self, method: str, url: str, data: dict | None = None, headers: dict | None = None):
        with self.app.app_context():
            response = self.client.open(url, method=method, data=data, headers=headers or {})
        if response.mimetype == "text/html":
            found = CSRF_META.search(response.get_data(as_text=True))
            if found:
                self.csrf = found.group(1)
        return response

    def login(self, login: str, password: str) -> None:
        self.open("GET", "/auth/login")
        response = self.open("POST", "/auth/login", {"login": login, "password": password, "csrf_token": self.csrf})
        if response.status_code not in (302, 303):
            raise SystemExit(f"probes: sign-in as {login} failed ({response.status_code})")
        self.open("GET", "/")  # the signed-in session's token


@contextlib.contextmanager
def counting(engine):
    from sqlalchemy import event

    statements: list[str] = []

    def record(conn, cursor, statement, *args):
        if not statement.lstrip().upper().startswith(SKIPPED):
            statements.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", record)


def count_request(browser: Browser, engine, method: str, path: str, data: dict | None = None,
                  headers: dict | None = None, expect=(200,)) -> int:
    if data is not None:
        data = {**data, "csrf_token": browser.csrf}
    with counting(engine) as statements:
        response = browser.open(method, path, data, headers)
    if response.status_code not in expect:
        raise SystemExit(f"probes: {method} {path} answered {response.status_code}, expected {expect}")
    return len(statements)


def canonical(browser: Browser, path: str) -> str:
    """Follow the slug redirect (/questions/12 -> /questions/12/judul) once, outside the count."""
    response = browser.open("GET", path)
    if response.status_code in (301, 302) and response.location:
        return response.location.replace("http://localhost", "")
    return path


def _signed_in_browsers(app, manifest: dict, leader: dict) -> dict:
    anonymous, bench, boss = Browser(app), Browser(app), Browser(app)
    bench.login(manifest["bench_user"]["email"], manifest["bench_user"]["password"])
    boss.login(leader["email"], leader["password"])
    return {None: anonymous, "bench": bench, "leader": boss}


def _count_pages(app, browsers: dict, pages: list[dict], *, writes: bool) -> dict[str, int]:
    from app.extensions import db

    with app.app_context():
        engine = db.engine
    counts: dict[str, int] = {}
    for page in pages:
        browser = browsers[page.get("auth")]
        if page.get("method", "GET") == "GET":
            # Warm twice: the first request's set-up stays out of the count, and with the page cache on the
            # second request fills it, so the count is the steady state a loaded server sees.
            browser.open("GET", page["path"])
            browser.open("GET", page["path"])
            counts[page["name"]] = count_request(browser, engine, "GET", page["path"])
        elif not writes:
            continue
        elif page["name"] == "answer":
            counts["answer"] = count_request(browser, engine, "POST", page["path"], {"body": (
                "Jawaban dari pengukuran SQL: data pegawai diperiksa bagian kepegawaian, surat masuk diarsipkan.")},
                expect=(302, 303))
        elif page["name"] == "vote":
            json_headers = {"Accept": "application/json", "X-Requested-With": "fetch"}
            up = count_request(browser, engine, "POST", page["path"], {"value": "up"}, json_headers)
            none = count_request(browser, engine, "POST", page["path"], {"value": "none"}, json_headers)
            counts["vote"] = max(up, none)
    return counts


def sql_per_page(cached_app, uncached_app, manifest: dict, pages: list[dict], leader: dict) -> dict:
    """Statements per request with the page cache off (what rendering costs; after every write) and on
    (the steady state under load), plus the busy question and thread against ones with few children."""
    from sqlalchemy import func, select

    from app.content.models import Post, PostStatus
    from app.extensions import db

    browsers = _signed_in_browsers(uncached_app, manifest, leader)
    uncached = _count_pages(uncached_app, browsers, pages, writes=True)
    cached = _count_pages(cached_app, _signed_in_browsers(cached_app, manifest, leader), pages, writes=False)
    with uncached_app.app_context():
        engine = db.engine

        def fewest(kind: str, exclude: int):
            return db.session.execute(
                select(Post.id, Post.child_count).where(Post.kind == kind, Post.status == PostStatus.PUBLISHED.value,
                                                        Post.child_count >= 1, Post.id != exclude)
                .order_by(Post.child_count, Post.id).limit(1)).first()

        def children(post_id: int) -> int:
            return db.session.execute(select(func.count(Post.id)).where(
                Post.parent_id == post_id, Post.status == PostStatus.PUBLISHED.value)).scalar_one()

        small_question = fewest("question", manifest["question_id"])
        small_thread = fewest("thread", manifest["thread_id"])
        big_question_items = children(manifest["question_id"])
        big_thread_items = children(manifest["thread_id"])
    comparisons = []
    for label, unit, kind, big_id, big_items, small, auth in (
        ("question page", "answers", "questions", manifest["question_id"], big_question_items, small_question, None),
        ("question page, signed in", "answers", "questions", manifest["question_id"], big_question_items,
         small_question, "bench"),
        ("discussion page", "replies", "discussions", manifest["thread_id"], big_thread_items, small_thread, None),
    ):
        if small is None:
            continue
        browser = browsers[auth]
        result = {}
        for key, post_id, items in (("large", big_id, big_items), ("small", small[0], small[1])):
            path = canonical(browser, f"/{kind}/{post_id}")
            browser.open("GET", path)
            result[key] = {"post_id": post_id, "items": items,
                           "statements": count_request(browser, engine, "GET", path)}
        comparisons.append({"page": label, "unit": unit, **result})
    return {"pages": uncached, "pages_cached": cached, "comparisons": comparisons,
            "note": "pages: page cache off (PAGE_CACHE_SIZE=0); pages_cached: default config, steady state"}


# ---------------------------------------------------------------------------------------------- leaders
def leaders_timing(app, leader: dict, calls: int = 20) -> dict:
    """Median/p95 ms of the ranking function the view calls (people, no filter) per period, and the page."""
    from app.core.database import reading
    from app.leaders import queries
    from app.leaders.periods import period

    out: dict = {}
    for key in ("bulan", "tahun", "semua"):
        samples, rows = [], 0
        for _ in range(calls + 1):
            with app.app_context(), reading():
                started = time.perf_counter()
                ranking = queries.people(period(key).start)
                samples.append((time.perf_counter() - started) * 1000)
                rows = len(ranking)
        samples = samples[1:]  # the first call warms the connection and the caches
        out[key] = {"p50_ms": round(statistics.median(samples), 2), "p95_ms": round(percentile(samples, 95), 2),
                    "calls": len(samples), "rows": rows}
    browser = Browser(app)
    browser.login(leader["email"], leader["password"])
    page_samples = []
    for _ in range(11):
        started = time.perf_counter()
        response = browser.open("GET", "/leaders/?period=bulan")
        page_samples.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"probes: /leaders/ answered {response.status_code} to the leader")
    out["page_bulan"] = {"p50_ms": round(statistics.median(page_samples[1:]), 2), "calls": len(page_samples) - 1,
                         "note": "whole /leaders/ request through the test client (ranking, chart, template)"}
    return out


# ---------------------------------------------------------------------------------------------- search
def _forget_results(backend) -> bool:
    """Empty the backend's result cache (WhooshBackend keeps results until the index changes). False: none."""
    kept = getattr(backend, "_results", None)
    if kept is None or not hasattr(kept, "clear"):
        return False
    with getattr(backend, "_lock", None) or contextlib.nullcontext():
        kept.clear()
    return True


def search_latency(app, rounds: int) -> dict:
    """Per query set: `cold` (the result cache emptied before each query, as after any write to the index:
    this is what the targets are checked against) and `warm` (the same query again on an unchanged index)."""
    from search_latency import ONE_WORD, PHRASES, TWO_WORDS

    from app.search.indexing import get_backend
    from app.search.query import parse_query

    out: dict = {}
    with app.app_context():
        backend = get_backend()
        backend.search(parse_query("pelatihan").query, page=1, per_page=20)  # open the index once
        out["result_cache"] = _forget_results(backend)
        for name, queries in (("one_word", ONE_WORD), ("two_words", TWO_WORDS), ("phrase", PHRASES)):
            cold, warm, hits = [], [], {}
            for _ in range(rounds):
                for text in queries:
                    query = parse_query(text).query
                    query.sort = "relevance"
                    _forget_results(backend)
                    started = time.perf_counter()
                    result = backend.search(query, page=1, per_page=20)
                    cold.append((time.perf_counter() - started) * 1000)
                    started = time.perf_counter()
                    backend.search(query, page=1, per_page=20)
                    warm.append((time.perf_counter() - started) * 1000)
                    hits[text] = result.total
            out[name] = {"p50_ms": round(percentile(cold, 50), 2), "p95_ms": round(percentile(cold, 95), 2),
                         "max_ms": round(max(cold), 2), "warm_p50_ms": round(percentile(warm, 50), 3),
                         "warm_p95_ms": round(percentile(warm, 95), 3), "queries": len(cold), "rounds": rounds,
                         "median_hits": statistics.median(hits.values()) if hits else 0,
                         "queries_without_hits": sorted(q for q, n in hits.items() if not n)}
        status = backend.status() if hasattr(backend, "status") else {}
        out["documents"] = status.get("documents")
    return out


# ---------------------------------------------------------------------------------------------- outbox
def outbox(app, trim_to: int | None) -> dict:
    """The search outbox's highest id, or drop the rows up to an id (those a finished rebuild covered)."""
    from sqlalchemy import delete, func, select

    from app.extensions import db
    from app.search.models import SearchOutbox

    with app.app_context():
        if trim_to is not None:
            dropped = db.session.execute(delete(SearchOutbox).where(SearchOutbox.id <= trim_to)).rowcount
            db.session.commit()
            return {"dropped": dropped}
        return {"max_id": db.session.execute(select(func.max(SearchOutbox.id))).scalar() or 0}


# ---------------------------------------------------------------------------------------------- CLI
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    leader = sub.add_parser("leader")
    leader.add_argument("--password", required=True)
    measure = sub.add_parser("measure")
    measure.add_argument("--manifest", type=Path, required=True)
    measure.add_argument("--pages", type=Path, required=True, help="JSON list of {name, path, method, auth}")
    measure.add_argument("--leader-email", required=True)
    measure.add_argument("--leader-password", required=True)
    measure.add_argument("--search-rounds", type=int, default=20)
    measure.add_argument("--leader-calls", type=int, default=20)
    measure.add_argument("--out", type=Path, required=True)
    box = sub.add_parser("outbox")
    box.add_argument("--trim-to", type=int, default=None)
    search = sub.add_parser("search")
    search.add_argument("--rounds", type=int, default=20)
    search.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)

    app = make_app()
    if args.command == "leader":
        print(json.dumps(ensure_leader(app, args.password)))
        return 0
    if args.command == "outbox":
        print(json.dumps(outbox(app, args.trim_to)))
        return 0
    if args.command == "search":
        started = time.perf_counter()
        result = {"search_latency": search_latency(app, args.rounds)}
        result["elapsed_s"] = round(time.perf_counter() - started, 1)
        args.out.write_text(json.dumps(result, indent=2) + "\n")
        return 0
    manifest = json.loads(args.manifest.read_text())
    pages = json.loads(args.pages.read_text())
    leader_account = {"email": args.leader_email, "password": args.leader_password}
    result: dict = {}
    started = time.perf_counter()
    result["sql_per_page"] = sql_per_page(app, make_app(PAGE_CACHE_SIZE=0), manifest, pages, leader_account)
    result["leaders_ms"] = leaders_timing(app, leader_account, args.leader_calls)
    result["search_latency"] = search_latency(app, args.search_rounds)
    result["elapsed_s"] = round(time.perf_counter() - started, 1)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
