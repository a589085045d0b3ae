"""Helpers of the fault-injection tests: the server's environment, its processes, a private PostgreSQL."""
from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tests.support.http import Server, free_port, gunicorn
from tests.support.sites import flask_command  # noqa: F401 - the fault tests import it from here


def server_env(tmp_path: Path, database_url: str, *, drain: bool = True) -> dict[str, str]:
    """What a production server is given, pointed at the test's database and folders."""
    return {
        "DATABASE_URL": database_url, "SECRET_KEY": "fault-tests-secret-not-for-production",
        "RATELIMIT_ENABLED": "false", "SEARCH_INDEX_DIR": str(tmp_path / "search_index"),
        "MAIL_OUTBOX_DIR": str(tmp_path / "mail"), "LOG_LEVEL": "WARNING", "REDIS_URL": "",
        "RATELIMIT_STORAGE_URI": "memory://", "SEARCH_DRAIN_IN_WEB": "true" if drain else "false",
        "SEARCH_DRAIN_INTERVAL": "0.2", "SEARCH_BACKEND": "whoosh",
    }


def serve(env: dict[str, str], log_path: Path) -> contextlib.AbstractContextManager[Server]:
    """gunicorn with two workers, as `make run` starts it. A loaded machine (the suite runs beside other
    work) can take well over the helper's default 20 s to import the app in both workers."""
    return gunicorn(env, log_path, workers=2, startup_timeout=60)


def children(pid: int) -> set[int]:
    """The live child processes of `pid` (gunicorn's workers of its master)."""
    found = set()
    for stat in glob.glob("/proc/[0-9]*/stat"):
        try:
            text = Path(stat).read_text()
        except OSError:
            continue
        # pid (comm) state ppid ...: comm may hold spaces, so split after its closing parenthesis.
        fields = text.rsplit(")", 1)[1].split()
        if int(fields[1]) == pid and fields[0] not in ("Z", "X"):
            found.add(int(stat.split("/")[2]))
    return found


CONSONANTS = "bcdfgjpqvwxz"


def token(n: int, prefix: str = "zv") -> str:
    """A made-up word, unique for each n below 12**4: consonants only and of one length, so the analyser
    keeps it whole (no Indonesian affix to strip) and no token is part of another."""
    letters = ""
    for _ in range(4):
        n, rest = divmod(n, len(CONSONANTS))
        letters = CONSONANTS[rest] + letters
    return prefix + letters


# -- a private PostgreSQL cluster ---------------------------------------------------------------------------
def postgres_bindir() -> Path | None:
    """The newest /usr/lib/postgresql/<version>/bin holding initdb and pg_ctl, if any."""
    candidates = []
    for path in glob.glob("/usr/lib/postgresql/*/bin"):
        version = Path(path).parent.name
        if all(os.access(Path(path) / tool, os.X_OK) for tool in ("initdb", "pg_ctl", "postgres")):
            candidates.append((int(version) if version.isdigit() else 0, Path(path)))
    return max(candidates)[1] if candidates else None


def postgres_unavailable_reason() -> str | None:
    if postgres_bindir() is None:
        return "PostgreSQL server binaries (initdb, pg_ctl) not found under /usr/lib/postgresql/*/bin"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root, and there is no 'postgres' OS user to run a private PostgreSQL as"
        if shutil.which("runuser") is None:
            return "running as root, and runuser (to run PostgreSQL as 'postgres') is missing"
    return None


@dataclass
class PrivateCluster:
    """A throw-away PostgreSQL server: its own data folder, port and socket folder, trust auth."""

    bindir: Path
    root: Path
    port: int

    @property
    def data(self) -> Path:
        return self.root / "data"

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def run(self, tool: str, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
        command = [str(self.bindir / tool), *args]
        if os.geteuid() == 0:  # PostgreSQL refuses to run as root
            command = ["runuser", "-u", "postgres", "--", *command]
        result = subprocess.run(command, cwd=self.root, capture_output=True, text=True, timeout=timeout,
                                check=False)
        if result.returncode != 0:
            raise AssertionError(f"{tool} {' '.join(args)} failed ({result.returncode}):\n{result.stdout}\n"
                                 f"{result.stderr}\n--- server log ---\n{self.log()}")
        return result

    def log(self) -> str:
        try:
            return (self.root / "server.log").read_text(errors="replace")[-3000:]
        except OSError:
            return ""

    def start(self) -> None:
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -F"
        self.run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"), "-o", options, "-w",
                 "-t", "30", "start")

    def stop(self, mode: str = "immediate") -> None:
        self.run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "-t", "30", "stop")

    def is_running(self) -> bool:
        return (self.data / "postmaster.pid").exists()

    def createdb(self, name: str) -> None:
        self.run("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", name)


@contextlib.contextmanager
def private_postgres() -> Iterator[PrivateCluster]:
    """initdb + start a cluster in a fresh folder under the system temp folder; always stopped and removed.

    The folder is made with mkdtemp (pytest's tmp_path lies under a root-only folder the postgres user
    cannot enter) and, when we run as root, given to the postgres user.
    """
    bindir = postgres_bindir()
    assert bindir is not None, postgres_unavailable_reason()
    root = Path(tempfile.mkdtemp(prefix="simpul-faults-pg-"))
    if os.geteuid() == 0:
        owner = pwd.getpwnam("postgres")
        os.chown(root, owner.pw_uid, owner.pw_gid)
    cluster = PrivateCluster(bindir, root, free_port())
    try:
        cluster.run("initdb", "-D", str(cluster.data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                    "--locale=C", "--no-sync")
        cluster.start()
        yield cluster
    finally:
        if cluster.is_running():
            with contextlib.suppress(Exception):
                cluster.stop("immediate")
        shutil.rmtree(root, ignore_errors=True)
