"""A backup taken while the site writes (gunicorn, several members posting and voting) is one consistent
snapshot: the manifest describes exactly what the restored database holds, nothing is half-written, and
nothing committed before the backup began is missing."""
from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import func, select, text

from app.accounts.models import User
from app.content.models import Post
from app.core import database
from app.extensions import db
from tests.backup.conftest import digests_of, read_manifest, run
from tests.support.http import WebSession, confirm_email, csrf_from, gunicorn

pytestmark = pytest.mark.slow
PASSWORD = "Pelayanan-Prima-2026!"
WRITERS = 4


def server_env(tmp_path, database_url: str) -> dict[str, str]:
    return {
        "DATABASE_URL": database_url, "SECRET_KEY": "backup-load-secret-not-for-production",
        "RATELIMIT_ENABLED": "false", "SEARCH_INDEX_DIR": str(tmp_path / "search_index"),
        "MAIL_OUTBOX_DIR": str(tmp_path / "mail"), "LOG_LEVEL": "WARNING", "REDIS_URL": "",
        "RATELIMIT_STORAGE_URI": "memory://", "SEARCH_DRAIN_IN_WEB": "false", "PAGE_CACHE_SIZE": "0",
        "NEW_MEMBER_HOURS": "0", "REVIEW_FIRST_POSTS_DAYS": "0",
    }


class Member:
    def __init__(self, base_url: str, n: int, outbox):
        self.web = WebSession(base_url, timeout=60)
        self.n = n
        page = self.web.get("/auth/register")
        response = self.web.post_form("/auth/register", {
            "csrf_token": csrf_from(page), "name": f"Penulis Cadangan {n}", "email": f"cadangan{n}@medan.go.id",
            "password": PASSWORD, "password_confirm": PASSWORD, "agency": "diskominfo"})
        assert response.status == 302, response.excerpt()
        response = self.web.post_form("/auth/login", {"csrf_token": csrf_from(self.web.get("/auth/login")),
                                                      "login": f"cadangan{n}@medan.go.id", "password": PASSWORD})
        assert response.status == 302, response.excerpt()
        confirm_email(self.web, outbox, f"cadangan{n}@medan.go.id")  # until confirmed a member may not post
        self.token = csrf_from(self.web.get("/articles/new"))  # valid for the whole session

    def post(self, path: str, fields: dict[str, str], expect: int) -> str:
        response = self.web.post_form(path, {"csrf_token": self.token, **fields})
        assert response.status == expect, f"{path}: {response}"
        return response.location_path or ""

    def article(self, k: int) -> int:
        where = self.post("/articles/new", {"title": f"Praktik cadangan {self.n}-{k}", "body": "Isi praktik baik.",
                                            "tags": "uji", "publish": "y"}, 302)
        return int(where.split("/")[2])

    def question(self) -> int:
        where = self.post("/questions/ask", {"title": f"Pertanyaan cadangan dari penulis {self.n}",
                                             "body": "Bagaimana cara terbaik mencadangkan data?", "tags": "uji"}, 302)
        return int(where.split("/")[2])


def counts() -> dict[str, int]:
    with database.reading():
        result = {
            "users": db.session.execute(select(func.count(User.id))).scalar_one(),
            "posts": db.session.execute(select(func.count(Post.id))).scalar_one(),
            "votes": db.session.execute(text("SELECT count(*) FROM votes")).scalar_one(),
        }
        db.session.rollback()
    return result


def test_a_backup_under_write_load_is_one_consistent_snapshot(app, tmp_path, database_url, new_database,
                                                              make_app):
    db.session.commit()
    with gunicorn(server_env(tmp_path, database_url), tmp_path / "gunicorn.log", workers=2,
                  startup_timeout=60) as server:
        with ThreadPoolExecutor(max_workers=WRITERS) as pool:
            members = list(pool.map(lambda n: Member(server.base_url, n, tmp_path / "mail"), range(WRITERS)))
            questions = list(pool.map(Member.question, members))
        latest: dict[int, int] = {}  # writer -> its latest article
        stop = threading.Event()

        def write(n: int) -> int:
            me, k = members[n], 0
            while not stop.is_set():
                latest[n] = me.article(k)
                me.post(f"/questions/{questions[(n + 1) % WRITERS]}/answers", {"body": f"Jawaban {n}-{k}."}, 303)
                other = latest.get((n + 1) % WRITERS)
                if other is not None:
                    me.post(f"/posts/{other}/vote", {"value": "up"}, 303)
                k += 1
            return k

        with ThreadPoolExecutor(max_workers=WRITERS) as pool:
            rounds = [pool.submit(write, n) for n in range(WRITERS)]
            try:
                deadline = time.monotonic() + 20
                while counts()["votes"] < WRITERS and time.monotonic() < deadline:
                    time.sleep(0.1)
                before = counts()
                created = run(app, "backup", "create")
                assert created.exit_code == 0, created.output
                manifest = read_manifest(next((tmp_path / "backups").glob("*.tar.gz")))
                # The site kept writing past the snapshot.
                deadline = time.monotonic() + 20
                while counts()["posts"] <= manifest["tables"]["posts"]["rows"] and time.monotonic() < deadline:
                    time.sleep(0.1)
            finally:
                stop.set()
            assert all(f.result() > 0 for f in rounds), server.log()
        after = counts()

    archive = next((tmp_path / "backups").glob("*.tar.gz"))
    snapshot = {name: manifest["tables"][name]["rows"] for name in before}
    assert all(before[name] <= snapshot[name] for name in before), (before, snapshot)
    assert snapshot["posts"] < after["posts"], (snapshot, after)

    restored = make_app(new_database)
    result = run(restored, "backup", "restore", str(archive), "--skip-search")
    assert result.exit_code == 0, result.output
    assert digests_of(new_database) == manifest["tables"]
    check = run(restored, "reputation", "check")
    assert check.exit_code == 0, check.output
    with restored.app_context():
        orphans = db.session.execute(text(
            "SELECT count(*) FROM posts a WHERE a.kind = 'answer' AND NOT EXISTS "
            "(SELECT 1 FROM posts q WHERE q.id = a.parent_id AND q.kind = 'question')")).scalar_one()
        answers = db.session.execute(text("SELECT count(*) FROM posts WHERE kind = 'answer'")).scalar_one()
        counted = db.session.execute(text(
            "SELECT count(*) FROM posts q WHERE q.kind = 'question' AND q.child_count <> "
            "(SELECT count(*) FROM posts a WHERE a.parent_id = q.id AND a.kind = 'answer')")).scalar_one()
        db.session.remove()
    assert orphans == 0 and answers > 0 and counted == 0
