"""Benchmark results: parse wrk's output, summarise rounds, check the targets, and render markdown.

    .venv/bin/python bench/report.py bench/results/<date>-sqlite-200000.json [bench/results/<date>-postgres-200000.json]

re-renders the tables from saved results; with two files (e.g. both engines) the values stand side by side
as "first / second". bench/run.py uses the same functions to build the JSON it saves.
"""
from __future__ import annotations

import argparse
import json
import math
import re
import statistics
import sys
from pathlib import Path

# Targets (issue 7/8). Ratios are page req/s divided by the ceiling's req/s in the same round.
RATIO_TARGET = 0.06
RATIO_PAGES = ("home", "question", "search_one_word", "search_two_words", "search_phrase")
SEARCH_P95_TARGETS_MS = {"one_word": 15.0, "two_words": 15.0, "phrase": 100.0}
SEARCH_TARGET_POSTS = 200_000
FRESHNESS_P95_TARGET_S = 1.0
LEADERS_TARGET_MS = 50.0

PAGE_LABELS = {
    "ceiling": "ceiling (minimal Flask page)",
    "home": "home `/`",
    "home_member": "home `/`, signed in",
    "question": "question (20 answers)",
    "question_member": "question, signed in (never cached)",
    "article": "article (10 revisions)",
    "thread": "discussion (50 replies)",
    "tag": "tag page",
    "tags": "tag list `/tags/`",
    "search_one_word": "search, one word",
    "search_two_words": "search, two words",
    "search_phrase": "search, phrase",
    "leaders": "leaders' ranking, this month",
    "answer": "POST answer",
    "vote": "POST vote",
    "mix": "write mix, signed in (3 question, 3 home, 3 votes, 1 answer per 10)",
}
# bench/wrk/mix.lua's cycle: of each ten requests, the rows whose requests it repeats.
MIX_WEIGHTS = {"question_member": 3, "home_member": 3, "vote": 3, "answer": 1}

_UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}
_DURATION = re.compile(r"^([0-9.]+)(us|ms|s|m|h)$")


# ---------------------------------------------------------------------------------------------- wrk output
def duration_ms(text: str) -> float:
    """wrk's latency strings ("850.00us", "12.34ms", "1.20s", "1.05m") in milliseconds."""
    match = _DURATION.match(text.strip())
    if not match:
        raise ValueError(f"not a wrk duration: {text!r}")
    return float(match.group(1)) * _UNITS_MS[match.group(2)]


def parse_wrk(output: str) -> dict:
    """The figures of one `wrk --latency` run. Raises ValueError when the output is not wrk's summary."""
    rps = re.search(r"^Requests/sec:\s+([0-9.]+)", output, re.MULTILINE)
    if rps is None:
        raise ValueError("no 'Requests/sec:' line in wrk output:\n" + output[-2000:])
    result: dict = {"requests_per_s": float(rps.group(1)), "latency_ms": {}}
    total = re.search(r"^\s*(\d+) requests in ([0-9.]+\w+),", output, re.MULTILINE)
    if total:
        result["requests"] = int(total.group(1))
        result["duration_s"] = round(duration_ms(total.group(2)) / 1000, 2)
    avg = re.search(r"^\s+Latency\s+(\S+)\s+(\S+)\s+(\S+)", output, re.MULTILINE)
    if avg:
        result["avg_ms"] = round(duration_ms(avg.group(1)), 3)
        result["max_ms"] = round(duration_ms(avg.group(3)), 3)
    distribution = output.split("Latency Distribution", 1)
    if len(distribution) == 2:
        for pct, value in re.findall(r"^\s+(\d+)%\s+(\S+)", distribution[1], re.MULTILINE):
            result["latency_ms"][f"p{pct}"] = round(duration_ms(value), 3)
    non_ok = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    result["non_2xx_3xx"] = int(non_ok.group(1)) if non_ok else 0
    sockets = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    result["socket_errors"] = dict(zip(("connect", "read", "write", "timeout"),
                                       (int(v) for v in sockets.groups()), strict=True)) if sockets else {}
    result["errors"] = result["non_2xx_3xx"] + sum(result["socket_errors"].values())
    return result


# ---------------------------------------------------------------------------------------------- statistics
def median(values) -> float | None:
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def percentile(values, p: float) -> float | None:
    """Nearest-rank percentile, as bench/search_latency.py computes it."""
    values = sorted(v for v in values if v is not None)
    if not values:
        return None
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def summarise_page(rounds: list[dict]) -> dict:
    """One page over several rounds. Each round is parse_wrk's dict plus `ceiling_rps` of the same round.

    req/s, p50 and p99 are the medians of the rounds' values; the ratio is the median of the per-round
    ratios (page req/s / ceiling req/s of that round); errors are summed.
    """
    ratios = [r["requests_per_s"] / r["ceiling_rps"] for r in rounds if r.get("ceiling_rps")]
    return {
        "rps": _round(median(r["requests_per_s"] for r in rounds), 1),
        "p50_ms": _round(median(r["latency_ms"].get("p50") for r in rounds), 2),
        "p99_ms": _round(median(r["latency_ms"].get("p99") for r in rounds), 2),
        "ratio": _round(median(ratios), 4),
        "ratios": [round(x, 4) for x in ratios],
        "errors": sum(r.get("errors", 0) for r in rounds),
        # The machine's load during the rounds (mean of each run's samples; the median over the rounds).
        "load": _round(median((r.get("load") or {}).get("mean") for r in rounds), 2),
        "requests": sum(r.get("requests", 0) for r in rounds),
    }


def load_summary(samples: list) -> dict:
    """The 1-minute load average sampled through one wrk run: at its start, at its end, and the mean."""
    values = [v for v in samples if v is not None]
    return {"start": values[0] if values else None, "end": values[-1] if values else None,
            "mean": _round(statistics.mean(values), 2) if values else None, "samples": len(values)}


def mix_sql(pages: dict):
    """SQL statements per request of the write mix: the mean of its rows' counts, weighted as mix.lua sends
    them; None when a row was not measured."""
    counts = [pages.get(name) for name in MIX_WEIGHTS]
    if any(not isinstance(c, int | float) for c in counts):
        return None
    return round(sum(c * w for c, w in zip(counts, MIX_WEIGHTS.values(), strict=True))
                 / sum(MIX_WEIGHTS.values()), 1)


def latency_summary(samples_s: list[float]) -> dict:
    """p50 / p95 / max of a list of seconds (freshness)."""
    return {"p50_s": _round(percentile(samples_s, 50), 3), "p95_s": _round(percentile(samples_s, 95), 3),
            "max_s": _round(max(samples_s), 3) if samples_s else None, "samples": len(samples_s)}


def _round(value, digits):
    return None if value is None else round(value, digits)


# ---------------------------------------------------------------------------------------------- targets
def check_targets(result: dict) -> list[dict]:
    """Each target as {target, measured, passed}; passed is None when the run did not measure it."""
    checks: list[dict] = []
    pages = {p["name"]: p for p in result.get("pages", [])}
    for name in RATIO_PAGES:
        page = pages.get(name)
        ratio = page.get("ratio") if page else None
        checks.append(_check(f"{PAGE_LABELS.get(name, name)}: ratio to ceiling >= {RATIO_TARGET}",
                             None if ratio is None else f"{ratio:.3f}",
                             None if ratio is None else ratio >= RATIO_TARGET))
    search = result.get("search_latency") or {}
    if search:
        sizes = sorted(search, key=int)
        at = str(SEARCH_TARGET_POSTS) if str(SEARCH_TARGET_POSTS) in search else sizes[-1]
        note = "" if int(at) == SEARCH_TARGET_POSTS else f" (measured at {int(at):,} posts; target is at 200,000)"
        for kind, limit in SEARCH_P95_TARGETS_MS.items():
            p95 = (search[at].get(kind) or {}).get("p95_ms")
            checks.append(_check(f"search {kind.replace('_', ' ')} p95 < {limit:g} ms{note}",
                                 None if p95 is None else f"{p95:g} ms", None if p95 is None else p95 < limit))
    fresh = result.get("freshness") or {}
    if fresh:
        p95 = fresh.get("p95_s")
        passed = None if p95 is None else (p95 < FRESHNESS_P95_TARGET_S and not fresh.get("timeouts"))
        measured = None if p95 is None else f"{p95:g} s" + (f", {fresh['timeouts']} never appeared"
                                                              if fresh.get("timeouts") else "")
        checks.append(_check(f"freshness under load p95 < {FRESHNESS_P95_TARGET_S:g} s", measured, passed))
    leaders = result.get("leaders_ms") or {}
    for key in ("bulan", "tahun", "semua"):
        value = (leaders.get(key) or {}).get("p50_ms")
        checks.append(_check(f"leaders' ranking ({_PERIOD_LABELS[key]}) < {LEADERS_TARGET_MS:g} ms server time",
                             None if value is None else f"{value:g} ms",
                             None if value is None else value < LEADERS_TARGET_MS))
    for comparison in (result.get("sql_per_page") or {}).get("comparisons", []):
        big, small = comparison["large"], comparison["small"]
        checks.append(_check(
            f"SQL per page constant: {comparison['page']} ({big['items']} vs {small['items']} {comparison['unit']})",
            f"{big['statements']} vs {small['statements']} statements", big["statements"] <= small["statements"]))
    return checks


_PERIOD_LABELS = {"bulan": "this month", "tahun": "this year", "semua": "all time"}


def _check(target: str, measured, passed) -> dict:
    return {"target": target, "measured": measured, "passed": passed}


# ---------------------------------------------------------------------------------------------- markdown
def _fmt(value, digits: int = 0) -> str:
    if value is None:
        return "–"
    if isinstance(value, float | int) and not isinstance(value, bool):
        if isinstance(value, float) and math.isnan(value):
            return "–"
        return f"{value:,.{digits}f}"
    return str(value)


def _cell(results: list[dict], get, digits: int = 0) -> str:
    return " / ".join(_fmt(get(r), digits) for r in results)


def _page(result: dict, name: str) -> dict:
    return next((p for p in result.get("pages", []) if p["name"] == name), {})


def _sql(result: dict, name: str):
    """Statements with the page cache off; "(n)" adds the count with it on when that differs."""
    sql = result.get("sql_per_page") or {}
    uncached = (sql.get("pages") or {}).get(name)
    cached = (sql.get("pages_cached") or {}).get(name)
    if uncached is None or cached is None or cached == uncached:
        return uncached
    return f"{uncached} ({cached})"


def markdown_table(results: list[dict]) -> str:
    """page | req/s | p50 ms | p99 ms | ratio to ceiling | SQL/request | errors | load; several results as
    "a / b"."""
    names: list[str] = []
    for result in results:
        for page in result.get("pages", []):
            if page["name"] not in names:
                names.append(page["name"])
    lines = ["| page | req/s | p50 ms | p99 ms | ratio to ceiling | SQL/request | errors | load |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for name in names:
        label = PAGE_LABELS.get(name, name)
        lines.append("| " + " | ".join([
            label,
            _cell(results, lambda r, n=name: _page(r, n).get("rps")),
            _cell(results, lambda r, n=name: _page(r, n).get("p50_ms"), 1),
            _cell(results, lambda r, n=name: _page(r, n).get("p99_ms"), 1),
            _cell(results, lambda r, n=name: _page(r, n).get("ratio"), 3),
            _cell(results, lambda r, n=name: _sql(r, n)),
            _cell(results, lambda r, n=name: _page(r, n).get("errors")),
            _cell(results, lambda r, n=name: _page(r, n).get("load"), 2),
        ]) + " |")
    return "\n".join(lines)


def heading(results: list[dict]) -> str:
    parts = []
    for r in results:
        ds = r.get("dataset") or {}
        settings = r.get("settings") or {}
        parts.append(f"{r.get('engine', '?')} ({r.get('search_backend', 'whoosh')} search), "
                     f"{_fmt(ds.get('posts'))} posts / {_fmt(ds.get('users'))} users, "
                     f"{settings.get('rounds', '?')} rounds x {settings.get('duration_s', '?')} s, "
                     f"wrk -t{settings.get('threads', '?')} -c{settings.get('connections', '?')}, "
                     f"{settings.get('workers', '?')} gunicorn workers, {r.get('date', '?')}")
    return "Values: " + " / ".join(parts) if len(parts) > 1 else parts[0] if parts else ""


def details_block(results: list[dict]) -> str:
    sep = " / "
    lines = []
    for backend, size in _search_keys(results):
        cells = []
        for kind, label in (("one_word", "one word"), ("two_words", "two words"), ("phrase", "phrase")):
            cells.append(f"{label} " + sep.join(
                _search_cell((_search(r, backend, size) or {}).get(kind) or {}) for r in results))
        lines.append(f"- Search p50/p95 ms, {backend or 'search'} backend, at {int(size):,} posts (in process, "
                     "backend.search, cold: result cache emptied; cached repeat in parentheses): " + "; ".join(cells))
    if any(r.get("freshness") for r in results):
        lines.append("- Freshness under load (POST -> found by /search): p50 / p95 / max s = " + sep.join(
            _freshness(r.get("freshness") or {}) for r in results))
    if any(r.get("leaders_ms") for r in results):
        lines.append("- Leaders' ranking server time, median ms (month / year / all time): " + sep.join(
            " / ".join(_fmt((lm.get(k) or {}).get("p50_ms"), 1) for k in ("bulan", "tahun", "semua"))
            for lm in (r.get("leaders_ms") or {} for r in results)))
    if any(r.get("memory_mb") for r in results):
        lines.append("- Memory after the load (VmRSS MB): gunicorn workers " + sep.join(
            ", ".join(_fmt(m.get("rss_mb"), 0) for m in (r.get("memory_mb") or []) if m.get("role") == "app")
            for r in results) + "; search worker " + sep.join(
            ", ".join(_fmt(m.get("rss_mb"), 0) for m in (r.get("memory_mb") or []) if m.get("role") == "search-worker")
            or "–" for r in results))
    if any(r.get("rebuild") for r in results):
        lines.append("- Index rebuild (`flask search rebuild`): " + sep.join(
            f"{_fmt(rb.get('documents'))} documents in {_fmt(rb.get('seconds'), 1)} s "
            f"({_fmt(rb.get('posts_per_s'))} posts/s){' (reused dataset)' if rb.get('reused') else ''}"
            for rb in (r.get("rebuild") or {} for r in results)))
    if any((r.get("sql_per_page") or {}).get("comparisons") for r in results):
        for i, comp in enumerate((results[0].get("sql_per_page") or {}).get("comparisons", [])):
            lines.append(f"- SQL statements, {comp['page']}: " + sep.join(
                f"{c['large']['statements']} with {c['large']['items']} {c['unit']}, "
                f"{c['small']['statements']} with {c['small']['items']}"
                for c in ((r.get("sql_per_page") or {}).get("comparisons", [None] * (i + 1))[i] for r in results)
                if c))
    return "\n".join(lines)


def _search_keys(results: list[dict]) -> list[tuple[str | None, str]]:
    """(backend, size) of every search probe, Whoosh first, smaller sizes first."""
    keys = set()
    for r in results:
        by_backend = r.get("search_latency_by_backend")
        if by_backend:
            keys |= {(b, size) for b, sizes in by_backend.items() for size in sizes}
        else:  # results saved before the PostgreSQL backend was probed too
            keys |= {(v.get("backend"), size) for size, v in (r.get("search_latency") or {}).items()}
    return sorted(keys, key=lambda k: (k[0] != "whoosh", k[0] or "", int(k[1])))


def _search(result: dict, backend: str | None, size: str) -> dict | None:
    by_backend = result.get("search_latency_by_backend")
    if by_backend:
        return (by_backend.get(backend) or {}).get(size)
    data = (result.get("search_latency") or {}).get(size)
    return data if data and data.get("backend") == backend else None


def _search_cell(data: dict) -> str:
    cell = f"{_fmt(data.get('p50_ms'), 1)}/{_fmt(data.get('p95_ms'), 1)}"
    if data.get("warm_p50_ms") is not None:
        cell += f" ({_fmt(data.get('warm_p50_ms'), 2)}/{_fmt(data.get('warm_p95_ms'), 2)})"
    return cell


def _freshness(f: dict) -> str:
    timeouts = f", {f['timeouts']} never found" if f.get("timeouts") else ""
    return (f"{_fmt(f.get('p50_s'), 2)} / {_fmt(f.get('p95_s'), 2)} / {_fmt(f.get('max_s'), 2)} "
            f"({f.get('samples', 0)} posts{timeouts})")


def targets_block(results: list[dict]) -> str:
    lines = ["| target | measured | result |", "|---|---:|:---:|"]
    all_checks = [check_targets(r) for r in results]
    for i, check in enumerate(all_checks[0] if all_checks else []):
        measured = " / ".join(_fmt(c[i]["measured"]) if i < len(c) else "–" for c in all_checks)
        verdicts = " / ".join(_verdict(c[i]["passed"]) if i < len(c) else "–" for c in all_checks)
        lines.append(f"| {check['target']} | {measured} | {verdicts} |")
    return "\n".join(lines)


def _verdict(passed) -> str:
    return "n/a" if passed is None else ("PASS" if passed else "FAIL")


def legend(results: list[dict]) -> str:
    cached = []
    for result in results:
        for page in result.get("pages", []):
            if page.get("page_cache") == "hit" and page["name"] not in cached:
                cached.append(page["name"])
    text = ("req/s, p50 and p99: medians of the rounds; ratio: median of page req/s / ceiling req/s of the same "
            "round; errors: non-2xx/3xx answers and socket errors, all rounds. SQL/request: statements per request "
            "with the page cache off (PAGE_CACHE_SIZE=0), in parentheses with it on, as under load; for the write mix "
            "the mean of its rows weighted as it sends them. load: the machine's 1-minute load average during the "
            "row's wrk runs (mean of samples every second; median over the rounds), whatever else ran on it.")
    if cached:
        text += (" Served from the workers' page cache under load (X-Page-Cache: hit): "
                 + ", ".join(PAGE_LABELS.get(n, n) for n in cached) + ".")
    return text


def render(results: list[dict]) -> str:
    return "\n\n".join(part for part in (
        heading(results), markdown_table(results), legend(results), details_block(results),
        "Targets:\n\n" + targets_block(results),
    ) if part)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+", type=Path, help="bench/results/<date>-<engine>-<posts>.json")
    args = parser.parse_args(argv)
    results = [json.loads(path.read_text()) for path in args.files]
    print(render(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
