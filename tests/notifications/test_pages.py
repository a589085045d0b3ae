"""The Pemberitahuan list, the bell, marking read, the mail preference; hidden content vanishes."""
import html
import re

from app.content.services import add_comment
from app.extensions import db
from app.notifications.models import NotificationSetting


def text(response) -> str:
    return html.unescape(response.get_data(as_text=True))


def bell(client) -> int:
    return int(re.search(r'data-unread-count="(\d+)"', client.get("/agencies/").get_data(as_text=True)).group(1))


def entry_ids(client) -> list[int]:
    return [int(n) for n in re.findall(r'data-notice-id="(\d+)"', client.get("/notifications/").get_data(as_text=True))]


def test_visitors_are_sent_to_sign_in(client):
    for response in (client.get("/notifications/"), client.get("/notifications/settings"),
                     client.post("/notifications/read-all"), client.post("/notifications/1/read")):
        assert response.status_code == 302 and "/auth/login" in response.headers["Location"]
    assert "data-unread-count" not in client.get("/").get_data(as_text=True)


def test_replies_in_one_thread_collapse_into_one_line(member, make_user, make_thread, make_reply, make_question,
                                                      make_answer, login_as, notices):
    thread = make_thread(member, title="Tanda tangan elektronik")
    replies = [make_reply(thread, make_user(agency_code=code)) for code in ("dinkes", "dlh", "dishub")]
    question = make_question(member)
    make_answer(question, make_user(agency_code="bappeda", name="Andi Penjawab"))
    client = login_as(member)
    page = text(client.get("/notifications/"))
    assert "3 balasan baru di “Tanda tangan elektronik”" in page
    assert f"Andi Penjawab menjawab “{question.title}”" in page
    assert page.index("Andi Penjawab menjawab") < page.index("3 balasan baru")  # newest first
    assert bell(client) == 2 and page.count('data-unread="1"') == 2
    # Opening the line marks the three read and lands on the first of them.
    line = entry_ids(client)[1]
    opened = client.post(f"/notifications/{line}/read", {"go": "1"})
    assert opened.status_code == 303 and f"/discussions/replies/{replies[0].id}" in opened.headers["Location"]
    assert bell(client) == 1
    assert all(n.read_at for n in notices(member, full=True) if n.kind == "reply")


def test_mark_read_and_read_all(member, make_user, make_thread, make_reply, make_question, make_answer, login_as):
    make_reply(make_thread(member), make_user(agency_code="dinkes"))
    make_answer(make_question(member), make_user(agency_code="dlh"))
    client = login_as(member)
    first = entry_ids(client)[0]
    response = client.post(f"/notifications/{first}/read", {"next": "/notifications/?page=1"})
    assert response.status_code == 303 and response.headers["Location"].endswith("/notifications/?page=1")
    assert bell(client) == 1
    response = client.post("/notifications/read-all")
    assert response.status_code == 303
    assert "Semua pemberitahuan ditandai sudah dibaca" in text(client.get("/notifications/"))
    assert bell(client) == 0
    assert 'data-unread="1"' not in client.get("/notifications/").get_data(as_text=True)


def test_someone_elses_notice_is_404_and_forms_need_csrf(member, make_user, make_thread, make_reply, login_as,
                                                         notices):
    make_reply(make_thread(member), make_user(agency_code="dinkes"))
    [notice] = notices(member, full=True)
    stranger = login_as(make_user(agency_code="dlh"))
    assert stranger.post(f"/notifications/{notice.id}/read", {"go": "1"}).status_code == 404
    assert stranger.post("/notifications/999999/read").status_code == 404
    assert notices(member, full=True)[0].read_at is None
    owner = login_as(member)
    assert owner.post(f"/notifications/{notice.id}/read", csrf=False).status_code == 400
    assert owner.post("/notifications/read-all", csrf=False).status_code == 400
    assert notices(member, full=True)[0].read_at is None


def test_hidden_and_deleted_content_disappears(member, moderator, make_user, make_thread, make_reply, make_question,
                                               make_answer, login_as, notices):
    thread = make_thread(member, title="Diskusi yang nanti dihapus")
    make_reply(thread, make_user(agency_code="dinkes"))
    question = make_question(member)
    spam = make_answer(question, make_user(agency_code="dlh"), body="Jawaban berisi iklan yang tidak pantas.")
    good = make_answer(question, make_user(agency_code="dishub"), body="Jawaban yang benar-benar membantu.")
    client = login_as(member)
    assert bell(client) == 2 and "2 jawaban baru" in text(client.get("/notifications/"))
    login_as(moderator).post(f"/moderation/posts/{spam.id}/hide", {"reason": "Iklan."})
    assert bell(client) == 2 and "2 jawaban baru" not in text(client.get("/notifications/"))
    client.post(f"/posts/{thread.id}/delete")
    page = text(client.get("/notifications/"))
    assert bell(client) == 1 and "Diskusi yang nanti dihapus" not in page and "menjawab" in page
    assert len(notices(member)) == 3  # kept, only not shown: a restored post brings them back
    assert "Diskusi yang nanti dihapus" not in text(login_as(moderator).get("/notifications/"))
    assert good.id


def test_hostile_names_and_titles_are_escaped(member, make_user, make_thread, make_reply, login_as):
    thread = make_thread(member, title="<script>alert('judul')</script>")
    make_reply(thread, make_user(name="<img src=x onerror=alert(1)>", agency_code="dinkes"))
    page = login_as(member).get("/notifications/").get_data(as_text=True)
    assert "<script>alert(" not in page and "<img src=x" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page and "&lt;script&gt;" in page


def test_the_list_runs_the_same_number_of_queries_however_long(member, make_user, make_question, login_as,
                                                               count_queries):
    client = login_as(member)

    def statements() -> int:
        client.get("/notifications/")
        with count_queries() as seen:
            assert client.get("/notifications/").status_code == 200
        return len(seen)

    people = [make_user(agency_code=code) for code in ("dinkes", "dlh", "dishub")]
    question = make_question(member)
    add_comment(question, people[0], "Komentar pertama di sini.")
    db.session.commit()
    few = statements()
    for n, person in enumerate(people * 3):
        add_comment(make_question(member, title=f"Pertanyaan nomor {n} tentang arsip?"), person, "Komentar baru.")
    db.session.commit()
    assert statements() == few


def test_pages_beyond_the_end_and_bad_page_numbers(member, login_as):
    client = login_as(member)
    assert client.get("/notifications/?page=2").status_code == 404
    assert client.get("/notifications/?page=abc").status_code == 400
    assert "Belum ada pemberitahuan" in text(client.get("/notifications/"))


def test_the_mail_preference(member, login_as):
    client = login_as(member)
    page = client.get("/notifications/settings").get_data(as_text=True)
    assert re.search(r'value="harian"[^>]*checked|checked[^>]*value="harian"', page)  # the default
    response = client.post("/notifications/settings", {"email": "langsung"})
    assert response.status_code == 303
    assert db.session.get(NotificationSetting, member.id).email == "langsung"
    assert re.search(r'value="langsung"[^>]*checked|checked[^>]*value="langsung"',
                     client.get("/notifications/settings").get_data(as_text=True))
    bad = client.post("/notifications/settings", {"email": "sering-sekali"})
    assert bad.status_code == 422 and "Pilih salah satu: langsung, ringkasan harian, atau mati" in text(bad)
    assert client.post("/notifications/settings", {"email": "mati"}, csrf=False).status_code == 400
    assert db.session.get(NotificationSetting, member.id).email == "langsung"


def test_opening_a_line_skips_a_hidden_reply(member, moderator, make_user, make_thread, make_reply, login_as):
    thread = make_thread(member)
    spam = make_reply(thread, make_user(agency_code="dinkes"), body="Iklan yang nanti disembunyikan.")
    good = make_reply(thread, make_user(agency_code="dlh"))
    login_as(moderator).post(f"/moderation/posts/{spam.id}/hide", {"reason": "Iklan."})
    client = login_as(member)
    [line] = entry_ids(client)
    opened = client.post(f"/notifications/{line}/read", {"go": "1"})
    assert opened.headers["Location"].endswith(f"/discussions/replies/{good.id}")
