"""Praktik Baik: write, read, improve (any member), history, differences, revert, drafts."""
import pytest
from sqlalchemy import func, select

from app.content.models import Post, Revision, Tag
from app.extensions import db

ARTICLE = {"title": "Antrean daring di kantor kecamatan", "body": "## Latar Belakang\n\nWarga menunggu lama.",
           "tags": "pelayanan-publik, Berorientasi Pelayanan", "publish": "y"}


def test_new_article_form_offers_the_outline(login_as, member):
    page = login_as(member).get("/articles/new").get_data(as_text=True)
    headings = ("Latar Belakang", "Permasalahan", "Inovasi/Solusi", "Hasil dan Dampak", "Cara Menerapkan", "Kontak")
    for heading in headings:
        assert heading in page
    assert 'data-draft-key="article-new"' in page and 'data-preview-url="/posts/preview"' in page


def test_member_publishes_an_article(login_as, member, client):
    response = login_as(member).post("/articles/new", ARTICLE)
    assert response.status_code == 302
    article = db.session.execute(select(Post).where(Post.kind == "article")).scalar_one()
    assert response.headers["Location"] == f"/articles/{article.id}/antrean-daring-di-kantor-kecamatan"
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "<h2>Latar Belakang</h2>" in page and "Siti Anggota" in page
    assert "berorientasi-pelayanan" in page and "pelayanan-publik" in page
    assert f'data-post-id="{article.id}"' in page and 'data-score="0"' in page
    assert article.agency_id == member.agency_id and article.revision_count == 1


def test_id_alone_redirects_to_the_slug(client, make_article, member):
    article = make_article(member)
    response = client.get(f"/articles/{article.id}")
    assert response.status_code == 301 and response.headers["Location"].endswith(f"/{article.id}/{article.slug}")
    assert client.get(f"/articles/{article.id}/slug-lama").status_code == 301


def test_drafts_are_visible_only_to_their_author(login_as, member, make_user, client, make_article):
    draft = make_article(member, publish=False)
    assert login_as(member).get(draft.url()).status_code == 200
    assert login_as(make_user()).get(draft.url()).status_code == 404
    assert client.get(draft.url()).status_code == 404
    assert "Digitalisasi arsip" not in client.get("/articles/").get_data(as_text=True)


def test_a_trusted_member_improves_an_article_and_history_records_it(login_as, member, make_user, make_article,
                                                                     give_reputation):
    article = make_article(member)
    editor = give_reputation(make_user(name="Budi Penyunting", agency_code="dinkes"), 1000)
    client = login_as(editor)
    response = client.post(f"/articles/{article.id}/edit", {
        "title": article.title, "body": article.body_md + "\n\nLangkah tambahan: beri nomor agenda.",
        "tags": "arsip, adaptif, kolaboratif", "summary": "menambah langkah"})
    assert response.status_code == 302
    revisions = db.session.execute(select(Revision).where(Revision.post_id == article.id)
                                   .order_by(Revision.number)).scalars().all()
    assert [r.number for r in revisions] == [1, 2]
    assert revisions[1].editor_id == editor.id and revisions[1].summary == "menambah langkah"
    history = client.get(f"/articles/{article.id}/revisions").get_data(as_text=True)
    assert "Budi Penyunting" in history and "menambah langkah" in history
    page = client.get(article.url()).get_data(as_text=True)
    assert "diubah" in page and "Budi Penyunting" in page


def test_an_edit_that_changes_nothing_adds_no_revision(login_as, member, make_article):
    article = make_article(member)
    login_as(member).post(f"/articles/{article.id}/edit", {"title": article.title, "body": article.body_md,
                                                           "tags": "arsip, adaptif"})
    assert db.session.get(Post, article.id).revision_count == 1


def test_diff_marks_additions_and_deletions(login_as, member, make_article, client):
    article = make_article(member, body="Baris satu.\n\nBaris dua yang lama.")
    login_as(member).post(f"/articles/{article.id}/edit", {
        "title": article.title, "body": "Baris satu.\n\nBaris dua yang baru.\n\nBaris tiga.", "tags": "arsip"})
    page = client.get(f"/articles/{article.id}/diff?from=1&to=2").get_data(as_text=True)
    assert "<del>lama.</del>" in page and "<ins>baru.</ins>" in page and "<ins>Baris tiga.</ins>" in page
    assert "<del>adaptif</del>" in page or "<del>arsip, adaptif</del>" in page


@pytest.mark.parametrize("query, status", [("?from=1&to=9", 404), ("?from=x&to=1", 400), ("?from=-1", 400)])
def test_diff_with_bad_revision_numbers(client, member, make_article, query, status):
    article = make_article(member)
    assert client.get(f"/articles/{article.id}/diff{query}").status_code == status


def test_revert_is_a_new_revision(login_as, member, make_article):
    article = make_article(member, body="Isi asli yang benar.")
    client = login_as(member)
    client.post(f"/articles/{article.id}/edit", {"title": article.title, "body": "Isi yang dirusak orang.",
                                                 "tags": "arsip"})
    assert client.post(f"/articles/{article.id}/revert/1").status_code == 303
    article = db.session.get(Post, article.id)
    assert article.body_md == "Isi asli yang benar." and article.revision_count == 3
    latest = db.session.execute(select(Revision).where(Revision.post_id == article.id, Revision.number == 3)) \
        .scalar_one()
    assert latest.reverted_from == 1
    assert "Dikembalikan ke revisi 1" in client.get(f"/articles/{article.id}/revisions").get_data(as_text=True)
    assert latest.tags == "arsip, adaptif"


def test_visitors_cannot_edit_or_revert(client, member, make_article):
    article = make_article(member)
    assert "/auth/login" in client.get(f"/articles/{article.id}/edit").headers["Location"]
    assert client.post(f"/articles/{article.id}/revert/1").status_code == 302
    assert db.session.get(Post, article.id).revision_count == 1


def test_suspended_members_cannot_edit(login_as, member, make_article, make_user):
    from datetime import timedelta

    from app.core.timeutil import utcnow

    article = make_article(member)
    other = make_user()
    client = login_as(other)
    other.suspended_until = utcnow() + timedelta(days=1)
    db.session.commit()
    assert client.get(f"/articles/{article.id}/edit").status_code == 302  # signed out


@pytest.mark.parametrize("field, value, message", [
    ("title", "", "Judul wajib diisi"),
    ("title", "abc", "minimal 5 karakter"),
    ("title", "x" * 256, "Judul paling banyak 255 karakter"),
    ("body", "", "Isi wajib diisi"),
    ("body", "x" * 32_001, "Isi paling banyak 32.000 karakter"),
    ("tags", "a", "tidak valid"),
    ("tags", "satu, dua, tiga, empat, lima, enam", "Paling banyak 5 tag"),
    ("tags", "x" * 36, "tidak valid"),
])
def test_bad_article_input_is_explained_and_nothing_is_saved(login_as, member, field, value, message):
    response = login_as(member).post("/articles/new", {**ARTICLE, field: value})
    assert response.status_code == 422
    assert message in response.get_data(as_text=True)
    assert db.session.execute(select(func.count(Post.id))).scalar_one() == 0


def test_tags_are_counted_for_published_articles(login_as, member, make_article):
    make_article(member, tags="arsip, adaptif")
    make_article(member, title="Arsip kedua yang sangat baik", tags="arsip", publish=False)
    counts = dict(db.session.execute(select(Tag.name, Tag.post_count)).all())
    assert counts["arsip"] == 1 and counts["adaptif"] == 1


def test_new_tags_need_the_configured_reputation(app, login_as, member):
    app.config["TAG_CREATE_MIN_REPUTATION"] = 100
    client = login_as(member)
    response = client.post("/articles/new", {**ARTICLE, "tags": "tag-yang-baru"})
    assert response.status_code == 422 and "belum ada" in response.get_data(as_text=True)
    assert client.post("/articles/new", {**ARTICLE, "tags": "adaptif"}).status_code == 302


def test_list_filters_and_sorts(client, member, make_user, make_article):
    make_article(member, title="Praktik dari Diskominfo", tags="arsip")
    make_article(make_user(agency_code="dinkes"), title="Praktik dari Dinkes", tags="kesehatan")
    page = client.get("/articles/?agency=dinkes").get_data(as_text=True)
    assert "Praktik dari Dinkes" in page and "Praktik dari Diskominfo" not in page
    page = client.get("/articles/?tag=arsip&sort=terpopuler").get_data(as_text=True)
    assert "Praktik dari Diskominfo" in page and "Praktik dari Dinkes" not in page
    assert client.get("/articles/?sort=acak").status_code == 400
    assert client.get("/articles/?tag=tidak-ada").status_code == 404
    assert client.get("/articles/?agency=tidak-ada").status_code == 404


def test_author_deletes_and_restores_their_article(login_as, member, make_article, client):
    article = make_article(member)
    owner = login_as(member)
    assert owner.post(f"/posts/{article.id}/delete").status_code == 303
    assert client.get(article.url()).status_code == 404
    assert "Digitalisasi arsip" not in client.get("/articles/").get_data(as_text=True)
    assert db.session.execute(select(Tag.post_count).where(Tag.name == "arsip")).scalar_one() == 0
    assert owner.post(f"/posts/{article.id}/restore").status_code == 303
    assert client.get(article.url()).status_code == 200


def test_others_cannot_delete_an_article(login_as, member, make_user, make_article):
    article = make_article(member)
    assert login_as(make_user()).post(f"/posts/{article.id}/delete").status_code == 403
    assert db.session.get(Post, article.id).status == "published"


def test_preview_uses_the_server_pipeline(login_as, member, client):
    response = login_as(member).post("/posts/preview", {"body": "**tebal** [x](javascript:alert(1))"})
    assert response.status_code == 200
    assert "<strong>tebal</strong>" in response.json["html"] and "javascript" not in response.json["html"]
    assert client.post("/posts/preview", {"body": "x"}).status_code == 302  # visitors sign in first
    assert login_as(member).post("/posts/preview", {"body": "x"}, csrf=False).status_code == 400


def test_preview_explains_a_body_over_the_limit(login_as, member):
    response = login_as(member).post("/posts/preview", {"body": "x" * 40_000})
    assert response.status_code == 422 and "32.000" in response.json["error"]["message"]


def test_tag_pages_and_suggestions(client, member, make_article):
    make_article(member, tags="arsip-digital, adaptif")
    assert "Digitalisasi arsip" in client.get("/tags/arsip-digital").get_data(as_text=True)
    assert client.get("/tags/tidak-ada").status_code == 404
    assert "arsip-digital" in client.get("/tags/").get_data(as_text=True)
    assert client.get("/tags/suggest.json?q=ars").json["tags"][0] == {"name": "arsip-digital", "count": 1}


def test_pathological_markdown_through_the_form_gets_a_message_not_a_hang(login_as, member):
    response = login_as(member).post("/articles/new", {**ARTICLE, "body": "[" * 13_000})
    assert response.status_code == 422
    assert "terlalu rumit" in response.get_data(as_text=True)
    assert db.session.execute(select(func.count(Post.id))).scalar_one() == 0


def test_hostile_markup_in_titles_and_tags_is_escaped(login_as, member, client):
    login_as(member).post("/articles/new", {**ARTICLE, "title": '"><svg onload=alert(1)> Judul berbahaya'})
    article = db.session.execute(select(Post)).scalar_one()
    for url in (f"/articles/{article.id}/{article.slug}", "/articles/", "/", f"/articles/{article.id}/revisions"):
        page = client.get(url).get_data(as_text=True)
        assert "<svg" not in page and "&lt;svg onload=alert(1)&gt;" in page, url
