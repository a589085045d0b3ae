"""The factory takes a test config, and the environment configures the rest."""
from app import create_app
from app.config import normalise_database_url


def test_factory_takes_a_test_config(app_config):
    assert not create_app({**app_config, "TESTING": False}).testing
    assert create_app(app_config).testing


def test_environment_variables_use_the_config_keys_names(monkeypatch, app_config):
    monkeypatch.setenv("SITE_NAME", "Simpul Uji")
    monkeypatch.setenv("RATELIMIT_ENABLED", "false")
    monkeypatch.setenv("MAIL_OUTBOX_DIR", "instance/kotak-surat")
    app = create_app({k: v for k, v in app_config.items() if k not in ("RATELIMIT_ENABLED", "MAIL_OUTBOX_DIR")})
    assert app.config["SITE_NAME"] == "Simpul Uji"
    assert app.config["RATELIMIT_ENABLED"] is False
    assert app.config["MAIL_OUTBOX_DIR"].endswith("/instance/kotak-surat")


def test_an_agency_sets_its_policy_numbers_in_the_environment(monkeypatch, app_config):
    monkeypatch.setenv("JP_TARGET_PNS", "24")
    monkeypatch.setenv("FLAG_HIDE_THRESHOLD", "5")
    monkeypatch.setenv("RATELIMIT_VOTE", "30 per minute")
    app = create_app(app_config)
    assert (app.config["JP_TARGET_PNS"], app.config["FLAG_HIDE_THRESHOLD"]) == (24, 5)
    assert app.config["RATELIMIT_VOTE"] == "30 per minute"


def test_redis_url_becomes_the_rate_limit_storage(monkeypatch, app_config):
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:6379/0")
    app = create_app({k: v for k, v in app_config.items() if k != "RATELIMIT_STORAGE_URI"})
    assert app.config["RATELIMIT_STORAGE_URI"] == "redis://127.0.0.1:6379/0"


def test_postgres_urls_use_psycopg3():
    assert normalise_database_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_database_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_database_url("sqlite:///instance/simpul.db").endswith("/instance/simpul.db")
