"""Usulan suntingan: below 1,000 reputation an edit of someone else's article waits for review by the
author, a moderator or a member with the review privilege; approval publishes it with +2 to its writer."""
import html
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import func, select

from app.accounts.models import User
from app.articles.models import EditSuggestion
from app.content.models import Post, Revision
from app.extensions import db
from app.reputation.models import ReputationEvent

NEW_BODY = "Isi yang diperbaiki: pindai surat, beri nomor agenda, lalu unggah ke arsip bersama."


def suggest(client, article, body=NEW_BODY, **fields):
    data = {"title": article.title, "body": body, "tags": "arsip, adaptif", "summary": "menambah langkah"}
    data.update(fields)
    return client.post(f"/articles/{article.id}/edit", data)


def the_suggestion(article) -> EditSuggestion:
    return db.session.execute(select(EditSuggestion).where(EditSuggestion.post_id == article.id)
                              .execution_options(populate_existing=True)).scalar_one()


def fresh(article) -> Post:
    db.session.expire_all()
    return db.session.get(Post, article.id)


def reputation(user) -> int:
    return db.session.execute(select(User.reputation).where(User.id == user.id)).scalar_one()


def edit_points(user) -> list[int]:
    return list(db.session.execute(select(ReputationEvent.delta).where(
        ReputationEvent.user_id == user.id, ReputationEvent.reason == "edit").order_by(ReputationEvent.id)).scalars())


def text(response) -> str:
    return html.unescape(response.get_data(as_text=True))


@pytest.fixture
def article(member, make_article):
    return make_article(member, body="Isi asli tentang arsip surat masuk.")


@pytest.fixture
def newcomer(make_user):
    return make_user(name="Budi Pendatang", agency_code="dinkes")


def test_a_newcomers_edit_waits_and_changes_nothing_yet(login_as, article, newcomer, member, client):
    editor = login_as(newcomer)
    form = text(editor.get(f"/articles/{article.id}/edit"))
    assert "Usulkan suntingan" in form and "ditinjau oleh penulis atau moderator" in form and "1.000" in form
    response = suggest(editor, article)
    suggestion = the_suggestion(article)
    assert response.status_code == 303 and response.headers["Location"].endswith(
        f"/articles/{article.id}/suggestions/{suggestion.id}")
    assert suggestion.status == "pending" and suggestion.editor_id == newcomer.id and suggestion.base_number == 1
    current = fresh(article)
    assert current.body_md == "Isi asli tentang arsip surat masuk." and current.revision_count == 1
    assert "Isi yang diperbaiki" not in client.get(article.url()).get_data(as_text=True)
    assert "Usulan suntingan Anda menunggu tinjauan" in text(editor.get(article.url()))
    author_view = text(login_as(member).get(article.url()))
    assert 'data-suggestions-waiting="1"' in author_view and "1 usulan suntingan menunggu tinjauan" in author_view


def test_the_author_approves_and_the_editor_earns_two(app, login_as, article, newcomer, member):
    suggest(login_as(newcomer), article)
    suggestion = the_suggestion(article)
    author = login_as(member)
    review = text(author.get(suggestion.url()))
    assert "<ins>" in review and "Terima usulan" in review and "Tolak usulan" in review
    response = author.post(f"/articles/{article.id}/suggestions/{suggestion.id}/approve")
    assert response.status_code == 303
    current = fresh(article)
    assert current.body_md == NEW_BODY and current.revision_count == 2
    revision = db.session.execute(select(Revision).where(Revision.post_id == article.id, Revision.number == 2)) \
        .scalar_one()
    assert revision.editor_id == newcomer.id and revision.summary == "menambah langkah"
    suggestion = the_suggestion(article)
    assert (suggestion.status, suggestion.reviewer_id, suggestion.revision_number) == ("approved", member.id, 2)
    assert edit_points(newcomer) == [2] and reputation(newcomer) == 3
    history = text(login_as(newcomer).get(f"/users/{newcomer.id}?tab=reputasi"))
    assert "Usulan suntingan diterima" in history
    assert app.test_cli_runner().invoke(args=["reputation", "check"]).exit_code == 0


def test_moderators_and_reviewers_may_decide_others_may_not(login_as, article, newcomer, make_user, moderator,
                                                             give_reputation):
    suggest(login_as(newcomer), article)
    suggestion = the_suggestion(article)
    approve = f"/articles/{article.id}/suggestions/{suggestion.id}/approve"
    bystander = login_as(make_user(agency_code="dlh"))
    assert bystander.get(suggestion.url()).status_code == 403
    assert bystander.post(approve).status_code == 403
    assert login_as(newcomer).post(approve).status_code == 403  # nobody approves their own edit
    reviewer = give_reputation(make_user(agency_code="bappeda"), 500)
    assert "Terima usulan" in text(login_as(reviewer).get(suggestion.url()))
    assert login_as(reviewer).post(approve).status_code == 303
    assert fresh(article).body_md == NEW_BODY
    suggest(login_as(make_user(agency_code="dlh")), article, body="Isi lain dari anggota ketiga, cukup panjang.")
    second = db.session.execute(select(EditSuggestion).where(EditSuggestion.status == "pending")).scalar_one()
    assert login_as(moderator).post(f"/articles/{article.id}/suggestions/{second.id}/approve").status_code == 303


def test_rejecting_keeps_the_article_and_tells_the_reason(login_as, article, newcomer, member):
    suggest(login_as(newcomer), article)
    suggestion = the_suggestion(article)
    reject = f"/articles/{article.id}/suggestions/{suggestion.id}/reject"
    too_long = login_as(member).post(reject, {"note": "x" * 501})
    assert too_long.status_code == 422 and "500 karakter" in text(too_long)
    assert the_suggestion(article).status == "pending"
    reason = "Langkah ini sudah ada di bagian Cara Menerapkan."
    assert login_as(member).post(reject, {"note": reason}).status_code == 303
    assert fresh(article).revision_count == 1 and the_suggestion(article).status == "rejected"
    seen = text(login_as(newcomer).get(suggestion.url()))
    assert "Ditolak oleh Siti Anggota" in seen and reason in seen
    assert edit_points(newcomer) == [] and reputation(newcomer) == 1
    again = login_as(member).post(f"/articles/{article.id}/suggestions/{suggestion.id}/approve")
    assert again.status_code == 409 and "sudah ditinjau" in text(again)


def test_sending_again_updates_the_one_pending_suggestion(login_as, article, newcomer):
    editor = login_as(newcomer)
    suggest(editor, article)
    form = text(editor.get(f"/articles/{article.id}/edit"))
    assert NEW_BODY in form and "memperbaruinya" in form  # the form holds the pending text, not the article's
    suggest(editor, article, body=NEW_BODY + " Tambahan kedua.")
    rows = db.session.execute(select(EditSuggestion)).scalars().all()
    assert len(rows) == 1 and rows[0].body_md.endswith("Tambahan kedua.")
    same = suggest(editor, article, body="Isi asli tentang arsip surat masuk.")
    assert same.status_code == 422 and "sama dengan versi sekarang" in text(same)


def test_an_edit_that_changes_nothing_suggests_nothing(login_as, article, newcomer):
    response = suggest(login_as(newcomer), article, body="Isi asli tentang arsip surat masuk.")
    assert response.status_code == 302
    assert db.session.execute(select(func.count(EditSuggestion.id))).scalar_one() == 0


def test_only_the_editor_withdraws(login_as, article, newcomer, member):
    suggest(login_as(newcomer), article)
    suggestion = the_suggestion(article)
    withdraw = f"/articles/{article.id}/suggestions/{suggestion.id}/withdraw"
    assert login_as(member).post(withdraw).status_code == 403
    assert login_as(newcomer).post(withdraw).status_code == 303
    assert the_suggestion(article).status == "withdrawn"
    assert login_as(member).post(f"/articles/{article.id}/suggestions/{suggestion.id}/approve").status_code == 409


def test_a_thousand_reputation_the_author_and_moderators_edit_directly(login_as, article, make_user, member,
                                                                        moderator, give_reputation):
    trusted = give_reputation(make_user(agency_code="dinkes"), 1000)
    for editor, body in ((trusted, "Suntingan langsung oleh anggota tepercaya."),
                         (member, "Suntingan langsung oleh penulisnya sendiri."),
                         (moderator, "Suntingan langsung oleh moderator situs.")):
        assert suggest(login_as(editor), article, body=body).status_code == 302
        assert fresh(article).body_md == body
    assert db.session.execute(select(func.count(EditSuggestion.id))).scalar_one() == 0
    assert fresh(article).revision_count == 4


def test_below_the_threshold_there_is_no_revert(login_as, article, member, newcomer):
    login_as(member).post(f"/articles/{article.id}/edit", {"title": article.title, "body": NEW_BODY,
                                                           "tags": "arsip"})
    editor = login_as(newcomer)
    assert "Kembalikan" not in editor.get(f"/articles/{article.id}/revisions").get_data(as_text=True)
    response = editor.post(f"/articles/{article.id}/revert/1")
    assert response.status_code == 403 and "1000" in text(response)
    assert fresh(article).revision_count == 2


def test_edit_points_stop_at_the_lifetime_cap(app, login_as, make_user, member, make_article, newcomer):
    app.config["REPUTATION_EDIT_LIFETIME_CAP"] = 3
    for n in range(3):
        article = make_article(member, title=f"Praktik nomor {n} tentang arsip")
        suggest(login_as(newcomer), article, body=f"Perbaikan nomor {n} yang cukup panjang.")
        suggestion = the_suggestion(article)
        login_as(member).post(f"/articles/{article.id}/suggestions/{suggestion.id}/approve")
    assert edit_points(newcomer) == [2, 1, 0] and reputation(newcomer) == 4


def test_edit_points_count_against_the_daily_cap(app, login_as, article, member, newcomer):
    app.config["REPUTATION_DAILY_CAP"] = 1
    suggest(login_as(newcomer), article)
    login_as(member).post(f"/articles/{article.id}/suggestions/{the_suggestion(article).id}/approve")
    assert edit_points(newcomer) == [1] and reputation(newcomer) == 2


def test_a_stale_suggestion_warns_the_reviewer(login_as, article, member, newcomer):
    suggest(login_as(newcomer), article)
    login_as(member).post(f"/articles/{article.id}/edit", {"title": article.title, "body": "Penulis mengubahnya.",
                                                           "tags": "arsip"})
    page = text(login_as(member).get(the_suggestion(article).url()))
    assert "sudah berubah sejak usulan ini dibuat (dari revisi 1 ke revisi 2)" in page


def test_visitors_bad_tokens_and_hidden_articles(client, login_as, article, member, newcomer, moderator):
    suggest(login_as(newcomer), article)
    suggestion = the_suggestion(article)
    assert "/auth/login" in client.get(suggestion.url()).headers["Location"]
    assert "/auth/login" in client.post(f"/articles/{article.id}/suggestions/{suggestion.id}/approve") \
        .headers["Location"]
    author = login_as(member)
    assert author.post(f"/articles/{article.id}/suggestions/{suggestion.id}/approve", csrf=False).status_code == 400
    assert author.get(f"/articles/{article.id}/suggestions/999").status_code == 404
    assert the_suggestion(article).status == "pending"
    login_as(moderator).post(f"/posts/{article.id}/delete")
    assert author.get(suggestion.url()).status_code == 404
    assert author.post(f"/articles/{article.id}/suggestions/{suggestion.id}/approve").status_code == 404


def test_the_list_shows_reviewers_everything_and_members_their_own(login_as, article, member, newcomer, make_user):
    suggest(login_as(newcomer), article)
    other = make_user(name="Dewi Ketiga", agency_code="dlh")
    suggest(login_as(other), article, body="Usulan dari anggota ketiga yang cukup panjang.")
    listing = text(login_as(member).get(f"/articles/{article.id}/suggestions"))
    assert "Budi Pendatang" in listing and "Dewi Ketiga" in listing and listing.count("Tinjau</a>") == 2
    own = text(login_as(newcomer).get(f"/articles/{article.id}/suggestions"))
    assert "Budi Pendatang" in own and "Dewi Ketiga" not in own


def test_two_approvals_at_once_write_one_revision(app, login_as, article, member, moderator, newcomer):
    suggest(login_as(newcomer), article)
    suggestion_id, article_id = the_suggestion(article).id, article.id
    db.session.commit()
    reviewers = [login_as(member), login_as(moderator)] * 3

    def approve(client):
        return client.post(f"/articles/{article_id}/suggestions/{suggestion_id}/approve").status_code

    with ThreadPoolExecutor(max_workers=6) as pool:
        codes = sorted(pool.map(approve, reviewers))
    assert codes.count(303) == 1 and set(codes) <= {303, 409}
    assert fresh(article).revision_count == 2 and edit_points(newcomer) == [2]
    assert app.test_cli_runner().invoke(args=["reputation", "check"]).exit_code == 0
