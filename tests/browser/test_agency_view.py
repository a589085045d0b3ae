"""The fair agency view on a phone: a leader opens it from /leaders/, sorts by a column, and the page itself
never scrolls sideways (the wide table scrolls in its own region)."""
from __future__ import annotations

from playwright.sync_api import expect

from tests.browser.conftest import LEADER, PHONE, screenshot, sign_in


def test_a_leader_sorts_the_agency_view_on_a_phone(open_page, site):
    page = open_page(PHONE)
    sign_in(page, site, LEADER)
    page.goto(site.url("/leaders/?period=tahun"))
    page.get_by_role("link", name="Perbandingan instansi").click()
    expect(page.get_by_role("heading", name="Perbandingan Instansi")).to_be_visible()
    table = page.locator("table.agency-table")
    assert page.locator("tr[data-agency-code]").count() > 30  # every agency, the idle ones too
    assert page.locator("tr[data-inactive]").count() > 0
    page.locator("[data-sort-link=posts_per_100]").click()
    expect(table).to_have_attribute("data-sort", "posts_per_100")
    assert "period=tahun" in page.url
    values = [float(v) for v in page.locator("tr[data-rank]:not([data-rank=''])")
              .evaluate_all("rows => rows.map(r => r.getAttribute('data-posts-per-100'))")]
    assert values == sorted(values, reverse=True)
    widths = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1] + 1, f"the page scrolls sideways: {widths}"
    # The table scrolls in its own region, which a keyboard user can focus and scroll.
    assert page.locator(".table-responsive[role=region]").get_attribute("tabindex") == "0"
    screenshot(page, "leaders-agencies-phone")
