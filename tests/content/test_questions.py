"""Tanya Jawab: ask, answer, comment, accept (asker only), sort, unanswered, closed questions."""
import pytest
from sqlalchemy import func, select

from app.content.models import Comment, Post
from app.extensions import db

QUESTION = {"title": "Bagaimana cara membuat tanda tangan elektronik?", "body": "Kantor kami ingin memakai TTE.",
            "tags": "tanda-tangan-elektronik"}


def test_member_asks_and_others_answer(login_as, member, make_user, client):
    response = login_as(member).post("/questions/ask", QUESTION)
    assert response.status_code == 302
    question = db.session.execute(select(Post).where(Post.kind == "question")).scalar_one()
    helper = make_user(name="Budi Penjawab", agency_code="bkpsdm")
    response = login_as(helper).post(f"/questions/{question.id}/answers", {"body": "Ajukan sertifikat ke BSrE."})
    assert response.status_code == 303
    page = client.get(f"/questions/{question.id}/{question.slug}").get_data(as_text=True)
    assert "Ajukan sertifikat ke BSrE." in page and "Budi Penjawab" in page and "1 jawaban" in page
    assert db.session.get(Post, question.id).child_count == 1


def test_asker_accepts_and_the_answer_is_marked_and_first(login_as, member, make_user, make_question, make_answer):
    question = make_question(member)
    early = make_answer(question, make_user(), body="Jawaban pertama yang biasa saja.")
    chosen = make_answer(question, make_user(), body="Jawaban kedua yang menolong.")
    client = login_as(member)
    assert client.post(f"/posts/{chosen.id}/accept").status_code == 303
    assert db.session.get(Post, question.id).accepted_answer_id == chosen.id
    page = client.get(f"/questions/{question.id}/{question.slug}?sort=terlama").get_data(as_text=True)
    assert "Jawaban terpilih" in page
    assert page.index("Jawaban kedua yang menolong.") < page.index("Jawaban pertama yang biasa saja.")
    assert early.id  # still listed
    client.post(f"/posts/{chosen.id}/accept")  # accepting again withdraws
    assert db.session.get(Post, question.id).accepted_answer_id is None


def test_only_the_asker_accepts(login_as, member, make_user, moderator, make_question, make_answer):
    question = make_question(member)
    answerer = make_user()
    answer = make_answer(question, answerer)
    for actor in (answerer, make_user(), moderator):
        assert login_as(actor).post(f"/posts/{answer.id}/accept").status_code == 403
    assert db.session.get(Post, question.id).accepted_answer_id is None


def test_accept_needs_post_and_csrf(login_as, member, make_user, make_question, make_answer):
    question = make_question(member)
    answer = make_answer(question, make_user())
    client = login_as(member)
    assert client.get(f"/posts/{answer.id}/accept").status_code == 405
    assert client.post(f"/posts/{answer.id}/accept", csrf=False).status_code == 400
    assert db.session.get(Post, question.id).accepted_answer_id is None


def test_accept_on_a_question_is_404(login_as, member, make_question):
    question = make_question(member)
    assert login_as(member).post(f"/posts/{question.id}/accept").status_code == 404


def test_answers_sort_by_votes_newest_oldest(client, member, make_user, make_question, make_answer):
    question = make_question(member)
    first = make_answer(question, make_user(), body="Jawaban paling awal ditulis.")
    second = make_answer(question, make_user(), body="Jawaban paling akhir ditulis.")
    first_post, second_post = db.session.get(Post, first.id), db.session.get(Post, second.id)
    first_post.score, second_post.score = 1, 5
    db.session.commit()
    url = f"/questions/{question.id}/{question.slug}"
    by_votes = client.get(url).get_data(as_text=True)
    assert by_votes.index("paling akhir") < by_votes.index("paling awal")
    oldest = client.get(url + "?sort=terlama").get_data(as_text=True)
    assert oldest.index("paling awal") < oldest.index("paling akhir")
    assert client.get(url + "?sort=acak").status_code == 400


def test_unanswered_list(client, member, make_user, make_question, make_answer):
    make_question(member, title="Pertanyaan yang sudah dijawab?")
    lonely = make_question(member, title="Pertanyaan yang masih sepi?")
    answered = db.session.execute(select(Post).where(Post.title == "Pertanyaan yang sudah dijawab?")).scalar_one()
    make_answer(answered, make_user())
    page = client.get("/questions/?filter=belum-terjawab").get_data(as_text=True)
    assert lonely.title in page and "Pertanyaan yang sudah dijawab?" not in page
    assert lonely.title in client.get("/").get_data(as_text=True)


def test_comments_on_questions_and_answers(login_as, member, make_user, make_question, make_answer, client):
    question = make_question(member)
    answer = make_answer(question, make_user())
    commenter = login_as(make_user(name="Rudi Pengomentar"))
    assert commenter.post(f"/posts/{question.id}/comments", {"body": "Sudah coba BSrE?"}).status_code == 303
    assert commenter.post(f"/posts/{answer.id}/comments", {"body": "Terima kasih, berhasil."}).status_code == 303
    page = client.get(f"/questions/{question.id}/{question.slug}").get_data(as_text=True)
    assert "Sudah coba BSrE?" in page and "Terima kasih, berhasil." in page and "Rudi Pengomentar" in page
    assert db.session.get(Post, answer.id).comment_count == 1


@pytest.mark.parametrize("body, message", [("", "Isi wajib diisi"), ("x" * 601, "Isi paling banyak 600")])
def test_bad_comments_are_explained(login_as, member, make_question, client, body, message):
    question = make_question(member)
    owner = login_as(member)
    owner.post(f"/posts/{question.id}/comments", {"body": body})
    assert message in owner.get(f"/questions/{question.id}/{question.slug}").get_data(as_text=True)
    assert db.session.execute(select(func.count(Comment.id))).scalar_one() == 0


@pytest.mark.parametrize("field, value, message", [
    ("title", "", "Judul wajib diisi"), ("title", "y" * 300, "paling banyak 255"),
    ("body", "pendek", "minimal 10 karakter"),
    ("tags", "ini tag yang terlalu panjang sekali untuk dipakai", "tidak valid"),
])
def test_bad_questions_are_explained(login_as, member, field, value, message):
    response = login_as(member).post("/questions/ask", {**QUESTION, field: value})
    assert response.status_code == 422 and message in response.get_data(as_text=True)
    assert db.session.execute(select(func.count(Post.id))).scalar_one() == 0


def test_empty_answer_is_explained(login_as, member, make_question):
    question = make_question(member)
    response = login_as(member).post(f"/questions/{question.id}/answers", {"body": " "})
    assert response.status_code == 422 and "Isi wajib diisi" in response.get_data(as_text=True)


def test_no_answers_to_a_closed_or_hidden_question(login_as, member, make_user, make_question):
    question = make_question(member)
    post = db.session.get(Post, question.id)
    post.locked = True
    db.session.commit()
    client = login_as(make_user())
    assert client.post(f"/questions/{question.id}/answers", {"body": "Jawaban yang terlambat."}).status_code == 403
    post.locked, post.status = False, "hidden"
    db.session.commit()
    assert client.post(f"/questions/{question.id}/answers", {"body": "Jawaban yang terlambat."}).status_code == 404
    assert client.get(f"/questions/{question.id}/{question.slug}").status_code == 404
    assert db.session.get(Post, question.id).child_count == 0


def test_answer_permalink_finds_its_page(client, member, make_user, make_question, make_answer):
    question = make_question(member)
    answer = make_answer(question, make_user())
    response = client.get(f"/answers/{answer.id}")
    assert response.headers["Location"].endswith(f"/questions/{question.id}/{question.slug}#kiriman-{answer.id}")


def test_author_edits_own_answer_others_cannot(login_as, member, make_user, make_question, make_answer):
    question = make_question(member)
    author = make_user()
    answer = make_answer(question, author)
    assert login_as(author).post(f"/posts/{answer.id}/edit", {"body": "Jawaban yang diperbaiki."}).status_code == 302
    assert db.session.get(Post, answer.id).body_md == "Jawaban yang diperbaiki."
    assert login_as(member).post(f"/posts/{answer.id}/edit", {"body": "Diubah orang lain."}).status_code == 403
    assert login_as(member).get(f"/posts/{answer.id}/edit").status_code == 403


def test_moderator_edits_any_post(login_as, member, moderator, make_question):
    question = make_question(member)
    response = login_as(moderator).post(f"/posts/{question.id}/edit", {
        "title": "Judul yang dirapikan moderator?", "body": question.body_md, "tags": "arsip"})
    assert response.status_code == 302
    assert db.session.get(Post, question.id).title == "Judul yang dirapikan moderator?"


def test_deleted_answers_leave_counts_and_acceptance(login_as, member, make_user, make_question, make_answer,
                                                    client):
    question = make_question(member)
    author = make_user()
    answer = make_answer(question, author, body="Jawaban yang akan dihapus penulisnya.")
    login_as(member).post(f"/posts/{answer.id}/accept")
    assert login_as(author).post(f"/posts/{answer.id}/delete").status_code == 303
    post = db.session.get(Post, question.id)
    assert post.child_count == 0 and post.accepted_answer_id is None
    assert "akan dihapus" not in client.get(f"/questions/{question.id}/{question.slug}").get_data(as_text=True)
    assert client.get(f"/answers/{answer.id}").status_code == 404
