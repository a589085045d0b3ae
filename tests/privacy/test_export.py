"""A member downloads their own data: one ZIP with JSON files and their posts as Markdown, nobody else's."""
from __future__ import annotations

import io
import json
import zipfile
from datetime import date

from app.content.models import Revision
from app.extensions import db
from app.notifications.models import Notification
from app.pembinaan.models import JpRecord
from app.reputation.models import Award

NIP = "198503122010011002"


def _open(response) -> zipfile.ZipFile:
    assert response.status_code == 200
    assert response.mimetype == "application/zip"
    disposition = response.headers["Content-Disposition"]
    assert disposition.startswith("attachment;") and ".zip" in disposition
    return zipfile.ZipFile(io.BytesIO(response.data))


def test_export_needs_sign_in(client):
    assert "/auth/login" in client.get("/users/me/export").headers["Location"]


def test_export_holds_every_kind_of_record_and_no_one_elses_email(
        app, make_user, login_as, make_question, make_answer, make_article):
    me = make_user(name="Rahmat Pengekspor", email="rahmat@medan.go.id", nip=NIP, position="Analis Data",
                   bio="Suka data terbuka.")
    other = make_user(name="Dewi Rekan", email="dewi.rahasia@medan.go.id", nip="199001012015032003")
    question = make_question(other)
    answer = make_answer(question, me)
    article = make_article(me, title="Arsip digital kelurahan")
    theirs = make_article(other, title="Layanan keliling")
    db.session.add(Revision(post_id=article.id, number=2, editor_id=other.id, summary="Rapikan judul",
                            title="Arsip digital kelurahan", body_md="Isi baru dari rekan."))
    db.session.add(JpRecord(user_id=me.id, year=2026, source="claim", title="Menulis praktik baik",
                            happened_on=date(2026, 3, 1), jp=2, proof="Tautan artikel"))
    db.session.add(Award(number="SIMPUL-2026-0099", user_id=me.id, agency_id=me.agency_id,
                         awarded_by_id=other.id, title="Inovator Arsip", citation="Untuk arsip digital."))
    db.session.add(Notification(user_id=me.id, kind="mention", actor_id=other.id, post_id=theirs.id,
                                group_key="uji", text="Anda disebut"))
    db.session.commit()
    browser = login_as(me)
    browser.post(f"/posts/{theirs.id}/vote", {"value": "up"})
    login_as(other).post(f"/posts/{article.id}/vote", {"value": "up"})
    browser.post(f"/posts/{answer.id}/comments", {"body": "Catatan tambahan dari saya sendiri."})

    archive = _open(browser.get("/users/me/export"))
    names = set(archive.namelist())
    for expected in ("profil.json", "tulisan.json", "komentar.json", "suara.json", "reputasi.json", "jp.json",
                     "penghargaan.json", "notifikasi.json", f"tulisan/article-{article.id}.md",
                     f"tulisan/answer-{answer.id}.md"):
        assert expected in names
    read = lambda name: json.loads(archive.read(name))  # noqa: E731

    profile = read("profil.json")
    assert (profile["name"], profile["email"], profile["nip"]) == ("Rahmat Pengekspor", "rahmat@medan.go.id", NIP)
    assert profile["position"] == "Analis Data" and profile["agency"]["code"] == "diskominfo"
    posts = {post["id"]: post for post in read("tulisan.json")}
    assert set(posts) == {article.id, answer.id}
    assert [(r["number"], r["by_you"]) for r in posts[article.id]["revisions"]] == [(1, True), (2, False)]
    assert "# Arsip digital kelurahan" in archive.read(f"tulisan/article-{article.id}.md").decode()
    assert [c["body_md"] for c in read("komentar.json")] == ["Catatan tambahan dari saya sendiri."]
    assert [(v["post_id"], v["value"]) for v in read("suara.json")] == [(theirs.id, 1)]
    assert sum(event["delta"] for event in read("reputasi.json")) == 10
    assert [(r["title"], r["jp"]) for r in read("jp.json")] == [("Menulis praktik baik", 2)]
    assert [a["number"] for a in read("penghargaan.json")] == ["SIMPUL-2026-0099"]
    assert [n["text"] for n in read("notifikasi.json")] == ["Anda disebut"]

    everything = b"".join(archive.read(name) for name in names).decode()
    assert "dewi.rahasia@medan.go.id" not in everything and "199001012015032003" not in everything
    assert "Layanan keliling" not in everything  # another member's post
