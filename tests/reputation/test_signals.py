"""The events the notifications listen to are sent, once, with what a notice needs to say."""
from contextlib import contextmanager

from app.content.signals import edit_suggested, edit_suggestion_reviewed
from app.reputation.signals import adoption_recorded, award_given, badge_awarded, vote_cast


@contextmanager
def heard(signal, describe):
    """What each event said, read while the request that sent it is still running."""
    events = []

    def receiver(sender, **kwargs):
        events.append(describe(sender, **kwargs))

    with signal.connected_to(receiver):
        yield events


def test_a_vote_and_its_withdrawal_are_heard(login_as, member, make_user, make_article):
    article = make_article(member)
    voter = make_user(agency_code="dinkes")
    client = login_as(voter)
    with heard(vote_cast, lambda post, voter, value, old: (post.id, voter.id, value, old)) as events:
        client.post(f"/posts/{article.id}/vote", {"value": "up"})
        client.post(f"/posts/{article.id}/vote", {"value": "up"})  # the same vote again changes nothing
        client.post(f"/posts/{article.id}/vote", {"value": "none"})
    assert events == [
        (article.id, voter.id, 1, 0), (article.id, voter.id, 0, 1)]


def test_an_adoption_and_its_badge_are_heard(login_as, member, make_user, make_article):
    article = make_article(member)
    adopter = make_user(agency_code="dinkes")
    with heard(adoption_recorded, lambda adoption, post, actor: (adoption.post_id, actor.id)) as adoptions, \
            heard(badge_awarded, lambda row, badge: (row.user_id, badge.code)) as badges:
        login_as(adopter).post(f"/articles/{article.id}/adoptions", {"note": "Kami menerapkannya di loket."})
    assert adoptions == [(article.id, adopter.id)]
    assert badges == [(member.id, "praktik-diterapkan")]


def test_an_award_is_heard(login_as, leader, member):
    with heard(award_given, lambda award, actor: (award.user_id, actor.id)) as events:
        login_as(leader).post("/leaders/awards/new", {"user": member.id, "title": "Pelopor Arsip Digital",
                                                      "citation": "Atas prakarsa memindai seluruh arsip surat."})
    assert events == [(member.id, leader.id)]


def test_a_suggested_edit_and_its_review_are_heard(login_as, member, make_user, make_article):
    article = make_article(member)
    editor = make_user(agency_code="dinkes")
    with heard(edit_suggested, lambda s, post, actor: (s.id, s.editor_id, post.id, actor.id)) as suggested:
        login_as(editor).post(f"/articles/{article.id}/edit", {
            "title": article.title, "body": "Isi baru yang lebih lengkap dan jelas.", "tags": "arsip"})
    suggestion_id = suggested[0][0]
    assert suggested == [(suggestion_id, editor.id, article.id, editor.id)]
    with heard(edit_suggestion_reviewed,
               lambda s, post, actor, approved, revision: (s.id, actor.id, approved, revision)) as reviewed:
        login_as(member).post(f"/articles/{article.id}/suggestions/{suggestion_id}/reject", {"note": ""})
    assert reviewed == [(suggestion_id, member.id, False, None)]
