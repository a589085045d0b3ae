"""Serial voting is found and reversed with ledger rows; ordinary voting is left alone."""
from sqlalchemy import select

from app.accounts.models import User
from app.content.models import Post
from app.extensions import db
from app.reputation.models import ReputationEvent


def test_serial_votes_are_reversed_and_the_ledger_says_why(app, login_as, member, make_user, make_article):
    articles = [make_article(member, title=f"Praktik nomor {n} yang bagus") for n in range(6)]
    fan = login_as(make_user(name="Penggemar Berat"))
    fair = login_as(make_user())
    for article in articles:
        fan.post(f"/posts/{article.id}/vote", {"value": "up"})
    fair.post(f"/posts/{articles[0].id}/vote", {"value": "up"})
    assert db.session.get(User, member.id).reputation == 71
    runner = app.test_cli_runner()
    report = runner.invoke(args=["reputation", "audit", "--dry-run"])
    assert "6 suara beruntun" in report.output and db.session.get(User, member.id).reputation == 71
    result = runner.invoke(args=["reputation", "audit"])
    assert result.exit_code == 0 and "6 suara dibatalkan" in result.output
    assert db.session.get(User, member.id).reputation == 11  # the fair vote stays
    assert db.session.get(Post, articles[0].id).score == 1 and db.session.get(Post, articles[1].id).score == 0
    reasons = db.session.execute(select(ReputationEvent.reason).where(ReputationEvent.user_id == member.id)) \
        .scalars().all()
    assert reasons.count("serial_reversed") == 6
    assert runner.invoke(args=["reputation", "check"]).exit_code == 0
    assert "Tidak ada suara beruntun." in runner.invoke(args=["reputation", "audit"]).output


def test_a_few_votes_are_not_serial(app, login_as, member, make_user, make_article):
    articles = [make_article(member, title=f"Praktik nomor {n} yang bagus") for n in range(4)]
    fan = login_as(make_user())
    for article in articles:
        fan.post(f"/posts/{article.id}/vote", {"value": "up"})
    assert "Tidak ada suara beruntun." in app.test_cli_runner().invoke(args=["reputation", "audit"]).output
    assert db.session.get(User, member.id).reputation == 41
