"""Search latency at city scale: index N synthetic Indonesian posts, then time one-word, two-word and
phrase queries (p50/p95) and the rate of indexing. Usage:

    .venv/bin/python bench/search_latency.py --posts 50000 [--backend whoosh|postgres] [--database-url URL]

Results are printed and written to bench/results/search-<date>-<posts>.json.
"""
from __future__ import annotations

import argparse
import json
import platform
import random
import re
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app import create_app  # noqa: E402
from app.search.backend import SearchDocument  # noqa: E402
from app.search.query import parse_query  # noqa: E402

ONE_WORD = ["pelatihan", "arsip", "pelayanan", "kepegawaian", "aplikasi", "inovasi", "kecamatan", "data",
            "anggaran", "pengaduan"]
TWO_WORDS = ["pelatihan arsip", "tanda tangan", "layanan kecamatan", "aplikasi daring", "data pegawai",
             "kinerja pegawai", "surat masuk", "rapat koordinasi", "inovasi pelayanan", "kerja sama"]
PHRASES = ['"tanda tangan elektronik"', '"surat masuk"', '"pelayanan publik"', '"rapat koordinasi"',
           '"aplikasi arsip"', '"kerja sama"', '"sumber daya manusia"', '"mal pelayanan publik"']


def vocabulary() -> list[str]:
    """Sentences from the demo content: real Indonesian as members write it."""
    from app.demo.content_files import load_content

    content = load_content()
    text = " ".join(str(item) for item in (*content.articles, *content.questions, *content.threads))
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", re.sub(r"[#*`>|\\]", " ", text)) if len(s) > 40]
    return sentences


def synthetic(n: int, sentences: list[str], seed: int = 7) -> list[SearchDocument]:
    rng = random.Random(seed)
    kinds = ["article", "question", "answer", "answer", "thread", "reply", "reply"]
    agencies = ["diskominfo", "bkpsdm", "dinkes", "disdukcapil", "bappeda", "dishub", "dlh", "setda"]
    start = datetime(2024, 1, 1)
    docs = []
    for key in range(1, n + 1):
        body = " ".join(rng.choice(sentences) for _ in range(rng.randint(2, 6)))
        title = rng.choice(sentences)[:90]
        docs.append(SearchDocument(
            key=key, kind=rng.choice(kinds), title=title, body=body, tags=rng.sample(["arsip", "pelatihan", "tte",
                                                                                      "data", "kolaboratif"], 2),
            agency=rng.choice(agencies), author=f"Pegawai {key % 5000}", author_id=key % 5000,
            created_at=start + timedelta(minutes=key * 7), votes=rng.randint(-2, 30), accepted=rng.random() < 0.2))
    return docs


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def time_queries(backend, queries: list[str], rounds: int, cold: bool = True) -> dict:
    samples = []
    for _ in range(rounds):
        for text in queries:
            parsed = parse_query(text).query
            if cold and hasattr(backend, "_results"):
                backend._results.clear()  # cold: no page of results kept from an earlier round
            started = time.perf_counter()
            backend.search(parsed, page=1, per_page=20)
            samples.append((time.perf_counter() - started) * 1000)
    return {"p50_ms": round(percentile(samples, 50), 2), "p95_ms": round(percentile(samples, 95), 2),
            "queries": len(samples)}


def rss_mb() -> dict | None:
    """Resident memory of this process after the searches (Linux): all of it, private (anon) and mapped files."""
    try:
        fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines() if ":" in line)
    except OSError:
        return None
    return {name.lower(): round(int(fields[name].split()[0]) / 1024, 1)
            for name in ("VmRSS", "RssAnon", "RssFile") if name in fields}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--posts", type=int, default=50_000)
    parser.add_argument("--backend", choices=["whoosh", "postgres"], default="whoosh")
    parser.add_argument("--database-url", default=None, help="PostgreSQL URL for --backend postgres")
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--workdir", default=None,
                        help="keep the index (Whoosh) here and reuse it on the next run; --reuse skips indexing")
    parser.add_argument("--reuse", action="store_true", help="search what --workdir / the database already holds")
    args = parser.parse_args()

    workdir = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="simpul-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    config = {"SQLALCHEMY_DATABASE_URI": args.database_url or f"sqlite:///{workdir}/bench.db",
              "SEARCH_INDEX_DIR": str(workdir / "index"), "SEARCH_BACKEND": args.backend,
              "SEARCH_DRAIN_IN_WEB": False, "SECRET_KEY": "bench", "LOG_LEVEL": "WARNING"}
    app = create_app(config)
    with app.app_context():
        from app.search.indexing import get_backend

        backend = get_backend()
        docs = synthetic(args.posts, vocabulary())
        started = time.perf_counter()
        if args.reuse:
            pass
        elif args.backend == "whoosh":
            folder = backend.new_generation()
            writer = backend.writer(folder)
            for i in range(0, len(docs), 2000):
                backend.write(writer, docs[i:i + 2000], [])
            writer.commit()
            backend.switch_to(folder)
        else:
            backend.clear()
            for i in range(0, len(docs), 2000):
                backend.index(docs[i:i + 2000])
        indexing = time.perf_counter() - started
        backend.search(parse_query("pelatihan").query)  # open the index once
        result = {
            "date": datetime.now().isoformat(timespec="seconds"), "backend": args.backend, "posts": args.posts,
            "machine": {"python": platform.python_version(), "cpus": __import__("os").cpu_count(),
                        "platform": platform.platform()},
            "indexing": {"seconds": round(indexing, 1), "posts_per_second": round(args.posts / indexing)},
            "one_word": time_queries(backend, ONE_WORD, args.rounds),
            "two_words": time_queries(backend, TWO_WORDS, args.rounds),
            "phrase": time_queries(backend, PHRASES, args.rounds),
            "rss_mb": rss_mb(),
        }
    print(json.dumps(result, indent=2))
    out = ROOT / "bench" / "results" / f"search-{datetime.now():%Y-%m-%d}-{args.backend}-{args.posts}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
