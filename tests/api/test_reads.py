"""The read resources gathered from the features: each answers what its page shows for the same data."""
from __future__ import annotations

import html
import re
from datetime import date

from app.core.timeutil import utcnow
from app.extensions import db
from app.pembinaan import records
from app.pembinaan.models import JpRecord


def plain(response) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", response.get_data(as_text=True)))


def test_search_answers_what_the_search_page_lists(client, member, make_user, make_article, make_question,
                                                   make_token, api, search_sync):
    make_article(member, title="Pelatihan arsip daring", body="Kami melatih operator arsip setiap Jumat & Sabtu.")
    make_question(make_user(agency_code="dinkes"), title="Arsip rekam medis bagaimana caranya?",
                  body="Arsip rekam medis menumpuk di gudang.", tags="kesehatan")
    hidden = make_article(member, title="Arsip rahasia tersembunyi", body="Arsip yang akan disembunyikan.")
    search_sync()
    hidden.status = "hidden"  # the index lags behind a moderator: the database has the last word
    db.session.commit()
    _token, secret = make_token(make_user())
    body = api.get("/api/v1/search?q=arsip -gudang", secret).get_json()
    titles = [item["title"] for item in body["items"]]
    page = plain(client.get("/search?q=arsip -gudang"))
    assert titles == ["Pelatihan arsip daring"] and all(title in page for title in titles)
    assert "Arsip rekam medis" not in page and "Arsip rahasia" not in page
    item = body["items"][0]
    assert item["kind"] == "article" and item["url"].startswith(f"http://localhost/articles/{item['id']}/")
    assert "<" not in item["snippet"] and "Jumat & Sabtu" in item["snippet"] and item["score"] > 0
    # The counts are the index's, as the page's tabs show them (the hidden one until the next drain).
    assert f"Praktik Baik {body['counts']['article']}" in " ".join(page.split())
    questions = api.get("/api/v1/search?q=tag:kesehatan&kind=question", secret).get_json()
    assert [i["title"] for i in questions["items"]] == ["Arsip rekam medis bagaimana caranya?"]
    assert api.get("/api/v1/search?q=arsip&to=2001-01-01", secret).get_json()["items"] == []
    for bad in ("", "   ", "!!!", "x" * 201):
        refused = api.get("/api/v1/search", secret, query_string={"q": bad})
        assert refused.status_code == 422 and refused.content_type == "application/problem+json"
        assert refused.get_json()["errors"][0]["field"] == "q"
    assert "karakter" in api.get("/api/v1/search", secret, query_string={"q": "x" * 201}).get_json()["errors"][0][
        "message"]
    assert api.get("/api/v1/search?q=arsip&urut=baru", secret).status_code == 422  # unknown parameter


def test_rankings_for_leaders_and_admins_only(client, member, leader, admin, make_user, give_reputation,
                                              make_token, api):
    give_reputation(make_user(name="Budi Dinkes", agency_code="dinkes"), 40)
    give_reputation(make_user(name="Siti Kominfo", agency_code="diskominfo"), 25)
    _token, plain_secret = make_token(member)
    refused = api.get("/api/v1/leaders/rankings", plain_secret)
    assert refused.status_code == 403 and "pimpinan" in refused.get_json()["detail"]
    _token, secret = make_token(leader)
    people = api.get("/api/v1/leaders/rankings?period=semua", secret).get_json()
    assert [row["name"] for row in people["items"]] == ["Budi Dinkes", "Siti Kominfo"]
    assert people["period_label"] == "Semua waktu"
    page = " ".join(plain(client.get("/leaders/?view=orang&period=semua")).split())
    for row in people["items"]:
        assert f"{row['rank']} {row['name']} {row['agency']} {row['points']}" in page
    _token, admin_secret = make_token(admin)
    agencies = api.get("/api/v1/leaders/rankings?period=semua&by=agencies", admin_secret).get_json()
    budi, siti = (row["points"] for row in people["items"])
    assert [(row["code"], row["points"]) for row in agencies["items"]] == [("dinkes", budi), ("diskominfo", siti)]
    within = api.get("/api/v1/leaders/rankings?period=semua&agency=dinkes", secret).get_json()
    assert [row["name"] for row in within["items"]] == ["Budi Dinkes"]
    assert api.get("/api/v1/leaders/rankings?agency=tidak-ada", secret).status_code == 404
    assert api.get("/api/v1/leaders/rankings?by=agencies&agency=dinkes", secret).status_code == 422
    assert api.get("/api/v1/leaders/rankings?period=abad", secret).status_code == 422


def _line(user, jp, status, title, **fields):
    year = records.current_year()
    record = JpRecord(user_id=user.id, year=year, source="claim", title=title, jp=jp, status=status,
                      happened_on=date(year, 3, 1), **fields)
    db.session.add(record)
    db.session.commit()
    return record


def test_my_jp_record_is_the_one_the_jp_page_shows(login_as, member, make_user, make_token, api):
    verifier = make_user(name="Vera Verifikator", agency_code="bkpsdm")
    _line(member, 6, "diverifikasi", "Klaim artikel arsip", verifier_id=verifier.id, verified_at=utcnow())
    _line(member, 5, "diajukan", "Klaim sesi berbagi")
    other = make_user()
    _line(other, 9, "diverifikasi", "Catatan orang lain")
    _token, secret = make_token(member)
    mine = api.get("/api/v1/me/jp", secret).get_json()
    page = login_as(member).get("/jp/").get_data(as_text=True)
    total, target = re.search(r'data-jp-total="(\d+)" data-jp-target="(\d+)"', page).groups()
    assert (mine["verified"], mine["target"], mine["submitted"]) == (int(total), int(target), 5)
    assert sorted(item["title"] for item in mine["items"]) == ["Klaim artikel arsip", "Klaim sesi berbagi"]
    verified = next(item for item in mine["items"] if item["status"] == "diverifikasi")
    assert verified["verifier"] == "Vera Verifikator" and verified["status_label"] == "Diverifikasi"
    assert verified["source_label"] == "Klaim berbagi pengetahuan"
    assert api.get(f"/api/v1/me/jp?year={records.current_year() - 1}", secret).get_json()["items"] == []
    wrong = api.get("/api/v1/me/jp?year=1999", secret)
    assert wrong.status_code == 422 and wrong.content_type == "application/problem+json"
    assert api.get(f"/api/v1/me/jp?user={other.id}", secret).status_code == 422  # no way to name another


def test_my_notifications_read_and_marked(login_as, member, make_user, make_thread, make_reply, make_question,
                                          make_answer, make_token, api):
    thread = make_thread(member, title="Tanda tangan elektronik")
    for code in ("dinkes", "dlh"):
        make_reply(thread, make_user(agency_code=code))
    question = make_question(member)
    make_answer(question, make_user(agency_code="bappeda", name="Andi Penjawab"))
    stranger = make_user()
    make_answer(make_question(stranger, title="Pertanyaan orang lain tentang arsip?"), make_user())
    _token, secret = make_token(member)
    listed = api.get("/api/v1/me/notifications", secret).get_json()
    page = plain(login_as(member).get("/notifications/"))
    texts = [item["text"] for item in listed["items"]]
    assert texts == [f"Andi Penjawab menjawab “{question.title}”", "2 balasan baru di “Tanda tangan elektronik”"]
    assert all(text in page for text in texts) and listed["unread"] == 2
    assert listed["items"][0]["kind"] == "answer" and listed["items"][0]["url"].startswith("http")
    first = api.get("/api/v1/me/notifications?limit=1", secret).get_json()
    assert len(first["items"]) == 1 and first["next_cursor"]
    rest = api.get(f"/api/v1/me/notifications?limit=1&cursor={first['next_cursor']}", secret).get_json()
    assert [item["text"] for item in rest["items"]] == texts[1:] and rest["next_cursor"] is None
    # A read-only token cannot mark; another member's notice is never reachable and nothing is marked.
    reply_line = listed["items"][1]["id"]
    assert api.post("/api/v1/me/notifications/read", secret, json={"all": True}).status_code == 403
    _token, writer = make_token(member, scopes=("write",))
    theirs = api.get("/api/v1/me/notifications", make_token(stranger)[1]).get_json()["items"][0]["id"]
    refused = api.post("/api/v1/me/notifications/read", writer, json={"ids": [reply_line, theirs]})
    assert refused.status_code == 404 and refused.content_type == "application/problem+json"
    assert api.get("/api/v1/me/notifications?unread=true", secret).get_json()["unread"] == 2
    assert api.post("/api/v1/me/notifications/read", writer, json={}).status_code == 422
    marked = api.post("/api/v1/me/notifications/read", writer, json={"ids": [reply_line]}).get_json()
    assert marked == {"marked": 1, "unread": 1}
    unread = api.get("/api/v1/me/notifications?unread=true", secret).get_json()
    assert [item["text"] for item in unread["items"]] == texts[:1]
    assert api.post("/api/v1/me/notifications/read", writer, json={"all": True}).get_json() == {"marked": 1,
                                                                                               "unread": 0}


def test_every_read_resource_needs_a_token(api, make_user, make_token):
    for path in ("/api/v1/search?q=arsip", "/api/v1/leaders/rankings", "/api/v1/me/jp", "/api/v1/me/notifications"):
        assert api.get(path).status_code == 401
    assert api.post("/api/v1/me/notifications/read", json={"all": True}).status_code == 401
