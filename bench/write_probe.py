"""What one vote and one answer cost in process, one request at a time (no load): CPU ms and wall ms per
request and SQL statements, on the benchmark database the environment names (DATABASE_URL, as for
bench/probes.py), signed in as the manifest's bench user, with the requests bench/wrk/vote.lua and
answer.lua send (the vote as vote.js sends it: X-CSRFToken, Accept: application/json).

    write_probe.py --manifest M [--votes 200] [--answers 30] [--profile vote|answer] [--top 30]

Each vote post gets `up`, then `none`, so the ledger ends where it began; answers stay (as after a bench run).
`--profile` runs cProfile over that kind's requests and prints the functions with most cumulative time.
On PostgreSQL the CPU column is this process only (the server's work is in the wall column).
"""
from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from probes import Browser, counting, make_app, percentile  # noqa: E402

VOTE_HEADERS = {"Accept": "application/json", "X-Requested-With": "fetch"}
ANSWER = "Jawaban dari pengukuran tulis: data pegawai diperiksa bagian kepegawaian, surat masuk diarsipkan."


def _summary(cpu: list[float], wall: list[float], statements: list[int]) -> dict:
    return {"requests": len(cpu),
            "cpu_ms_p50": round(percentile(cpu, 50), 2), "cpu_ms_p95": round(percentile(cpu, 95), 2),
            "wall_ms_p50": round(percentile(wall, 50), 2), "wall_ms_p95": round(percentile(wall, 95), 2),
            "statements_max": max(statements), "statements_min": min(statements)}


def measure(browser: Browser, engine, requests: list[tuple[str, dict, dict, tuple]], profiler=None) -> dict:
    cpu, wall, statements = [], [], []
    for path, data, headers, expect in requests:
        data = {**data, "csrf_token": browser.csrf}
        headers = {**headers, "X-CSRFToken": browser.csrf}
        with counting(engine) as seen:
            if profiler:
                profiler.enable()
            c0, w0 = time.process_time(), time.perf_counter()
            response = browser.open("POST", path, data, headers)
            c1, w1 = time.process_time(), time.perf_counter()
            if profiler:
                profiler.disable()
        if response.status_code not in expect:
            raise SystemExit(f"write_probe: POST {path} answered {response.status_code}: "
                             f"{response.get_data(as_text=True)[:300]}")
        cpu.append((c1 - c0) * 1000)
        wall.append((w1 - w0) * 1000)
        statements.append(len(seen))
    return _summary(cpu, wall, statements)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--manifest", required=True)
    parser.add_argument("--votes", type=int, default=200)
    parser.add_argument("--answers", type=int, default=30)
    parser.add_argument("--profile", choices=("vote", "answer"))
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args(argv)
    manifest = json.loads(Path(args.manifest).read_text())
    app = make_app()
    from app.extensions import db

    with app.app_context():
        engine = db.engine
    browser = Browser(app)
    browser.login(manifest["bench_user"]["email"], manifest["bench_user"]["password"])
    vote_ids = manifest["vote_post_ids"]
    votes = [(f"/posts/{vote_ids[i % len(vote_ids)]}/vote", {"value": value}, VOTE_HEADERS, (200,))
             for i in range(args.votes) for value in ("up", "none")]
    question_ids = manifest["answer_question_ids"]
    answers = [(f"/questions/{question_ids[i % len(question_ids)]}/answers", {"body": ANSWER}, {}, (302, 303))
               for i in range(args.answers)]
    warm = min(20, len(votes) // 2)
    measure(browser, engine, votes[:warm])  # warm-up: the first requests' set-up stays out of the figures
    profiler = cProfile.Profile() if args.profile else None
    result = {"engine": engine.dialect.name,
              "vote": measure(browser, engine, votes[warm:], profiler if args.profile == "vote" else None),
              "answer": measure(browser, engine, answers, profiler if args.profile == "answer" else None)}
    print(json.dumps(result, indent=2))
    if profiler:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(args.top)
        print(out.getvalue())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
