"""A member's NIP and e-mail appear on no public page, in no search result, in no leaders' export, in no log."""
from __future__ import annotations

import logging

NIP = "198503122010011002"
EMAIL = "andini.rahasia@medan.go.id"


def test_nip_and_email_never_leave_the_member(app, make_user, login_as, make_client, make_article, make_question,
                                               make_answer, leader, search_sync, caplog):
    caplog.set_level(logging.DEBUG)
    andini = make_user(name="Andini Lubis", email=EMAIL, nip=NIP, position="Analis Kebijakan")
    article = make_article(andini, title="Arsip digital kelurahan")
    question = make_question(make_user(name="Penanya Lain"))
    answer = make_answer(question, andini)
    login_as(make_user(name="Pendukung")).post(f"/posts/{article.id}/vote", {"value": "up"})
    search_sync()
    signed_in = login_as(andini)  # her own session writes logs too
    signed_in.get(f"/users/{andini.id}")

    visitor, member, boss = make_client(), login_as(make_user(name="Rekan Biasa")), login_as(leader)
    pages = {
        "profile": (visitor, f"/users/{andini.id}"),
        "profile, answers tab": (member, f"/users/{andini.id}?tab=jawaban"),
        "profile, reputation tab": (member, f"/users/{andini.id}?tab=reputasi"),
        "article": (visitor, f"/posts/{article.id}"),
        "answer's question": (member, f"/posts/{answer.id}"),
        "search by words": (visitor, "/search?q=arsip"),
        "search by author": (visitor, "/search?q=oleh:andini"),
        "agencies": (visitor, "/agencies/"),
        "her agency": (visitor, "/agencies/diskominfo"),
        "leaders": (boss, "/leaders/?view=orang"),
        "leaders CSV": (boss, "/leaders/export.csv"),
        "leaders CSV by agency": (boss, "/leaders/export.csv?view=instansi"),
    }
    shown_andini = False
    for what, (browser, url) in pages.items():
        response = browser.get(url, follow_redirects=True)
        assert response.status_code == 200, what
        text = response.get_data(as_text=True)
        shown_andini = shown_andini or "Andini Lubis" in text
        assert NIP not in text and EMAIL not in text, what
        assert "198503122010011002"[:8] + " " not in text, what  # nor the spaced form
    assert shown_andini  # the pages were about her
    for secret in (NIP, EMAIL, "andini.rahasia"):  # the search page repeats the query: look at what it finds
        found = visitor.get(f"/search?q={secret}").get_data(as_text=True)
        assert "Andini Lubis" not in found and f"/posts/{article.id}" not in found, secret
    assert "Andini Lubis" in boss.get("/leaders/export.csv").get_data(as_text=True)
    logged = caplog.text + "".join(str(record.__dict__) for record in caplog.records)
    assert NIP not in logged and EMAIL not in logged
