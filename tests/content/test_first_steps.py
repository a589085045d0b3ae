"""First steps: the guide "Cara menulis praktik baik", linked from the editor and the footer, and lists that
say something helpful with the next action when they are empty."""
import html
import re


def text(response) -> str:
    return html.unescape(response.get_data(as_text=True))


def empty_state(page: str) -> str:
    """The empty-state block of a page (its message and its action)."""
    match = re.search(r'<div class="empty-state[^"]*" data-empty-state>(.*?)</div>', page, re.S)
    assert match, "no empty state on the page"
    return match.group(1)


def action(block: str) -> tuple[str, str]:
    href, label = re.search(r'<a[^>]*href="([^"]+)"[^>]*data-empty-action>([^<]+)</a>', block).groups()
    return href, label.strip()


def test_the_guide_covers_what_a_good_practice_contains(client):
    page = text(client.get("/bantuan/menulis-praktik-baik"))
    assert "<h1" in page and "Cara menulis praktik baik" in page
    for part in ("Masalah.", "Yang dilakukan.", "Hasil dengan angka.", "Cara mereplikasi.", "Biaya.", "Kontak.",
                 "Uji coba", "Direplikasi", "Dokumen bukti", "BerAKHLAK", "Contoh judul"):
        assert part in page, part
    assert '/auth/login?next=' in page  # a visitor is offered to sign in to write


def test_the_guide_is_linked_from_the_editor_and_the_footer(login_as, member, make_article, client):
    editor = text(login_as(member).get("/articles/new"))
    assert re.search(r'href="/bantuan/menulis-praktik-baik"[^>]*data-writing-guide-link', editor)
    article = make_article(member)
    assert "data-writing-guide-link" in text(login_as(member).get(f"/articles/{article.id}/edit"))
    assert 'href="/bantuan/menulis-praktik-baik"' in text(client.get("/questions/"))  # the footer, on any page


def test_an_empty_tag_of_questions_offers_to_ask_the_first(login_as, member, make_article):
    make_article(member, tags="arsip-digital")  # the tag exists, with no question in it
    block = empty_state(text(login_as(member).get("/questions/?tag=arsip-digital")))
    assert "Belum ada pertanyaan di tag ini." in block
    assert action(block) == ("/questions/ask", "Ajukan pertanyaan pertama")


def test_empty_lists_of_practices_and_discussions_offer_the_first_post(client):
    block = empty_state(text(client.get("/articles/")))
    assert "Belum ada praktik baik di sini." in block and action(block) == ("/articles/new",
                                                                           "Tulis praktik baik pertama")
    assert 'href="/bantuan/menulis-praktik-baik"' in block
    block = empty_state(text(client.get("/discussions/")))
    assert "Belum ada topik diskusi di sini." in block and action(block)[1] == "Mulai topik pertama"


def test_an_empty_notification_list_and_review_queue_say_what_to_do(login_as, member, moderator):
    block = empty_state(text(login_as(member).get("/notifications/")))
    assert "Belum ada pemberitahuan." in block and action(block) == ("/tags/", "Jelajahi tag untuk diikuti")
    block = empty_state(text(login_as(moderator).get("/moderation/")))
    assert "Antrean kosong." in block and action(block) == ("/moderation/log", "Lihat log moderasi")


def test_an_agency_without_practices_or_questions_says_what_to_do(login_as, member):
    client = login_as(member)
    block = empty_state(text(client.get("/agencies/diskominfo")))
    assert "Belum ada praktik baik dari instansi ini." in block and action(block) == ("/articles/new",
                                                                                      "Tulis praktik baik")
    block = empty_state(text(client.get("/agencies/diskominfo/questions")))
    assert "Belum ada pertanyaan yang ditujukan ke instansi ini." in block
    assert action(block) == ("/questions/ask", "Ajukan pertanyaan")


def test_a_moderation_log_with_no_match_offers_to_clear_the_filters(login_as, moderator):
    block = empty_state(text(login_as(moderator).get("/moderation/log?action=merge")))
    assert "Belum ada tindakan yang cocok." in block and action(block) == ("/moderation/log", "Hapus semua saringan")
