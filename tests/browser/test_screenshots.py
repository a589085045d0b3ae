"""Screenshots of the main pages at desktop (1280 px) and phone (390 px) width, and what a person notices.

Each page is opened once per role (one signed-in browser context per role for the module, as in
test_accessibility.py), shot at desktop width, then the window is narrowed to a phone's width and shot
again. At both widths: the header and the page's main heading are visible and nothing makes the page
scroll sideways. The pictures land in test-artifacts/screenshots/<engine>/NAME-desktop.png and
NAME-phone.png for a person to look at.
"""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from tests.browser.conftest import DESKTOP, PHONE, screenshot
from tests.browser.test_accessibility import RoleSessions, demo_targets

# Elements sticking out to the right of the window (outside a sideways-scrolling box), for the message.
OVERFLOWING = """() => {
  const width = window.innerWidth, found = [];
  for (const e of document.body.querySelectorAll('*')) {
    const r = e.getBoundingClientRect();
    if (r.right <= width + 1 || r.width === 0) continue;
    let p = e.parentElement, clipped = false;
    for (; p && p !== document.body; p = p.parentElement) {
      const o = getComputedStyle(p).overflowX;
      if (o !== 'visible') { clipped = true; break; }
    }
    if (!clipped) found.push(`${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}.${[...e.classList].join('.')}`
                             + ` right=${Math.round(r.right)}`);
  }
  return found.slice(0, 8);
}"""


@dataclass(frozen=True)
class Shot:
    name: str
    role: str
    path: str  # formatted with demo_targets()


SHOTS = [
    Shot("home", "visitor", "/"),
    Shot("home-member", "member", "/"),
    Shot("questions", "visitor", "/questions/"),
    Shot("question", "visitor", "/questions/{question}"),
    Shot("question-member", "member", "/questions/{question}"),
    Shot("article", "visitor", "/articles/{article}"),
    Shot("thread", "visitor", "/discussions/{thread}"),
    Shot("search", "visitor", "/search?q=arsip"),
    Shot("leaders", "leader", "/leaders/"),
    Shot("moderation", "moderator", "/moderation/"),
    Shot("profile", "member", "/users/me"),
    Shot("activity", "member", "/activities/{activity}"),
    Shot("sign-in", "visitor", "/auth/login"),
]


@pytest.fixture(scope="module")
def sessions(browser, site):
    opened = RoleSessions(browser, site)
    yield opened
    opened.close()


LONG_WORD = "https://layanan.pemkomedan.go.id/arsip-digital/panduan-lengkap-penggunaan-aplikasi-persuratan-terbaru"


@pytest.fixture(scope="module", autouse=True)
def a_question_with_a_long_word(sessions, site):
    """Titles and posts carry URLs and codes that do not break: the lists must still fit a phone."""
    page = sessions.page("member")
    page.goto(site.url("/questions/ask"))
    page.get_by_label("Judul", exact=True).fill(f"Di mana panduan {LONG_WORD}?")
    page.get_by_label("Isi", exact=True).fill(f"Tautan {LONG_WORD} tidak terbuka dari kantor kecamatan. Mohon bantuan.")
    with page.expect_navigation():
        page.get_by_role("button", name="Kirim pertanyaan").click()
    assert "/questions/ask" not in page.url, page.url
    sessions.take_problems("member")


def check_layout(page, where: str) -> None:
    assert page.locator("header .navbar-brand").is_visible(), f"{where}: the header is not visible"
    heading = page.locator("main h1").first
    assert heading.count() and heading.is_visible(), f"{where}: the page has no visible main heading"
    box = heading.bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= page.viewport_size["width"] + 1, \
        f"{where}: the main heading is cut off: {box}"
    widths = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1] + 1, \
        f"{where}: the page scrolls sideways ({widths[0]} px wide in a {widths[1]} px window); sticking out: " \
        + ", ".join(page.evaluate(OVERFLOWING))


@pytest.mark.parametrize("shot", SHOTS, ids=[s.name for s in SHOTS])
def test_page_looks_right_on_desktop_and_phone(shot, sessions, site):
    page = sessions.page(shot.role)
    sessions.take_problems(shot.role)
    path = shot.path.format(**demo_targets(site.database_url))
    page.set_viewport_size(DESKTOP)
    response = page.goto(site.url(path))
    assert response is not None and response.status == 200, f"{path} as {shot.role}: {response and response.status}"
    page.evaluate("document.fonts.ready.then(() => true)")  # icons drawn, not their fallback boxes
    check_layout(page, f"{path} at desktop width")
    screenshot(page, f"{shot.name}-desktop")

    page.set_viewport_size(PHONE)
    check_layout(page, f"{path} at phone width")
    toggler = page.locator("header .navbar-toggler")
    assert toggler.is_visible() and not page.locator("#nav-utama").is_visible(), \
        f"{path} at phone width: the navigation should sit behind the menu button"
    screenshot(page, f"{shot.name}-phone")
    problems = sessions.take_problems(shot.role)
    assert not problems, "\n".join(problems)
