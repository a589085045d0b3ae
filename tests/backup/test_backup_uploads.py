"""Backups carry the uploaded files: create counts and checksums them, verify names a file missing from the
archive or altered, restore puts them back under UPLOAD_DIR where the restored site serves them."""
from __future__ import annotations

import hashlib
import io
import json
import tarfile
from pathlib import Path

from app.extensions import db
from app.files.models import Upload
from tests.backup.conftest import assert_refused, only_archive, read_manifest, run
from tests.files import samples
from tests.files.conftest import send


def attach_two(login_as, member, make_article) -> list[dict]:
    client = login_as(member)
    sent = [send(client, samples.jpeg(), "foto lapangan.jpg").get_json(),
            send(client, samples.pdf(), "sop.pdf").get_json()]
    make_article(member, title="Praktik dengan lampiran", body="\n\n".join(s["markdown"] for s in sent))
    return sent


def rewrite(archive: Path, change) -> Path:
    """A copy of the archive whose members (and manifest) `change(members, manifest)` edited in place."""
    with tarfile.open(archive, "r:gz") as tar:
        members = {m.name: tar.extractfile(m).read() for m in tar.getmembers()}
    manifest = json.loads(members.pop("manifest.json"))
    change(members, manifest)
    for name, data in members.items():
        if name in manifest["files"]:
            manifest["files"][name] = {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    copy = archive.with_name("ubahan.tar.gz")
    with tarfile.open(copy, "w:gz") as tar:
        for name, data in {"manifest.json": json.dumps(manifest).encode(), **members}.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return copy


def test_uploads_go_into_the_archive_and_come_back_with_a_restore(app, tmp_path, login_as, member, make_article,
                                                                   new_database, make_app):
    sent = attach_two(login_as, member, make_article)
    created = run(app, "backup", "create")
    assert created.exit_code == 0, created.output
    assert "Berkas unggahan: 2 berkas" in created.output
    archive = only_archive(tmp_path / "backups")
    manifest = read_manifest(archive)
    assert manifest["format_version"] == 2 and manifest["uploads"]["count"] == 2
    photo_key = db.session.get(Upload, sent[0]["id"]).key
    assert {f"uploads/{photo_key}", f"uploads/{photo_key}.thumb"} <= set(manifest["files"])
    verified = run(app, "backup", "verify", str(archive))
    assert verified.exit_code == 0 and "2 berkas unggahan cocok dengan checksum-nya" in verified.output

    restored = make_app(new_database)
    result = run(restored, "backup", "restore", str(archive))
    assert result.exit_code == 0, result.output
    assert "2 berkas unggahan dipulihkan" in result.output
    web = restored.test_client()
    for body in sent:
        served = web.get(body["url"])
        assert served.status_code == 200  # the practice is published: anyone may read its files
        key = f"{body['id'] // 1000:04d}/{body['id']}"
        assert served.data == (Path(app.config["UPLOAD_DIR"]) / key).read_bytes()
        assert (Path(restored.config["UPLOAD_DIR"]) / key).is_file()
    assert web.get(f"/uploads/{sent[0]['id']}/thumb").status_code == 200


def test_verify_names_an_uploaded_file_missing_from_the_archive_or_altered(app, tmp_path, login_as, member,
                                                                           make_article):
    sent = attach_two(login_as, member, make_article)
    assert run(app, "backup", "create").exit_code == 0
    archive = only_archive(tmp_path / "backups")
    photo, pdf = (f"uploads/{db.session.get(Upload, s['id']).key}" for s in sent)

    def alter(members, manifest):
        members[pdf] = members[pdf].replace(b"/Count 1", b"/Count 9")

    assert_refused(run(app, "backup", "verify", str(rewrite(archive, alter))),
                   f"berkas unggahan {sent[1]['id']} berubah")

    def drop(members, manifest):
        del members[photo]
        del manifest["files"][photo]

    assert_refused(run(app, "backup", "verify", str(rewrite(archive, drop))),
                   f"berkas unggahan {sent[0]['id']} hilang dari arsip")


def test_create_warns_of_a_file_gone_from_upload_dir(app, tmp_path, login_as, member, make_article):
    sent = attach_two(login_as, member, make_article)
    (Path(app.config["UPLOAD_DIR"]) / db.session.get(Upload, sent[1]["id"]).key).unlink()
    db.session.rollback()  # the test's read ends before the snapshot
    created = run(app, "backup", "create")
    assert created.exit_code == 0, created.output
    assert "Berkas unggahan: 1 berkas" in created.output
    assert f"berkas unggahan {sent[1]['id']} tidak ada di UPLOAD_DIR" in created.output
