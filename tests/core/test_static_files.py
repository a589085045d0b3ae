"""Static files: fingerprinted URLs kept by browsers for a year, gzip for text, 304 on revalidation."""
from __future__ import annotations

import gzip
import re


def stylesheet_url(client) -> str:
    page = client.get("/agencies/").get_data(as_text=True)
    return re.search(r'href="(/static/css/site\.css\?v=[0-9a-f]{12})"', page).group(1)


def test_pages_link_fingerprinted_files_that_browsers_keep(client):
    url = stylesheet_url(client)
    response = client.get(url)
    assert response.status_code == 200
    assert "max-age=31536000" in response.headers["Cache-Control"]
    assert "immutable" in response.headers["Cache-Control"]


def test_an_old_fingerprint_is_not_kept_for_a_year(client):
    response = client.get("/static/css/site.css?v=000000000000")
    assert response.status_code == 200
    assert "max-age=31536000" not in response.headers["Cache-Control"]


def test_text_is_gzipped_for_browsers_that_accept_it(client):
    url = stylesheet_url(client)
    plain = client.get(url)
    packed = client.get(url, headers={"Accept-Encoding": "gzip, deflate"})
    assert packed.headers["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in packed.headers["Vary"]
    assert gzip.decompress(packed.get_data()) == plain.get_data()
    assert len(packed.get_data()) < len(plain.get_data())


def test_revalidation_answers_not_modified(client):
    url = stylesheet_url(client)
    etag = client.get(url).headers["ETag"]
    assert client.get(url, headers={"If-None-Match": etag}).status_code == 304


def test_no_file_outside_the_static_folder(client):
    assert client.get("/static/../app/config.py").status_code == 404
    assert client.get("/static/%2e%2e/app/config.py").status_code == 404
    assert client.get("/static/tidak-ada.css").status_code == 404
