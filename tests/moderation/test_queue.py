"""The one review queue: flagged posts, first posts of new members, edits waiting for review; claim,
approve, dismiss, act, one at a time or a selection; and the log that records it all."""
import html

from sqlalchemy import select

from app.content.models import Post
from app.core.timeutil import utcnow
from app.extensions import db
from app.moderation.models import Flag, ModerationAction, ReviewItem


def decide(client, items, decision, reason="", kind=None):
    url = "/moderation/queue" + (f"?kind={kind}" if kind else "")
    return client.post(url, {"items": [str(i.id) for i in items], "decision": decision, "reason": reason})


def open_items(kind=None) -> list[ReviewItem]:
    query = select(ReviewItem).where(ReviewItem.status == "open").order_by(ReviewItem.id) \
        .execution_options(populate_existing=True)
    if kind:
        query = query.where(ReviewItem.kind == kind)
    return db.session.execute(query).scalars().all()


def status(post) -> str:
    post_id = post if isinstance(post, int) else post.id
    return db.session.execute(select(Post.status).where(Post.id == post_id)).scalar_one()


def page_of(client, url="/moderation/") -> str:
    return html.unescape(client.get(url).get_data(as_text=True))


def test_a_new_members_first_post_waits_in_the_queue_but_is_published(login_as, make_user, moderator):
    newcomer = make_user(name="Anggota Baru", created_at=utcnow())
    client = login_as(newcomer)
    client.post("/questions/ask", {"title": "Bagaimana cara mengajukan cuti besar?", "body": "Saya ASN baru.",
                                   "tags": "cuti"})
    client.post("/questions/ask", {"title": "Di mana formulir izin belajar tersedia?", "body": "Mohon info.",
                                   "tags": "izin"})
    [item] = open_items("first_post")
    assert status(item.post_id) == "published"
    queue = page_of(login_as(moderator))
    assert "Kiriman pertama" in queue and "Bagaimana cara mengajukan cuti besar?" in queue
    assert "Di mana formulir izin belajar" not in queue  # only the first post of a member
    assert decide(login_as(moderator), [item], "approve").status_code == 303
    assert open_items() == []


def test_moderators_own_posts_and_drafts_do_not_queue(login_as, moderator, make_user, make_article):
    make_article(moderator)
    author = make_user(created_at=utcnow())
    veteran = make_user()  # joined a month ago: their first post is no stranger's
    make_article(veteran, title="Praktik pertama dari anggota lama")
    draft = make_article(author, publish=False)
    assert open_items() == []
    login_as(author).post(f"/articles/{draft.id}/edit", {"title": draft.title, "body": draft.body_md,
                                                         "tags": "arsip", "publish": "y"})
    assert [i.post_id for i in open_items("first_post")] == [draft.id]


def test_flagged_posts_are_approved_dismissed_or_acted_on(login_as, make_user, moderator, member, make_thread,
                                                          make_reply):
    thread = make_thread(member, title="Diskusi yang dilaporkan")
    reply = make_reply(thread, make_user(), body="Beli obat murah di tautan ini.")
    for post in (thread, reply):
        login_as(make_user()).post(f"/posts/{post.id}/flag", {"reason": "spam", "note": "iklan"})
    mod = login_as(moderator)
    queue = page_of(mod, "/moderation/?kind=flag")
    assert "Diskusi yang dilaporkan" in queue and "iklan" in queue and 'data-queue-count="flag">2' in queue
    on_thread, on_reply = open_items("flag")
    decide(mod, [on_thread], "approve", "Bukan spam")
    decide(mod, [on_reply], "hide", "Iklan obat")
    assert status(thread) == "published" and status(reply) == "hidden"
    flags = {f.post_id: f.status for f in db.session.execute(select(Flag)).scalars()}
    assert flags == {thread.id: "dismissed", reply.id: "actioned"}
    actions = [(e.action, e.reason) for e in db.session.execute(
        select(ModerationAction).order_by(ModerationAction.id)).scalars()]
    assert ("approve", "Bukan spam") in actions and ("hide", "Iklan obat") in actions
    assert open_items("flag") == []


def test_approving_a_post_hidden_by_flags_brings_it_back(app, login_as, make_user, give_reputation, moderator,
                                                         member, make_thread, client):
    app.config["FLAG_HIDE_THRESHOLD"] = 1
    thread = make_thread(member)
    login_as(give_reputation(make_user(), 50)).post(f"/posts/{thread.id}/flag", {"reason": "offensive"})
    assert status(thread) == "hidden"
    decide(login_as(moderator), open_items("flag"), "approve")
    assert status(thread) == "published" and client.get(thread.url()).status_code == 200


def test_a_bulk_selection_is_settled_in_one_go(login_as, make_user, moderator, member, make_thread):
    threads = [make_thread(member, title=f"Promosi nomor {n} yang mencurigakan") for n in range(4)]
    for thread in threads:
        login_as(make_user()).post(f"/posts/{thread.id}/flag", {"reason": "spam"})
    response = decide(login_as(moderator), open_items("flag"), "delete", "Spam berulang")
    assert response.status_code == 303
    assert {status(t) for t in threads} == {"deleted"}
    assert open_items("flag") == []


def test_claiming_shows_who_is_on_it(login_as, make_user, moderator, member, make_thread):
    thread = make_thread(member)
    login_as(make_user()).post(f"/posts/{thread.id}/flag", {"reason": "spam"})
    mod = login_as(moderator)
    decide(mod, open_items(), "claim")
    [item] = open_items()
    assert item.claimed_by_id == moderator.id
    assert "Diklaim oleh Rina Moderator" in page_of(mod)


def test_edits_waiting_for_review_are_in_the_queue(login_as, make_user, moderator, member, make_article):
    article = make_article(member)
    login_as(make_user(name="Budi Pengusul")).post(f"/articles/{article.id}/edit", {
        "title": article.title, "body": "Isi baru yang diusulkan anggota.", "tags": "arsip"})
    mod = login_as(moderator)
    queue = page_of(mod, "/moderation/?kind=edit")
    assert "Usulan dari Budi Pengusul" in queue and "Terima usulan" in queue
    [item] = open_items("edit")
    decide(mod, [item], "approve")
    assert db.session.get(Post, article.id).body_md == "Isi baru yang diusulkan anggota."
    assert open_items("edit") == []


def test_an_edit_reviewed_elsewhere_leaves_the_queue(login_as, make_user, moderator, member, make_article):
    article = make_article(member)
    editor = login_as(make_user())
    editor.post(f"/articles/{article.id}/edit", {"title": article.title, "body": "Isi baru yang diusulkan.",
                                                 "tags": "arsip"})
    suggestion_id = open_items("edit")[0].suggestion_id
    editor.post(f"/articles/{article.id}/suggestions/{suggestion_id}/withdraw")
    assert 'data-queue-count="edit">0' in page_of(login_as(moderator))


def test_reviewers_see_first_posts_and_edits_but_not_flags(login_as, make_user, give_reputation, member,
                                                           make_thread):
    thread = make_thread(member)
    login_as(make_user()).post(f"/posts/{thread.id}/flag", {"reason": "spam"})
    reviewer = login_as(give_reputation(make_user(), 500))
    make_thread(make_user(created_at=utcnow()), title="Diskusi pertama anggota baru")
    queue = page_of(reviewer)
    assert 'data-queue-count="first_post">1' in queue and 'data-queue-count="flag"' not in queue
    assert "Diskusi pertama anggota baru" in queue
    assert reviewer.get("/moderation/?kind=flag").status_code == 400
    flag_item = open_items("flag")[0]
    response = decide(reviewer, [flag_item], "approve")
    assert response.status_code == 303 and open_items("flag")  # not theirs to decide: nothing happened
    first = open_items("first_post")[0]
    assert decide(reviewer, [first], "hide").status_code == 403
    assert status(thread) == "published"


def test_members_below_the_review_privilege_are_kept_out(login_as, member, client):
    response = login_as(member).get("/moderation/")
    assert response.status_code == 403 and "500" in html.unescape(response.get_data(as_text=True))
    assert login_as(member).post("/moderation/queue", {"items": ["1"], "decision": "approve"}).status_code == 403
    assert "/auth/login" in client.get("/moderation/").headers["Location"]


def test_bad_decisions_are_explained(login_as, moderator, make_user, member, make_thread):
    thread = make_thread(member)
    login_as(make_user()).post(f"/posts/{thread.id}/flag", {"reason": "spam"})
    mod = login_as(moderator)
    for data, message in (({"decision": "approve"}, "Pilih sedikitnya satu entri"),
                          ({"items": ["abc"], "decision": "approve"}, "Pilih sedikitnya satu entri"),
                          ({"items": [str(open_items()[0].id)], "decision": "meledak"}, "Pilih keputusan")):
        response = mod.post("/moderation/queue", data)
        assert response.status_code == 303
        assert message in html.unescape(mod.get(response.headers["Location"]).get_data(as_text=True))
    assert mod.post("/moderation/queue", {"items": ["1"], "decision": "approve"}, csrf=False).status_code == 400


def test_the_log_is_filterable_and_for_moderators_only(login_as, moderator, member, make_user, make_thread):
    first, second = make_thread(member), make_thread(make_user(), title="Diskusi kedua tentang arsip")
    mod = login_as(moderator)
    mod.post(f"/moderation/posts/{first.id}/lock", {"reason": "Sudah selesai <b>dibahas</b>"})
    mod.post(f"/moderation/posts/{second.id}/pin", {"reason": "Penting"})
    everything = mod.get("/moderation/log").get_data(as_text=True)
    assert "Sudah selesai &lt;b&gt;dibahas&lt;/b&gt;" in everything and "Penting" in everything
    locks = mod.get("/moderation/log?action=lock").get_data(as_text=True)
    assert 'data-log-action="lock"' in locks and 'data-log-action="pin"' not in locks
    mine = mod.get(f"/moderation/log?user={member.id}").get_data(as_text=True)
    assert 'data-log-action="lock"' in mine and 'data-log-action="pin"' not in mine
    assert mod.get("/moderation/log?action=hapus-semua").status_code == 400
    assert mod.get("/moderation/log?from=kemarin").status_code == 400
    assert mod.get("/moderation/log?actor=abc").status_code == 400
    assert login_as(member).get("/moderation/log").status_code == 403


def test_moderator_notes_on_a_member(login_as, moderator, member, make_user):
    mod = login_as(moderator)
    response = mod.post(f"/moderation/users/{member.id}/notes", {"body": "Sudah diingatkan lewat telepon <i>x</i>."})
    assert response.status_code == 303
    profile = mod.get(f"/users/{member.id}").get_data(as_text=True)
    assert "Sudah diingatkan lewat telepon &lt;i&gt;x&lt;/i&gt;." in profile
    assert "Sudah diingatkan" not in login_as(make_user()).get(f"/users/{member.id}").get_data(as_text=True)
    assert login_as(make_user()).post(f"/moderation/users/{member.id}/notes", {"body": "x"}).status_code == 403
    empty = mod.post(f"/moderation/users/{member.id}/notes", {"body": "  "})
    assert "Tuliskan catatannya." in html.unescape(mod.get(empty.headers["Location"]).get_data(as_text=True))


def test_suspensions_are_logged(login_as, moderator, member):
    mod = login_as(moderator)
    mod.post(f"/moderation/users/{member.id}/suspend", {"days": "3", "reason": "Spam berulang"})
    mod.post(f"/moderation/users/{member.id}/unsuspend")
    entries = db.session.execute(select(ModerationAction).order_by(ModerationAction.id)).scalars().all()
    assert [(e.action, e.user_id) for e in entries] == [("suspend", member.id), ("unsuspend", member.id)]
    assert entries[0].reason == "Spam berulang" and entries[0].after == {"days": 3}
