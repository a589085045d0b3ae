"""The award message ends in one full stop even when the recipient's name ends in a title with its own."""
import html
from urllib.parse import urlsplit

from app.core.i18n import one_full_stop


def test_a_name_ending_in_a_title_does_not_give_two_full_stops(login_as, leader, make_user):
    recipient = make_user(name="Dewi Lestari, S.Kom.")
    client = login_as(leader)
    response = client.post("/leaders/awards/new", {"user": recipient.id, "title": "Pelopor Arsip Digital",
                                                   "citation": "Atas prakarsa memindai arsip surat masuk.",
                                                   "posts": ""})
    assert response.status_code == 303
    page = html.unescape(client.get(urlsplit(response.headers["Location"]).path).get_data(as_text=True))
    assert "telah diberikan kepada Dewi Lestari, S.Kom." in page and "S.Kom.." not in page


def test_an_ellipsis_is_left_alone():
    assert one_full_stop("Menunggu...") == "Menunggu..." and one_full_stop("Selesai.") == "Selesai."
