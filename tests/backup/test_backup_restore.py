"""`flask backup create|restore|verify`: a round trip into a new database, --replace, and the secret key."""
from __future__ import annotations

import stat
from pathlib import Path

from sqlalchemy import func, select

from app.accounts.models import User
from app.content.models import Post
from app.extensions import db
from tests.backup.conftest import digests_of, only_archive, read_manifest, run

ORIGINAL_KEY = "kunci-rahasia-instance-uji-yang-lama"


def write_key(app, value: str) -> Path:
    path = Path(app.instance_path) / "secret_key"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(value)
    return path


def test_round_trip_into_a_new_database_keeps_every_row(app, tmp_path, database_url, new_database, make_app,
                                                        make_user, make_article, make_question, make_answer,
                                                        make_thread, make_reply, login_as):
    author, asker, voter = make_user(), make_user(), make_user()
    article = make_article(author, title="Arsip digital kelurahan", body="Catatan dengan kata unik zebrakopi.")
    question = make_question(asker)
    answer = make_answer(question, author)
    make_reply(make_thread(asker), voter)
    voting = login_as(voter)
    for post in (article, answer):
        assert voting.post(f"/posts/{post.id}/vote", {"value": "up"}).status_code == 303
    article_id, title = article.id, article.title
    write_key(app, ORIGINAL_KEY)
    db.session.commit()

    created = run(app, "backup", "create")
    assert created.exit_code == 0, created.output
    archive = only_archive(tmp_path / "backups")
    assert archive.name.startswith("simpul-backup-") and str(archive) in created.output
    assert stat.S_IMODE(archive.stat().st_mode) == 0o600  # it holds password hashes
    assert "pengguna 3" in created.output and "kiriman" in created.output
    manifest = read_manifest(archive)
    assert manifest["engine"] == ("sqlite" if database_url.startswith("sqlite") else "postgresql")
    assert set(manifest["files"]) >= {"settings.json", "secret_key", manifest["database_file"]}
    assert manifest["tables"]["users"]["rows"] == 3 and manifest["tables"]["votes"]["rows"] == 2
    assert manifest["tables"] == digests_of(database_url)  # nothing changed since: the same rows

    restored = make_app(new_database)
    result = run(restored, "backup", "restore", str(archive))
    assert result.exit_code == 0, result.output
    assert "tabel cocok dengan manifest" in result.output
    assert "Indeks dibangun ulang" in result.output
    # Every row as in the manifest, except the search queue: the rebuild that ran after the check consumed it.
    after = digests_of(new_database)
    assert after.pop("search_outbox")["rows"] == 0
    assert after == {t: d for t, d in manifest["tables"].items() if t != "search_outbox"}

    key = Path(restored.instance_path) / "secret_key"
    assert key.read_text() == ORIGINAL_KEY and stat.S_IMODE(key.stat().st_mode) == 0o600
    assert "dipulihkan ke" in result.output

    check = run(restored, "reputation", "check")
    assert check.exit_code == 0, check.output
    with restored.app_context():
        assert db.session.execute(select(func.count(User.id))).scalar_one() == 3
        assert db.session.get(Post, article_id).title == title
        db.session.remove()
    web = restored.test_client()
    page = web.get(f"/articles/{article_id}", follow_redirects=True)
    assert page.status_code == 200 and title in page.get_data(as_text=True)
    assert "search-hit" in web.get("/search?q=zebrakopi").get_data(as_text=True)


def test_a_target_with_data_is_refused_unless_replace(app, tmp_path, database_url, make_user, make_article):
    author = make_article(make_user()).author_id
    write_key(app, ORIGINAL_KEY)
    created = run(app, "backup", "create", "--output", str(tmp_path / "arsip" / "cadangan.tar.gz"))
    assert created.exit_code == 0, created.output
    archive = tmp_path / "arsip" / "cadangan.tar.gz"
    manifest = read_manifest(archive)

    make_user(name="Pendaftar Setelah Cadangan")
    key = write_key(app, "kunci-baru-yang-dipakai-sekarang")
    db.session.commit()
    before = digests_of(database_url)

    refused = run(app, "backup", "restore", str(archive))
    assert refused.exit_code == 1 and "sudah berisi data" in refused.output and "--replace" in refused.output
    assert "Traceback" not in refused.output and isinstance(refused.exception, SystemExit)
    assert digests_of(database_url) == before

    replaced = run(app, "backup", "restore", str(archive), "--replace", "--skip-search")
    assert replaced.exit_code == 0, replaced.output
    assert "--skip-search" in replaced.output and "Indeks dibangun ulang" not in replaced.output
    assert digests_of(database_url) == manifest["tables"]
    names = db.session.execute(select(User.name)).scalars().all()
    assert "Pendaftar Setelah Cadangan" not in names and len(names) == 1
    assert db.session.get(User, author) is not None
    # An existing key is never overwritten.
    assert key.read_text() == "kunci-baru-yang-dipakai-sekarang" and "tidak ditimpa" in replaced.output


def test_verify_reads_the_whole_archive(app, tmp_path, make_user):
    make_user()
    assert run(app, "backup", "create", "-o", str(tmp_path / "cadangan")).exit_code == 0
    archive = only_archive(tmp_path / "cadangan")
    result = run(app, "backup", "verify", str(archive))
    assert result.exit_code == 0, result.output
    assert "Arsip utuh." in result.output and "cocok dengan checksum" in result.output


def test_settings_carry_no_secret(app, tmp_path):
    import json
    import tarfile

    app.config.update(MAIL_PASSWORD="sandi-surat-rahasia", REDIS_URL="redis://:sandi-redis@redis.local:6379/0")
    assert run(app, "backup", "create").exit_code == 0
    archive = only_archive(tmp_path / "backups")
    with tarfile.open(archive, "r:gz") as tar:
        raw = tar.extractfile("settings.json").read().decode()
    settings = json.loads(raw)
    assert settings["SITE_NAME"] == app.config["SITE_NAME"] and settings["PAGE_CACHE_SIZE"] == app.config[
        "PAGE_CACHE_SIZE"] and settings["SEARCH_BACKEND"] == "whoosh" and settings["DATABASE"]["engine"]
    for secret in ("sandi-surat-rahasia", "sandi-redis", app.config["SECRET_KEY"]):
        assert secret not in raw
    assert "SECRET_KEY" not in settings and "MAIL_PASSWORD" not in settings


def test_a_key_generated_for_this_very_command_gives_way_to_the_archived_one(app, tmp_path, new_database,
                                                                            make_app):
    import os

    write_key(app, ORIGINAL_KEY)
    assert run(app, "backup", "create").exit_code == 0
    archive = str(only_archive(tmp_path / "backups"))
    restored = make_app(new_database)
    # The key config.py writes when SECRET_KEY is unset, and which the app then uses: an old one stays...
    key = write_key(restored, restored.config["SECRET_KEY"])
    os.utime(key, (1_600_000_000, 1_600_000_000))
    kept = run(restored, "backup", "restore", archive, "--skip-search")
    assert kept.exit_code == 0 and "tidak ditimpa" in kept.output, kept.output
    assert key.read_text() == restored.config["SECRET_KEY"]
    # ...while one made since this process started (by building the app for the command) is replaced.
    os.utime(key)
    replaced = run(restored, "backup", "restore", archive, "--skip-search", "--replace")
    assert replaced.exit_code == 0 and "baru saja dibuat" in replaced.output, replaced.output
    assert key.read_text() == ORIGINAL_KEY
