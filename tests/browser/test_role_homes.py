"""The home of each demo role at desktop and phone width: its panels are there, nothing scrolls sideways at
390 px, and the pictures land in test-artifacts/screenshots/<engine>/role-home-ROLE-desktop.png and -phone.png."""
from __future__ import annotations

import pytest

from tests.browser.conftest import ADMIN, DESKTOP, LEADER, MODERATOR, PHONE, screenshot, sign_in
from tests.browser.test_screenshots import check_layout

MEMBER_PANELS = {"jp", "drafts", "following", "unanswered", "changes"}
ROLES = {
    "member": ("siti.lubis@simpul.test", set()),
    "verifier": ("ahmad.harahap@simpul.test", {"claims"}),
    "moderator": (MODERATOR, {"moderation"}),
    "operator": ("budi.nasution@simpul.test", {"approvals"}),
    "leader": (LEADER, {"agency"}),
    "admin": (ADMIN, {"claims", "moderation", "approvals", "agency"}),
}
DUTY_PANELS = {"claims", "moderation", "approvals", "agency"}


@pytest.mark.parametrize("role", list(ROLES))
def test_each_role_has_its_home_on_desktop_and_phone(role, open_page, site):
    login, extra = ROLES[role]
    page = open_page(DESKTOP)
    sign_in(page, site, login)
    page.goto(site.url("/"))
    page.evaluate("document.fonts.ready.then(() => true)")
    shown = set(page.eval_on_selector_all("[data-home-panel]", "els => els.map(e => e.dataset.homePanel)"))
    assert MEMBER_PANELS | extra <= shown, f"{role}: {sorted(shown)}"
    assert not (DUTY_PANELS - extra) & shown, f"{role} sees another role's panels: {sorted(shown)}"
    total = page.locator("[data-jp-total]")
    assert total.get_attribute("data-jp-target") and total.get_attribute("data-jp-total") is not None
    check_layout(page, f"{role}'s home at desktop width")
    screenshot(page, f"role-home-{role}-desktop")

    page.set_viewport_size(PHONE)
    check_layout(page, f"{role}'s home at phone width")
    screenshot(page, f"role-home-{role}-phone")
