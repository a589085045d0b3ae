"""A leader opens /leaders/reports from the leaders' page and downloads the monthly report of Setda, made
by `flask reports monthly` as cron would."""
from __future__ import annotations

from pathlib import Path

from playwright.sync_api import expect

from tests.browser.conftest import LEADER, screenshot, sign_in


def test_a_leader_downloads_the_monthly_report(page, site):
    site.flask("reports", "monthly", "--agency", "setda", "--no-mail")  # last month, as on the 1st
    sign_in(page, site, LEADER)
    page.goto(site.url("/leaders/"))
    page.get_by_role("link", name="Laporan bulanan").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Laporan bulanan")
    row = page.locator("tr", has_text="Sekretariat Daerah")
    screenshot(page, "leaders-reports")
    with page.expect_download() as info:
        row.get_by_role("link", name="Unduh PDF").click()
    download = info.value
    assert download.suggested_filename.startswith("laporan-") and download.suggested_filename.endswith("-setda.pdf")
    assert Path(download.path()).read_bytes().startswith(b"%PDF")
