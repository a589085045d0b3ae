"""Rate limits on posting, voting and flagging, counted per member (colleagues share an office address)."""
import pytest

from app.core.timeutil import utcnow


@pytest.fixture
def app_config(app_config):
    return {**app_config, "RATELIMIT_ENABLED": True, "RATELIMIT_LOGIN": "100 per minute",
            "RATELIMIT_VOTE": "3 per minute", "RATELIMIT_FLAG": "2 per minute", "RATELIMIT_POST": "2 per minute",
            "RATELIMIT_CONTRIBUTE": "100 per minute"}


def test_voting_is_limited_per_member(login_as, make_user, member, make_article):
    articles = [make_article(member, title=f"Praktik nomor {n} tentang arsip") for n in range(4)]
    voter = login_as(make_user())
    codes = [voter.post(f"/posts/{a.id}/vote", {"value": "up"}).status_code for a in articles]
    assert codes[:3] == [303, 303, 303] and codes[3] == 429
    refused = voter.post(f"/posts/{articles[0].id}/vote", {"value": "none"})
    assert refused.status_code == 429 and "Anda terlalu sering" in refused.get_data(as_text=True)
    colleague = login_as(make_user())  # same address, own budget
    assert colleague.post(f"/posts/{articles[3].id}/vote", {"value": "up"}).status_code == 303


def test_flagging_is_limited(login_as, make_user, member, make_thread):
    threads = [make_thread(member, title=f"Diskusi nomor {n} tentang arsip") for n in range(3)]
    reporter = login_as(make_user())
    codes = [reporter.post(f"/posts/{t.id}/flag", {"reason": "spam"}).status_code for t in threads]
    assert codes == [303, 303, 429]


def test_posting_is_limited(login_as, make_user):
    author = login_as(make_user(created_at=utcnow()))
    codes = [author.post("/questions/ask", {"title": f"Pertanyaan nomor {n} tentang cuti", "body": "Mohon info.",
                                            "tags": "cuti"}).status_code for n in range(3)]
    assert codes == [302, 302, 429]
    assert author.get("/questions/ask").status_code == 200  # reading the form is never limited
