"""An edit form opens with the post as it reads now, for every kind of post."""
import html

BODY = "Isi yang sekarang: **langkah satu** lalu <langkah dua> & selesai."


def _form(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return html.unescape(response.get_data(as_text=True))


def test_article_edit_form_holds_the_current_text_and_tags(login_as, member, make_article):
    article = make_article(member, body=BODY)
    page = _form(login_as(member), f"/articles/{article.id}/edit")
    assert BODY in page and f'value="{article.title}"' in page
    tags = page.split('name="tags"')[1].split(">")[0]
    assert "arsip" in tags and "adaptif" in tags


def test_question_and_answer_edit_forms_hold_the_current_text(login_as, member, make_question, make_answer):
    question = make_question(member, body=BODY)
    answer = make_answer(question, member, body="Jawaban sekarang: pindai lalu beri nomor agenda.")
    client = login_as(member)
    assert BODY in _form(client, f"/posts/{question.id}/edit")
    assert "Jawaban sekarang: pindai lalu beri nomor agenda." in _form(client, f"/posts/{answer.id}/edit")


def test_thread_and_reply_edit_forms_hold_the_current_text(login_as, member, make_thread, make_reply):
    thread = make_thread(member, body=BODY)
    reply = make_reply(thread, member, body="Balasan sekarang: sudah berjalan sejak Maret.")
    client = login_as(member)
    assert BODY in _form(client, f"/posts/{thread.id}/edit")
    assert "Balasan sekarang: sudah berjalan sejak Maret." in _form(client, f"/posts/{reply.id}/edit")


def test_a_rejected_edit_keeps_what_was_typed(login_as, member, make_article):
    article = make_article(member)
    response = login_as(member).post(f"/articles/{article.id}/edit", {
        "title": "x", "body": "Teks baru yang panjang dan tidak boleh hilang.", "tags": "arsip"})
    assert response.status_code == 422
    assert "Teks baru yang panjang dan tidak boleh hilang." in html.unescape(response.get_data(as_text=True))
