"""The parent-state rule: an answer or a reply is judged with the question or discussion above it.

Under a hidden, deleted or draft parent a child is gone for members (404) and takes no action from anyone;
under a locked parent only moderators act. A refused action writes no reputation ledger row.
"""
import html

import pytest
from sqlalchemy import func, select

from app.content.models import Comment, Post, PostStatus
from app.content.services import change_status
from app.extensions import db
from app.moderation.models import Flag
from app.reputation.models import ReputationEvent, Vote

STATES = ["hidden", "deleted", "draft", "locked"]
GONE = ["hidden", "deleted", "draft"]


def fresh(post) -> Post:
    return db.session.execute(select(Post).where(Post.id == post.id).execution_options(populate_existing=True)
                              ).scalar_one()


def ledger_rows() -> int:
    return db.session.execute(select(func.count(ReputationEvent.id))).scalar_one()


def set_state(top: Post, state: str, actor) -> None:
    top = fresh(top)
    if state == "locked":
        top.locked = True
    elif state == "draft":
        top.status = PostStatus.DRAFT.value  # no form makes one, but the rule must hold for every status
    else:
        change_status(top, PostStatus(state), actor)
    db.session.commit()


@pytest.fixture
def qa(member, make_user, make_question, make_answer):
    """A question by `member` with an answer by someone else: (question, answer, answerer)."""
    question = make_question(member)
    answerer = make_user(name="Budi Penjawab", agency_code="bkpsdm")
    return question, make_answer(question, answerer), answerer


@pytest.fixture
def talk(member, make_user, make_thread, make_reply):
    """A discussion by `member` with a reply by someone else: (thread, reply, replier)."""
    thread = make_thread(member)
    replier = make_user(name="Rudi Pembalas", agency_code="dinkes")
    return thread, make_reply(thread, replier), replier


# Each action: (family, who acts, method, url, form). `who` is "asker" (the parent's author), "author" (the
# child's author) or "other" (a third member); urls name the parent {top} or the child {child}.
ACTIONS = {
    "vote on an answer": ("qa", "other", "/posts/{child}/vote", {"value": "up"}),
    "vote on a reply": ("talk", "other", "/posts/{child}/vote", {"value": "up"}),
    "comment on an answer": ("qa", "other", "/posts/{child}/comments", {"body": "Terima kasih, sangat membantu."}),
    "flag an answer": ("qa", "other", "/posts/{child}/flag", {"reason": "spam", "note": "Promosi"}),
    "flag a reply": ("talk", "other", "/posts/{child}/flag", {"reason": "spam", "note": "Promosi"}),
    "accept an answer": ("qa", "asker", "/posts/{child}/accept", {}),
    "answer the question": ("qa", "other", "/questions/{top}/answers", {"body": "Coba gunakan aplikasi Srikandi."}),
    "reply to the discussion": ("talk", "other", "/discussions/{top}/replies", {"body": "Kami juga mengalaminya."}),
    "edit an answer": ("qa", "author", "/posts/{child}/edit", {"body": "Gunakan pemindai dan aplikasi Srikandi."}),
    "edit a reply": ("talk", "author", "/posts/{child}/edit", {"body": "Di kantor kami berjalan sejak Januari."}),
    "delete an answer": ("qa", "author", "/posts/{child}/delete", {}),
    "delete a reply": ("talk", "author", "/posts/{child}/delete", {}),
}


def setup(request, member, make_user, family: str, who: str):
    top, child, child_author = request.getfixturevalue(family)
    actor = {"asker": member, "author": child_author}.get(who) or make_user(name="Sari Pengunjung")
    return top, child, actor


def act(client, action: str, top, child, **kwargs):
    _, _, url, form = ACTIONS[action]
    return client.post(url.format(top=top.id, child=child.id), form, **kwargs)


def effect(action: str, top, child) -> tuple:
    """What the action leaves behind, to compare before and after."""
    counts = (
        db.session.execute(select(func.count(Vote.id)).where(Vote.value != 0)).scalar_one(),
        db.session.execute(select(func.count(Comment.id))).scalar_one(),
        db.session.execute(select(func.count(Flag.id))).scalar_one(),
        db.session.execute(select(func.count(Post.id)).where(Post.parent_id == top.id)).scalar_one(),
    )
    now = fresh(child)
    return counts + (fresh(top).accepted_answer_id, now.body_md, now.status, now.score, ledger_rows())


@pytest.mark.parametrize("state", GONE)
@pytest.mark.parametrize("action", list(ACTIONS))
def test_under_a_gone_parent_every_action_is_not_found(request, login_as, member, moderator, make_user, action,
                                                       state):
    family, who, _, _ = ACTIONS[action]
    top, child, actor = setup(request, member, make_user, family, who)
    set_state(top, state, moderator)
    before = effect(action, top, child)
    response = act(login_as(actor), action, top, child)
    if state == "draft" and who == "asker":  # the author of a draft still sees it, and may not act under it
        assert response.status_code == 400 and "tidak terbit" in response.get_data(as_text=True)
    else:
        assert response.status_code == 404
        assert "Kiriman tidak ditemukan." in response.get_data(as_text=True)
    assert effect(action, top, child) == before


@pytest.mark.parametrize("action", list(ACTIONS))
def test_under_a_locked_parent_members_are_refused_with_a_reason(request, login_as, member, moderator, make_user,
                                                                 action):
    family, who, _, _ = ACTIONS[action]
    top, child, actor = setup(request, member, make_user, family, who)
    set_state(top, "locked", moderator)
    before = effect(action, top, child)
    response = act(login_as(actor), action, top, child)
    assert response.status_code == 403
    kind = "Pertanyaan" if family == "qa" else "Diskusi"
    assert f"{kind} ini dikunci" in html.unescape(response.get_data(as_text=True))
    assert effect(action, top, child) == before


@pytest.mark.parametrize("action", list(ACTIONS))
def test_under_a_published_open_parent_every_action_works(request, login_as, member, make_user, action):
    family, who, _, _ = ACTIONS[action]
    top, child, actor = setup(request, member, make_user, family, who)
    before = effect(action, top, child)
    response = act(login_as(actor), action, top, child)
    assert response.status_code in (200, 302, 303), response.get_data(as_text=True)[:500]
    assert effect(action, top, child) != before


def test_a_vote_by_json_under_a_locked_question_gets_a_json_refusal(login_as, member, moderator, make_user, qa):
    question, answer, _ = qa
    set_state(question, "locked", moderator)
    response = act(login_as(make_user()), "vote on an answer", question, answer,
                   headers={"Accept": "application/json", "X-Requested-With": "fetch"})
    assert response.status_code == 403
    assert "Pertanyaan ini dikunci" in response.get_json()["error"]["message"]
    question = fresh(question)
    question.locked = False
    db.session.commit()
    set_state(question, "hidden", moderator)
    response = act(login_as(make_user()), "vote on an answer", question, answer,
                   headers={"Accept": "application/json"})
    assert response.status_code == 404
    assert response.get_json()["error"]["message"] == "Kiriman tidak ditemukan."


@pytest.mark.parametrize("action", ["vote on an answer", "vote on a reply", "comment on an answer",
                                    "answer the question", "reply to the discussion", "edit an answer",
                                    "edit a reply", "flag an answer"])
def test_moderators_still_act_under_a_locked_parent(request, login_as, member, moderator, action):
    family, _, _, _ = ACTIONS[action]
    top, child, _ = request.getfixturevalue(family)
    set_state(top, "locked", moderator)
    before = effect(action, top, child)
    response = act(login_as(moderator), action, top, child)
    assert response.status_code in (200, 302, 303), response.get_data(as_text=True)[:500]
    assert effect(action, top, child) != before


@pytest.mark.parametrize("state", ["hidden", "deleted"])
@pytest.mark.parametrize("action", ["vote on an answer", "vote on a reply", "comment on an answer",
                                    "flag an answer", "answer the question", "reply to the discussion"])
def test_moderators_see_but_give_no_points_under_a_moderated_parent(request, login_as, member, moderator, action,
                                                                    state):
    family, _, _, _ = ACTIONS[action]
    top, child, _ = request.getfixturevalue(family)
    set_state(top, state, moderator)
    client = login_as(moderator)
    assert client.get(f"/posts/{child.id}").status_code == 302  # a moderator still sees the child
    before = effect(action, top, child)
    response = act(client, action, top, child)
    assert response.status_code in (303, 400, 403, 422)
    assert effect(action, top, child) == before


def test_a_moderator_still_edits_an_answer_under_a_hidden_question(login_as, member, moderator, qa):
    question, answer, _ = qa
    set_state(question, "hidden", moderator)
    response = act(login_as(moderator), "edit an answer", question, answer)
    assert response.status_code == 302
    assert "Srikandi" in fresh(answer).body_md


@pytest.mark.parametrize("state", GONE)
def test_a_child_under_a_gone_parent_has_no_page_of_its_own(login_as, client, member, moderator, make_user, qa,
                                                            talk, state):
    question, answer, answerer = qa
    thread, reply, _ = talk
    set_state(question, state, moderator)
    set_state(thread, state, moderator)
    pages = [f"/posts/{answer.id}", f"/answers/{answer.id}", f"/posts/{reply.id}", f"/discussions/replies/{reply.id}"]
    for url in pages:
        assert client.get(url).status_code == 404, url
    for viewer in (login_as(make_user()), login_as(answerer)):
        for url in [*pages, f"/posts/{answer.id}/edit", f"/posts/{reply.id}/edit"]:
            assert viewer.get(url).status_code == 404, url


def test_no_reputation_flows_to_an_answer_under_a_hidden_question(login_as, member, moderator, make_user, qa):
    question, answer, answerer = qa
    set_state(question, "hidden", moderator)
    for voter in (login_as(make_user()), login_as(moderator)):
        act(voter, "vote on an answer", question, answer)
    act(login_as(member), "accept an answer", question, answer)
    assert db.session.execute(select(func.count(ReputationEvent.id)).where(
        ReputationEvent.user_id == answerer.id)).scalar_one() == 0
    assert fresh(answer).score == 0


def test_the_question_page_offers_no_actions_on_answers_under_a_lock(login_as, member, moderator, make_user, qa):
    question, answer, _ = qa
    set_state(question, "locked", moderator)
    page = login_as(member).get(question.url()).get_data(as_text=True)
    for action in (f"/posts/{answer.id}/vote", f"/posts/{answer.id}/flag", f"/posts/{answer.id}/accept",
                   f"/posts/{answer.id}/comments"):
        assert action not in page
    page = login_as(moderator).get(question.url()).get_data(as_text=True)
    assert f"/posts/{answer.id}/vote" in page and f"/posts/{answer.id}/comments" in page


@pytest.mark.parametrize("state", ["hidden", "deleted"])
def test_a_profile_does_not_lead_to_answers_under_a_gone_question(client, login_as, member, moderator, make_user, qa,
                                                                  state):
    question, answer, answerer = qa
    act(login_as(make_user()), "vote on an answer", question, answer)  # a ledger row that names the answer
    title = question.title
    assert title in client.get(f"/users/{answerer.id}?tab=jawaban").get_data(as_text=True)
    set_state(question, state, moderator)
    for tab in ("jawaban", "reputasi"):
        page = html.unescape(client.get(f"/users/{answerer.id}?tab={tab}").get_data(as_text=True))
        assert title not in page and f"/answers/{answer.id}" not in page, tab
