"""Members' pages are built from kept pieces (app/core/fragments.py): every change shows at once to every
member, and no member ever sees another member's votes, links or CSRF token."""
import re

from app.content.models import Post
from app.extensions import db

CSRF = re.compile(r'<meta name="csrf-token" content="([^"]+)"')


def _vote_pressed(page: str, post_id: int) -> bool:
    box = page[page.index(f'action="/posts/{post_id}/vote"'):]
    return 'aria-pressed="true"' in box[:box.index("vote-message")]


def test_changes_show_at_once_to_every_member_and_state_stays_personal(
        app, login_as, member, make_user, moderator, make_question, make_answer):
    question = make_question(member)
    author = make_user(name="Budi Penjawab")
    answer = make_answer(question, author, body="Pindai surat lalu beri nomor agenda.")
    path = f"/questions/{question.id}/{question.slug}"
    reader = make_user()
    first, second, writer = login_as(make_user()), login_as(reader), login_as(author)

    def pages():
        return [client.get(path).get_data(as_text=True) for client in (first, second)]

    own = writer.get(path).get_data(as_text=True)  # the author's page fills the cache first
    assert f"/posts/{answer.id}/edit" in own
    for page in pages():
        assert f"/posts/{answer.id}/edit" not in page and "Pindai surat" in page
        assert CSRF.search(own).group(1) not in page

    assert first.post(f"/posts/{answer.id}/vote", {"value": "up"}).status_code in (200, 303)
    mine, theirs = pages()
    assert _vote_pressed(mine, answer.id) and not _vote_pressed(theirs, answer.id)
    assert f'data-post-id="{answer.id}" data-score="1"' in theirs
    assert CSRF.search(mine).group(1) not in theirs and CSRF.search(theirs).group(1) not in mine

    assert writer.post(f"/posts/{answer.id}/edit", {"body": "Pindai, beri nomor, lalu arsipkan."}).status_code == 302
    second.post(f"/posts/{answer.id}/comments", {"body": "Apakah perlu aplikasi khusus?"})
    for page in pages():
        assert "lalu arsipkan" in page and "Apakah perlu aplikasi khusus?" in page

    # A permission change: the second member is suspended and loses every form under the posts.
    assert login_as(moderator).post(f"/moderation/users/{reader.id}/suspend",
                                    {"days": "3", "reason": "Spam berulang"}).status_code == 303
    mine, theirs = pages()
    assert f'action="/posts/{answer.id}/vote"' in mine and f'action="/posts/{answer.id}/vote"' not in theirs
    assert "Tambahkan komentar" in mine and "Tambahkan komentar" not in theirs

    login_as(moderator).post(f"/moderation/posts/{answer.id}/hide", {"reason": "data pribadi"})
    assert db.session.get(Post, answer.id).status == "hidden"
    for page in pages():
        assert "lalu arsipkan" not in page


def test_a_discussion_shows_a_new_reply_at_once_and_edit_links_only_to_their_author(
        login_as, member, make_user, make_thread):
    thread = make_thread(member)
    path = f"/discussions/{thread.id}/{thread.slug}"
    author, client, replier = login_as(member), login_as(make_user()), login_as(make_user())
    author_page = author.get(path).get_data(as_text=True)  # signing in writes: fetch only once all are in
    before = client.get(path).get_data(as_text=True)
    assert f"/posts/{thread.id}/edit" in author_page and f"/posts/{thread.id}/edit" not in before
    assert replier.post(f"/discussions/{thread.id}/replies",
                                  {"body": "Kami memakai aplikasi dari BSrE sejak Maret."}).status_code == 303
    assert "sejak Maret" in client.get(path).get_data(as_text=True)
