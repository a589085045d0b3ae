"""Browser tests: Debian's Chromium, driven by Playwright, against gunicorn on 127.0.0.1.

One site per test session: a fresh database (a SQLite file, or a new PostgreSQL database beside
TEST_DATABASE_URL) migrated with `flask db upgrade`, filled with `flask seed-demo`, indexed with
`flask search rebuild`, and served by gunicorn with two workers exactly as `make run` does.

Every page a test opens is watched (`Watched`): a JavaScript alert or prompt, a console error, an
uncaught exception, or a failed stylesheet, script, image or font fails the test at teardown.
Screenshots go to test-artifacts/screenshots/<engine>/ (or $ARTIFACTS_DIR).
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import ENGINE, POSTGRES_URL
from tests.support.http import REPO_ROOT, gunicorn
from tests.support.sites import flask_command, new_postgres_database

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
DEMO_PASSWORD = "Tepian-Deli-2026!"  # every demo account's password on the test site
ARTIFACTS = Path(os.environ.get("ARTIFACTS_DIR", REPO_ROOT / "test-artifacts")) / "screenshots" / ENGINE
DESKTOP = {"width": 1280, "height": 860}
PHONE = {"width": 390, "height": 844}
ASSET_TYPES = {"stylesheet", "script", "image", "font"}

try:
    from playwright.sync_api import sync_playwright
except ImportError:  # pragma: no cover - the dev dependencies include it
    sync_playwright = None

if sync_playwright is None:
    _MISSING = "Playwright is not installed (pip install -e '.[dev]')"
elif not Path(CHROMIUM).exists():
    _MISSING = f"Chromium not found at {CHROMIUM} (apt-get install -y chromium; .ci/run does it)"
elif os.environ.get("BROWSER_TESTS_ELSEWHERE"):
    _MISSING = f"the browser journeys run once, in {os.environ['BROWSER_TESTS_ELSEWHERE']}"
else:
    _MISSING = None


# `make test` runs SQLite and PostgreSQL side by side on 2 cores; the journeys run once, shared out so the two
# runs end together: these modules in the SQLite run (BROWSER_SHARE=sqlite), the others in the PostgreSQL
# run (BROWSER_SHARE=postgresql). Without BROWSER_SHARE (one run) every journey runs.
SQLITE_SHARE = {"test_phone_width", "test_screenshots", "test_accessibility", "test_hostile", "test_role_homes"}


def _elsewhere(module: str) -> str | None:
    share = os.environ.get("BROWSER_SHARE")
    if share == "sqlite" and module not in SQLITE_SHARE:
        return "runs in the PostgreSQL run of make test"
    if share == "postgresql" and module in SQLITE_SHARE:
        return "runs in the SQLite run of make test"
    return None


def pytest_collection_modifyitems(config, items):
    for item in items:
        path = Path(str(item.fspath))
        if "tests/browser/" in path.as_posix():
            item.add_marker(pytest.mark.slow)
            item.add_marker(pytest.mark.browser)
            reason = _MISSING or _elsewhere(path.stem)
            if reason:
                item.add_marker(pytest.mark.skip(reason=f"browser tests skipped: {reason}"))


# --- the site -------------------------------------------------------------------------------------

@dataclass
class Site:
    base_url: str
    database_url: str
    env: dict[str, str]
    server: object

    def url(self, path: str) -> str:
        return self.base_url + path

    def flask(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        """Run `flask --app wsgi ARGS` against the site's database, as an operator would."""
        return run_flask(self.env, *args, check=check)


def run_flask(env: dict[str, str], *args: str, check: bool = True) -> subprocess.CompletedProcess:
    result = flask_command(list(args), env, timeout=300)
    if check and result.returncode != 0:
        raise AssertionError(f"flask {' '.join(args)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result


@pytest.fixture(scope="session")
def site_database():
    """A database of the site's own: never the one the rest of the suite truncates between tests."""
    if not POSTGRES_URL:
        folder = Path(tempfile.mkdtemp(prefix="simpul-browser-"))
        yield f"sqlite:///{folder / 'simpul.db'}", folder
        shutil.rmtree(folder, ignore_errors=True)
        return
    folder = Path(tempfile.mkdtemp(prefix="simpul-browser-"))
    try:
        with new_postgres_database(POSTGRES_URL, "browser") as url:
            yield url, folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def site(site_database):
    if _MISSING:
        pytest.skip(_MISSING)
    database_url, folder = site_database
    env = {
        "DATABASE_URL": database_url, "SECRET_KEY": "browser-tests-secret-not-for-production",
        "DEMO_PASSWORD": DEMO_PASSWORD, "RATELIMIT_ENABLED": "false", "RATELIMIT_STORAGE_URI": "memory://",
        "REDIS_URL": "", "SEARCH_INDEX_DIR": str(folder / "search_index"), "MAIL_OUTBOX_DIR": str(folder / "mail"),
        "SEARCH_DRAIN_IN_WEB": "true", "SEARCH_DRAIN_INTERVAL": "0.2", "LOG_LEVEL": "WARNING",
        "BACKUP_DIR": str(folder / "backups"), "UPLOAD_DIR": str(folder / "uploads"),
        "REPORT_DIR": str(folder / "reports"),
        # Telegram on, so its page is a page; nothing answers on port 9 (tests/telegram has a Bot API stand-in).
        "TELEGRAM_BOT_TOKEN": "123:browser-tests", "TELEGRAM_API_URL": "http://127.0.0.1:9",
    }
    run_flask(env, "db", "upgrade")
    run_flask(env, "seed-demo")
    run_flask(env, "search", "rebuild")
    with gunicorn(env, folder / "gunicorn.log", workers=2, startup_timeout=90) as server:
        yield Site(server.base_url, database_url, env, server)


# --- the browser ----------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def browser():
    if _MISSING:
        pytest.skip(_MISSING)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield chromium
        chromium.close()


@dataclass
class Watched:
    """What went wrong on the pages of one test; `problems` must be empty when the test ends."""
    problems: list[str] = field(default_factory=list)
    confirms: list[str] = field(default_factory=list)
    allowed: list[re.Pattern] = field(default_factory=list)

    def allow(self, pattern: str) -> None:
        """Accept console errors matching `pattern` (a test that opens a 4xx page on purpose)."""
        self.allowed.append(re.compile(pattern))

    def add(self, problem: str) -> None:
        if not any(p.search(problem) for p in self.allowed):
            self.problems.append(problem)

    def attach(self, page) -> None:
        page.on("dialog", self._dialog)
        page.on("console", lambda msg: self._console(msg, page))
        page.on("pageerror", lambda err: self.add(f"uncaught exception: {err} @ {page.url}"))
        page.on("requestfailed", self._request_failed)
        page.on("response", self._response)

    def _console(self, msg, page) -> None:
        # Chromium logs every 4xx/5xx response as "Failed to load resource"; those are judged by
        # _response (a 401 for a wrong password is the page working, a missing stylesheet is not).
        if msg.type == "error" and not msg.text.startswith("Failed to load resource"):
            self.add(f"console error: {msg.text} @ {page.url}")

    def _dialog(self, dialog) -> None:
        if dialog.type in ("confirm", "beforeunload"):
            self.confirms.append(dialog.message)
            dialog.accept()
        else:  # alert, prompt: never part of the site
            self.add(f"JavaScript {dialog.type}: {dialog.message!r}")
            dialog.dismiss()

    def _request_failed(self, request) -> None:
        failure = request.failure or ""
        if "ERR_ABORTED" in failure and request.resource_type in ("document", "fetch", "xhr", "other", "image"):
            # Cancelled by leaving the page (a lookup still running when a form is sent, the favicon, an image
            # of a post still loading when the reply is sent or the preview is drawn again). A missing image
            # is a 404 response, judged by _response.
            return
        self.add(f"request failed: {request.resource_type} {request.url} ({failure})")

    def _response(self, response) -> None:
        kind = response.request.resource_type
        if (response.status >= 400 and kind in ASSET_TYPES) or response.status >= 500:
            self.add(f"{kind} {response.status}: {response.url}")


def new_page(browser, watched: Watched, viewport=DESKTOP, **options):
    context = browser.new_context(viewport=viewport, locale="id-ID", timezone_id="Asia/Jakarta", **options)
    context.set_default_timeout(15_000)
    context.on("page", watched.attach)
    return context, context.new_page()


@pytest.fixture
def watched() -> Watched:
    return Watched()


@pytest.fixture
def open_page(browser, watched):
    """Open a fresh browser (own cookies) at desktop or phone width; checked for problems at teardown."""
    contexts = []

    def opener(viewport=DESKTOP, **options):
        context, page = new_page(browser, watched, viewport, **options)
        contexts.append(context)
        return page

    yield opener
    for context in contexts:
        context.close()
    assert watched.problems == [], "\n".join(watched.problems)


@pytest.fixture
def page(open_page):
    return open_page()


def screenshot(page, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


# --- what a person does ---------------------------------------------------------------------------

ADMIN = "admin@simpul.test"
MODERATOR = "moderator@simpul.test"
LEADER = "pimpinan@simpul.test"


def sign_in(page, site: Site, login: str, password: str = DEMO_PASSWORD) -> None:
    page.goto(site.url("/auth/login"))
    page.fill("input[name=login]", login)
    page.fill("input[name=password]", password)
    with page.expect_navigation():
        page.get_by_role("button", name="Masuk", exact=True).click()
    assert "/auth/login" not in page.url, f"sign-in as {login} failed: {page.url}"


def unique(prefix: str) -> str:
    return f"{prefix} {uuid.uuid4().hex[:6]}"


def open_menu(page) -> None:
    """At phone width the navigation sits behind the menu button."""
    toggler = page.locator(".navbar-toggler")
    if toggler.count() and toggler.first.is_visible() and toggler.first.get_attribute("aria-expanded") != "true":
        toggler.first.click()


def sign_out(page) -> None:
    open_menu(page)
    page.locator("header .dropdown-toggle[href$='/users/me']").click()
    page.get_by_role("button", name="Keluar").click()
    page.wait_for_load_state()
