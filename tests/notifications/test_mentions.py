"""@handles: made from the name, unique, shown on the profile; mentions tell the member named, up to a cap."""
import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.accounts.models import User
from app.content.models import Post
from app.content.services import add_comment, edit_post
from app.extensions import db
from app.notifications.mentions import mentioned_handles

REGISTRATION = {
    "name": "Budi Santoso", "email": "budi.santoso@medan.go.id", "password": "Pelayanan-Prima-2026",
    "password_confirm": "Pelayanan-Prima-2026", "agency": "diskominfo", "nip": "", "position": "",
}


def test_registration_gives_a_handle_from_the_name_and_the_profile_shows_it(client, make_user):
    make_user(name="Budi Santoso")
    assert client.post("/auth/register", REGISTRATION).status_code == 302
    handles = db.session.execute(select(User.handle).where(User.name == "Budi Santoso").order_by(User.id)).scalars()
    assert list(handles) == ["budi.santoso", "budi.santoso2"]
    joined = db.session.execute(select(User).where(User.email == "budi.santoso@medan.go.id")).scalar_one()
    page = client.get(f"/users/{joined.id}").get_data(as_text=True)
    assert 'data-handle="budi.santoso2"' in page and "@budi.santoso2" in page


@pytest.mark.parametrize("name, handle", [
    ("Dr. Rina Ruslan, S.Kom", "rina.ruslan"),
    ("Nur'aini Siregar", "nuraini.siregar"),
    ("Éka Putri", "eka.putri"),
    ("Pegawai Uji 01", "pegawai.uji.01"),
    ("<script>alert(1)</script>", "script.alert.1.script"),
    ("***", "asn"),
])
def test_handles_are_lower_case_letters_digits_and_dots(make_user, name, handle):
    assert make_user(name=name).handle == handle


def test_a_taken_handle_ending_in_a_digit_gets_a_dotted_number(make_user):
    assert [make_user(name="Pegawai Uji 01").handle for _ in range(2)] == ["pegawai.uji.01", "pegawai.uji.01.2"]


def test_what_counts_as_a_mention(app):
    text = ("Halo @Budi.Santoso dan @rina. Kirim ke budi@medan.go.id. `@dalam.kode` tidak,"
            "\n```\n@blok.kode\n```\n@budi.santoso lagi, @siti.")
    assert mentioned_handles(text) == ["budi.santoso", "rina", "siti"]


def test_a_mention_in_a_question_answer_and_comment(member, make_user, make_question, make_answer, notices):
    named = make_user(name="Rina Ruslan", agency_code="dinkes")
    question = make_question(member, body="Mohon pendapat @rina.ruslan tentang arsip surat masuk kami.")
    assert notices(named) == [("mention", question.id)]
    other = make_user(name="Dedi Kurnia", agency_code="dlh")
    answer = make_answer(question, member, body="Menurut @dedi.kurnia, pindai dulu baru beri nomor agenda.")
    add_comment(answer, named, "Benar, seperti kata @dedi.kurnia.")
    db.session.commit()
    told = notices(other, full=True)
    assert [(n.kind, n.post_id, bool(n.comment_id)) for n in told] == [("mention", answer.id, False),
                                                                      ("mention", answer.id, True)]


def test_unknown_handles_are_ignored(member, make_question, notices):
    question = make_question(member, body="Halo @tidak.ada.orangnya dan @siapa.saja, ada yang tahu?")
    assert question.id and db.session.execute(select(User.id)).scalars().all() == [member.id]
    assert notices(member) == []


def test_a_thousand_mentions_handle_only_the_cap(member, make_user, make_thread, notices):
    people = [make_user(name=f"Orang Nomor {chr(97 + n)}", agency_code="dinkes") for n in range(12)]
    body = " ".join(f"@{p.handle}" for p in people) + " " + " ".join(f"@tamu{n}" for n in range(1000))
    thread = make_thread(member, body=body)
    told = [bool(notices(person)) for person in people]
    assert told == [True] * 10 + [False] * 2  # MENTION_LIMIT: the first ten handles named
    assert thread.status == "published"


def test_the_cap_is_a_setting(app, member, make_user, make_question, notices):
    app.config["MENTION_LIMIT"] = 2
    people = [make_user(name=f"Rekan {n}", agency_code="dinkes") for n in ("satu", "dua", "tiga")]
    make_question(member, body=" ".join(f"@{p.handle}" for p in people) + " bagaimana pendapat Anda?")
    assert [bool(notices(p)) for p in people] == [True, True, False]


def test_an_edit_tells_only_those_newly_named(member, make_user, make_question, notices):
    first, second = make_user(name="Ani Pertama"), make_user(name="Bayu Kedua")
    question = make_question(member, body="Pertanyaan untuk @ani.pertama tentang arsip surat.")
    _edit(question, member, "Pertanyaan untuk @ani.pertama dan @bayu.kedua tentang arsip surat.")
    _edit(question, member, "Sekali lagi untuk @ani.pertama dan @bayu.kedua: arsip surat masuk.")
    assert notices(first) == [("mention", question.id)]
    assert notices(second) == [("mention", question.id)]


def _edit(question, editor, body):
    post = db.session.execute(select(Post).options(selectinload(Post.tags)).where(Post.id == question.id)
                              .execution_options(populate_existing=True)).scalar_one()
    assert edit_post(post, editor, title=post.title, body=body, tags="arsip") is not None
    db.session.commit()


def test_a_mention_in_a_draft_waits_for_publication(member, make_user, make_article, login_as, notices):
    named = make_user(name="Rina Ruslan", agency_code="dinkes")
    draft = make_article(member, title="Draf arsip", body="Dibantu oleh @rina.ruslan.", publish=False)
    assert notices(named) == []
    login_as(member).post(f"/articles/{draft.id}/edit", {"title": draft.title, "body": "Dibantu oleh @rina.ruslan.",
                                                         "tags": "arsip", "publish": "y"})
    assert notices(named) == [("mention", draft.id)]


def test_editing_names_in_and_out_reaches_nobody_beyond_the_cap(login_as, make_user, make_thread, make_reply):
    from sqlalchemy import func, select

    from app.extensions import db
    from app.notifications.models import Notification

    thread = make_thread(make_user())
    people = [make_user(name=f"Sasaran Sebut {i}") for i in range(30)]
    writer = make_user(name="Penyebut")
    reply = make_reply(thread, writer, body=" ".join(f"@{p.handle}" for p in people[:10]))
    client = login_as(writer)
    for start in (10, 20):
        client.post(f"/posts/{reply.id}/edit", {"body": " ".join(f"@{p.handle}" for p in people[start:start + 10])})
    told = db.session.execute(select(func.count(func.distinct(Notification.user_id))).where(
        Notification.kind == "mention", Notification.post_id == reply.id)).scalar_one()
    assert told == 10
