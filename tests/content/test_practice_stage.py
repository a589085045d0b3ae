"""A practice's stage (Tahap), start date and indicators (Indikator): forward for anyone, backward for
moderators, Direplikasi on another agency's adoption, part of revisions, listed and searched by stage."""
import re

import pytest
from sqlalchemy import func, select

from app.content.models import Post
from app.extensions import db

BACKWARD = "Tahap tidak dapat dimundurkan"


@pytest.fixture
def app_config(app_config):
    return {**app_config, "PAGE_CACHE_SIZE": 0}


def fields(article, **changes) -> dict:
    """The edit form as the page sends it: text unchanged, the facts given, five indicator rows."""
    data = {"title": article.title, "body": article.body_md, "tags": "arsip, adaptif", "stage": "ide",
            "started_on": ""}
    for n in range(5):
        for name in ("name", "unit", "before", "after", "source"):
            data[f"indicators-{n}-{name}"] = ""
    data.update(changes)
    return data


def stored(article) -> Post:
    db.session.expire_all()
    return db.session.get(Post, article.id)


def plain(response) -> str:
    return re.sub(r"<[^>]+>", "", response.get_data(as_text=True))


def test_author_moves_the_stage_forward_with_indicators_and_the_page_shows_them(login_as, member, make_article):
    article = make_article(member)
    client = login_as(member)
    assert 'data-stage="ide"' in client.get(article.url()).get_data(as_text=True)
    response = client.post(f"/articles/{article.id}/edit", fields(
        article, stage="uji_coba", started_on="2024-03-01", **{
            "indicators-0-name": "Waktu layanan", "indicators-0-unit": "hari", "indicators-0-before": "14",
            "indicators-0-after": "2,5", "indicators-0-source": "SIMPEG"}))
    assert response.status_code == 302
    saved = stored(article)
    assert (saved.stage, saved.started_on.isoformat(), saved.revision_count) == ("uji_coba", "2024-03-01", 2)
    assert saved.indicators == [{"name": "Waktu layanan", "unit": "hari", "before": 14, "after": 2.5,
                                 "source": "SIMPEG"}]
    page = client.get(article.url()).get_data(as_text=True)
    assert 'data-stage="uji_coba"' in page and "Uji coba" in page and "1 Mar 2024" in page
    assert "<th scope=\"row\">Waktu layanan</th>" in page and "2,5" in page and 'class="bar-after"' in page
    printed = client.get(f"/articles/{article.id}/print").get_data(as_text=True)
    assert 'data-stage="uji_coba"' in printed and "Waktu layanan" in printed and "SIMPEG" in printed
    form = client.get(f"/articles/{article.id}/edit").get_data(as_text=True)
    assert 'name="indicators-0-after"' in form and 'value="2,5"' in form and 'name="indicators-4-name"' in form


def test_backward_is_refused_for_the_author_and_allowed_for_a_moderator(login_as, member, moderator, make_article):
    article = make_article(member)
    client = login_as(member)
    assert client.post(f"/articles/{article.id}/edit", fields(article, stage="diterapkan")).status_code == 302
    refused = client.post(f"/articles/{article.id}/edit", fields(article, stage="ide", body=article.body_md + " X"))
    assert refused.status_code == 422 and BACKWARD in refused.get_data(as_text=True)
    assert (stored(article).stage, stored(article).revision_count) == ("diterapkan", 2)
    assert stored(article).body_md == article.body_md
    forged = client.post(f"/articles/{article.id}/edit", fields(article, stage="direplikasi"))
    assert forged.status_code == 422 and "diberikan otomatis" in forged.get_data(as_text=True)
    assert login_as(moderator).post(f"/articles/{article.id}/edit", fields(article, stage="ide")).status_code == 302
    assert stored(article).stage == "ide"


def test_another_agencys_adoption_makes_it_replicated(login_as, member, make_user, make_article):
    article = make_article(member)
    colleague = make_user(name="Rekan Sekantor")  # the same agency (diskominfo): refused, stage unchanged
    response = login_as(colleague).post(f"/articles/{article.id}/adoptions", {"note": "Kami pakai juga di sini."})
    assert response.status_code in (302, 303) and stored(article).stage == "ide"
    adopter = make_user(name="Budi Dinkes", agency_code="dinkes")
    login_as(adopter).post(f"/articles/{article.id}/adoptions", {"note": "Dinkes memakai pemindaian arsip ini."})
    saved = stored(article)
    assert saved.stage == "direplikasi" and saved.revision_count == 2
    client = login_as(member)
    assert 'data-stage="direplikasi"' in client.get(article.url()).get_data(as_text=True)
    diff = client.get(f"/articles/{article.id}/diff?from=1&to=2").get_data(as_text=True)
    assert "<ins>Direplikasi</ins>" in diff
    # The author edits the text: the stage stays (it is offered in the form once set), no error.
    assert client.post(f"/articles/{article.id}/edit", fields(
        article, stage="direplikasi", body=article.body_md + "\n\nTambahan.")).status_code == 302
    assert stored(article).stage == "direplikasi"


@pytest.mark.parametrize("bad", ["abc", "12,5,1"])
def test_a_non_number_indicator_is_refused_and_nothing_is_stored(login_as, member, bad):
    client = login_as(member)
    data = {"title": "Antrean daring kecamatan", "body": "## Latar Belakang\n\nWarga menunggu lama di loket.",
            "tags": "arsip", "publish": "y", "confirm_empty": "y", "stage": "uji_coba",
            "indicators-0-name": "Waktu tunggu", "indicators-0-before": "45", "indicators-0-after": bad}
    response = client.post("/articles/new", data)
    page = response.get_data(as_text=True)
    assert response.status_code == 422 and "Tulis angka saja, misalnya 12 atau 12,5." in page
    assert 'id="indicators-0-after-error"' in page
    assert db.session.execute(select(func.count(Post.id)).where(Post.kind == "article")).scalar_one() == 0


def test_diff_shows_the_facts_and_revert_restores_them(login_as, member, moderator, make_article, give_reputation):
    article = make_article(member)
    client = login_as(give_reputation(member, 1000))
    client.post(f"/articles/{article.id}/edit", fields(article, stage="uji_coba", **{
        "indicators-0-name": "Berkas dipindai", "indicators-0-before": "0", "indicators-0-after": "1.250"}))
    client.post(f"/articles/{article.id}/edit", fields(article, stage="diterapkan", **{
        "indicators-0-name": "Berkas dipindai", "indicators-0-before": "0", "indicators-0-after": "3000"}))
    diff = client.get(f"/articles/{article.id}/diff?from=2&to=3").get_data(as_text=True)
    assert "data-facts-diff" in diff and "<del>Uji" in diff and "<ins>Diterapkan</ins>" in diff
    assert "<del>1.250</del>" in diff and "<ins>3.000</ins>" in diff
    assert client.post(f"/articles/{article.id}/revert/2").status_code == 303
    saved = stored(article)
    assert saved.revision_count == 4 and saved.indicators[0]["after"] == 1250
    assert saved.stage == "diterapkan"  # an author does not move the stage back by a revert
    assert login_as(moderator).post(f"/articles/{article.id}/revert/2").status_code == 303
    assert stored(article).stage == "uji_coba"  # a moderator's revert does


def test_list_filters_by_stage_and_search_has_a_tahap_operator(client, login_as, member, make_user, make_article,
                                                               search_sync):
    idea = make_article(member, title="Arsip ide pemindaian")
    tried = make_article(member, title="Arsip uji coba pemindaian")
    login_as(member).post(f"/articles/{tried.id}/edit", fields(tried, stage="uji_coba"))
    listing = client.get("/articles/?tahap=uji_coba").get_data(as_text=True)
    assert "Arsip uji coba pemindaian" in listing and "Arsip ide pemindaian" not in listing
    assert 'name="tahap"' in listing and 'data-stage="uji_coba"' in listing
    assert 'data-stage="ide"' in client.get("/articles/").get_data(as_text=True)
    assert client.get("/articles/?tahap=selesai").status_code == 400
    search_sync()
    found = plain(client.get("/search", query_string={"q": "arsip tahap:uji_coba"}))
    assert "Arsip uji coba pemindaian" in found and idea.title not in found
    assert "tidak dikenal" in plain(client.get("/search", query_string={"q": "arsip tahap:selesai"}))


def test_a_suggestion_carries_the_stage_and_indicators(login_as, member, make_user, make_article):
    article = make_article(member)
    newcomer = make_user(name="Budi Pendatang", agency_code="dinkes")  # below the direct-edit threshold
    response = login_as(newcomer).post(f"/articles/{article.id}/edit", fields(article, stage="uji_coba", **{
        "indicators-0-name": "Surat dipindai", "indicators-0-before": "0", "indicators-0-after": "35"}))
    assert response.status_code == 303 and stored(article).stage == "ide"
    author = login_as(member)
    review = author.get(response.headers["Location"]).get_data(as_text=True)
    assert "data-facts-diff" in review and "<ins>Uji coba</ins>" in review and "Surat dipindai" in review
    approve = response.headers["Location"].rstrip("/") + "/approve"
    assert author.post(approve).status_code == 303
    saved = stored(article)
    assert saved.stage == "uji_coba" and saved.indicators[0]["after"] == 35 and saved.revision_count == 2
