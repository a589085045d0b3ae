"""Issue 18 items 5 and 6: the outline's questions are hints (never stored), publishing empty sections asks
first, excerpts skip the outline headings, the printable page and the share links, @mention lookup."""
import pytest
from sqlalchemy import func, select

from app.articles.outline import empty_sections
from app.content.models import Post, PostStatus
from app.content.post_helpers import excerpt
from app.content.rendering import render_markdown
from app.content.services import change_status
from app.extensions import db

QUESTIONS = ("Apa keadaan sebelum inovasi ini", "Masalah apa yang dihadapi", "Siapa yang dapat dihubungi")
OUTLINED = ("## Latar Belakang\n\nWarga antre sejak subuh di loket akta.\n\n## Permasalahan\n\n"
            "Berkas sering kurang.\n\n## Hasil dan Dampak\n\nWaktu tunggu turun dari 3 jam menjadi 20 menit.")


def articles() -> int:
    return db.session.execute(select(func.count(Post.id)).where(Post.kind == "article")).scalar_one()


def test_the_new_article_body_has_the_headings_and_the_questions_only_as_hints(login_as, member):
    page = login_as(member).get("/articles/new").get_data(as_text=True)
    body = page.split('name="body"', 1)[1].split("</textarea>", 1)[0]
    assert "## Latar Belakang" in body and "## Kontak" in body
    for question in QUESTIONS:
        assert question not in body  # not in the text that would be stored
        assert question in page  # but shown beside it
    assert "Panduan kerangka" in page


def test_publishing_an_outline_with_empty_sections_asks_first_and_stores_nothing(login_as, member):
    client = login_as(member)
    outline = client.get("/articles/new").get_data(as_text=True)
    body = outline.split('name="body"', 1)[1].split(">", 1)[1].split("</textarea>", 1)[0].replace("&#34;", '"')
    body = body.replace("## Latar Belakang\n", "## Latar Belakang\n\nWarga antre sejak subuh.\n")
    form = {"title": "Antrean akta tanpa subuh", "body": body, "tags": "pelayanan-publik", "publish": "y"}
    response = client.post("/articles/new", form)
    assert response.status_code == 422 and articles() == 0
    page = response.get_data(as_text=True)
    assert "Bagian berikut masih kosong:" in page
    assert "Permasalahan, Inovasi/Solusi, Hasil dan Dampak, Cara Menerapkan, Kontak" in page
    assert 'name="confirm_empty"' in page and "Warga antre sejak subuh." in page  # what was typed stays

    response = client.post("/articles/new", dict(form, confirm_empty="y"))
    assert response.status_code == 302 and articles() == 1
    article = db.session.execute(select(Post).where(Post.kind == "article")).scalar_one()
    assert article.status == PostStatus.PUBLISHED.value
    for question in QUESTIONS:
        assert question not in article.body_md


def test_a_draft_with_empty_sections_is_saved_without_asking_and_asks_when_published(login_as, member):
    client = login_as(member)
    form = {"title": "Draf antrean akta", "body": "## Latar Belakang\n\nSudah ditulis.\n\n## Kontak\n",
            "tags": "pelayanan-publik"}
    response = client.post("/articles/new", form)  # publish unticked: a draft
    assert response.status_code == 302
    draft = db.session.execute(select(Post).where(Post.kind == "article")).scalar_one()
    assert draft.status == PostStatus.DRAFT.value
    response = client.post(f"/articles/{draft.id}/edit", dict(form, publish="y"))
    assert response.status_code == 422 and "Kontak" in response.get_data(as_text=True)
    db.session.refresh(draft)
    assert draft.status == PostStatus.DRAFT.value
    filled = dict(form, body=form["body"] + "\nHubungi Disdukcapil, 061-123.", publish="y")
    assert client.post(f"/articles/{draft.id}/edit", filled).status_code == 302
    db.session.refresh(draft)
    assert draft.status == PostStatus.PUBLISHED.value


def test_empty_sections_rule():
    assert empty_sections("## A\n\nisi\n\n## B\n\n## C\nisi") == ["B"]
    assert empty_sections("## A\n\n### A1\n\nisi") == []  # a parent's content is in its subsection
    assert empty_sections("## A\n\n```\n## bukan judul\n```") == []  # a code fence is content
    old_draft = "## Latar Belakang\n\nApa keadaan sebelum inovasi ini, dan mengapa perlu diubah?\n\n## Kontak\n\nBudi"
    assert empty_sections(old_draft) == ["Latar Belakang"]  # the question is not an answer
    assert empty_sections("Tanpa judul sama sekali.") == []


def test_an_excerpt_never_starts_with_the_outline_headings(app):
    html = render_markdown(OUTLINED)
    text = excerpt(html, 200)
    assert text.startswith("Warga antre sejak subuh")
    assert "Latar Belakang" not in text and "Permasalahan" not in text
    assert excerpt(render_markdown("## Hanya Judul")) == "Hanya Judul"  # nothing else to show


def test_lists_show_the_excerpt_without_the_headings(client, member, make_article):
    make_article(member, title="Antrean akta tanpa subuh", body=OUTLINED)
    page = client.get("/articles/").get_data(as_text=True)
    assert "Warga antre sejak subuh di loket akta." in page
    assert "Latar Belakang Warga" not in page


def test_the_print_page_is_clean_and_carries_agency_author_dates_and_address(client, member, make_article):
    article = make_article(member, title="Antrean akta tanpa subuh", body=OUTLINED)
    response = client.get(f"/articles/{article.id}/print")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert "<h1" in page and "Antrean akta tanpa subuh" in page and "Waktu tunggu turun" in page
    assert member.agency.name in page and "Siti Anggota" in page
    assert f"http://localhost/articles/{article.id}/{article.slug}" in page
    assert 'class="print-page"' in page and "<nav" not in page and "site-header" not in page
    assert "Ditulis" in page and "Dicetak dari" in page


@pytest.mark.parametrize("state", ["draft", "hidden", "deleted"])
def test_the_print_page_follows_the_article_page_permissions(state, client, login_as, member, moderator, make_user,
                                                              make_article):
    article = make_article(member, publish=state != "draft")
    if state != "draft":
        change_status(article, PostStatus(state), moderator)
        db.session.commit()
    url = f"/articles/{article.id}/print"
    assert client.get(url).status_code == 404
    assert login_as(make_user()).get(url).status_code == 404
    assert login_as(moderator).get(url).status_code == login_as(moderator).get(article.url()).status_code
    if state == "draft":
        assert login_as(member).get(url).status_code == 200  # the author sees their draft
    assert client.get("/articles/999999/print").status_code == 404


def test_the_article_page_offers_share_links_and_the_print_page(client, member, make_article):
    article = make_article(member, title="Antrean akta tanpa subuh", body=OUTLINED)
    page = client.get(article.url()).get_data(as_text=True)
    address = f"http%3A//localhost/articles/{article.id}/{article.slug}"
    assert "Bagikan" in page
    assert f'href="https://wa.me/?text=Antrean%20akta%20tanpa%20subuh%20{address}"' in page
    assert 'href="mailto:?subject=Antrean%20akta%20tanpa%20subuh&amp;body=' in page and address in page
    assert f'value="http://localhost/articles/{article.id}/{article.slug}"' in page
    assert f'href="/articles/{article.id}/print"' in page


def test_mention_lookup_is_for_members_only(client, login_as, member, make_user):
    make_user(name="Rahmat Hidayat")
    assert client.get("/users/suggest.json?q=rah").status_code in (302, 401)
    found = login_as(member).get("/users/suggest.json?q=rah").get_json()
    assert [user["name"] for user in found["users"]] == ["Rahmat Hidayat"]
    assert found["users"][0]["handle"].startswith("rahmat")
    assert login_as(member).get("/users/suggest.json?q=r").get_json() == {"users": []}
    assert login_as(member).get("/users/suggest.json?q=%25%25").get_json() == {"users": []}


def test_body_fields_carry_the_editor_hooks(login_as, member, make_user):
    page = login_as(member).get("/articles/new").get_data(as_text=True)
    assert 'data-compose' in page and 'data-upload-url="/uploads"' in page
    assert 'data-mention-url="/users/suggest.json"' in page
    assert "vendor/turndown/turndown.js" in page and "js/compose.js" in page
    unconfirmed = make_user(email_confirmed_at=None, verified_at=None)
    page = login_as(unconfirmed).get("/questions/ask").get_data(as_text=True)
    # Until the e-mail is confirmed the page explains instead of offering the editor (and its uploads).
    assert "data-confirmation-needed" in page and "data-compose" not in page

