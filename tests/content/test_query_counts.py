"""Each page runs a bounded number of SQL statements, however many items it shows."""
import pytest

from app.content.services import add_comment
from app.extensions import db


def statements_for(client, count_queries, url, signed_in=None) -> int:
    client.get(url)  # warm-up: first request loads templates and the like
    with count_queries() as statements:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(statements)



@pytest.fixture
def app_config(app_config):
    """Pages are counted as rendered: the visitors' page cache would answer every second view in one statement."""
    return {**app_config, "PAGE_CACHE_SIZE": 0}


@pytest.fixture
def busy_question(member, make_user, make_question, make_answer):
    question = make_question(member)
    people = [make_user(agency_code=code) for code in ("dinkes", "bkpsdm", "dishub", "setda", "dlh")]
    for n in range(30):
        answer = make_answer(question, people[n % 5], body=f"Jawaban nomor {n} dengan pengalaman lapangan.")
        add_comment(answer, people[(n + 1) % 5], f"Komentar untuk jawaban {n}.")
    add_comment(question, people[0], "Komentar pada pertanyaan.")
    db.session.commit()
    return question


def test_question_with_30_answers_and_comments(client, login_as, member, busy_question, count_queries):
    url = f"/questions/{busy_question.id}/{busy_question.slug}"
    assert statements_for(client, count_queries, url) <= 12
    assert statements_for(login_as(member), count_queries, url) <= 12


def test_lists_do_not_grow_with_items(client, member, make_user, make_article, make_question, make_thread,
                                      make_reply, count_queries):
    few = {}
    urls = ["/", "/articles/", "/questions/", "/discussions/", "/tags/arsip", f"/users/{member.id}",
            "/agencies/diskominfo", "/questions/?filter=belum-terjawab"]
    make_article(member)
    make_question(member)
    make_thread(member)
    for url in urls:
        few[url] = statements_for(client, count_queries, url)
    for n in range(15):
        author = make_user(agency_code=("dinkes", "bkpsdm", "dishub")[n % 3])
        make_article(author, title=f"Praktik baik nomor {n} dari lapangan", tags=f"arsip, topik-{n}")
        make_question(author, title=f"Pertanyaan nomor {n} tentang arsip?", tags=f"arsip, soal-{n}")
        thread = make_thread(author, title=f"Diskusi nomor {n} yang ramai")
        make_reply(thread, member)
    for url in urls:
        assert statements_for(client, count_queries, url) == few[url], url


def test_thread_with_many_replies(client, member, make_user, make_thread, make_reply, count_queries):
    thread = make_thread(member)
    url = f"/discussions/{thread.id}/{thread.slug}"
    make_reply(thread, member)
    few = statements_for(client, count_queries, url)
    for n in range(19):
        make_reply(thread, make_user(agency_code=("dinkes", "bkpsdm")[n % 2]))
    assert statements_for(client, count_queries, url) == few <= 10


def test_article_and_history(client, member, make_user, make_article, login_as, count_queries, give_reputation):
    article = make_article(member)
    for n in range(10):
        editor = login_as(give_reputation(make_user(), 1000))
        editor.post(f"/articles/{article.id}/edit", {"title": article.title, "body": f"Isi versi {n} yang lebih baik.",
                                                     "tags": "arsip"})
    assert statements_for(client, count_queries, f"/articles/{article.id}/{article.slug}") <= 6
    assert statements_for(client, count_queries, f"/articles/{article.id}/revisions") <= 6
    assert statements_for(client, count_queries, f"/articles/{article.id}/diff?from=2&to=9") <= 8
