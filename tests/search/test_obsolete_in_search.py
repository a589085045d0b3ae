"""A practice marked "Tidak berlaku lagi" stays findable but ranks below an equal current one, on every backend."""
import re


def titles(client, query: str) -> list[str]:
    plain = re.sub(r"<[^>]+>", "", client.get("/search", query_string={"q": query}).get_data(as_text=True))
    return re.findall(r"Pemindaian arsip [a-z]+", plain)


def test_obsolete_is_shown_and_ranked_below_an_equal_current_practice(app_backend, client, login_as, member,
                                                                      make_article, search_sync):
    # The first is a little more relevant (its text names the search once more): it leads while current.
    top = make_article(member, title="Pemindaian arsip kelurahan", body="Cara memindai arsip lama. Pemindaian arsip.")
    make_article(member, title="Pemindaian arsip kecamatan", body="Cara memindai arsip lama.")
    search_sync()
    order = titles(client, "pemindaian arsip")
    assert order == ["Pemindaian arsip kelurahan", "Pemindaian arsip kecamatan"]
    response = login_as(member).post(f"/articles/{top.id}/review",
                                     {"outcome": "obsolete", "note": "Aplikasi sudah diganti."})
    assert response.status_code == 303
    page = client.get(top.url()).get_data(as_text=True)
    assert 'data-obsolete="true"' in page and "Aplikasi sudah diganti." in page
    search_sync()
    assert titles(client, "pemindaian arsip") == [order[1], order[0]]  # lowered, never removed
