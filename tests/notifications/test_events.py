"""Every event a member should hear of makes one notice for them, never one for the person who acted."""
from sqlalchemy import select

from app.articles.models import EditSuggestion
from app.content.services import add_comment
from app.extensions import db
from app.notifications.models import Notification


def test_an_answer_to_my_question_tells_me_not_the_answerer(member, make_user, make_question, make_answer, notices):
    question = make_question(member)
    helper = make_user(agency_code="dinkes")
    answer = make_answer(question, helper)
    assert notices(member) == [("answer", answer.id)]
    assert notices(helper) == []
    make_answer(question, member, body="Saya menambahkan jawaban sendiri untuk melengkapi.")
    assert len(notices(member)) == 1  # answering one's own question tells nobody but the followers


def test_a_reply_in_my_thread_and_in_a_thread_i_follow(member, make_user, make_thread, make_reply, login_as,
                                                        notices):
    thread = make_thread(member)
    follower = make_user(agency_code="bkpsdm")
    assert login_as(follower).post("/notifications/watch", {"post": thread.id, "watch": "1"}).status_code == 303
    replier = make_user(agency_code="dishub")
    reply = make_reply(thread, replier)
    assert notices(member) == [("reply", reply.id)]
    assert notices(follower) == [("reply", reply.id)]
    assert notices(replier) == []


def test_replying_follows_the_thread(member, make_user, make_thread, make_reply, notices):
    thread = make_thread(member)
    first, second = make_user(agency_code="dinkes"), make_user(agency_code="dlh")
    make_reply(thread, first)
    later = make_reply(thread, second)
    assert notices(first) == [("reply", later.id)]


def test_a_comment_on_my_question_or_my_answer(member, make_user, make_question, make_answer, notices):
    question = make_question(member)
    answerer, commenter = make_user(agency_code="dinkes"), make_user(agency_code="dlh")
    answer = make_answer(question, answerer)
    add_comment(question, commenter, "Apakah berlaku juga untuk surat keluar?")
    add_comment(answer, commenter, "Terima kasih, sangat membantu.")
    db.session.commit()
    assert notices(member) == [("answer", answer.id), ("comment", question.id)]
    assert notices(answerer) == [("comment", question.id), ("comment", answer.id)]  # they follow the question
    assert notices(commenter) == []


def test_my_answer_accepted_once_even_if_toggled(member, make_user, make_question, make_answer, login_as, notices):
    question = make_question(member)
    helper = make_user(agency_code="dinkes")
    answer = make_answer(question, helper)
    asker = login_as(member)
    for _ in range(3):
        asker.post(f"/posts/{answer.id}/accept")
    told = notices(helper, full=True)
    assert [n.post_id for n in told if n.kind == "accepted"] == [answer.id]
    assert {n.ref for n in told if n.kind == "badge"} == {"penolong-pertama", "jembatan-antarinstansi"}
    own = make_answer(question, member, body="Jawaban saya sendiri yang akhirnya berhasil.")
    asker.post(f"/posts/{own.id}/accept")
    assert [kind for kind, _ in notices(member)] == ["answer"]  # accepting one's own answer tells nobody


def test_my_article_adopted_and_the_badge_it_brings(member, make_user, make_article, login_as, notices):
    article = make_article(member)
    adopter = make_user(agency_code="dinkes", name="Rudi Penerap")
    login_as(adopter).post(f"/articles/{article.id}/adoptions", {"note": "Kami menerapkannya di loket."})
    told = notices(member, full=True)
    assert sorted((n.kind, n.post_id) for n in told) == [("adopted", article.id), ("badge", None)]
    adopted = next(n for n in told if n.kind == "adopted")
    assert adopted.actor_id == adopter.id and adopted.text.startswith("Dinas Kesehatan")
    assert next(n for n in told if n.kind == "badge").ref == "praktik-diterapkan"


def test_an_award(member, leader, login_as, notices):
    login_as(leader).post("/leaders/awards/new", {"user": member.id, "title": "Pelopor Arsip Digital",
                                                  "citation": "Atas prakarsa memindai seluruh arsip surat."})
    [award] = notices(member, full=True)
    assert (award.kind, award.actor_id, award.text) == ("award", leader.id, "Pelopor Arsip Digital")
    assert award.ref.startswith("SIMPUL-")
    page = login_as(member).get("/notifications/").get_data(as_text=True)
    assert "Hendra Pimpinan memberi Anda penghargaan" in page


def test_a_moderator_action_on_my_post(member, moderator, make_thread, login_as, notices):
    thread = make_thread(member)
    login_as(moderator).post(f"/moderation/posts/{thread.id}/lock", {"reason": "Diskusi sudah selesai."})
    [notice] = notices(member, full=True)
    assert (notice.kind, notice.post_id, notice.ref, notice.text) == ("moderation", thread.id, "lock",
                                                                    "Diskusi sudah selesai.")
    page = login_as(member).get("/notifications/").get_data(as_text=True)
    assert "Moderator menutup kiriman Anda" in page and "Alasan: Diskusi sudah selesai." in page


def test_a_hidden_post_still_tells_its_author_why(member, moderator, make_thread, login_as, notices):
    thread = make_thread(member)
    login_as(moderator).post(f"/moderation/posts/{thread.id}/hide", {"reason": "Berisi data pribadi."})
    assert [kind for kind, _ in notices(member)] == ["moderation"]
    author = login_as(member)
    page = author.get("/notifications/").get_data(as_text=True)
    assert "menyembunyikan kiriman Anda" in page and 'data-unread-count="1"' in page
    notice = notices(member, full=True)[0]
    opened = author.post(f"/notifications/{notice.id}/read", {"go": "1"})
    assert opened.status_code == 303 and opened.headers["Location"].endswith("/notifications/")


def test_a_suggested_edit_waits_for_my_review_and_its_writer_hears_the_decision(member, make_user, make_article,
                                                                                login_as, notices):
    article = make_article(member, body="Isi asli tentang arsip surat masuk.")
    editor = make_user(agency_code="dinkes")
    data = {"title": article.title, "body": "Isi yang lebih lengkap tentang arsip.", "tags": "arsip"}
    login_as(editor).post(f"/articles/{article.id}/edit", data)
    login_as(editor).post(f"/articles/{article.id}/edit", {**data, "body": "Isi yang lebih lengkap lagi, versi dua."})
    [waiting] = notices(member, full=True)  # sending again updates the suggestion: still one notice
    suggestion = db.session.execute(select(EditSuggestion)).scalar_one()
    assert (waiting.kind, waiting.subject_id, waiting.actor_id) == ("edit_review", suggestion.id, editor.id)
    login_as(member).post(f"/articles/{article.id}/suggestions/{suggestion.id}/reject", {"note": "Sudah ada."})
    [decision] = notices(editor, full=True)
    assert (decision.kind, decision.ref, decision.text) == ("edit_reviewed", "rejected", "Sudah ada.")
    assert notices(member, full=True)[0].read_at is not None  # nothing waits for the author any more
    page = login_as(editor).get("/notifications/").get_data(as_text=True)
    assert "ditolak oleh Siti Anggota" in page and "Catatan peninjau: Sudah ada." in page


def test_an_approved_suggestion(member, make_user, make_article, login_as, notices):
    article = make_article(member)
    editor = make_user(agency_code="dinkes")
    login_as(editor).post(f"/articles/{article.id}/edit", {"title": article.title, "tags": "arsip",
                                                           "body": "Isi yang lebih lengkap tentang arsip."})
    suggestion = db.session.execute(select(EditSuggestion)).scalar_one()
    login_as(member).post(f"/articles/{article.id}/suggestions/{suggestion.id}/approve")
    assert [(n.kind, n.ref) for n in notices(editor, full=True)] == [("edit_reviewed", "approved")]


def test_a_new_post_in_a_followed_tag_or_category(member, make_user, make_article, make_question, make_thread,
                                                   login_as, notices):
    earlier = make_article(member, title="Praktik arsip yang lebih dulu", tags="arsip")
    reader = make_user(agency_code="dlh")
    client = login_as(reader)
    assert client.post("/notifications/watch", {"tag": "arsip", "watch": "1"}).status_code == 303
    assert client.post("/notifications/watch", {"category": "transformasi-digital", "watch": "1"}).status_code == 303
    article = make_article(member, tags="arsip, adaptif")
    question = make_question(member, tags="arsip")
    make_question(member, title="Pertanyaan lain tentang cuti tahunan?", tags="cuti")
    thread = make_thread(member, category="transformasi-digital")
    make_thread(member, title="Kegiatan olahraga bersama", category="umum")
    assert earlier.id not in {post_id for _, post_id in notices(reader)}
    assert notices(reader) == [("new_post", article.id), ("new_post", question.id), ("new_post", thread.id)]


def test_a_draft_tells_its_followers_when_it_is_published(member, make_user, make_article, login_as, notices):
    make_article(member, title="Praktik arsip yang lebih dulu", tags="arsip")
    reader = make_user(agency_code="dlh")
    login_as(reader).post("/notifications/watch", {"tag": "arsip", "watch": "1"})
    draft = make_article(member, title="Draf arsip digital", body="Isi draf yang belum selesai.", tags="arsip",
                         publish=False)
    assert notices(reader) == []
    response = login_as(member).post(f"/articles/{draft.id}/edit", {
        "title": draft.title, "body": "Isi yang sudah selesai.", "tags": "arsip", "publish": "y"})
    assert response.status_code == 302
    assert notices(reader) == [("new_post", draft.id)]


def test_one_notice_per_person_when_several_rules_match(member, make_user, make_thread, make_reply, login_as,
                                                        notices):
    thread = make_thread(member)
    login_as(member).post("/notifications/watch", {"category": "transformasi-digital", "watch": "1"})
    replier = make_user(agency_code="dinkes")
    # The author owns the thread, follows it, and is mentioned: one notice.
    reply = make_reply(thread, replier, body=f"Setuju dengan @{member.handle}, sudah kami terapkan.")
    assert notices(member) == [("reply", reply.id)]
    total = db.session.execute(select(Notification)).scalars().all()
    assert len(total) == 1


def test_nobody_hears_of_their_own_doing(member, make_question, make_answer, make_thread, make_reply, notices):
    question = make_question(member)
    make_answer(question, member, body=f"Saya jawab sendiri, @{member.handle}.")
    thread = make_thread(member)
    make_reply(thread, member)
    add_comment(question, member, "Tambahan dari saya sendiri.")
    db.session.commit()
    assert notices(member) == []
