"""Names instead of numbers in a real browser: a leader picks an award's recipient and a linked post by typing
names and titles; a speaker picks the activity of a JP claim by its title, and the JP row shows that title."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from playwright.sync_api import expect
from sqlalchemy import create_engine, insert, select, update

from app.demo.people import demo_email
from tests.browser.conftest import sign_in, unique

LEADER = "pimpinan@simpul.test"
MEMBER = demo_email("Lestari Wulandari")


def past_sharing_session(site, title: str) -> int:
    """A sharing session the member ran yesterday, written straight into the site's database (a new activity
    must start in the future, and a claim is for one that took place)."""
    from app.accounts.models import User
    from app.core.cache import CONTENT, CacheVersion
    from app.pembinaan.models import Activity

    start = datetime.now(UTC).replace(tzinfo=None) - timedelta(days=1)
    engine = create_engine(site.database_url)
    try:
        with engine.begin() as conn:
            user_id, agency_id = conn.execute(select(User.id, User.agency_id).where(User.email == MEMBER)).one()
            activity_id = conn.execute(insert(Activity.__table__).values(
                title=title, slug="sesi-berbagi", kind="sesi_berbagi", agency_id=agency_id,
                description_md="Berbagi cara memantau kualitas air.", description_html="<p>Berbagi.</p>",
                starts_at=start, ends_at=start + timedelta(hours=2), place="Aula DLH", jp=2, status="scheduled",
                registered_count=0, attended_count=0, created_by_id=user_id, created_at=start - timedelta(days=7),
                updated_at=start).returning(Activity.__table__.c.id)).scalar_one()
            conn.execute(update(CacheVersion).where(CacheVersion.name == CONTENT)
                         .values(version=CacheVersion.version + 1))
    finally:
        engine.dispose()
    return activity_id


def pick(page, label: str, typed: str, option: str | None = None) -> str:
    """Type into the picker labelled `label` and choose `option` (or the first one); returns its text."""
    field = page.get_by_label(label, exact=True)
    field.fill("")
    field.press_sequentially(typed, delay=40)
    listbox = page.get_by_role("listbox")
    chosen = listbox.get_by_role("option").filter(has_text=option).first if option else \
        listbox.get_by_role("option").first
    expect(chosen).to_be_visible()
    name = chosen.locator("span").first.inner_text()
    chosen.click()
    expect(listbox).to_be_hidden()
    return name


def test_a_leader_picks_the_recipient_and_a_post_by_name(open_page, site):
    page = open_page()
    sign_in(page, site, LEADER)
    page.goto(site.url("/leaders/awards/new"))
    page.get_by_label("Penerima", exact=True).fill("Tidak Ada Orangnya")
    page.get_by_label("Judul penghargaan").fill(unique("Pelopor Lingkungan"))
    page.get_by_label("Kutipan penghargaan").fill("Atas pemantauan kualitas air yang dibagikan ke semua OPD.")
    page.get_by_role("button", name="Berikan penghargaan").click()
    expect(page.locator("#user-error")).to_be_visible()
    expect(page.locator("#user-error")).to_contain_text("Ketik nama atau @nama pengguna anggota")
    recipient = pick(page, "Penerima", "lestari", "Lestari Wulandari")
    expect(page.get_by_label("Penerima", exact=True)).to_have_value(recipient)
    assert recipient.startswith("Lestari Wulandari (@")
    post = pick(page, "Kiriman terkait (opsional)", "arsip")
    expect(page.locator("[data-picker-chosen]")).to_have_count(1)
    page.get_by_role("button", name="Berikan penghargaan").click()
    expect(page.locator(".flash-messages")).to_contain_text("telah diberikan kepada Lestari Wulandari")
    expect(page.get_by_role("link", name=post)).to_be_visible()


def test_a_speaker_picks_the_activity_of_a_claim_by_its_title(open_page, site):
    title = unique("Sesi Berbagi Pemantauan Air")
    past_sharing_session(site, title)
    page = open_page()
    sign_in(page, site, MEMBER)
    page.goto(site.url("/jp/claims/new"))
    page.get_by_label("Jenis berbagi pengetahuan").select_option("narasumber-sesi-berbagi")
    chosen = pick(page, "Kegiatan", "pemantauan air", title)
    assert chosen == title
    page.get_by_label("Tanggal", exact=True).fill((datetime.now(UTC) - timedelta(days=1)).date().isoformat())
    page.get_by_label("Bukti", exact=True).fill("Daftar hadir dan materi ada pada berkas rapat bidang.")
    page.get_by_role("button", name="Ajukan klaim").click()
    expect(page.locator(".flash-messages")).to_contain_text("telah diajukan dan menunggu verifikasi")
    line = page.locator("[data-jp-line]").filter(has_text=title)
    expect(line.locator('[data-jp-related="activity"]')).to_have_text(title)
