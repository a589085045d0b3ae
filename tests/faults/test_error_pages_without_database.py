"""Every statement fails as when the database server is gone: the answer is the friendly 503, for a signed-in
member too, whose session lookup is itself a query (found by test_database_outage: a bare English 500).

In-process and fast, so it runs on both engines; the real outage (a PostgreSQL cluster stopped under
gunicorn) is test_database_outage.
"""
from __future__ import annotations

import contextlib

from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from app.extensions import db

DOWN_TITLE = "Layanan sedang tidak tersedia"
DOWN_MESSAGE = "basis data tidak dapat dihubungi"


@contextlib.contextmanager
def database_down():
    def refuse(conn, cursor, statement, parameters, context, executemany):
        raise OperationalError(statement, parameters, ConnectionRefusedError("server closed the connection"))

    event.listen(db.engine, "before_cursor_execute", refuse)
    try:
        yield
    finally:
        event.remove(db.engine, "before_cursor_execute", refuse)


def friendly_503(response) -> bool:
    page = response.get_data(as_text=True)
    return (response.status_code == 503 and DOWN_TITLE in page and DOWN_MESSAGE in page
            and "Traceback" not in page and "OperationalError" not in page)


def test_a_signed_in_member_gets_the_friendly_503_when_the_database_is_gone(client, login_as, member):
    signed_in = login_as(member)
    token = signed_in.csrf_token()
    with database_down():
        assert friendly_503(client.get("/"))
        for path in ("/", "/questions/", "/tidak-ada-di-sini"):  # a 404 page needs the member for its menu
            response = signed_in.get(path)
            assert friendly_503(response), (path, response.status_code, response.get_data(as_text=True)[:300])
        form = signed_in.post("/questions/ask", {"csrf_token": token, "title": "Judul uji", "body": "x" * 40})
        assert friendly_503(form)
        vote = signed_in.post("/posts/1/vote", {"csrf_token": token, "value": "up"},
                              headers={"Accept": "application/json", "X-Requested-With": "fetch"})
        assert vote.status_code == 503 and vote.json["error"]["code"] == 503
        health = client.get("/healthz")
        assert health.status_code == 503 and health.json["database"]["status"] == "error"
    # Nothing was cached or broken by the outage: the same member's pages work again at once.
    assert signed_in.get("/").status_code == 200
    assert client.get("/healthz").status_code == 200
