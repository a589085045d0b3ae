"""Search as members use it: writes reach the index through the outbox; hidden posts leave it."""
import re
import shutil
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.content.models import Post
from app.extensions import db
from app.search.models import SearchOutbox


def plain(response) -> str:
    """The page's text without tags (matches are wrapped in <mark>)."""
    return re.sub(r"<[^>]+>", "", response.get_data(as_text=True))


def test_a_new_article_is_searchable_after_the_drain(client, member, make_article, search_sync):
    make_article(member, title="Pelatihan aplikasi arsip daring", body="Kami melatih operator setiap Jumat.")
    assert db.session.execute(select(func.count(SearchOutbox.id))).scalar_one() >= 1
    search_sync()
    page = plain(client.get("/search?q=latihan"))
    assert "Pelatihan aplikasi arsip daring" in page
    assert db.session.execute(select(func.count(SearchOutbox.id))).scalar_one() == 0


def test_results_come_in_rank_order_with_marked_snippets(client, member, make_article, search_sync):
    make_article(member, title="Surat masuk", body="Catatan tentang pelatihan yang lalu.")
    make_article(member, title="Pelatihan surat elektronik", body="Isi lain yang berbeda.")
    search_sync()
    page = client.get("/search?q=pelatihan").get_data(as_text=True)
    assert page.index("<mark>Pelatihan</mark> surat elektronik") < page.index("Surat masuk")
    assert "<mark>pelatihan</mark>" in page


def test_hidden_and_deleted_posts_leave_search(client, login_as, member, make_article, search_sync):
    article = make_article(member, title="Praktik yang akan dihapus", body="Isi praktik rahasia.")
    search_sync()
    assert "Praktik yang akan dihapus" in plain(client.get("/search?q=rahasia"))
    login_as(member).post(f"/posts/{article.id}/delete")
    search_sync()
    assert "Praktik yang akan dihapus" not in plain(client.get("/search?q=rahasia"))


def test_answers_of_a_hidden_question_leave_search(client, member, make_user, make_question, make_answer,
                                                   search_sync):
    question = make_question(member)
    make_answer(question, make_user(), body="Jawaban unik tentang pemindai dokumen.")
    search_sync()
    assert "<mark>pemindai</mark>" in client.get("/search?q=pemindai").get_data(as_text=True)
    db.session.get(Post, question.id).status = "hidden"
    search_sync()
    assert "<mark>pemindai</mark>" not in client.get("/search?q=pemindai").get_data(as_text=True)


def test_edits_and_tags_are_reindexed(client, login_as, member, make_article, search_sync):
    article = make_article(member, title="Judul lama praktik", body="Isi awal praktik ini.", tags="arsip")
    search_sync()
    login_as(member).post(f"/articles/{article.id}/edit", {"title": "Judul baru praktik", "body": "Isi baru gemilang.",
                                                           "tags": "kolaboratif"})
    search_sync()
    assert "Judul baru praktik" in plain(client.get("/search?q=gemilang"))
    assert "Judul baru praktik" in plain(client.get("/search?q=praktik&tag=kolaboratif"))
    assert "Judul baru praktik" not in plain(client.get("/search?q=praktik&tag=arsip"))


def test_filters_counts_and_sort_in_the_page(client, member, make_user, make_article, make_question, search_sync):
    make_article(member, title="Arsip di Diskominfo", body="Arsip digital.")
    make_question(make_user(agency_code="dinkes"), title="Arsip di Dinkes bagaimana?", body="Arsip rekam medis.")
    search_sync()
    page = plain(client.get("/search?q=arsip"))
    assert "Praktik Baik" in page and "Pertanyaan" in page
    only_questions = plain(client.get("/search?q=arsip&kind=question"))
    assert "Arsip di Dinkes" in only_questions and "Arsip di Diskominfo" not in only_questions
    by_agency = plain(client.get("/search?q=arsip&agency=dinkes"))
    assert "Arsip di Dinkes" in by_agency and "Arsip di Diskominfo" not in by_agency
    assert client.get("/search?q=arsip&sort=newest").status_code == 200
    assert client.get("/search?q=arsip&sort=acak").status_code == 400
    assert client.get("/search?q=arsip&kind=rahasia").status_code == 400
    assert client.get("/search?q=arsip&from=kemarin").status_code == 400


def test_no_results_page_offers_help_and_a_suggestion(client, member, make_article, search_sync):
    make_article(member, title="Pelatihan kearsipan", body="Pelatihan untuk arsiparis.")
    search_sync()
    page = plain(client.get("/search?q=pelatiahn"))
    assert "Tidak ada hasil" in page and "Mungkin maksud Anda" in page and "pelatihan" in page


@pytest.mark.parametrize("text", ["*", "*a*", "?" * 60, "(" * 5000, "email:*", "x" * 20_000,
                                  " ".join(["a*"] * 300), " ".join(["kata~2"] * 200), '"><svg onload=alert(1)>'])
def test_hostile_queries_answer_quickly_without_echoing_markup(client, member, make_article, search_sync, text):
    make_article(member)
    search_sync()
    started = time.monotonic()
    response = client.get("/search", query_string={"q": text})
    assert time.monotonic() - started < 3.0  # a pathological query would take far longer; CI shares its cores
    assert response.status_code == 200
    assert "<svg" not in response.get_data(as_text=True)


def test_queries_cannot_reach_private_fields(client, member, make_user, make_article, search_sync):
    make_article(member, title="Praktik biasa", body="Isi biasa.")
    search_sync()
    for text in (f"email:{member.email}", f"author_id:{member.id}", "key:1", "status:hidden", "nip:1985"):
        assert "Praktik biasa" not in client.get("/search", query_string={"q": text}).get_data(as_text=True)


def test_rebuild_restores_every_result_after_the_index_is_deleted(app, client, member, make_article, search_sync):
    make_article(member, title="Praktik yang harus kembali", body="Isi yang dicari.")
    search_sync()
    shutil.rmtree(app.config["SEARCH_INDEX_DIR"])
    result = app.test_cli_runner().invoke(args=["search", "rebuild"])
    assert result.exit_code == 0, result.output
    assert "1 dokumen" in result.output
    assert "Praktik yang harus kembali" in plain(client.get("/search?q=dicari"))


def test_a_corrupt_index_is_rebuilt_and_the_site_keeps_serving(app, client, member, make_article, search_sync):
    make_article(member, title="Praktik tahan banting", body="Isi tahan banting.")
    search_sync()
    root = Path(app.config["SEARCH_INDEX_DIR"])
    generation = root / (root / "CURRENT").read_text().strip()
    for path in generation.iterdir():
        path.write_bytes(b"rusak")
    assert client.get("/search?q=banting").status_code == 200  # friendly page, not a 500
    assert client.get("/").status_code == 200
    assert app.test_cli_runner().invoke(args=["search", "sync"]).exit_code == 0
    assert "Praktik tahan banting" in plain(client.get("/search?q=banting"))


def test_healthz_reports_the_search_backend(client):
    body = client.get("/healthz").json
    assert body["search"]["backend"] == "whoosh" and "pending" in body["search"]


def test_background_drainer_makes_writes_searchable_within_a_second(app_config, member, make_article):
    from app import create_app
    from app.search.setup import stop_drainers
    from tests.conftest import Client

    live = create_app({**app_config, "SEARCH_DRAIN_IN_WEB": True, "SEARCH_DRAIN_INTERVAL": 0.1})
    client = Client(live)
    try:
        client.get("/")  # the first request starts the drainer
        make_article(member, title="Praktik yang segera dicari", body="Isi kilat.")
        written = time.monotonic()
        while time.monotonic() - written < 5:
            if "Praktik yang segera dicari" in plain(client.get("/search?q=kilat")):
                break
            time.sleep(0.05)
        else:
            pytest.fail("the background drainer did not index the article")
    finally:
        stop_drainers()


def test_similar_questions_while_typing_a_title(client, member, make_question, make_article, search_sync):
    make_question(member, title="Bagaimana mengarsipkan surat masuk secara digital?")
    make_article(member, title="Arsip surat masuk digital", body="Bukan pertanyaan.")
    search_sync()
    found = client.get("/questions/similar?title=cara arsip surat digital").json["questions"]
    assert [q["title"] for q in found] == ["Bagaimana mengarsipkan surat masuk secara digital?"]
    assert client.get("/questions/similar?title=arsip").json == {"questions": []}
    assert client.get("/questions/similar?title=" + "x" * 5000).status_code == 200


def test_snippets_escape_the_text_and_mark_only_matches():
    from app.search.highlight import mark_title, query_stems, snippet

    stems = query_stems(["pelatihan"])
    marked = str(snippet("<b>Pelatihan</b> & latihan <script>x</script> lain", stems))
    assert "<mark>Pelatihan</mark>" in marked and "<mark>latihan</mark>" in marked
    assert "<script>" not in marked and "&lt;script&gt;" in marked and "&amp;" in marked
    title = "Sebuah judul yang sangat panjang sekali tentang banyak hal sebelum akhirnya membahas pelatihan"
    assert str(mark_title(title, stems)).startswith("Sebuah judul")


def test_a_repeated_search_finds_what_was_indexed_since(client, member, make_article, search_sync):
    make_article(member, title="Rapat koordinasi pertama", body="Notulen rapat koordinasi bulanan.")
    search_sync()
    assert "Rapat koordinasi pertama" in plain(client.get("/search?q=notulen"))
    make_article(member, title="Rapat koordinasi kedua", body="Notulen rapat koordinasi berikutnya.")
    search_sync()
    page = plain(client.get("/search?q=notulen"))
    assert "Rapat koordinasi pertama" in page and "Rapat koordinasi kedua" in page


def test_a_question_with_matching_answers_is_one_result(client, member, make_user, make_question, make_answer,
                                                         search_sync):
    question = make_question(member, title="Cara tanda tangan elektronik", body="Mulai dari mana?")
    helper = make_user(agency_code="dinkes")
    make_answer(question, helper, body="Tanda tangan elektronik lewat aplikasi BSrE di kantor.")
    make_answer(question, helper, body="Kami memakai tanda tangan elektronik sejak tahun lalu.")
    search_sync()
    html = client.get("/search?q=elektronik").get_data(as_text=True)
    assert html.count('class="search-hit card') == 1
    assert "2 bagian lain cocok" in html and f'data-root="{question.id}"' in html
    page = plain(client.get("/search?q=elektronik"))
    assert "Pertanyaan 1" in page and "Jawaban 2" in page  # counts: one question, two answers as parts
    answers = client.get("/search?q=elektronik&kind=answer").get_data(as_text=True)
    assert answers.count('class="search-hit card') == 2 and "bagian lain cocok" not in answers
