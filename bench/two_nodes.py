"""Two app nodes on one machine, set up as docs/operations.md section 2 sets up two machines: one PostgreSQL
database (DATABASE_URL), the PostgreSQL search backend, one Redis for the rate limits (REDIS_URL), one upload
folder (UPLOAD_DIR), a folder of their own each for mail and the rest, and one search worker (node A runs
bin/serve: gunicorn and the worker; node B runs gunicorn alone, SEARCH_DRAIN_IN_WEB=false on both).

    .venv/bin/python bench/two_nodes.py [--posts 2000 --users 300] [--samples 20] [--redis redis://127.0.0.1:6379/15]

Measures, through real HTTP with one signed-in member's cookie on both nodes:
1. a question posted through A is on B's question page at once (count of samples), and in B's search within
   2 s (p50/p95/max seconds, polled every 50 ms);
2. B's page cache stays coherent: a visitor's question page kept on B (X-Page-Cache: hit), an answer posted
   through A, and B's next answer to the visitor shows it;
3. rate limits count across both nodes: with RATELIMIT_ENABLED=true and RATELIMIT_LOGIN="10 per minute",
   failed sign-ins alternating between A and B are refused (429) from the 11th in total, not the 21st.
The Redis database given (default 15) is the benchmark's own: its rate-limit counters are emptied first.
Results: bench/results/<date>-two-nodes-<posts>.json and a markdown table on stdout.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import shlex
import sys
import time
import urllib.parse
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import report  # noqa: E402
import run  # noqa: E402

LOGIN_LIMIT = 10
SEARCH_LIMIT_S = 2.0


def node_env(dataset: run.Dataset, name: str, redis_url: str, limits: bool) -> dict:
    """A node's environment. Without Redis (--no-redis) each node counts in a file of its own, as two
    machines with the embedded default would."""
    own = dataset.folder / "two-nodes" / name
    counting = ({"REDIS_URL": redis_url} if redis_url else
                {"REDIS_URL": "", "RATELIMIT_STORAGE_URI": f"shared-sqlite:///{own / 'ratelimits.db'}"})
    return {**dataset.env(), "SEARCH_BACKEND": "postgres", "SEARCH_DRAIN_IN_WEB": "false", **counting,
            "UPLOAD_DIR": str(dataset.folder / "two-nodes" / "uploads"), "MAIL_OUTBOX_DIR": str(own / "mail"),
            "SEARCH_INDEX_DIR": str(own / "index"), "BACKUP_DIR": str(own / "backups"),
            "RATELIMIT_ENABLED": "true" if limits else "false", "RATELIMIT_LOGIN": f"{LOGIN_LIMIT} per minute"}


def start_nodes(dataset: run.Dataset, redis_url: str, limits: bool, workers: int) -> tuple[run.Server, run.Server]:
    logs = dataset.folder / "logs"
    port_a, port_b = run.free_port(), run.free_port()
    env_a = {**node_env(dataset, "a", redis_url, limits), "HOST": "127.0.0.1", "PORT": str(port_a),
             "WORKERS": str(workers), "VENV_BIN": str(run.VENV_BIN)}
    node_a = run.Server("node A", [str(run.ROOT / "bin" / "serve")], env_a, port_a, logs / "node-a.log", "/healthz")
    node_b = run.Server("node B", [run.GUNICORN, "--workers", str(workers), "--bind", f"127.0.0.1:{port_b}",
                                   "wsgi:app"], node_env(dataset, "b", redis_url, limits), port_b,
                        logs / "node-b.log", "/healthz")
    dataset.commands += [f"HOST=127.0.0.1 PORT={port_a} WORKERS={workers} bin/serve   # node A",
                         shlex.join(node_b.argv) + "   # node B"]
    node_a.start()
    node_b.start()
    return node_a, node_b


def on(browser: run.Browser, base: str) -> run.Browser:
    """The same browser (cookie jar, CSRF token) talking to another node."""
    other = run.Browser(base)
    other.jar = browser.jar
    other.opener = run.urllib.request.build_opener(run.urllib.request.HTTPCookieProcessor(browser.jar),
                                                   run._NoRedirect())
    other.csrf = browser.csrf
    return other


def posts_across(member_a: run.Browser, member_b: run.Browser, samples: int, tag: str) -> tuple[dict, list[str]]:
    """Questions posted through A: on B's page at once? in B's search after how long?"""
    rng = random.Random()
    at_once, seconds, late, paths = 0, [], [], []
    for n in range(samples):
        token = run.random_token(rng)
        title = f"Bagaimana menata laporan {token} antarinstansi, nomor {n + 1}?"
        response = member_a.post("/questions/ask", {
            "title": title, "tags": tag,
            "body": f"Laporan {token} disusun dua instansi. Data pegawai sudah dikumpulkan dan surat masuk sudah "
                    "diarsipkan; bagaimana membagi tanda tangan elektronik untuk laporan ini?"})
        posted = time.perf_counter()
        found = re.search(r"/questions/(\d+)", response.location)
        if response.status not in (302, 303) or not found:
            raise run.BenchError(f"POST /questions/ask on A answered {response.status}: {run._alert(response.body)}")
        path = member_b.canonical(f"/questions/{found.group(1)}")
        paths.append(path)
        at_once += token in member_b.get(path).body
        search = "/search?" + urllib.parse.urlencode({"q": token})
        while True:
            if f"/questions/{found.group(1)}" in member_b.get(search).body:
                seconds.append(time.perf_counter() - posted)
                break
            if time.perf_counter() - posted > 10 * SEARCH_LIMIT_S:
                late.append(path)
                break
            time.sleep(0.05)
    summary = report.latency_summary(seconds)
    summary.update({"posts": samples, "on_b_at_once": at_once, "within_2s": sum(s <= SEARCH_LIMIT_S for s in seconds),
                    "never_found": late})
    return summary, paths


def cache_coherence(member_a: run.Browser, visitor_b: run.Browser, paths: list[str]) -> dict:
    """A visitor's page kept on B, an answer through A, then B's next answer to the visitor."""
    kept, shown = 0, 0
    for n, path in enumerate(paths):
        # Kept by one of B's workers; a few tries, as the next request may reach the other worker.
        kept += any(visitor_b.get(path).headers.get("X-Page-Cache") == "hit" for _ in range(6))
        token = run.random_token(random.Random())
        qid = re.search(r"/questions/(\d+)", path).group(1)
        response = member_a.post(f"/questions/{qid}/answers", {
            "body": f"Jawaban {token} lewat node A: data pegawai diperiksa, surat masuk diarsipkan, nomor {n + 1}."})
        if response.status not in (302, 303):
            raise run.BenchError(f"answer on A answered {response.status}: {run._alert(response.body)}")
        shown += token in visitor_b.get(path).body
    return {"pages": len(paths), "kept_on_b": kept, "edit_shown_on_b_at_once": shown}


def login_limit(base_a: str, base_b: str) -> dict:
    """Failed sign-ins, each with another unknown account, alternating A and B: the first 429's number."""
    statuses = []
    for n in range(3 * LOGIN_LIMIT):
        browser = run.Browser(base_a if n % 2 == 0 else base_b)
        browser.get("/auth/login")
        statuses.append(browser.post("/auth/login", {"login": f"tamu{n:03d}.{random.randrange(10**6)}@medan.go.id",
                                                     "password": "bukan-kata-sandinya-1"}).status)
    first = next((i + 1 for i, s in enumerate(statuses) if s == 429), None)
    return {"limit": f"{LOGIN_LIMIT} per minute", "attempts": len(statuses), "first_429_at": first,
            "refused": statuses.count(429), "statuses": statuses}


def empty_limits(dataset: run.Dataset, redis_url: str) -> None:
    """Forget earlier runs' counts: the benchmark's own Redis database, or the nodes' own files."""
    if not redis_url:
        for name in ("a", "b"):
            for suffix in ("", "-wal", "-shm"):
                (dataset.folder / "two-nodes" / name / f"ratelimits.db{suffix}").unlink(missing_ok=True)
        return
    import redis

    client = redis.Redis.from_url(redis_url)
    for key in client.scan_iter("LIMITS*"):
        client.delete(key)


def render(result: dict) -> str:
    posts, cache, limit = result["posts_across"], result["page_cache"], result["login_limit"]
    rows = [
        ("question posted through A, on B's page at once", f"{posts['on_b_at_once']} of {posts['posts']}"),
        ("... in B's search: p50 / p95 / max s", f"{report._fmt(posts['p50_s'], 2)} / "
         f"{report._fmt(posts['p95_s'], 2)} / {report._fmt(posts['max_s'], 2)}"),
        ("... in B's search within 2 s", f"{posts['within_2s']} of {posts['posts']}"),
        ("visitor's page kept on B (X-Page-Cache: hit)", f"{cache['kept_on_b']} of {cache['pages']}"),
        ("answer through A shown on B's kept page at once", f"{cache['edit_shown_on_b_at_once']} of {cache['pages']}"),
        (f"failed sign-ins alternating A and B ({limit['limit']}): first 429 at attempt",
         f"{report._fmt(limit['first_429_at'])} (shared: {LOGIN_LIMIT + 1}; counted per node: {2 * LOGIN_LIMIT + 1})"),
    ]
    ds = result["dataset"]
    shared = "Redis" if result["redis"] else "no Redis (rate limits counted per node)"
    return "\n".join([f"Two nodes, PostgreSQL {ds['posts']:,} posts / {ds['users']:,} users, PostgreSQL search, "
                      f"{shared}, {result['workers']} gunicorn workers each, {result['date']}", "",
                      "| measure | result |", "|---|---:|", *(f"| {a} | {b} |" for a, b in rows)])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--posts", type=int, default=2000)
    parser.add_argument("--users", type=int)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--samples", type=int, default=20, help="questions posted through A")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers per node")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/15")
    parser.add_argument("--no-redis", dest="redis", action="store_const", const="",
                        help="each node counts rate limits alone (what a missing REDIS_URL costs)")
    parser.add_argument("--pg-server", default=run.PG_SERVER)
    parser.add_argument("--pg-prefix", default="simpul_bench_")
    parser.add_argument("--results", type=Path, default=run.BENCH / "results")
    args = parser.parse_args(argv)
    run.PG_SERVER, run.PG_PREFIX = args.pg_server, args.pg_prefix
    users = args.users or max(10, args.posts // 10)
    dataset = run.Dataset("postgres", args.posts, users, args.seed, "postgres", args.pg_server, args.pg_prefix)
    prepared = run.prepare(dataset)
    manifest = prepared["manifest"]
    result: dict = {"date": datetime.now().isoformat(timespec="seconds"), "git_commit": run.git_commit(),
                    "machine": run.machine(), "workers": args.workers, "redis": args.redis, "samples": args.samples,
                    "dataset": {"posts": args.posts, "users": users, "database_url": dataset.database_url}}
    node_a, node_b = start_nodes(dataset, args.redis, limits=False, workers=args.workers)
    try:
        run.wait_for_outbox(node_a.base)
        member_a = run.Browser(node_a.base)
        member_a.login(manifest["bench_user"]["email"], manifest["bench_user"]["password"])
        member_b = on(member_a, node_b.base)
        run.log(f"two nodes: {args.samples} questions through A, read and searched on B")
        result["posts_across"], paths = posts_across(member_a, member_b, args.samples, manifest["tag"])
        run.log("two nodes: page cache on B after answers through A")
        result["page_cache"] = cache_coherence(member_a, run.Browser(node_b.base), paths[:5])
    finally:
        node_a.close()
        node_b.close()
    empty_limits(dataset, args.redis)
    node_a, node_b = start_nodes(dataset, args.redis, limits=True, workers=args.workers)
    try:
        run.log("two nodes: failed sign-ins alternating A and B, rate limits on")
        result["login_limit"] = login_limit(node_a.base, node_b.base)
    finally:
        node_a.close()
        node_b.close()
    result["environment"] = {k: v for k, v in node_env(dataset, "a", args.redis, True).items()
                             if k in ("DATABASE_URL", "SEARCH_BACKEND", "SEARCH_DRAIN_IN_WEB", "REDIS_URL",
                                      "UPLOAD_DIR", "MAIL_OUTBOX_DIR", "RATELIMIT_LOGIN", "SECRET_KEY")}
    result["commands"] = [c.replace(str(run.ROOT) + "/", "") for c in dataset.commands]
    args.results.mkdir(parents=True, exist_ok=True)
    path = args.results / f"{datetime.now():%Y-%m-%d}-two-nodes-{args.posts}.json"
    path.write_text(json.dumps(result, indent=2, default=str) + "\n")
    print(render(result))
    print(f"\nResults: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
