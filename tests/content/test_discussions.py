"""Diskusi: categories, threads, replies with quotes, pagination."""
import pytest
from sqlalchemy import select

from app.content.models import Category, Post
from app.extensions import db


def test_member_starts_a_thread_in_a_category(login_as, member, client):
    response = login_as(member).post("/discussions/new", {
        "title": "Berbagi pengalaman rapat daring", "body": "Aplikasi apa yang dipakai di kantor Anda?",
        "category": "transformasi-digital"})
    assert response.status_code == 302
    thread = db.session.execute(select(Post).where(Post.kind == "thread")).scalar_one()
    page = client.get("/discussions/?category=transformasi-digital").get_data(as_text=True)
    assert "Berbagi pengalaman rapat daring" in page
    assert db.session.execute(select(Category.thread_count).where(Category.slug == "transformasi-digital")) \
        .scalar_one() == 1
    assert thread.category_id is not None


@pytest.mark.parametrize("category, message", [("", "Pilih kategori"), ("kategori-fiktif", "Pilih kategori")])
def test_unknown_category_is_explained(login_as, member, category, message):
    response = login_as(member).post("/discussions/new", {
        "title": "Judul yang cukup panjang", "body": "Isi yang cukup panjang.", "category": category})
    assert response.status_code == 422 and message in response.get_data(as_text=True)


def test_unknown_category_filter_is_404(client):
    assert client.get("/discussions/?category=tidak-ada").status_code == 404


def test_replies_and_quotes(login_as, member, make_user, make_thread, client):
    thread = make_thread(member, body="Kami memakai aplikasi rapat daring buatan sendiri.")
    replier = login_as(make_user(name="Lestari Pembalas"))
    page = replier.get(f"/discussions/{thread.id}/{thread.slug}?quote={thread.id}").get_data(as_text=True)
    assert "&gt; **Siti Anggota** menulis:" in page
    response = replier.post(f"/discussions/{thread.id}/replies", {"body": "> Kutipan\n\nSetuju, kami juga."})
    assert response.status_code == 303
    assert "/discussions/replies/" in response.headers["Location"]
    page = client.get(f"/discussions/{thread.id}/{thread.slug}").get_data(as_text=True)
    assert "<blockquote>" in page and "Setuju, kami juga." in page and "Lestari Pembalas" in page
    assert db.session.get(Post, thread.id).child_count == 1


def test_replies_are_paginated_and_permalinks_find_the_page(client, member, make_user, make_thread, make_reply):
    thread = make_thread(member)
    other = make_user()
    replies = [make_reply(thread, other, body=f"Balasan nomor {n:02d} di diskusi ini.") for n in range(25)]
    first = client.get(f"/discussions/{thread.id}/{thread.slug}").get_data(as_text=True)
    assert "Balasan nomor 00" in first and "Balasan nomor 24" not in first
    second = client.get(f"/discussions/{thread.id}/{thread.slug}?page=2").get_data(as_text=True)
    assert "Balasan nomor 24" in second and "Balasan nomor 00" not in second
    location = client.get(f"/discussions/replies/{replies[24].id}").headers["Location"]
    assert "page=2" in location and location.endswith(f"#kiriman-{replies[24].id}")


def test_no_replies_to_a_locked_thread(login_as, member, make_user, make_thread):
    thread = make_thread(member)
    post = db.session.get(Post, thread.id)
    post.locked = True
    db.session.commit()
    response = login_as(make_user()).post(f"/discussions/{thread.id}/replies", {"body": "Masih bisa?"})
    assert response.status_code == 403
    assert db.session.get(Post, thread.id).child_count == 0


def test_author_edits_thread_title_and_category(login_as, member, make_thread):
    thread = make_thread(member)
    response = login_as(member).post(f"/posts/{thread.id}/edit", {
        "title": "Judul diskusi yang diperbaiki", "body": thread.body_md, "category": "umum"})
    assert response.status_code == 302
    post = db.session.get(Post, thread.id)
    assert post.title == "Judul diskusi yang diperbaiki" and post.revision_count == 2


def test_hidden_threads_are_gone_for_members(client, member, make_thread):
    thread = make_thread(member, title="Topik yang disembunyikan")
    db.session.get(Post, thread.id).status = "hidden"
    db.session.commit()
    assert client.get(f"/discussions/{thread.id}/{thread.slug}").status_code == 404
    assert "Topik yang disembunyikan" not in client.get("/discussions/").get_data(as_text=True)
    assert "Topik yang disembunyikan" not in client.get("/").get_data(as_text=True)
