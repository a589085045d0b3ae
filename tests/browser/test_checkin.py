"""Self check-in in a real browser: the organiser shows the QR code of an activity under way, a member opens its
link (signing in on the way), confirms, the organiser confirms the list, the member downloads the certificate."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

from playwright.sync_api import expect
from sqlalchemy import create_engine, insert, select, update

from app.demo.activities import ORGANISER
from app.demo.people import demo_email
from tests.browser.conftest import sign_in, unique

MEMBER = demo_email("Lestari Wulandari")


def activity_under_way(site, title: str) -> int:
    """An activity of the organiser's agency that began five minutes ago: a journey of seconds cannot wait for
    a start, and a new activity must start in the future, so it is written straight into the site's database."""
    from app.accounts.models import User
    from app.core.cache import CONTENT, CacheVersion
    from app.pembinaan.models import Activity

    now = datetime.now(UTC).replace(tzinfo=None)
    engine = create_engine(site.database_url)
    try:
        with engine.begin() as conn:
            user_id, agency_id = conn.execute(select(User.id, User.agency_id).where(
                User.email == demo_email(ORGANISER))).one()
            activity_id = conn.execute(insert(Activity.__table__).values(
                title=title, slug="sesi-berbagi", kind="sesi_berbagi", agency_id=agency_id,
                description_md="Berbagi cara menyusun SKP.", description_html="<p>Berbagi cara menyusun SKP.</p>",
                starts_at=now - timedelta(minutes=5), ends_at=now + timedelta(hours=2), place="Aula BKPSDM", jp=2,
                status="scheduled", registered_count=0, attended_count=0, created_by_id=user_id, created_at=now,
                updated_at=now).returning(Activity.__table__.c.id)).scalar_one()
            conn.execute(update(CacheVersion).where(CacheVersion.name == CONTENT)
                         .values(version=CacheVersion.version + 1))
    finally:
        engine.dispose()
    return activity_id


def test_a_member_checks_in_by_qr_and_downloads_the_certificate(open_page, site):
    title = unique("Sesi Berbagi Penyusunan SKP")
    activity_id = activity_under_way(site, title)
    organiser = open_page()
    sign_in(organiser, site, demo_email(ORGANISER))
    organiser.goto(site.url(f"/activities/{activity_id}"))
    qr = organiser.locator("section.checkin-qr")
    expect(qr.locator("svg")).to_be_visible()
    # The QR code carries the public address (SERVER_NAME); the test site answers on its own port.
    link = site.url(urlsplit(qr.get_attribute("data-checkin-url")).path)

    member = open_page()
    member.goto(link)  # signed out: the sign-in page first, then back to the link
    member.fill("input[name=login]", MEMBER)
    member.fill("input[name=password]", "Tepian-Deli-2026!")
    member.get_by_role("button", name="Masuk", exact=True).click()
    member.get_by_role("button", name="Saya hadir").click()
    expect(member.locator(".flash-messages")).to_contain_text("Check-in berhasil")

    organiser.reload()
    expect(organiser.locator("[data-self-checkin]")).to_have_count(1)
    organiser.get_by_role("button", name="Konfirmasi 1 check-in mandiri sebagai hadir").click()
    expect(organiser.locator(".flash-messages")).to_contain_text("1 check-in mandiri dikonfirmasi")

    member.reload()
    with member.expect_download() as download:
        member.get_by_role("link", name="Unduh sertifikat kehadiran (PDF)").click()
    assert download.value.suggested_filename.startswith("sertifikat-SH-")
