"""The load benchmark: gunicorn as in production, driven by wrk, every page compared with a minimal Flask page
(the ceiling) measured in the same round; then in-process probes (SQL per page, leaders' ranking, search
latency), freshness of search under load and memory per worker. See bench/README.md.

    .venv/bin/python bench/run.py --quick                         # make bench-quick: 20,000 posts, SQLite
    .venv/bin/python bench/run.py --posts 200000 --users 20000 --engine both --search-posts 50000   # make bench

Results: bench/results/<YYYY-MM-DD>-<engine>-<posts>.json, and a markdown table on stdout
(re-render with bench/report.py). Progress goes to stderr.
"""
from __future__ import annotations

import argparse
import contextlib
import html
import http.cookiejar
import importlib.metadata
import json
import os
import platform
import random
import re
import shlex
import shutil
import signal
import socket
import sqlite3
import string
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
sys.path.insert(0, str(BENCH))

import report  # noqa: E402

VENV_BIN = ROOT / ".venv" / "bin"
PYTHON = str(VENV_BIN / "python") if (VENV_BIN / "python").exists() else sys.executable
FLASK = [str(VENV_BIN / "flask"), "--app", "wsgi"]
GUNICORN = str(VENV_BIN / "gunicorn")
WRK = shutil.which("wrk") or "/usr/bin/wrk"
SECRET_KEY = "simpul-bench-secret-key-not-for-production"
LEADER_PASSWORD = "bench-pimpinan-2026!"
PG_SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432"
PG_PREFIX = "simpul_bench_"
CSRF_META = re.compile(r'<meta name="csrf-token" content="([^"]+)"')
STOPWORDS = frozenset({
    "yang", "dan", "di", "ke", "dari", "untuk", "dengan", "pada", "dalam", "ini", "itu", "atau", "agar", "bagaimana",
    "apakah", "adalah", "karena", "oleh", "tidak", "sudah", "akan", "bisa", "kami", "kita", "saya", "anda", "apa",
    "cara", "juga", "lebih", "antar", "para", "ada", "hanya", "masih", "setelah", "sebelum", "tanpa", "bagi",
    "serta", "secara", "tentang", "seperti", "mengapa", "kapan", "siapa", "mana", "dapat", "harus", "perlu", "boleh",
    "kalau", "jika", "saat",
})
FALLBACK_SEARCHES = {"search_one_word": ["pelatihan", "pelayanan", "arsip", "data"],
                     "search_two_words": ["pelayanan publik", "data pegawai", "surat masuk"],
                     "search_phrase": ['"pelayanan publik"', '"surat masuk"', '"tanda tangan elektronik"']}


def log(message: str) -> None:
    print(f"[{datetime.now():%H:%M:%S}] {message}", file=sys.stderr, flush=True)


class BenchError(SystemExit):
    """A benchmark that cannot be trusted: stop loudly."""

    def __init__(self, message: str):
        super().__init__(f"bench: {message}")


# ---------------------------------------------------------------------------------------------- datasets
@dataclass
class Dataset:
    engine: str  # sqlite | postgres
    posts: int
    users: int
    seed: int
    search_backend: str = "whoosh"
    pg_server: str = PG_SERVER
    pg_prefix: str = "simpul_bench_"
    commands: list[str] = field(default_factory=list)

    @property
    def folder(self) -> Path:
        base = ROOT / "instance" / "bench" / str(self.posts)
        return base if self.engine == "sqlite" else base / "postgres"

    @property
    def db_name(self) -> str:
        return f"{self.pg_prefix}{self.posts}"

    @property
    def database_url(self) -> str:
        if self.engine == "sqlite":
            return f"sqlite:///{self.folder / 'bench.db'}"
        return f"{self.pg_server}/{self.db_name}"

    @property
    def index_dir(self) -> Path:
        return self.folder / "index"

    @property
    def rebuild_key(self) -> str:
        """bench-state.json's entry for this backend's index (one database may carry both)."""
        return "rebuild" if self.search_backend == "whoosh" else f"rebuild_{self.search_backend}"

    @property
    def manifest_path(self) -> Path:
        return self.folder / "bench-manifest.json"

    @property
    def state_path(self) -> Path:
        return self.folder / "bench-state.json"

    def env(self) -> dict:
        """What production would set (app/config.py), pointed at the benchmark data; no debug, no rate limits."""
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("FLASK_", "SEARCH_", "RATELIMIT_", "MAIL_", "SQLALCHEMY_"))
               and k not in ("DATABASE_URL", "SECRET_KEY", "REDIS_URL", "TEST_DATABASE_URL", "DEMO_PASSWORD")}
        env.update({
            "DATABASE_URL": self.database_url,
            "SEARCH_BACKEND": self.search_backend,
            "SEARCH_INDEX_DIR": str(self.index_dir),
            # As `make run` and production: the web workers only queue changes; `flask search worker`, started
            # beside gunicorn by bin/serve, indexes them (a process of its own, not a thread in each worker).
            "SEARCH_DRAIN_IN_WEB": "false",
            "RATELIMIT_ENABLED": "false",
            "SECRET_KEY": SECRET_KEY,
            "MAIL_OUTBOX_DIR": str(self.folder / "mail"),
            "SITE_URL": "http://127.0.0.1",
            "LOG_LEVEL": "INFO",
            "PYTHONUNBUFFERED": "1",
        })
        return env

    def public_env(self) -> dict:
        keys = ("DATABASE_URL", "SEARCH_BACKEND", "SEARCH_INDEX_DIR", "SEARCH_DRAIN_IN_WEB", "RATELIMIT_ENABLED",
                "SECRET_KEY", "MAIL_OUTBOX_DIR", "SITE_URL", "LOG_LEVEL")
        env = self.env()
        return {k: env[k] for k in keys}


def run_logged(dataset: Dataset, argv: list[str], *, label: str, tee: bool = True) -> tuple[float, str]:
    """Run a command with the dataset's environment; echo its output; return (seconds, output)."""
    dataset.commands.append(shlex.join(argv))
    log(f"{label}: {shlex.join(argv)}")
    started = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=ROOT, env=dataset.env(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, bufsize=1)
    lines = []
    assert proc.stdout is not None
    for line in proc.stdout:
        lines.append(line)
        if tee:
            sys.stderr.write("    " + line)
    code = proc.wait()
    elapsed = time.perf_counter() - started
    if code != 0:
        raise BenchError(f"{label} failed (exit {code}):\n{''.join(lines[-40:])}")
    return elapsed, "".join(lines)


def _pg_admin():
    import psycopg

    url = PG_SERVER.replace("postgresql+psycopg://", "postgresql://") + "/postgres"
    return psycopg.connect(url, autocommit=True)


def database_posts(dataset: Dataset) -> int | None:
    """Posts in the dataset's database, or None when there is no such database (or no schema)."""
    if dataset.engine == "sqlite":
        path = dataset.folder / "bench.db"
        if not path.exists():
            return None
        try:
            with contextlib.closing(sqlite3.connect(path)) as conn:
                return conn.execute("SELECT count(*) FROM posts").fetchone()[0]
        except sqlite3.Error:
            return None
    with _pg_admin() as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (dataset.db_name,)).fetchone():
            return None
    import psycopg

    try:
        with psycopg.connect(dataset.database_url.replace("postgresql+psycopg://", "postgresql://")) as conn:
            return conn.execute("SELECT count(*) FROM posts").fetchone()[0]
    except psycopg.Error:
        return None


def reset_database(dataset: Dataset) -> None:
    if dataset.engine == "sqlite":
        for suffix in ("", "-wal", "-shm", "-journal"):
            (dataset.folder / f"bench.db{suffix}").unlink(missing_ok=True)
        return
    with _pg_admin() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{dataset.db_name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{dataset.db_name}"')
    dataset.commands.append(f"psql -h 127.0.0.1 -U postgres -c 'CREATE DATABASE {dataset.db_name}'")


def prepare(dataset: Dataset) -> dict:
    """Reuse the dataset when its manifest matches (size, users, seed) and the database holds it; otherwise
    build it: db upgrade, bench-data, search rebuild (timed). Returns {manifest, state, reused}."""
    dataset.folder.mkdir(parents=True, exist_ok=True)
    manifest = json.loads(dataset.manifest_path.read_text()) if dataset.manifest_path.exists() else None
    state = json.loads(dataset.state_path.read_text()) if dataset.state_path.exists() else {}
    posts_in_db = database_posts(dataset)
    reusable = (manifest is not None and posts_in_db
                and (manifest.get("posts"), manifest.get("users"), manifest.get("seed"))
                == (dataset.posts, dataset.users, dataset.seed))
    if reusable:
        log(f"{dataset.engine} {dataset.posts:,}: reusing {dataset.database_url} "
            f"({posts_in_db:,} posts in the database)")
        run_logged(dataset, [*FLASK, "db", "upgrade"], label="migrate (code may have moved on)", tee=False)
    else:
        log(f"{dataset.engine} {dataset.posts:,}: building a new dataset in {dataset.folder}")
        reset_database(dataset)
        shutil.rmtree(dataset.index_dir, ignore_errors=True)
        dataset.manifest_path.unlink(missing_ok=True)
        dataset.state_path.unlink(missing_ok=True)
        state = {}
        upgrade_s, _ = run_logged(dataset, [*FLASK, "db", "upgrade"], label="migrate", tee=False)
        generate_s, _ = run_logged(dataset, [*FLASK, "bench-data", "--users", str(dataset.users), "--posts",
                                             str(dataset.posts), "--seed", str(dataset.seed),
                                             "--manifest", str(dataset.manifest_path)], label="bench-data")
        manifest = json.loads(dataset.manifest_path.read_text())
        state = {"built_at": datetime.now().isoformat(timespec="seconds"), "db_upgrade_s": round(upgrade_s, 1),
                 "bench_data_s": round(generate_s, 1)}
    key = dataset.rebuild_key
    if dataset.search_backend == "whoosh":
        index_ok = dataset.index_dir.exists() and any(dataset.index_dir.iterdir()) and state.get(key)
    else:  # the index is tables in the database: built when this database's state says so
        index_ok = bool(state.get(key))
    if not index_ok:
        last_queued = probe(dataset, "outbox")["max_id"]
        seconds, output = run_logged(dataset, [*FLASK, "search", "rebuild"], label="search rebuild")
        # What was queued before the rebuild began is in the new index: the migration's "index everything"
        # row above all, which the web workers' drainers would otherwise carry out once more under the load.
        probe(dataset, "outbox", "--trim-to", str(last_queued))
        found = re.search(r"(\d+) dokumen", output)
        documents = int(found.group(1)) if found else None
        state[key] = {"documents": documents, "seconds": round(seconds, 1),
                            "posts_per_s": round(documents / seconds) if documents and seconds else None,
                            "at": datetime.now().isoformat(timespec="seconds")}
        dataset.state_path.write_text(json.dumps(state, indent=2) + "\n")
    else:
        dataset.commands.append(shlex.join([*FLASK, "search", "rebuild"]) + "  # (built earlier, reused)")
    return {"manifest": manifest, "state": state, "reused": bool(reusable)}


def probe(dataset: Dataset, *args: str) -> dict:
    """A short bench/probes.py command on the dataset; its JSON answer."""
    argv = [PYTHON, str(BENCH / "probes.py"), *args]
    out = subprocess.run(argv, cwd=ROOT, env=dataset.env(), capture_output=True, text=True)
    if out.returncode != 0:
        raise BenchError(f"probes.py {args[0]} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def ensure_leader(dataset: Dataset) -> dict:
    return {**probe(dataset, "leader", "--password", LEADER_PASSWORD), "password": LEADER_PASSWORD}


# ---------------------------------------------------------------------------------------------- servers
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """gunicorn in its own process group, stopped with the whole group."""

    def __init__(self, name: str, argv: list[str], env: dict, port: int, log_path: Path, health: str):
        self.name, self.argv, self.env, self.port, self.log_path, self.health = name, argv, env, port, log_path, health
        self.proc: subprocess.Popen | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 90) -> None:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        self._log = self.log_path.open("a")
        self._log.write(f"\n=== {datetime.now().isoformat()} {shlex.join(self.argv)}\n")
        self._log.flush()
        self.proc = subprocess.Popen(self.argv, cwd=ROOT, env=self.env, stdout=self._log, stderr=subprocess.STDOUT,
                                     start_new_session=True)
        deadline = time.monotonic() + timeout
        last = ""
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise BenchError(f"{self.name} exited at start ({self.proc.returncode}); see {self.log_path}")
            try:
                with urllib.request.urlopen(self.base + self.health, timeout=5) as response:
                    if response.status == 200:
                        log(f"{self.name} answers on {self.base}")
                        return
            except urllib.error.HTTPError as err:
                last = f"{err.code} {err.read()[:300]!r}"
            except OSError as err:
                last = str(err)
            time.sleep(0.2)
        raise BenchError(f"{self.name} did not answer {self.health} within {timeout:.0f} s ({last}); "
                         f"see {self.log_path}")

    def processes(self) -> list[dict]:
        """The gunicorn workers (role: the server's name) and the search worker (role "search-worker") below
        this server's process, each with its VmRSS; the gunicorn master and bin/serve's shell are left out."""
        if self.proc is None:
            return []
        out = []
        for pid, parent in descendants(self.proc.pid):
            line = command_line(pid)
            if "search worker" in line:
                role = "search-worker"
            elif "gunicorn" in line and "gunicorn" in command_line(parent):
                role = self.name
            else:
                continue
            out.append({"role": role, "pid": pid, "rss_mb": rss_mb(pid)})
        return out

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=10)
        log(f"{self.name} stopped")

    def close(self) -> None:
        self.stop()
        with contextlib.suppress(AttributeError):
            self._log.close()


def descendants(pid: int) -> list[tuple[int, int]]:
    """(pid, parent) of every process below pid."""
    found, todo = [], [pid]
    while todo:
        parent = todo.pop()
        path = Path(f"/proc/{parent}/task/{parent}/children")
        with contextlib.suppress(OSError):
            for child in (int(p) for p in path.read_text().split()):
                found.append((child, parent))
                todo.append(child)
    return found


def command_line(pid: int) -> str:
    with contextlib.suppress(OSError):
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    return ""


def loadavg() -> float | None:
    """The machine's 1-minute load average (other processes than the benchmark's count too)."""
    with contextlib.suppress(OSError, ValueError, IndexError):
        return float(Path("/proc/loadavg").read_text().split()[0])
    return None


def rss_mb(pid: int) -> float | None:
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024, 1)
    return None


# ---------------------------------------------------------------------------------------------- HTTP client
class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@dataclass
class Response:
    status: int
    headers: dict
    body: str
    elapsed: float

    @property
    def location(self) -> str:
        return self.headers.get("Location", "")


class Browser:
    """urllib with a cookie jar, no redirect following (a 302/303 is an answer), and the page's CSRF token."""

    def __init__(self, base: str):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), _NoRedirect())
        self.csrf: str | None = None

    def request(self, method: str, path: str, data: dict | None = None, headers: dict | None = None,
                timeout: float = 60) -> Response:
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        req = urllib.request.Request(self.base + path, data=body, method=method, headers=headers or {})
        if body is not None:
            req.add_header("Content-Type", "application/x-www-form-urlencoded")
        started = time.perf_counter()
        try:
            with self.opener.open(req, timeout=timeout) as raw:
                status, hdrs, content = raw.status, dict(raw.headers), raw.read()
        except urllib.error.HTTPError as err:
            status, hdrs, content = err.code, dict(err.headers), err.read()
        response = Response(status, hdrs, content.decode("utf-8", "replace"), time.perf_counter() - started)
        found = CSRF_META.search(response.body)
        if found:
            self.csrf = html.unescape(found.group(1))
        return response

    def get(self, path: str, **kwargs) -> Response:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, data: dict, **kwargs) -> Response:
        return self.request("POST", path, {**data, "csrf_token": self.csrf or ""}, **kwargs)

    def login(self, login: str, password: str) -> None:
        self.get("/auth/login")
        response = self.post("/auth/login", {"login": login, "password": password})
        if response.status not in (302, 303):
            raise BenchError(f"sign-in as {login} failed: {response.status} {_alert(response.body)}")
        self.get("/")
        self.get("/")  # flashed messages consumed: the cookie is now stable

    def cookie_header(self) -> str:
        return "; ".join(f"{c.name}={c.value}" for c in self.jar)

    def canonical(self, path: str) -> str:
        """/questions/12 answers 301 to /questions/12/<slug>: load the page at its own address."""
        for _ in range(3):
            response = self.get(path)
            if response.status in (301, 302, 308) and response.location:
                path = urllib.parse.urlsplit(response.location)._replace(scheme="", netloc="").geturl()
                continue
            if response.status != 200:
                raise BenchError(f"GET {path} answered {response.status}")
            return path
        raise BenchError(f"too many redirects from {path}")


def _alert(body: str) -> str:
    found = re.findall(r'class="(?:invalid-feedback|alert[^"]*)"[^>]*>(.*?)<', body, re.S)
    return " | ".join(html.unescape(f.strip()) for f in found if f.strip())[:400]


# ---------------------------------------------------------------------------------------------- pages
@dataclass
class Page:
    name: str
    path: str
    method: str = "GET"
    auth: str | None = None  # None, "bench", "leader"
    marker: str | None = None  # text the answer must contain
    script: str | None = None  # bench/wrk/<script>
    env: dict = field(default_factory=dict)
    server: str = "app"


def title_words(page_html: str) -> tuple[list[str], list[str]]:
    """The words of a page's <title> (without the site name), and the longer words that are not stopwords."""
    found = re.search(r"<title>(.*?)</title>", page_html, re.S)
    title = html.unescape(found.group(1)).rsplit(" · ", 1)[0] if found else ""
    words = re.findall(r"[a-z]+", title.lower())
    return words, [w for w in words if len(w) >= 5 and w not in STOPWORDS]


def search_candidates(page_html: str) -> dict[str, list[str]]:
    words, strong = title_words(page_html)
    phrases = [f'"{a} {b}"' for a, b in zip(words, words[1:], strict=False)
               if len(a) >= 4 and len(b) >= 4 and a not in STOPWORDS and b not in STOPWORDS]
    return {
        "search_one_word": strong[:2] + FALLBACK_SEARCHES["search_one_word"],
        "search_two_words": ([f"{strong[0]} {strong[1]}"] if len(strong) >= 2 else [])
        + FALLBACK_SEARCHES["search_two_words"],
        "search_phrase": phrases[:2] + FALLBACK_SEARCHES["search_phrase"],
    }


def check(page: Page, browsers: dict, ids: dict) -> str | None:
    """One request before the load: the page must answer what a reader would see, not an error page.
    Returns the X-Page-Cache header of a GET (hit/miss; None when the page is never cached)."""
    browser = browsers[page.auth]
    if page.name == "mix":
        return None  # its requests are the question_member, home_member, vote and answer rows', checked there
    if page.name == "answer":
        qid = ids["answer"][0]
        response = browser.post(f"/questions/{qid}/answers", {"body": "Jawaban pemeriksaan sebelum uji beban: "
                                                              "data pegawai diperiksa, surat masuk diarsipkan."})
        if response.status not in (302, 303) or not re.search(r"/(answers|questions)/\d+", response.location):
            raise BenchError(f"POST /questions/{qid}/answers answered {response.status} "
                             f"{response.location!r} {_alert(response.body)}")
        return None
    if page.name == "vote":
        pid = ids["vote"][0]
        for value in ("up", "none"):
            response = browser.post(f"/posts/{pid}/vote", {"value": value},
                                    headers={"Accept": "application/json", "X-Requested-With": "fetch",
                                             "X-CSRFToken": browser.csrf or ""})
            ok = response.status == 200 and json.loads(response.body or "{}").get("post_id") == pid
            if not ok:
                raise BenchError(f"POST /posts/{pid}/vote value={value} answered {response.status}: "
                                 f"{response.body[:300]}")
        return None
    response = browser.get(page.path)
    if response.status != 200:
        raise BenchError(f"{page.name}: GET {page.path} answered {response.status} (expected 200): "
                         f"{_alert(response.body) or response.body[:300]}")
    if page.marker and page.marker not in response.body:
        raise BenchError(f"{page.name}: GET {page.path} does not contain {page.marker!r}; "
                         f"a benchmark of the wrong page is worthless")
    return response.headers.get("X-Page-Cache")


def build_pages(app: Browser, leader: Browser, manifest: dict) -> tuple[list[Page], dict]:
    question = app.canonical(f"/questions/{manifest['question_id']}")
    article = app.canonical(f"/articles/{manifest['article_id']}")
    thread = app.canonical(f"/discussions/{manifest['thread_id']}")
    tag = urllib.parse.quote(manifest["tag"])
    pages = [
        Page("ceiling", "/", server="ceiling", marker="Simpul ASN"),
        Page("home", "/", marker='name="csrf-token"'),
        Page("home_member", "/", auth="bench", marker='name="csrf-token"', script="get.lua"),
        Page("question", question, marker=f'data-post-id="{manifest["question_id"]}"'),
        Page("question_member", question, auth="bench", marker=f'data-post-id="{manifest["question_id"]}"',
             script="get.lua"),
        Page("article", article, marker=f'data-post-id="{manifest["article_id"]}"'),
        Page("thread", thread, marker=f'data-post-id="{manifest["thread_id"]}"'),
        Page("tag", f"/tags/{tag}", marker=html.escape(manifest["tag"])),
        Page("tags", "/tags/", marker='href="/tags/'),
    ]
    question_html = app.get(question).body
    for name, candidates in search_candidates(question_html).items():
        for text in candidates:
            path = "/search?" + urllib.parse.urlencode({"q": text})
            response = app.get(path)
            if response.status == 200 and 'class="search-hit' in response.body:
                pages.append(Page(name, path, marker='class="search-hit'))
                break
        else:
            raise BenchError(f"no {name} query found any result ({candidates}); is the index built?")
    pages.append(Page("leaders", "/leaders/?period=bulan", auth="leader", marker='<table class="table align-middle">',
                      script="get.lua"))
    answer_ids = [i for i in manifest["answer_question_ids"] if i != manifest["question_id"]]
    vote_ids = list(manifest["vote_post_ids"])
    if not answer_ids or not vote_ids:
        raise BenchError("the manifest has no answer_question_ids or vote_post_ids")
    pages.append(Page("answer", "/", method="POST", auth="bench", script="answer.lua",
                      env={"BENCH_IDS": ",".join(map(str, answer_ids))}))
    pages.append(Page("vote", "/", method="POST", auth="bench", script="vote.lua",
                      env={"BENCH_IDS": ",".join(map(str, vote_ids))}))
    # Reads and writes interleaved on every connection (bench/wrk/mix.lua; weights in report.MIX_WEIGHTS).
    pages.append(Page("mix", "/", method="MIX", auth="bench", script="mix.lua",
                      env={"BENCH_IDS": ",".join(map(str, vote_ids)), "BENCH_QUESTION": question,
                           "BENCH_ANSWER_IDS": ",".join(map(str, answer_ids))}))
    return pages, {"answer": answer_ids, "vote": vote_ids}


# ---------------------------------------------------------------------------------------------- wrk
@dataclass
class WrkSettings:
    threads: int
    connections: int
    duration: int
    timeout: str = "10s"

    def argv(self, url: str, script: str | None = None, duration: int | None = None) -> list[str]:
        argv = [WRK, f"-t{self.threads}", f"-c{self.connections}", f"-d{duration or self.duration}s", "--latency",
                "--timeout", self.timeout]
        if script:
            argv += ["-s", str(BENCH / "wrk" / script)]
        return argv + [url]


def run_wrk(settings: WrkSettings, url: str, script: str | None, env: dict) -> tuple[dict, str]:
    """One wrk run; the machine's 1-minute load average is sampled at its start, every second, and its end."""
    argv = settings.argv(url, script)
    samples = [loadavg()]
    proc = subprocess.Popen(argv, cwd=ROOT, env={**os.environ, **env}, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + settings.duration + 120
    while True:
        try:
            stdout, stderr = proc.communicate(timeout=1.0)
            break
        except subprocess.TimeoutExpired:
            samples.append(loadavg())
            if time.monotonic() > deadline:
                proc.kill()
                proc.communicate()
                raise BenchError(f"wrk did not end within {settings.duration + 120} s") from None
    samples.append(loadavg())
    if proc.returncode != 0:
        raise BenchError(f"wrk failed ({proc.returncode}): {stderr[-2000:]}\n{stdout[-2000:]}")
    parsed = report.parse_wrk(stdout)
    parsed["load"] = report.load_summary(samples)
    return parsed, shlex.join(argv)


# ---------------------------------------------------------------------------------------------- freshness
def random_token(rng: random.Random) -> str:
    return "zq" + "".join(rng.choice("bcdfghjkmpqrstvwxyz") for _ in range(8))


def freshness(app: Browser, settings: WrkSettings, count: int, tag: str, commands: list[str],
              poll: float = 0.05, limit: float = 30.0) -> dict:
    """While wrk loads the home page, post questions and time how long until /search finds each."""
    rng = random.Random()
    argv = settings.argv(app.base + "/", duration=3600)
    commands.append(shlex.join(argv) + "  # load during the freshness test, stopped when it ends")
    load = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    samples, timeouts, post_s, lost = [], 0, [], []
    try:
        time.sleep(1.0)
        for n in range(count):
            token = random_token(rng)
            response = app.post("/questions/ask", {
                "title": f"Bagaimana menyiapkan laporan {token} untuk pelayanan publik, nomor {n + 1}?",
                "body": f"Kami sedang menyiapkan laporan {token}. Data pegawai sudah dikumpulkan dan surat masuk "
                        "sudah diarsipkan. Bagaimana instansi lain mengatur tanda tangan elektronik untuk laporan ini?",
                "tags": tag})
            posted = time.perf_counter()
            post_s.append(response.elapsed)
            found = re.search(r"/questions/(\d+)", response.location)
            if response.status not in (302, 303) or not found:
                raise BenchError(f"POST /questions/ask answered {response.status} {response.location!r}: "
                                 f"{_alert(response.body)}")
            target = f"/questions/{found.group(1)}"
            path = "/search?" + urllib.parse.urlencode({"q": token})
            while True:
                if target in app.get(path).body:
                    samples.append(time.perf_counter() - posted)
                    break
                if time.perf_counter() - posted > limit:
                    timeouts += 1
                    lost.append({"post": target, "word": token})
                    log(f"freshness: {target} ({token}) not found by /search after {limit:.0f} s")
                    if not samples and n == 0:
                        raise BenchError(f"question {target} never appeared in search within {limit:.0f} s: "
                                         "is the search worker running (bin/serve)?")
                    break
                time.sleep(poll)
    finally:
        load.send_signal(signal.SIGINT)
        try:
            out, _ = load.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(load.pid, signal.SIGKILL)
            out, _ = load.communicate()
    result = report.latency_summary(samples)
    result.update({"timeouts": timeouts, "never_found": lost, "limit_s": limit, "poll_interval_s": poll,
                   "post_p50_s": report._round(report.percentile(post_s, 50), 3),
                   "method": "POST /questions/ask with a random word in the title, then GET /search?q=<word> every "
                             f"{int(poll * 1000)} ms until the new question is listed; wrk loads / meanwhile"})
    with contextlib.suppress(ValueError):
        result["home_rps_during"] = report.parse_wrk(out)["requests_per_s"]
    return result


# ---------------------------------------------------------------------------------------------- one engine
def bench_engine(dataset: Dataset, args, settings: WrkSettings, run_id: str) -> dict:
    started_all = time.perf_counter()
    prepared = prepare(dataset)
    manifest = prepared["manifest"]
    leader_account = ensure_leader(dataset)
    logs = dataset.folder / "logs"
    env = dataset.env()
    app_port, ceiling_port = free_port(), free_port()
    # The app exactly as `make run` serves it: bin/serve, gunicorn and the search worker side by side.
    app_argv = [str(ROOT / "bin" / "serve")]
    app_env = {**env, "HOST": "127.0.0.1", "PORT": str(app_port), "WORKERS": str(args.workers),
               "THREADS": str(args.worker_threads), "VENV_BIN": str(VENV_BIN)}
    ceiling_argv = [GUNICORN, "--workers", str(args.workers), "--bind", f"127.0.0.1:{ceiling_port}",
                    "--chdir", str(BENCH), "ceiling:app"]
    app_server = Server("app", app_argv, app_env, app_port, logs / "gunicorn-app.log", "/healthz")
    ceiling_server = Server("ceiling", ceiling_argv, env, ceiling_port, logs / "gunicorn-ceiling.log", "/")
    dataset.commands += [f"HOST=127.0.0.1 PORT={app_port} WORKERS={args.workers} THREADS={args.worker_threads} "
                         "bin/serve",
                         shlex.join(ceiling_argv)]
    rounds: dict[str, list[dict]] = {}
    wrk_commands: dict[str, str] = {}
    page_cache: dict[str, str | None] = {}
    result: dict = {}
    try:
        app_server.start()
        ceiling_server.start()
        pending = wait_for_outbox(app_server.base)
        anonymous, bench_user, leader = Browser(app_server.base), Browser(app_server.base), Browser(app_server.base)
        anonymous.get("/")
        bench_user.login(manifest["bench_user"]["email"], manifest["bench_user"]["password"])
        leader.login(leader_account["email"], leader_account["password"])
        browsers = {None: anonymous, "bench": bench_user, "leader": leader}
        pages, ids = build_pages(anonymous, leader, manifest)
        if args.pages:
            wanted = {name.strip() for name in args.pages.split(",")} | {"ceiling"}
            unknown = wanted - {page.name for page in pages}
            if unknown:
                raise BenchError(f"--pages: unknown page {', '.join(sorted(unknown))}")
            pages = [page for page in pages if page.name in wanted]
        cookie_env = {"bench": {"BENCH_COOKIE": bench_user.cookie_header(), "BENCH_CSRF": bench_user.csrf or ""},
                      "leader": {"BENCH_COOKIE": leader.cookie_header()}}
        for number in range(1, args.rounds + 1):
            ceiling_rps = None
            for page in pages:
                base = ceiling_server.base if page.server == "ceiling" else app_server.base
                if page.server == "ceiling":
                    check_ceiling(ceiling_server.base)
                else:
                    check(page, browsers, ids)
                settle(base)
                env_extra = {**cookie_env.get(page.auth or "", {}), **page.env,
                             "BENCH_THREADS": str(settings.threads), "BENCH_RUN": f"{run_id}r{number}"}
                parsed, command = run_wrk(settings, base + page.path, page.script, env_extra)
                if page.name == "ceiling":
                    ceiling_rps = parsed["requests_per_s"]
                elif page.method == "GET":  # served from the page cache under load? (hit/miss; None: never cached)
                    page_cache[page.name] = browsers[page.auth].get(page.path).headers.get("X-Page-Cache")
                parsed["ceiling_rps"] = ceiling_rps
                rounds.setdefault(page.name, []).append(parsed)
                wrk_commands.setdefault(page.name, command)
                latency = parsed["latency_ms"]
                log(f"round {number}/{args.rounds} {page.name:18} {parsed['requests_per_s']:8.1f} req/s  "
                    f"p50 {latency.get('p50', 0):7.1f} ms  p99 {latency.get('p99', 0):7.1f} ms"
                    f"  ratio {parsed['requests_per_s'] / ceiling_rps:.3f}  errors {parsed['errors']}")
        if args.freshness_posts:
            log(f"freshness: {args.freshness_posts} questions while wrk loads /")
            result["freshness"] = freshness(bench_user, settings, args.freshness_posts, manifest["tag"],
                                            dataset.commands)
        result["memory_mb"] = app_server.processes() + ceiling_server.processes()
        result["outbox_pending_at_start"] = pending
    finally:
        app_server.close()
        ceiling_server.close()
    # In-process probes, with the servers stopped (nothing else on the CPU).
    log("probes: SQL per page, leaders' ranking, search latency")
    with tempfile.TemporaryDirectory() as tmp:
        pages_file = Path(tmp) / "pages.json"
        probe_pages = [{"name": p.name, "path": p.path, "method": p.method, "auth": p.auth}
                       for p in pages if p.server == "app"]
        for p in probe_pages:
            if p["name"] == "answer":
                p["path"] = f"/questions/{ids['answer'][0]}/answers"
            if p["name"] == "vote":
                p["path"] = f"/posts/{ids['vote'][0]}/vote"
        pages_file.write_text(json.dumps(probe_pages))
        out_file = Path(tmp) / "probes.json"
        argv = [PYTHON, str(BENCH / "probes.py"), "measure", "--manifest", str(dataset.manifest_path),
                "--pages", str(pages_file), "--leader-email", leader_account["email"],
                "--leader-password", LEADER_PASSWORD, "--search-rounds", str(args.search_rounds),
                "--out", str(out_file)]
        run_logged(dataset, argv, label="probes", tee=True)
        probes = json.loads(out_file.read_text())
    sql = probes["sql_per_page"]
    sql["pages"]["mix"] = report.mix_sql(sql["pages"])
    sql["pages_cached"]["mix"] = report.mix_sql({**sql["pages"], **sql["pages_cached"]})
    search = {str(dataset.posts): {**probes.pop("search_latency"), "backend": dataset.search_backend}}
    result.update({
        "engine": dataset.engine, "search_backend": dataset.search_backend,
        "pages": [{"name": name, "path": next(p.path for p in pages if p.name == name),
                   "method": next(p.method for p in pages if p.name == name),
                   "auth": next(p.auth for p in pages if p.name == name), "page_cache": page_cache.get(name),
                   **report.summarise_page(data), "rounds": data, "command": wrk_commands[name]}
                  for name, data in rounds.items()],
        "sql_per_page": probes["sql_per_page"], "leaders_ms": probes["leaders_ms"], "search_latency": search,
        "rebuild": {**prepared["state"].get(dataset.rebuild_key, {}), "reused": prepared["reused"]},
        "dataset": dataset_summary(dataset, manifest, prepared),
        "environment": dataset.public_env(),
        "probes_elapsed_s": probes.get("elapsed_s"),
        "elapsed_s": round(time.perf_counter() - started_all, 1),
    })
    return result


def settle(base: str, limit: float = 60) -> None:
    """Wait until the server has worked off the requests the last wrk run left queued (wrk stops sending, but
    gunicorn still answers what its workers accepted): two /healthz in a row answered within 0.3 s."""
    deadline = time.monotonic() + limit
    quick = 0
    while quick < 2 and time.monotonic() < deadline:
        started = time.perf_counter()
        with contextlib.suppress(OSError), urllib.request.urlopen(base + "/healthz", timeout=30) as response:
            response.read()
        quick = quick + 1 if time.perf_counter() - started < 0.3 else 0


def check_ceiling(base: str) -> None:
    with urllib.request.urlopen(base + "/", timeout=10) as response:
        body = response.read()
        if response.status != 200 or b"Simpul ASN" not in body:
            raise BenchError("the ceiling app does not answer its page")


def wait_for_outbox(base: str, limit: float = 600) -> int | None:
    """The search outbox should be empty before the load, or the drainer's catching up is measured too."""
    deadline = time.monotonic() + limit
    first = None
    while True:
        with urllib.request.urlopen(base + "/healthz", timeout=30) as response:
            pending = json.loads(response.read()).get("search", {}).get("pending")
        first = pending if first is None else first
        if not pending or time.monotonic() > deadline:
            if pending:
                log(f"warning: {pending} search outbox rows still pending")
            return first
        log(f"waiting for the search drainer: {pending} outbox rows pending")
        time.sleep(2)


def dataset_summary(dataset: Dataset, manifest: dict, prepared: dict) -> dict:
    keep = ("users", "posts", "ledger", "seed", "question_id", "article_id", "thread_id", "tag", "elapsed_s",
            "database")
    summary = {k: manifest.get(k) for k in keep if k in manifest}
    summary.update({"engine": dataset.engine, "database_url": dataset.database_url, "folder": str(dataset.folder),
                    "reused": prepared["reused"], "built_at": prepared["state"].get("built_at"),
                    "bench_data_s": prepared["state"].get("bench_data_s"),
                    "vote_post_ids": len(manifest.get("vote_post_ids", [])),
                    "answer_question_ids": len(manifest.get("answer_question_ids", []))})
    return summary


def search_only(posts: int, users: int, seed: int, rounds: int, backend: str = "whoosh") -> dict:
    """A dataset used only for the search latency probe (e.g. 50,000 posts): Whoosh on SQLite, or the
    PostgreSQL backend in the PostgreSQL database of that size."""
    engine = "sqlite" if backend == "whoosh" else "postgres"
    dataset = Dataset(engine, posts, users, seed, backend, PG_SERVER, PG_PREFIX)
    log(f"search probe: {posts:,} posts, {backend} backend on {engine}")
    prepared = prepare(dataset)
    with tempfile.TemporaryDirectory() as tmp:
        out_file = Path(tmp) / "search.json"
        run_logged(dataset, [PYTHON, str(BENCH / "probes.py"), "search", "--rounds", str(rounds), "--out",
                             str(out_file)], label=f"search probe at {posts:,}")
        data = json.loads(out_file.read_text())["search_latency"]
    data["backend"] = backend
    data["rebuild"] = prepared["state"].get(dataset.rebuild_key)
    data["commands"] = dataset.commands
    return data


# ---------------------------------------------------------------------------------------------- context
def machine() -> dict:
    info: dict = {"cpus": os.cpu_count(), "platform": platform.platform()}
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu_model"] = line.split(":", 1)[1].strip()
                break
    with contextlib.suppress(OSError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                info["memory_gb"] = round(int(line.split()[1]) / 1024 / 1024, 1)
    return info


def versions(engines: list[str]) -> dict:
    out = {"python": platform.python_version(), "sqlite": sqlite3.sqlite_version}
    for name, dist in (("flask", "flask"), ("sqlalchemy", "sqlalchemy"), ("whoosh", "whoosh-reloaded"),
                       ("gunicorn", "gunicorn"), ("psycopg", "psycopg"), ("werkzeug", "werkzeug")):
        with contextlib.suppress(importlib.metadata.PackageNotFoundError):
            out[name] = importlib.metadata.version(dist)
    with contextlib.suppress(OSError):
        wrk = subprocess.run([WRK, "-v"], capture_output=True, text=True)
        out["wrk"] = (wrk.stdout or wrk.stderr).splitlines()[0].split(" Copyright")[0].strip()
    if "postgres" in engines:
        with contextlib.suppress(Exception), _pg_admin() as conn:
            out["postgres"] = conn.execute("SHOW server_version").fetchone()[0]
    return out


def git_commit() -> str | None:
    """HEAD's commit, read from .git (the benchmark never runs git)."""
    git = ROOT / ".git"
    with contextlib.suppress(OSError):
        head = (git / "HEAD").read_text().strip()
        if not head.startswith("ref: "):
            return head
        ref = head[5:]
        if (git / ref).exists():
            return (git / ref).read_text().strip()
        for line in (git / "packed-refs").read_text().splitlines():
            if line.endswith(" " + ref):
                return line.split()[0]
    return None


# ---------------------------------------------------------------------------------------------- main
def parse_args(argv: list[str] | None = None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true",
                        help="20,000 posts / 2,000 users, SQLite, 3 rounds of 3 s, 20 freshness posts "
                             "(make bench-quick)")
    parser.add_argument("--posts", type=int)
    parser.add_argument("--users", type=int)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--engine", choices=["sqlite", "postgres", "both"])
    parser.add_argument("--search-backend", choices=["whoosh", "postgres"], default="whoosh",
                        help="search backend for the PostgreSQL run (SQLite always uses whoosh)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--duration", type=int, help="seconds per wrk run (default 15, --quick 3)")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--timeout", default="10s", help="wrk's --timeout: slower answers count as errors")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (make run uses 2)")
    parser.add_argument("--worker-threads", type=int, default=1,
                        help="threads per gunicorn worker (bin/serve's THREADS; more than 1 runs gthread)")
    parser.add_argument("--pages", default="",
                        help="comma-separated page names to measure (e.g. vote,answer,mix); the ceiling always")
    parser.add_argument("--freshness-posts", type=int,
                        help="questions posted in the freshness test (default 40, --quick 20)")
    parser.add_argument("--search-rounds", type=int, help="rounds of the search latency probe (default 20)")
    parser.add_argument("--search-posts", default="",
                        help="comma-separated sizes of extra SQLite datasets used only for the search probe, "
                             "e.g. 50000")
    parser.add_argument("--search-backends", default="whoosh,postgres",
                        help="backends the --search-posts datasets are probed on (whoosh on SQLite, postgres on "
                             "PostgreSQL); default both")
    parser.add_argument("--pg-server", default=PG_SERVER)
    parser.add_argument("--pg-prefix", default="simpul_bench_",
                        help="PostgreSQL databases are named <prefix><posts> (default simpul_bench_<posts>)")
    parser.add_argument("--results", type=Path, default=BENCH / "results")
    args = parser.parse_args(argv)
    quick = args.quick
    args.posts = args.posts or (20_000 if quick else 200_000)
    args.users = args.users or max(10, args.posts // 10)
    args.engine = args.engine or ("sqlite" if quick else "both")
    args.duration = args.duration or (3 if quick else 15)
    args.freshness_posts = (20 if quick else 40) if args.freshness_posts is None else args.freshness_posts
    args.search_rounds = args.search_rounds or 20
    args.search_sizes = [int(s) for s in args.search_posts.split(",") if s.strip()]
    args.search_backends = [b.strip() for b in args.search_backends.split(",") if b.strip()]
    unknown = set(args.search_backends) - {"whoosh", "postgres"}
    if unknown:
        parser.error(f"--search-backends: unknown backend {', '.join(sorted(unknown))} (whoosh, postgres)")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    global PG_SERVER, PG_PREFIX
    PG_SERVER, PG_PREFIX = args.pg_server, args.pg_prefix
    started = time.perf_counter()
    if not Path(WRK).exists():
        raise BenchError("wrk is not installed (apt-get install wrk)")
    engines = ["sqlite", "postgres"] if args.engine == "both" else [args.engine]
    settings = WrkSettings(args.threads, args.connections, args.duration, args.timeout)
    run_id = "".join(random.choice(string.ascii_lowercase) for _ in range(6))
    context = {"date": datetime.now().isoformat(timespec="seconds"), "git_commit": git_commit(),
               "machine": machine(), "versions": versions(engines),
               "settings": {"wrk": shlex.join(settings.argv("<url>")[1:]), "threads": args.threads,
                            "connections": args.connections, "duration_s": args.duration, "timeout": args.timeout,
                            "rounds": args.rounds, "workers": args.workers,
                            "worker_class": "gthread" if args.worker_threads > 1 else "sync",
                            "worker_threads": args.worker_threads, "pages": args.pages or "all",
                            "freshness_posts": args.freshness_posts, "search_rounds": args.search_rounds,
                            "quick": args.quick}}
    own_backends = {args.search_backend if engine == "postgres" else "whoosh" for engine in engines}
    extra_search: dict[str, dict] = {}  # backend -> size -> probe
    for backend in args.search_backends:
        for size in args.search_sizes:
            if size == args.posts and backend in own_backends:
                continue  # the main run measures it
            extra_search.setdefault(backend, {})[str(size)] = search_only(
                size, max(10, size // 10), args.seed, args.search_rounds, backend)
    results, files = [], []
    for engine in engines:
        backend = args.search_backend if engine == "postgres" else "whoosh"
        dataset = Dataset(engine, args.posts, args.users, args.seed, backend, args.pg_server, args.pg_prefix)
        log(f"== {engine}: {args.posts:,} posts, {args.users:,} users, search backend {backend}")
        result = {**context, **bench_engine(dataset, args, settings, run_id)}
        by_backend = {b: {k: {kk: vv for kk, vv in v.items() if kk != "commands"} for k, v in sizes.items()}
                      for b, sizes in extra_search.items()}
        by_backend.setdefault(backend, {}).update(result["search_latency"])
        # search_latency: this run's backend (the targets); search_latency_by_backend: every backend probed.
        result["search_latency"] = dict(sorted(by_backend[backend].items(), key=lambda kv: int(kv[0])))
        result["search_latency_by_backend"] = by_backend
        commands = [shlex.join([PYTHON, "bench/run.py", *(sys.argv[1:] if argv is None else argv)]),
                    *dataset.commands,
                    *(c for sizes in extra_search.values() for v in sizes.values() for c in v.get("commands", [])),
                    *(p["command"] for p in result["pages"])]
        result["commands"] = [c.replace(str(ROOT) + "/", "") for c in commands]
        result["targets"] = report.check_targets(result)
        args.results.mkdir(parents=True, exist_ok=True)
        path = args.results / f"{datetime.now():%Y-%m-%d}-{engine}-{args.posts}.json"
        path.write_text(json.dumps(result, indent=2, default=str) + "\n")
        log(f"written {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
        results.append(result)
        files.append(path)
    print(report.render(results))
    print(f"\nWall time: {time.perf_counter() - started:.0f} s. Results: "
          + ", ".join(str(f.relative_to(ROOT) if f.is_relative_to(ROOT) else f) for f in files))
    return 0


if __name__ == "__main__":
    sys.exit(main())
