"""Until the e-mail is confirmed a member reads but does not act: every posting, voting, flagging, adoption and
JP action is refused with the same explanation (403), and nothing is stored."""
import html

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from app.content.models import Post
from app.content.services import edit_post
from app.core.timeutil import utcnow
from app.extensions import db
from app.reputation.adoptions import record_adoption
from app.reputation.models import Adoption
from tests.pembinaan.conftest import make_activity  # noqa: F401, F811  (a fixture)
from tests.support.clock import today

NEEDS_CONFIRMATION = "Konfirmasi alamat email Anda terlebih dahulu"


@pytest.fixture
def world(member, make_user, make_article, make_question, make_answer, make_thread, make_reply, make_activity):  # noqa: F811
    """Content by confirmed members, and `rookie` (BKPSDM) with a question and an answer of their own, made while
    confirmed; then the address changes and is not confirmed yet."""
    rookie = make_user(name="Rudi Baru", agency_code="bkpsdm")
    article = make_article(member)
    question = make_question(member)
    answer = make_answer(question, make_user(name="Budi Penjawab", agency_code="dinkes"))
    own_question = make_question(rookie, title="Bagaimana menomori surat keluar secara digital?")
    answer_to_own = make_answer(own_question, member)
    own_answer = make_answer(question, rookie, body="Kami memakai aplikasi Srikandi untuk surat masuk.")
    thread = make_thread(member)
    make_reply(thread, make_user(name="Rina Pembalas", agency_code="dinkes"))
    colleague = make_user(name="Sari Rekan", agency_code="bkpsdm")
    adoption = record_adoption(article, colleague, "Kami menerapkannya di loket layanan.")
    to_adopt = make_article(make_user(name="Dewi Dinkes", agency_code="dinkes"), title="Antrean puskesmas daring")
    own_article = make_article(rookie, title="Penomoran surat keluar secara digital")
    own_article = db.session.execute(select(Post).options(selectinload(Post.tags)).where(Post.id == own_article.id)
                                     .execution_options(populate_existing=True)).scalar_one()
    edit_post(own_article, rookie, title=own_article.title, body="Versi kedua yang lebih lengkap.", tags="arsip",
              summary="Melengkapi")
    activity = make_activity(member)
    rookie.email_confirmed_at = None
    rookie.verified_at = rookie.verified_via = None
    db.session.commit()
    return {"rookie": rookie, "article": article.id, "question": question.id, "answer": answer.id,
            "own_question": own_question.id, "answer_to_own": answer_to_own.id, "own_answer": own_answer.id,
            "thread": thread.id, "adoption": adoption.id, "to_adopt": to_adopt.id,
            "own_article": own_article.id, "activity": activity.id}


# Each action: (url, form), with {names} from `world`.
ACTIONS = {
    "new article": ("/articles/new", {"title": "Antrean daring di kantor kecamatan", "body": "Warga menunggu lama.",
                                      "tags": "pelayanan-publik", "publish": "y"}),
    "ask a question": ("/questions/ask", {"title": "Bagaimana cara mengajukan cuti secara daring?",
                                          "body": "Di kantor kami masih memakai formulir kertas.", "tags": "cuti"}),
    "start a discussion": ("/discussions/new", {"title": "Berbagi pengalaman rapat daring",
                                                "body": "Aplikasi apa yang dipakai di kantor Anda?",
                                                "category": "transformasi-digital"}),
    "answer": ("/questions/{question}/answers", {"body": "Coba gunakan aplikasi Srikandi."}),
    "reply": ("/discussions/{thread}/replies", {"body": "Kami juga mengalaminya."}),
    "comment": ("/posts/{answer}/comments", {"body": "Terima kasih, sangat membantu."}),
    "vote": ("/posts/{answer}/vote", {"value": "up"}),
    "flag": ("/posts/{answer}/flag", {"reason": "spam", "note": "Promosi"}),
    "accept an answer": ("/posts/{answer_to_own}/accept", {}),
    "edit one's own answer": ("/posts/{own_answer}/edit", {"body": "Gunakan pemindai dan aplikasi Srikandi."}),
    "suggest an edit to an article": ("/articles/{article}/edit", {
        "title": "Digitalisasi arsip surat masuk", "body": "Isi yang disempurnakan oleh anggota baru.",
        "tags": "arsip", "summary": "Menyempurnakan isi"}),
    "revert an article": ("/articles/{own_article}/revert/1", {}),
    "record an adoption": ("/articles/{to_adopt}/adoptions", {"note": "Kami menerapkannya di bagian umum."}),
    "tell an adoption's outcome": ("/adoptions/{adoption}/outcome", {"outcome": "Antrean turun separuh."}),
    "claim JP": ("/jp/claims", {"conversion": "artikel-praktik-baik", "article": "{own_article}", "activity": "",
                                "happened_on": "{today}", "proof": "Artikel dibaca 120 kali dan dibahas di rapat."}),
    "register for an activity": ("/activities/{activity}/register", {}),
}


def everything() -> dict:
    """Rows in every table, and the posts as they stand: what an action would leave behind."""
    db.session.expire_all()
    counts = {table.name: db.session.execute(select(func.count()).select_from(table)).scalar_one()
              for table in db.metadata.sorted_tables if table.name not in ("login_sessions",)}
    posts = db.session.execute(select(Post.id, Post.title, Post.body_md, Post.score, Post.accepted_answer_id)).all()
    outcomes = db.session.execute(select(Adoption.id, Adoption.outcome)).all()
    return {"counts": counts, "posts": sorted(posts), "outcomes": sorted(outcomes)}


def act(client, world, action, **kwargs):
    url, form = ACTIONS[action]
    world = {**world, "today": today().isoformat()}
    return client.post(url.format(**world), {key: str(value).format(**world) for key, value in form.items()},
                       **kwargs)


@pytest.mark.parametrize("action", list(ACTIONS))
def test_an_unconfirmed_member_is_refused_every_action_and_nothing_is_stored(world, login_as, action):
    client = login_as(world["rookie"])
    before = everything()
    response = act(client, world, action)
    assert response.status_code == 403, response.get_data(as_text=True)[:300]
    text = html.unescape(response.get_data(as_text=True))
    assert NEEDS_CONFIRMATION in text and "Kirim ulang tautan konfirmasi" in text
    assert everything() == before


@pytest.mark.parametrize("action", list(ACTIONS))
def test_once_confirmed_the_same_member_acts(world, login_as, action):
    rookie = world["rookie"]
    rookie.email_confirmed_at = utcnow()
    db.session.commit()
    before = everything()
    response = act(login_as(rookie), world, action)
    assert response.status_code in (200, 201, 302, 303), html.unescape(response.get_data(as_text=True))[:800]
    assert everything() != before


def test_a_script_gets_a_json_refusal(world, login_as):
    response = act(login_as(world["rookie"]), world, "vote", headers={"Accept": "application/json",
                                                                       "X-Requested-With": "fetch"})
    assert response.status_code == 403
    assert NEEDS_CONFIRMATION in response.get_json()["error"]["message"]


@pytest.mark.parametrize("url", ["/articles/new", "/questions/ask", "/discussions/new", "/jp/claims/new",
                                 "/articles/{article}/edit", "/posts/{own_answer}/edit"])
def test_the_forms_explain_instead_of_asking(world, login_as, url):
    response = login_as(world["rookie"]).get(url.format(**world))
    text = html.unescape(response.get_data(as_text=True))
    assert response.status_code == 200
    assert "data-confirmation-needed" in text and NEEDS_CONFIRMATION in text
    assert text.count('action="/auth/confirm"') == 1  # the explanation's button, not the banner's too
    assert 'name="title"' not in text and 'name="body"' not in text and 'name="proof"' not in text


def test_pages_show_no_vote_flag_or_answer_forms_but_the_explanation(world, login_as):
    signed_in = login_as(world["rookie"])

    class Viewer:  # follows the redirect to the page's canonical address (with its slug)
        @staticmethod
        def get(url):
            response = signed_in.get(url)
            return signed_in.get(response.location) if response.status_code in (301, 302, 308) else response

    client = Viewer()
    question = html.unescape(client.get(f"/questions/{world['question']}").get_data(as_text=True))
    assert f'action="/posts/{world["answer"]}/vote"' not in question
    assert f'action="/posts/{world["answer"]}/flag"' not in question
    assert f'action="/questions/{world["question"]}/answers"' not in question
    assert "data-confirmation-needed" in question and "ditutup" not in question
    thread = html.unescape(client.get(f"/discussions/{world['thread']}").get_data(as_text=True))
    assert f'action="/discussions/{world["thread"]}/replies"' not in thread and "data-confirmation-needed" in thread
    article = client.get(f"/articles/{world['article']}").get_data(as_text=True)
    assert f'action="/articles/{world["article"]}/adoptions"' not in article
    assert f'href="/articles/{world["article"]}/edit"' not in article
    activity = client.get(f"/activities/{world['activity']}").get_data(as_text=True)
    assert f'action="/activities/{world["activity"]}/register"' not in activity
    assert "data-confirmation-needed" in activity
