"""The benchmark's bookkeeping (bench/report.py, bench/run.py helpers): wrk output, medians and ratios,
targets and the markdown table. No server and no load here."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _load(name: str):
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


report = _load("report")

WRK_OUTPUT = """Running 15s test @ http://127.0.0.1:8001/questions/12/judul
  2 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    45.12ms   10.03ms 312.40ms   88.52%
    Req/Sec   177.21     20.11   220.00     70.00%
  Latency Distribution
     50%   43.50ms
     75%   48.02ms
     90%   55.91ms
     99%    1.20s
  5301 requests in 15.03s, 152.17MB read
  Socket errors: connect 0, read 2, write 0, timeout 3
  Non-2xx or 3xx responses: 7
Requests/sec:    352.71
Transfer/sec:     10.12MB
"""

WRK_CLEAN = """Running 4s test @ http://127.0.0.1:8002/
  2 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     5.01ms    1.10ms  20.00ms   90.00%
    Req/Sec     1.60k   100.00     1.80k    70.00%
  Latency Distribution
     50%  850.00us
     75%    5.20ms
     90%    6.00ms
     99%   12.00ms
  12800 requests in 4.00s, 15.00MB read
Requests/sec:   3199.50
Transfer/sec:      3.75MB
"""


def test_durations_in_milliseconds():
    assert report.duration_ms("850.00us") == pytest.approx(0.85)
    assert report.duration_ms("43.50ms") == pytest.approx(43.5)
    assert report.duration_ms("1.20s") == pytest.approx(1200)
    assert report.duration_ms("1.05m") == pytest.approx(63_000)
    with pytest.raises(ValueError):
        report.duration_ms("fast")


def test_parse_wrk_with_errors():
    parsed = report.parse_wrk(WRK_OUTPUT)
    assert parsed["requests_per_s"] == pytest.approx(352.71)
    assert parsed["requests"] == 5301
    assert parsed["duration_s"] == pytest.approx(15.03)
    assert parsed["latency_ms"] == {"p50": 43.5, "p75": 48.02, "p90": 55.91, "p99": 1200.0}
    assert parsed["avg_ms"] == pytest.approx(45.12)
    assert parsed["max_ms"] == pytest.approx(312.4)
    assert parsed["non_2xx_3xx"] == 7
    assert parsed["socket_errors"] == {"connect": 0, "read": 2, "write": 0, "timeout": 3}
    assert parsed["errors"] == 12


def test_parse_wrk_clean_run_has_no_errors():
    parsed = report.parse_wrk(WRK_CLEAN)
    assert parsed["requests_per_s"] == pytest.approx(3199.5)
    assert parsed["latency_ms"]["p50"] == pytest.approx(0.85)
    assert parsed["errors"] == 0 and parsed["socket_errors"] == {} and parsed["non_2xx_3xx"] == 0


def test_parse_wrk_refuses_other_output():
    with pytest.raises(ValueError, match="Requests/sec"):
        report.parse_wrk("unable to connect to 127.0.0.1:8001 Connection refused")


def test_median_and_percentile():
    assert report.median([3, 1, 2]) == 2
    assert report.median([4, 1, 2, 3]) == 2.5
    assert report.median([None, 5]) == 5
    assert report.median([]) is None
    values = list(range(1, 101))
    assert report.percentile(values, 50) == 51  # nearest rank, as bench/search_latency.py
    assert report.percentile(values, 95) == 95
    assert report.percentile([7.0], 95) == 7.0
    assert report.percentile([], 50) is None


def _round(rps, p50, p99, ceiling, errors=0):
    return {"requests_per_s": rps, "latency_ms": {"p50": p50, "p99": p99}, "ceiling_rps": ceiling,
            "errors": errors, "requests": int(rps * 10)}


def test_summarise_page_takes_ratios_against_the_same_round():
    rounds = [_round(100, 40, 90, 1000), _round(150, 30, 80, 3000), _round(120, 35, 85, 1200, errors=2)]
    summary = report.summarise_page(rounds)
    assert summary["rps"] == 120
    assert summary["p50_ms"] == 35 and summary["p99_ms"] == 85
    # per-round ratios 0.1, 0.05, 0.1 -> median 0.1 (not median rps / median ceiling = 120 / 1200)
    assert summary["ratios"] == [0.1, 0.05, 0.1]
    assert summary["ratio"] == 0.1
    assert summary["errors"] == 2
    assert summary["requests"] == 3700


def test_latency_summary():
    summary = report.latency_summary([0.2, 0.4, 0.3, 1.5, 0.25])
    assert summary["p50_s"] == 0.3 and summary["p95_s"] == 1.5 and summary["max_s"] == 1.5
    assert summary["samples"] == 5
    assert report.latency_summary([])["p95_s"] is None


def _result(engine="sqlite", ratio_home=0.08, search_p95=12.0, fresh_p95=0.4, leaders=20.0, sql_big=9, sql_small=9):
    pages = [
        {"name": "ceiling", "rps": 3000.0, "p50_ms": 5.0, "p99_ms": 9.0, "ratio": 1.0, "errors": 0},
        {"name": "home", "rps": 3000 * ratio_home, "p50_ms": 60.0, "p99_ms": 120.0, "ratio": ratio_home, "errors": 0,
         "page_cache": "hit", "load": 1.25},
        {"name": "question", "rps": 250.0, "p50_ms": 64.0, "p99_ms": 130.0, "ratio": 0.083, "errors": 1},
        {"name": "search_one_word", "rps": 150.0, "p50_ms": 100.0, "p99_ms": 200.0, "ratio": 0.05, "errors": 0},
    ]
    return {
        "engine": engine, "search_backend": "whoosh", "date": "2026-11-28T20:00:00",
        "dataset": {"posts": 200_000, "users": 20_000},
        "settings": {"rounds": 3, "duration_s": 15, "threads": 2, "connections": 16, "workers": 2},
        "pages": pages,
        "sql_per_page": {"pages": {"home": 6, "question": 9}, "pages_cached": {"home": 1, "question": 9},
                         "comparisons": [{"page": "question page", "unit": "answers",
                                          "large": {"items": 20, "statements": sql_big},
                                          "small": {"items": 1, "statements": sql_small}}]},
        "search_latency": {"50000": {"one_word": {"p50_ms": 3, "p95_ms": 5}, "two_words": {"p50_ms": 4, "p95_ms": 6},
                                     "phrase": {"p50_ms": 10, "p95_ms": 30}},
                           "200000": {"one_word": {"p50_ms": 6, "p95_ms": search_p95},
                                      "two_words": {"p50_ms": 7, "p95_ms": 14.0},
                                      "phrase": {"p50_ms": 40, "p95_ms": 90.0}}},
        "freshness": {"p50_s": 0.2, "p95_s": fresh_p95, "max_s": 0.9, "samples": 40, "timeouts": 0},
        "leaders_ms": {"bulan": {"p50_ms": leaders}, "tahun": {"p50_ms": leaders * 2}, "semua": {"p50_ms": 30.0}},
        "search_latency_by_backend": {"postgres": {"50000": {"one_word": {"p50_ms": 8, "p95_ms": 11},
                                                             "two_words": {"p50_ms": 9, "p95_ms": 12},
                                                             "phrase": {"p50_ms": 20, "p95_ms": 45}}}},
        "memory_mb": [{"role": "app", "rss_mb": 120.5}, {"role": "app", "rss_mb": 130.0},
                      {"role": "search-worker", "rss_mb": 95.0}, {"role": "ceiling", "rss_mb": 30.0}],
        "rebuild": {"documents": 200_000, "seconds": 1000.0, "posts_per_s": 200},
    }


def _verdicts(result) -> dict:
    return {c["target"]: c["passed"] for c in report.check_targets(result)}


def test_targets_pass_and_fail():
    checks = _verdicts(_result())
    assert checks["home `/`: ratio to ceiling >= 0.06"] is True
    assert checks["search, one word: ratio to ceiling >= 0.06"] is False
    assert checks["search, two words: ratio to ceiling >= 0.06"] is None  # not measured in this run
    assert checks["search one word p95 < 15 ms"] is True
    assert checks["search phrase p95 < 100 ms"] is True
    assert checks["freshness under load p95 < 1 s"] is True
    assert checks["leaders' ranking (this month) < 50 ms server time"] is True
    assert checks["SQL per page constant: question page (20 vs 1 answers)"] is True

    failing = _verdicts(_result(ratio_home=0.05, search_p95=15.0, fresh_p95=1.2, leaders=60.0, sql_big=29))
    assert failing["home `/`: ratio to ceiling >= 0.06"] is False
    assert failing["search one word p95 < 15 ms"] is False
    assert failing["freshness under load p95 < 1 s"] is False
    assert failing["leaders' ranking (this month) < 50 ms server time"] is False
    assert failing["SQL per page constant: question page (20 vs 1 answers)"] is False


def test_search_target_falls_back_to_the_largest_size_and_says_so():
    result = _result()
    del result["search_latency"]["200000"]
    targets = [c["target"] for c in report.check_targets(result)]
    assert "search one word p95 < 15 ms (measured at 50,000 posts; target is at 200,000)" in targets


def test_freshness_with_posts_never_found_fails():
    result = _result()
    result["freshness"]["timeouts"] = 1
    assert _verdicts(result)["freshness under load p95 < 1 s"] is False


def test_markdown_table_one_result():
    table = report.markdown_table([_result()]).splitlines()
    assert table[0] == "| page | req/s | p50 ms | p99 ms | ratio to ceiling | SQL/request | errors | load |"
    assert table[1] == "|---|---:|---:|---:|---:|---:|---:|---:|"
    assert table[2] == "| ceiling (minimal Flask page) | 3,000 | 5.0 | 9.0 | 1.000 | – | 0 | – |"
    assert table[3] == "| home `/` | 240 | 60.0 | 120.0 | 0.080 | 6 (1) | 0 | 1.25 |"
    assert table[4] == "| question (20 answers) | 250 | 64.0 | 130.0 | 0.083 | 9 | 1 | – |"
    assert len(table) == 2 + 4


def test_markdown_table_two_results_side_by_side():
    sqlite, postgres = _result(), _result(engine="postgres", ratio_home=0.1)
    postgres["pages"].append({"name": "vote", "rps": 50.0, "p50_ms": 300.0, "p99_ms": 600.0, "ratio": 0.017,
                              "errors": 0})
    table = report.markdown_table([sqlite, postgres]).splitlines()
    assert ("| home `/` | 240 / 300 | 60.0 / 60.0 | 120.0 / 120.0 | 0.080 / 0.100 | 6 (1) / 6 (1) | 0 / 0 "
            "| 1.25 / 1.25 |") in table
    assert table[-1] == "| POST vote | – / 50 | – / 300.0 | – / 600.0 | – / 0.017 | – / – | – / 0 | – / – |"


def test_render_has_every_block(tmp_path, capsys):
    path = tmp_path / "result.json"
    path.write_text(json.dumps(_result()))
    assert report.main([str(path)]) == 0
    out = capsys.readouterr().out
    assert "| page | req/s |" in out
    assert "Search p50/p95 ms, postgres backend, at 50,000 posts" in out and "phrase 20.0/45.0" in out
    assert "Freshness under load" in out and "Leaders' ranking" in out
    assert "Memory after the load (VmRSS MB): gunicorn workers 120, 130; search worker 95" in out
    assert "200,000 documents in 1,000.0 s (200 posts/s)" in out
    assert "| search, one word: ratio to ceiling >= 0.06 | 0.050 | FAIL |" in out
    assert "| home `/`: ratio to ceiling >= 0.06 | 0.080 | PASS |" in out
    assert "Served from the workers' page cache under load (X-Page-Cache: hit): home `/`." in out


def test_search_words_come_from_the_question_title():
    run = _load("run")
    page = "<html><head><title>Bagaimana mengelola arsip digital di kecamatan · Simpul ASN</title></head></html>"
    candidates = run.search_candidates(page)
    assert candidates["search_one_word"][0] == "mengelola"
    assert candidates["search_two_words"][0] == "mengelola arsip"
    assert candidates["search_phrase"][0] == '"mengelola arsip"'
    assert candidates["search_phrase"][1] == '"arsip digital"'
    # a title without usable words still leaves the common words of the demo content to try
    assert run.search_candidates("<title>Apa itu? · Simpul ASN</title>")["search_one_word"] == [
        "pelatihan", "pelayanan", "arsip", "data"]


def test_render_shows_search_on_both_backends():
    result = _result()
    for size, data in result["search_latency"].items():
        result["search_latency_by_backend"].setdefault("whoosh", {})[size] = {**data, "backend": "whoosh"}
    out = report.render([result])
    lines = [line for line in out.splitlines() if line.startswith("- Search")]
    assert [line.split(" (in process")[0] for line in lines] == [
        "- Search p50/p95 ms, whoosh backend, at 50,000 posts", "- Search p50/p95 ms, whoosh backend, at 200,000 posts",
        "- Search p50/p95 ms, postgres backend, at 50,000 posts"]


def test_load_is_sampled_per_run_and_summarised_per_row():
    assert report.load_summary([1.0, None, 2.0, 3.0]) == {"start": 1.0, "end": 3.0, "mean": 2.0, "samples": 3}
    assert report.load_summary([None])["mean"] is None
    rounds = [{"requests_per_s": 100.0, "ceiling_rps": 1000.0, "latency_ms": {}, "load": {"mean": m}}
              for m in (1.5, 3.5, 2.0)]
    assert report.summarise_page(rounds)["load"] == 2.0


def test_write_mix_sql_is_weighted_as_mix_lua_sends():
    assert report.mix_sql({"question_member": 10, "home_member": 20, "vote": 5, "answer": 25}) == 13.0
    assert report.mix_sql({"question_member": 10, "home_member": 20, "vote": 5}) is None  # answer not measured
    cycle = (BENCH / "wrk" / "mix.lua").read_text().split("local cycle = {", 1)[1].split("}", 1)[0]
    sent = [name.strip(' "') for name in cycle.split(",")]
    rows = {"question": "question_member", "home": "home_member", "vote": "vote", "answer": "answer"}
    assert {rows[k]: sent.count(k) for k in rows} == report.MIX_WEIGHTS


def test_search_backends_are_checked():
    run = _load("run")
    assert run.parse_args(["--quick", "--search-posts", "2000"]).search_backends == ["whoosh", "postgres"]
    with pytest.raises(SystemExit):
        run.parse_args(["--search-backends", "whoosh,elastic"])
