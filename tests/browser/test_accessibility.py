"""Accessibility in a real browser: axe-core on the main pages, and a keyboard-only journey.

Every page below is audited with axe-core (tests/browser/vendor/axe-core) as the person who would
see it: a visitor, a member, a leader or a moderator. A violation of impact "serious" or "critical"
fails the test with the rule, its impact, what it asks for and where. No rule is switched off.

Each role keeps ONE browser context for the whole module (RoleSessions; a role signs in once per test
session and later contexts reuse its cookies); its pages are watched like conftest's `page` fixture
(console errors, failed assets, 5xx, alerts), and what a test saw is checked at the end of that test.
test_screenshots.py uses the same helpers.

The keyboard journey presses Tab, types and presses Enter only: the skip link, signing in, asking
a question. Every element the focus reaches must show a focus ring.

The site sends `Content-Security-Policy: script-src 'self'`, so axe cannot be added as an inline
<script> (page.add_script_tag); it is evaluated through the DevTools protocol instead, which the
page's policy does not govern, and the policy stays on for the pages under test.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests.browser.conftest import (
    DEMO_PASSWORD,
    DESKTOP,
    LEADER,
    MODERATOR,
    PHONE,
    Watched,
    new_page,
    sign_in,
    unique,
)

AXE_SOURCE = (Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js").read_text(encoding="utf-8")
BLOCKING = ("critical", "serious")
# Rules switched off, each with the reason it is a false positive here. Empty: none is.
EXCLUDED_RULES: dict[str, str] = {}
AXE_OPTIONS = {"resultTypes": ["violations"], "rules": {rule: {"enabled": False} for rule in EXCLUDED_RULES}}

MEMBER = "siti.lubis@simpul.test"       # a member with posts, answers and notifications in the demo data
KEYBOARD_MEMBER = "budi.nasution@simpul.test"
ROLES = {"visitor": None, "phone": None, "member": MEMBER, "leader": LEADER, "moderator": MODERATOR}
# Chromium asks for the favicon after a page has loaded; going on to the next page at once cancels that
# request, which is the browser's doing, not a missing file (a real 404 still fails via the response).
FAVICON_CANCELLED = r"request failed: other \S+/favicon\.svg\S* \(net::ERR_ABORTED\)"


# --- what the demo data holds -------------------------------------------------------------------------

@functools.cache
def demo_targets(database_url: str) -> dict[str, object]:
    """Ids of demo posts worth looking at, read from the site's database (they differ per engine)."""
    queries = {
        "question": "SELECT id FROM posts WHERE kind = 'question' AND status = 'published' AND child_count >= 2 "
                    "ORDER BY child_count DESC, id LIMIT 1",
        # Revisions to compare, and the demo's Markdown table (it must fit a phone).
        "article": "SELECT id FROM posts WHERE kind = 'article' AND status = 'published' AND revision_count >= 2 "
                   "ORDER BY (CASE WHEN body_md LIKE '%|---%' THEN 0 ELSE 1 END), revision_count DESC, id LIMIT 1",
        "thread": "SELECT id FROM posts WHERE kind = 'thread' AND status = 'published' AND child_count >= 2 "
                  "ORDER BY child_count DESC, id LIMIT 1",
        "author": "SELECT author_id FROM posts WHERE kind = 'article' AND status = 'published' "
                  "GROUP BY author_id ORDER BY COUNT(*) DESC, author_id LIMIT 1",
        "activity": "SELECT id FROM activities ORDER BY starts_at, id LIMIT 1",
        "tag": "SELECT name FROM tags ORDER BY post_count DESC, name LIMIT 1",
    }
    engine = create_engine(database_url)
    try:
        with engine.connect() as conn:
            found = {name: conn.execute(text(sql)).scalar() for name, sql in queries.items()}
    finally:
        engine.dispose()
    missing = [name for name, value in found.items() if value is None]
    assert not missing, f"the demo data has no {', '.join(missing)} (flask seed-demo changed?)"
    return found


@pytest.fixture(scope="module")
def targets(site):
    return demo_targets(site.database_url)


# --- one browser context per role, for the whole module -------------------------------------------------

# Cookies of a signed-in role, by (site, login): each role signs in once per test session, not once per module.
SIGNED_IN: dict[tuple[str, str], dict] = {}


class RoleSessions:
    """Lazily opened, signed-in browser contexts, one per role; each with its own Watched."""

    def __init__(self, browser, site):
        self.browser, self.site = browser, site
        self.opened: dict[str, tuple[object, object, Watched]] = {}

    def page(self, role: str):
        if role not in self.opened:
            watched = Watched()
            watched.allow(FAVICON_CANCELLED)
            login, key = ROLES[role], (self.site.base_url, ROLES[role])
            options = {"storage_state": SIGNED_IN[key]} if login and key in SIGNED_IN else {}
            context, page = new_page(self.browser, watched, PHONE if role == "phone" else DESKTOP, **options)
            if login and not options:
                sign_in(page, self.site, login)
                SIGNED_IN[key] = context.storage_state()
            self.opened[role] = (context, page, watched)
        return self.opened[role][1]

    def take_problems(self, role: str) -> list[str]:
        watched = self.opened[role][2]
        problems, watched.problems[:] = list(watched.problems), []
        return problems

    def close(self) -> None:
        for context, _page, _watched in self.opened.values():
            context.close()


@pytest.fixture(scope="module")
def sessions(browser, site):
    opened = RoleSessions(browser, site)
    yield opened
    opened.close()


# --- axe ----------------------------------------------------------------------------------------------

def axe_violations(page) -> list[dict]:
    if not page.evaluate("typeof window.axe === 'object'"):
        page.evaluate(AXE_SOURCE + "\n;void 0")
    return page.evaluate("options => axe.run(document, options).then(result => result.violations)", AXE_OPTIONS)


def describe(violations: list[dict], max_targets: int = 3) -> str:
    lines = []
    for v in violations:
        targets = [" ".join(node["target"]) if isinstance(node["target"], list) else str(node["target"])
                   for node in v["nodes"][:max_targets]]
        more = f" (+{len(v['nodes']) - max_targets} more)" if len(v["nodes"]) > max_targets else ""
        lines.append(f"- {v['id']} [{v['impact']}] {v['help']}: {', '.join(targets)}{more}\n  {v['helpUrl']}")
    return "\n".join(lines)


@dataclass(frozen=True)
class Audit:
    name: str
    role: str
    path: str  # formatted with demo_targets()
    status: int = 200
    then: Callable | None = None  # what the person does on the page before it is audited


def submit_empty(button: str) -> Callable:
    def act(page):
        with page.expect_navigation():
            page.get_by_role("button", name=button, exact=True).click()
    return act


AUDITS = [
    Audit("home", "visitor", "/"),
    Audit("questions", "visitor", "/questions/"),
    Audit("question", "visitor", "/questions/{question}"),
    Audit("articles", "visitor", "/articles/"),
    Audit("article", "visitor", "/articles/{article}"),
    Audit("article-revisions", "visitor", "/articles/{article}/revisions"),
    Audit("article-diff", "visitor", "/articles/{article}/diff?from=1&to=2"),
    Audit("discussions", "visitor", "/discussions/"),
    Audit("thread", "visitor", "/discussions/{thread}"),
    Audit("search", "visitor", "/search?q=arsip"),
    Audit("tags", "visitor", "/tags/"),
    Audit("agencies", "visitor", "/agencies/"),
    Audit("profile", "visitor", "/users/{author}"),
    Audit("sign-in", "visitor", "/auth/login"),
    Audit("register", "visitor", "/auth/register"),
    Audit("register-errors", "visitor", "/auth/register", then=submit_empty("Daftar")),
    Audit("activities", "visitor", "/activities/"),
    Audit("activities-calendar", "visitor", "/activities/?view=kalender"),
    Audit("activity", "visitor", "/activities/{activity}"),
    Audit("not-found", "visitor", "/halaman-yang-tidak-ada", status=404),
    Audit("article-phone", "phone", "/articles/{article}"),
    Audit("home-member", "member", "/"),
    Audit("question-member", "member", "/questions/{question}"),
    Audit("ask", "member", "/questions/ask"),
    Audit("ask-errors", "member", "/questions/ask", then=submit_empty("Kirim pertanyaan")),
    Audit("new-article", "member", "/articles/new"),
    Audit("notifications", "member", "/notifications/"),
    Audit("my-profile", "member", "/users/me"),
    Audit("activity-member", "member", "/activities/{activity}"),
    Audit("leaders", "leader", "/leaders/"),
    Audit("leaders-agencies", "leader", "/leaders/agencies?period=tahun"),
    Audit("moderation-queue", "moderator", "/moderation/"),
]


@pytest.mark.parametrize("audit", AUDITS, ids=[a.name for a in AUDITS])
def test_page_has_no_serious_accessibility_violations(audit, sessions, site, targets):
    page = sessions.page(audit.role)
    sessions.take_problems(audit.role)  # anything left over from an earlier test is that test's
    path = audit.path.format(**targets)
    response = page.goto(site.url(path))
    assert response is not None and response.status == audit.status, \
        f"{path} as {audit.role}: HTTP {response and response.status}, expected {audit.status}"
    if audit.then:
        audit.then(page)
    blocking = [v for v in axe_violations(page) if v["impact"] in BLOCKING]
    problems = sessions.take_problems(audit.role)
    assert not blocking, (f"{len(blocking)} serious/critical axe violation(s) on {page.url} as {audit.role}:\n"
                          + describe(blocking))
    assert not problems, "\n".join(problems)


# --- keyboard only ------------------------------------------------------------------------------------

# The focused element: does it match the selector, what is it, and how is its focus shown.
FOCUS = """selector => {
  const e = document.activeElement;
  if (!e || e === document.body) return {matches: false, label: 'body', ring: ''};
  const s = getComputedStyle(e);
  const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
  const ring = !e.matches(':focus-visible') ? ''
             : outline ? `outline ${s.outlineWidth} ${s.outlineStyle} ${s.outlineColor}`
             : s.boxShadow !== 'none' ? `box-shadow ${s.boxShadow}` : '';
  const text = (e.getAttribute('aria-label') || e.innerText || (e.type === 'password' ? '' : e.value)
                || e.getAttribute('name') || '').trim();
  const label = `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''} "${text.slice(0, 40)}"`;
  return {matches: e.matches(selector), ring, label};
}"""


def tab_to(page, selector: str, what: str, limit: int) -> None:
    """Press Tab until the focused element matches `selector`; fail after `limit` presses.

    Every element the focus passes on the way must show it (an outline or a box-shadow ring)."""
    state, path = page.evaluate(FOCUS, selector), []
    while not state["matches"]:
        if len(path) == limit:
            raise AssertionError(f"{what} ({selector}) not reached in {limit} Tab presses on {page.url}; "
                                 "focus went:\n  " + "\n  ".join(path))
        page.keyboard.press("Tab")
        state = page.evaluate(FOCUS, selector)
        path.append(state["label"])
        assert state["ring"] or state["label"] == "body", \
            f"{state['label']} has keyboard focus but no visible focus indicator on {page.url}"
    assert state["ring"], f"{what} has keyboard focus but no visible focus indicator on {page.url}"


def skip_to_main(page) -> None:
    """From the top of a page: Tab to the skip link, Enter; focus is then on <main>."""
    page.keyboard.press("Tab")
    tab_to(page, "a.skip-link", "the skip link", limit=0)
    page.keyboard.press("Enter")
    page.wait_for_function("document.activeElement && document.activeElement.id === 'konten'")


def press_enter_and_wait(page, url_pattern: str) -> None:
    with page.expect_navigation(url=re.compile(url_pattern)):
        page.keyboard.press("Enter")


def test_keyboard_only_sign_in_and_ask_a_question(page, watched, site, targets):
    watched.allow(FAVICON_CANCELLED)
    title = unique("Menata arsip rapat per bidang?")  # short: every character is a key press
    body = "Apa urutan kerja notulen yang sudah terbukti?"
    page.goto(site.url("/"))

    # The first Tab reaches the skip link, which shows itself when focused.
    page.keyboard.press("Tab")
    skip = page.evaluate("""() => { const e = document.activeElement, r = e.getBoundingClientRect();
      return {href: e.getAttribute('href'), text: e.innerText.trim(), width: r.width, height: r.height,
              top: r.top, left: r.left}; }""")
    assert skip["href"] == "#konten" and skip["text"].startswith("Langsung ke konten"), \
        f"the first Tab should reach the skip link to the main content, got {skip}"
    assert skip["width"] > 20 and skip["height"] > 10 and skip["top"] >= 0 and skip["left"] >= 0, \
        f"the focused skip link is not visible: {skip}"
    tab_to(page, "a.skip-link", "the skip link", limit=0)

    # Sign in: the header's "Masuk" link, then the form, typed and sent with Enter.
    tab_to(page, "header a[href$='/auth/login']", "the sign-in link", limit=20)
    press_enter_and_wait(page, r"/auth/login")
    skip_to_main(page)
    tab_to(page, "input[name=login]", "the login field", limit=3)
    page.keyboard.type(KEYBOARD_MEMBER)
    tab_to(page, "input[name=password]", "the password field", limit=2)
    page.keyboard.type(DEMO_PASSWORD)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.split("#")[0] == site.url("/"), \
        f"keyboard sign-in failed: {page.url}\n{page.inner_text('main')[:500]}"

    # Home again. The login page's #konten (from its skip link) survives the redirect, so the focus
    # starts in <main> already; without it, the skip link jumps over the header.
    if page.evaluate("location.hash") != "#konten":
        skip_to_main(page)
    # A member's home opens with their own panels (JP, drafts, follows...), each with a link or two, before the lists.
    tab_to(page, "main a[href$='/questions/ask']", "the 'Ajukan Pertanyaan' link", limit=30)
    press_enter_and_wait(page, r"/questions/ask")

    # Write the question: title, body, tags, then the submit button, all with the keyboard.
    skip_to_main(page)
    tab_to(page, "input[name=title]", "the title field", limit=6)
    page.keyboard.type(title)
    tab_to(page, "textarea[name=body]", "the body field", limit=12)  # similar questions and editor tabs between
    page.keyboard.type(body)
    tab_to(page, "input[name=tags]", "the tags field", limit=4)
    page.keyboard.type(str(targets["tag"]))
    tab_to(page, "main form button[type=submit]", "the submit button", limit=4)
    press_enter_and_wait(page, r"/questions/\d+")

    assert page.inner_text("main h1").strip() == title
    assert body in page.inner_text("main")
    assert page.locator(f"main a[href$='/tags/{targets['tag']}']").count() >= 1, "the tag was not saved"
    page.goto(site.url("/questions/"))
    assert page.get_by_role("link", name=title).count() == 1, "the new question is not in the list"
