"""One edit button per article, the right one: "Sunting" for whoever edits directly, "Usulkan suntingan" for a
member whose edit is reviewed first."""
import html
import re


def edit_links(client, article) -> list[str]:
    page = html.unescape(client.get(article.url()).get_data(as_text=True))
    return re.findall(rf'<a[^>]*href="/articles/{article.id}/edit"[^>]*>(.*?)</a>', page, re.S)


def label(link: str) -> str:
    return re.sub(r"<[^>]+>", "", link).strip()


def test_the_author_sees_one_direct_edit_button(login_as, member, make_article):
    article = make_article(member)
    assert [label(link) for link in edit_links(login_as(member), article)] == ["Sunting"]


def test_a_new_member_sees_one_suggest_button(login_as, member, make_user, make_article):
    article = make_article(member)
    assert [label(link) for link in edit_links(login_as(make_user()), article)] == ["Usulkan suntingan"]


def test_a_moderator_sees_one_direct_edit_button(login_as, member, moderator, make_article):
    article = make_article(member)
    assert [label(link) for link in edit_links(login_as(moderator), article)] == ["Sunting"]
