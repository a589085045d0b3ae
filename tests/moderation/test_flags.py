"""Laporkan: any signed-in member flags a post once, with a reason; enough trusted flags hide it at once."""
import html
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import func, select

from app.content.models import Post
from app.extensions import db
from app.moderation.models import Flag, ModerationAction, ReviewItem


def flag(client, post, reason="spam", note="Promosi pinjaman daring", **kwargs):
    return client.post(f"/posts/{post.id}/flag", {"reason": reason, "note": note}, **kwargs)


def flags_of(post) -> list[Flag]:
    return db.session.execute(select(Flag).where(Flag.post_id == post.id).order_by(Flag.id)
                              .execution_options(populate_existing=True)).scalars().all()


def status(post) -> str:
    return db.session.execute(select(Post.status).where(Post.id == post.id)).scalar_one()


def follow(client, response) -> str:
    return html.unescape(client.get(response.headers["Location"]).get_data(as_text=True))


@pytest.fixture
def thread(member, make_thread):
    return make_thread(member)


def test_a_member_flags_a_post_with_a_reason_and_a_note(login_as, make_user, thread):
    reporter = make_user(agency_code="dinkes")
    client = login_as(reporter)
    page = client.get(thread.url()).get_data(as_text=True)
    assert f'action="/posts/{thread.id}/flag"' in page and 'value="off_topic"' in page and "Di luar topik" in page
    response = flag(client, thread, reason="off_topic", note="Bukan tentang pelayanan publik")
    assert response.status_code == 303
    assert "Laporan Anda diteruskan kepada moderator" in follow(client, response)
    [row] = flags_of(thread)
    assert (row.user_id, row.reason, row.note, row.status) == (reporter.id, "off_topic",
                                                               "Bukan tentang pelayanan publik", "open")
    item = db.session.execute(select(ReviewItem).where(ReviewItem.kind == "flag")).scalar_one()
    assert item.post_id == thread.id and item.status == "open"
    assert status(thread) == "published"


def test_flagging_twice_and_flagging_ones_own_post(login_as, make_user, member, thread):
    client = login_as(make_user())
    flag(client, thread)
    again = flag(client, thread, reason="offensive")
    assert again.status_code == 303 and "sudah melaporkan kiriman ini" in follow(client, again)
    own = login_as(member)
    response = flag(own, thread)
    assert "tidak dapat melaporkan kiriman Anda sendiri" in follow(own, response)
    assert len(flags_of(thread)) == 1
    assert f'action="/posts/{thread.id}/flag"' not in own.get(thread.url()).get_data(as_text=True)


@pytest.mark.parametrize("reason, note, message", [
    ("bukan-alasan", "", "Pilih alasan laporan"),
    ("", "", "Pilih alasan laporan"),
    ("other", "", "jelaskan masalahnya dalam catatan"),
    ("spam", "x" * 501, "500 karakter"),
])
def test_bad_flags_are_explained(login_as, make_user, thread, reason, note, message):
    client = login_as(make_user())
    response = flag(client, thread, reason=reason, note=note, headers={"Accept": "application/json"})
    assert response.status_code == 422 and message in response.get_json()["error"]
    assert flags_of(thread) == []


def test_visitors_csrf_and_missing_posts(client, login_as, make_user, thread):
    assert "/auth/login" in flag(client, thread).headers["Location"]
    signed_in = login_as(make_user())
    assert flag(signed_in, thread, csrf=False).status_code == 400
    assert signed_in.post("/posts/999999/flag", {"reason": "spam"}).status_code == 404
    assert signed_in.get(f"/posts/{thread.id}/flag").status_code == 405
    assert flags_of(thread) == []


def test_three_trusted_flags_hide_the_post_at_once(app, login_as, make_user, give_reputation, thread, client):
    newcomers = [make_user() for _ in range(3)]
    for user in newcomers:
        flag(login_as(user), thread)
    assert status(thread) == "published"  # flags from brand-new accounts alone never hide a post
    for _ in range(3):
        flag(login_as(give_reputation(make_user(agency_code="dlh"), 50)), thread)
    assert status(thread) == "hidden"
    assert client.get(thread.url()).status_code == 404
    entry = db.session.execute(select(ModerationAction).where(ModerationAction.action == "auto_hide")).scalar_one()
    assert entry.actor_id is None and entry.post_id == thread.id and "3 laporan" in entry.reason


def test_a_moderators_flag_counts_as_trusted(app, login_as, make_user, give_reputation, moderator, thread):
    app.config["FLAG_HIDE_THRESHOLD"] = 2
    flag(login_as(give_reputation(make_user(), 50)), thread)
    flag(login_as(moderator), thread)
    assert status(thread) == "hidden"


def test_hostile_notes_are_escaped_in_the_queue(login_as, make_user, moderator, thread):
    flag(login_as(make_user()), thread, reason="other", note="<script>alert('x')</script> lihat ini")
    page = login_as(moderator).get("/moderation/").get_data(as_text=True)
    assert "<script>alert" not in page and "&lt;script&gt;alert" in page


def test_many_flags_at_once_hide_exactly_once(app, login_as, make_user, give_reputation, thread):
    reporters = [login_as(give_reputation(make_user(), 50)) for _ in range(6)]
    post_id = thread.id
    db.session.commit()
    with ThreadPoolExecutor(max_workers=6) as pool:
        codes = list(pool.map(lambda c: c.post(f"/posts/{post_id}/flag", {"reason": "spam"}).status_code, reporters))
    # Once three trusted flags have hidden the post, later reporters no longer find it.
    assert codes.count(303) >= 3 and set(codes) <= {303, 404}
    assert db.session.execute(select(func.count(Flag.id))).scalar_one() == codes.count(303)
    assert db.session.execute(select(func.count(ModerationAction.id)).where(
        ModerationAction.action == "auto_hide")).scalar_one() == 1
    assert db.session.execute(select(func.count(ReviewItem.id)).where(ReviewItem.kind == "flag")).scalar_one() == 1
