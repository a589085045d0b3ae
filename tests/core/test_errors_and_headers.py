"""Error pages in Indonesian (HTML and JSON), security headers, limits on size and rate."""
import json
import logging
import re
from pathlib import Path

import pytest

from app import create_app
from tests.conftest import Client
from tests.fixtures.people import PASSWORD

ROOT = Path(__file__).resolve().parents[2]


def test_404_page_is_indonesian(client):
    response = client.get("/tidak-ada")
    assert response.status_code == 404
    assert "Halaman tidak ditemukan" in response.get_data(as_text=True)


@pytest.mark.parametrize("path", ["/questions/99999999999999999999", "/articles/2147483648",
                                  "/users/99999999999999999999", "/activities/99999999999999999999"])
def test_an_id_too_long_for_the_database_is_a_page_not_found(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "Halaman tidak ditemukan" in response.get_data(as_text=True)


def test_405_says_the_method_is_not_allowed_and_which_is(client):
    response = client.get("/auth/logout")
    assert response.status_code == 405 and response.headers["Allow"]
    assert "Metode tidak diizinkan" in response.get_data(as_text=True)


def test_json_clients_get_json_errors(client):
    response = client.get("/tidak-ada", headers={"Accept": "application/json"})
    assert response.status_code == 404
    assert response.json["error"]["title"] == "Halaman tidak ditemukan"


def test_body_over_the_limit_is_413(app, client):
    app.config["MAX_CONTENT_LENGTH"] = 10_000
    response = client.post("/auth/login", {"login": "x" * 20_000, "password": "y"})
    assert response.status_code == 413
    assert "melebihi batas ukuran" in response.get_data(as_text=True)


def test_bad_page_number_is_400_not_500(client):
    response = client.get("/agencies/diskominfo?page=abc")
    assert response.status_code == 400 and "Nomor halaman tidak valid." in response.get_data(as_text=True)
    assert client.get("/agencies/diskominfo?page=999").status_code == 404


def test_unexpected_errors_give_a_friendly_500_without_a_trace(app, client, caplog):
    @app.route("/_boom")
    def boom():
        raise RuntimeError("rahasia internal")

    with caplog.at_level(logging.ERROR, logger="simpul"):
        response = client.get("/_boom")
    page = response.get_data(as_text=True)
    assert response.status_code == 500
    assert "Terjadi kesalahan pada server" in page
    assert "rahasia internal" not in page and "Traceback" not in page


def test_debugger_is_off_unless_asked_for(app):
    assert not app.debug


def test_security_headers_and_a_csp_without_inline_script(client):
    headers = client.get("/").headers
    csp = headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "private" in headers["Cache-Control"]


def test_templates_have_no_inline_script_or_event_handlers():
    offenders = []
    for path in (ROOT / "templates").rglob("*.html"):
        text = path.read_text()
        if re.search(r"<script(?![^>]*\bsrc=)", text) or re.search(r"\son[a-z]+\s*=", text) \
                or "javascript:" in text or re.search(r"\sstyle\s*=", text):
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_pages_carry_the_csrf_token_for_scripts(client):
    assert re.search(r'<meta name="csrf-token" content="[^"]+">', client.get("/").get_data(as_text=True))


def test_static_assets_are_vendored_not_from_a_cdn(client):
    page = client.get("/").get_data(as_text=True)
    assert not re.search(r'(src|href)="(https?:)?//', page)
    for asset in re.findall(r'(?:src|href)="(/static/[^"]+)"', page):
        assert client.get(asset).status_code == 200, asset


def test_logs_are_json_and_never_hold_the_password(app, client, member, caplog):
    from app.core.logging import JsonFormatter

    with caplog.at_level(logging.INFO, logger="simpul"):
        client.login(member.email, "Salah-Sekali-123")
        client.login(member.email, PASSWORD)
        client.post("/auth/reset", {"email": member.email})
    lines = [JsonFormatter().format(record) for record in caplog.records]
    messages = [json.loads(line)["message"] for line in lines]
    assert {"sign-in refused", "user signed in", "mail written to outbox"} <= set(messages)
    text = "\n".join(lines)
    assert PASSWORD not in text and "Salah-Sekali-123" not in text and "/auth/reset/" not in text


def test_log_fields_named_like_secrets_are_masked():
    from app.core.logging import JsonFormatter

    record = logging.LogRecord("simpul.x", logging.INFO, __file__, 1, "login", None, None)
    record.password = "rahasia"
    record.reset_token = "abc"
    entry = json.loads(JsonFormatter().format(record))
    assert entry["password"] == entry["reset_token"] == "[disaring]"


@pytest.fixture
def limited_app(app_config):
    return create_app({**app_config, "RATELIMIT_ENABLED": True, "RATELIMIT_LOGIN": "3 per minute",
                       "RATELIMIT_REGISTER": "2 per minute", "RATELIMIT_RESET": "2 per minute"})


@pytest.mark.parametrize("url, data, allowed", [
    ("/auth/login", {"login": "a@medan.go.id", "password": "salah-salah-1"}, 3),
    ("/auth/register", {"name": "", "email": "x"}, 2),
    ("/auth/reset", {"email": "a@medan.go.id"}, 2),
])
def test_too_many_attempts_get_429_in_indonesian(limited_app, url, data, allowed):
    client = Client(limited_app)
    for _ in range(allowed):
        assert client.post(url, data).status_code != 429
    response = client.post(url, data)
    assert response.status_code == 429
    assert "Anda terlalu sering mencoba" in response.get_data(as_text=True)
    assert client.get(url).status_code == 200  # reading the form is never limited


def test_rate_limits_are_shared_through_redis_when_configured(app_config):
    redis = pytest.importorskip("redis")
    try:
        redis.Redis.from_url("redis://127.0.0.1:6379/15").ping()
    except redis.exceptions.ConnectionError:
        pytest.skip("Redis is not running on 127.0.0.1:6379")
    redis.Redis.from_url("redis://127.0.0.1:6379/15").flushdb()
    config = {**app_config, "RATELIMIT_ENABLED": True, "RATELIMIT_LOGIN": "2 per minute",
              "REDIS_URL": "redis://127.0.0.1:6379/15", "RATELIMIT_STORAGE_URI": "memory://"}
    first, second = create_app(config), create_app(config)  # two workers, one shared counter
    assert first.config["RATELIMIT_STORAGE_URI"].startswith("redis://")
    data = {"login": "a@medan.go.id", "password": "salah-salah-1"}
    assert Client(first).post("/auth/login", data).status_code == 401
    assert Client(second).post("/auth/login", data).status_code == 401
    assert Client(first).post("/auth/login", data).status_code == 429
    redis.Redis.from_url("redis://127.0.0.1:6379/15").flushdb()
