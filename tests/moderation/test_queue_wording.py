"""Words that mean what they do: each decision in the review queue names what happens to the post and to the
report, and pressing it does exactly that; the queue names the reporters apart from the author."""
import html
import re

from sqlalchemy import select

from app.content.models import Post
from app.extensions import db
from app.moderation.models import Flag, ReviewItem


def page_of(client, url="/moderation/?kind=flag") -> str:
    return html.unescape(client.get(url).get_data(as_text=True))


def entry_of(page: str, item: ReviewItem) -> str:
    start = page.index(f'data-review-item="{item.id}"')
    end = page.find("data-review-item=", start + 10)
    return page[start:end if end > 0 else len(page)]


def press(client, item: ReviewItem, label: str):
    """Find the button with this exact label on the item's entry and send what it sends."""
    entry = entry_of(page_of(client), item)
    buttons = dict((text.strip(), value) for value, text in
                   re.findall(r'<button[^>]*name="decision" value="(\w+)"[^>]*>([^<]*)</button>', entry))
    assert label in buttons, f"no button {label!r}; found {sorted(buttons)}"
    return client.post("/moderation/queue?kind=flag", {"items": [str(item.id)], "decision": buttons[label]})


def open_item() -> ReviewItem:
    return db.session.execute(select(ReviewItem).where(ReviewItem.status == "open", ReviewItem.kind == "flag")
                              .execution_options(populate_existing=True)).scalars().one()


def state(post) -> tuple[str, list[str]]:
    status = db.session.execute(select(Post.status).where(Post.id == post.id)).scalar_one()
    flags = db.session.execute(select(Flag.status).where(Flag.post_id == post.id)).scalars().all()
    return status, sorted(set(flags))


def test_unfounded_report_keeps_the_post_visible_and_closes_the_report(login_as, make_user, moderator, member,
                                                                       make_thread):
    thread = make_thread(member, title="Jadwal apel pagi di kantor camat")
    login_as(make_user(name="Dewi Pelapor")).post(f"/posts/{thread.id}/flag", {"reason": "spam"})
    mod = login_as(moderator)
    entry = entry_of(page_of(mod), item := open_item())
    assert "Laporan oleh:" in entry and "Dewi Pelapor" in entry
    assert re.search(r"Penulis:\s*<a[^>]*data-post-author>" + re.escape(member.name), entry)
    assert "Abaikan laporan" not in entry  # a label that did not say what happens to the post
    assert press(mod, item, "Laporan tidak berdasar — kiriman tetap tampil").status_code == 303
    assert state(thread) == ("published", ["dismissed"])
    assert db.session.get(ReviewItem, item.id).status == "done"


def test_hiding_from_the_queue_hides_the_post_and_upholds_the_report(login_as, make_user, moderator, member,
                                                                     make_thread):
    thread = make_thread(member)
    login_as(make_user()).post(f"/posts/{thread.id}/flag", {"reason": "offensive"})
    mod = login_as(moderator)
    press(mod, open_item(), "Sembunyikan kiriman — laporan diterima")
    assert state(thread) == ("hidden", ["actioned"])


def test_a_post_hidden_by_reports_offers_to_show_it_again_or_keep_it_hidden(app, login_as, make_user,
                                                                           give_reputation, moderator, member,
                                                                           make_thread):
    app.config["FLAG_HIDE_THRESHOLD"] = 1
    kept, back = make_thread(member, title="Kiriman yang tetap disembunyikan"), make_thread(member)
    for thread in (kept, back):
        login_as(give_reputation(make_user(), 50)).post(f"/posts/{thread.id}/flag", {"reason": "offensive"})
    assert state(kept)[0] == state(back)[0] == "hidden"
    mod = login_as(moderator)
    items = {i.post_id: i for i in db.session.execute(select(ReviewItem).where(ReviewItem.kind == "flag")).scalars()}
    assert "kiriman tetap tampil" not in entry_of(page_of(mod), items[kept.id])  # it is not visible now
    press(mod, items[kept.id], "Laporan diterima — kiriman tetap disembunyikan")
    press(mod, items[back.id], "Laporan tidak berdasar — tampilkan lagi kiriman")
    assert state(kept) == ("hidden", ["actioned"]) and state(back) == ("published", ["dismissed"])


def test_reasons_are_in_sentence_case_with_one_for_citizens_personal_data(login_as, make_user, member, make_thread):
    thread = make_thread(member)
    page = html.unescape(login_as(make_user()).get(thread.url()).get_data(as_text=True))
    for label in ("Spam atau iklan", "Tidak pantas", "Di luar topik", "Duplikat", "Data pribadi warga", "Lainnya"):
        assert f">{label}</label>" in page
    assert 'value="personal_data"' in page


def test_one_trusted_personal_data_report_hides_the_post_and_leads_the_queue(login_as, make_user, give_reputation,
                                                                            moderator, member, make_thread):
    older = make_thread(member, title="Diskusi lama yang dilaporkan spam")
    login_as(make_user()).post(f"/posts/{older.id}/flag", {"reason": "spam"})
    exposed = make_thread(member, title="Daftar warga penerima bantuan lengkap dengan NIK")
    response = login_as(give_reputation(make_user(), 50)).post(
        f"/posts/{exposed.id}/flag", {"reason": "personal_data", "note": "Memuat NIK dan alamat warga"})
    assert response.status_code == 303
    assert state(exposed) == ("hidden", ["open"]) and state(older) == ("published", ["open"])
    page = page_of(login_as(moderator))
    assert page.index("Daftar warga penerima bantuan") < page.index("Diskusi lama yang dilaporkan spam")
    assert 'data-flag-reason="personal_data"' in page


def test_a_personal_data_report_from_a_new_member_waits_for_a_moderator(login_as, make_user, member, make_thread):
    thread = make_thread(member)
    login_as(make_user()).post(f"/posts/{thread.id}/flag", {"reason": "personal_data"})
    assert state(thread) == ("published", ["open"])
