"""No page scrolls sideways on a phone (390 px), for any role: a sweep of the whole site map.

The routes come from the application's URL map (every rule that answers GET), so a new page is swept
without anyone remembering to add it. Parameters are filled with ids read from the demo data (`SAMPLES`,
one SQL query each; `ROUTE_VALUES` says which sample fills which argument of which rule). A rule with
parameters and no entry there, or a sample the demo data lacks, fails the test by name: give it a sample,
or add it to `SKIPPED` with the reason it is not a page (downloads, JSON, token links, the sign-in
provider's redirects, static files).

Each role (visitor, member, verifier, moderator, operator, leader, admin) has one browser context at
390x844 and visits every route. A page fails when `document.documentElement.scrollWidth` is larger than
its `clientWidth`; all failures are reported together, each with the selector of the element sticking
out furthest, and a screenshot of each failing page lands in test-artifacts/screenshots/<engine>/.
"""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote

import pytest
from sqlalchemy import create_engine, text

from app import create_app
from tests.browser.conftest import ADMIN, LEADER, MODERATOR, PHONE, Watched, new_page, screenshot, sign_in
from tests.conftest import base_config

ROLES = {
    "visitor": None,
    "member": "siti.lubis@simpul.test",
    "verifier": "ahmad.harahap@simpul.test",
    "moderator": MODERATOR,
    "operator": "budi.nasution@simpul.test",
    "leader": LEADER,
    "admin": ADMIN,
}

# GET rules that are not pages a person reads on a phone, each with the reason.
SKIPPED = {
    "/static/<path:filename>": "static files",
    "/healthz": "JSON for the load balancer",
    "/activities/<int:activity_id>.ics": "calendar file download",
    "/activities/calendar.ics": "calendar feed download",
    "/activities/<int:activity_id>/registrants.csv": "CSV download",
    "/activities/<int:activity_id>/certificate.pdf": "PDF download",
    "/activities/<int:activity_id>/checkin/<token>": "token link (the room's QR code)",
    "/activities/certificates/<number>/verify.json": "JSON",
    "/awards/<number>/verify.json": "JSON",
    "/auth/confirm/<token>": "token link (e-mail confirmation)",
    "/auth/reset/<token>": "token link (password reset)",
    "/auth/oidc/login": "redirect to the sign-in provider",
    "/auth/oidc/callback": "redirect back from the sign-in provider",
    "/jp/export.csv": "CSV download",
    "/jp/export.pdf": "PDF download",
    "/jp/verifikasi/export.csv": "CSV download",
    "/jp/verifikasi/export.pdf": "PDF download",
    "/leaders/agencies.csv": "CSV download",
    "/leaders/export.csv": "CSV download",
    "/leaders/export.xlsx": "XLSX download",
    "/leaders/innovations.xlsx": "XLSX download",
    "/leaders/jp/export.csv": "CSV download",
    "/leaders/reports/<int:report_id>.pdf": "PDF download",
    "/leaders/responsiveness.<ext>": "CSV/XLSX download",
    "/questions/similar": "JSON for the ask form",
    "/tags/suggest.json": "JSON",
    "/users/suggest.json": "JSON",
    "/posts/suggest.json": "JSON for the pickers",
    "/activities/suggest.json": "JSON for the pickers",
    "/users/me/export": "ZIP download",
    "/uploads/<int:upload_id>/<name>": "file download",
    "/uploads/<int:upload_id>/thumb": "image",
}

SKIPPED_PREFIX = "/api/v1/"  # the JSON API (a token, no pages); its documentation page /api/docs is swept

# Sample rows from the site's database: name -> query; the columns fill the arguments (sample.column).
SAMPLES = {
    "article": "SELECT id, slug FROM posts WHERE kind = 'article' AND status = 'published' AND revision_count >= 2 "
               "ORDER BY (CASE WHEN body_md LIKE '%|---%' THEN 0 ELSE 1 END), revision_count DESC, id",
    "question": "SELECT id, slug FROM posts WHERE kind = 'question' AND status = 'published' "
                "ORDER BY child_count DESC, id",
    "answer": "SELECT id FROM posts WHERE kind = 'answer' AND status = 'published' ORDER BY id",
    "thread": "SELECT id, slug FROM posts WHERE kind = 'thread' AND status = 'published' ORDER BY child_count DESC, id",
    "reply": "SELECT id FROM posts WHERE kind = 'reply' AND status = 'published' ORDER BY id",
    "suggestion": "SELECT id, post_id FROM edit_suggestions ORDER BY id",
    "activity": "SELECT id, slug FROM activities ORDER BY attended_count DESC, id",
    "certificate": "SELECT certificate_number AS number FROM activity_registrations "
                   "WHERE certificate_number IS NOT NULL ORDER BY id",
    "award": "SELECT number FROM awards ORDER BY id",
    "agency": "SELECT a.id, a.code FROM agencies a JOIN posts p ON p.addressed_agency_id = a.id "
              "GROUP BY a.id, a.code ORDER BY COUNT(*) DESC, a.id",
    "author": "SELECT u.id, u.handle FROM users u JOIN posts p ON p.author_id = u.id AND p.kind = 'article' "
              "GROUP BY u.id, u.handle ORDER BY COUNT(*) DESC, u.id",
    "claim": "SELECT id FROM jp_records WHERE status = 'diajukan' ORDER BY id",
    "tag": "SELECT name FROM tags ORDER BY post_count DESC, name",
    "acronym": "SELECT id FROM acronyms ORDER BY id",
    "webhook": "SELECT id FROM webhooks ORDER BY id",
}

# Which sample fills each argument of each rule with parameters (and a query string some pages need).
ROUTE_VALUES = {
    "/activities/<int:activity_id>": {"activity_id": "activity.id"},
    "/activities/<int:activity_id>/<slug>": {"activity_id": "activity.id", "slug": "activity.slug"},
    "/activities/<int:activity_id>/edit": {"activity_id": "activity.id"},
    "/activities/certificates/<number>": {"number": "certificate.number"},
    "/admin/acronyms/<int:acronym_id>/edit": {"acronym_id": "acronym.id"},
    "/admin/agencies/<int:agency_id>/edit": {"agency_id": "agency.id"},
    "/admin/webhooks/<int:webhook_id>": {"webhook_id": "webhook.id"},
    "/admin/webhooks/<int:webhook_id>/edit": {"webhook_id": "webhook.id"},
    "/admin/approvals/<int:user_id>/refuse": {"user_id": "author.id"},
    "/admin/approvals/<int:user_id>/withdraw": {"user_id": "author.id"},
    "/agencies/<code>": {"code": "agency.code"},
    "/agencies/<code>/questions": {"code": "agency.code"},
    "/agencies/<code>/responders": {"code": "agency.code"},
    "/answers/<int:post_id>": {"post_id": "answer.id"},
    "/articles/<int:post_id>": {"post_id": "article.id"},
    "/articles/<int:post_id>/<slug>": {"post_id": "article.id", "slug": "article.slug"},
    "/articles/<int:post_id>/adoptions": {"post_id": "article.id"},
    "/articles/<int:post_id>/diff": {"post_id": "article.id", "?": "from=1&to=2"},
    "/articles/<int:post_id>/edit": {"post_id": "article.id"},
    "/articles/<int:post_id>/print": {"post_id": "article.id"},
    "/articles/<int:post_id>/revisions": {"post_id": "article.id"},
    "/articles/<int:post_id>/suggestions": {"post_id": "suggestion.post_id"},
    "/articles/<int:post_id>/suggestions/<int:suggestion_id>": {"post_id": "suggestion.post_id",
                                                                 "suggestion_id": "suggestion.id"},
    "/awards/<number>": {"number": "award.number"},
    "/discussions/<int:post_id>": {"post_id": "thread.id"},
    "/discussions/<int:post_id>/<slug>": {"post_id": "thread.id", "slug": "thread.slug"},
    "/discussions/replies/<int:post_id>": {"post_id": "reply.id"},
    "/jp/<int:record_id>/reject": {"record_id": "claim.id"},
    "/posts/<int:post_id>": {"post_id": "answer.id"},
    "/posts/<int:post_id>/edit": {"post_id": "answer.id"},
    "/questions/<int:post_id>": {"post_id": "question.id"},
    "/questions/<int:post_id>/<slug>": {"post_id": "question.id", "slug": "question.slug"},
    "/tags/<name>": {"name": "tag.name"},
    "/users/<int:user_id>": {"user_id": "author.id"},
    "/users/<int:user_id>/edit": {"user_id": "author.id"},
    "/users/@<handle>": {"handle": "author.handle"},
}

# Other views of the same routes, chosen by the query string.
VARIANTS = [
    "/activities/?view=kalender",
    "/search?q=arsip",
    "/leaders/?view=instansi&period=tahun",
    "/leaders/agencies?period=tahun",
]

ARGUMENT = re.compile(r"<(?:[a-z]+:)?([a-z_]+)>")

# Elements reaching past the right edge outside any box that scrolls or clips them (a `.visually-hidden`
# span escapes a box that is not positioned): the furthest one, as a selector of up to four steps (the
# outermost of equals comes first in document order).
WIDEST = """() => {
  const width = document.documentElement.clientWidth;
  const step = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
    + [...e.classList].slice(0, 3).map(c => '.' + c).join('');
  let widest = null, right = width;
  for (const e of document.body.querySelectorAll('*')) {
    const r = e.getBoundingClientRect();
    if (r.right <= right + 0.5 || r.width === 0) continue;
    let clipped = false, inner = e;  // a box clips what it contains: absolute ones only if it is positioned
    for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
      const own = getComputedStyle(inner).position, style = getComputedStyle(p);
      if (own === 'fixed' || (own === 'absolute' && style.position === 'static')) continue;
      if (style.overflowX !== 'visible') { clipped = true; break; }
      inner = p;
    }
    if (!clipped) { widest = e; right = r.right; }
  }
  if (!widest) return 'no single element (margins?)';
  const path = [];
  for (let e = widest; e && e !== document.body && path.length < 4; e = e.parentElement) path.unshift(step(e));
  return path.join(' > ') + ` (right edge at ${Math.round(right)} px)`;
}"""
WIDTHS = "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"


def site_routes() -> list[str]:
    """Every GET rule of the URL map, as written in it (`/articles/<int:post_id>`)."""
    app = create_app(base_config(Path("/tmp"), "sqlite://"))
    rules = {rule.rule for rule in app.url_map.iter_rules() if "GET" in (rule.methods or ())}
    return sorted(rules)


def read_samples(database_url: str) -> dict[str, dict]:
    engine = create_engine(database_url)
    try:
        with engine.connect() as conn:
            rows = {name: conn.execute(text(sql)).mappings().first() for name, sql in SAMPLES.items()}
    finally:
        engine.dispose()
    return {name: dict(row) for name, row in rows.items() if row is not None}


def sweep_paths(rules: list[str], samples: dict[str, dict]) -> tuple[list[str], list[str]]:
    """The paths to visit, and what is wrong with the tables above (rules nobody can fill)."""
    paths, problems = [], []
    for rule in rules:
        if rule in SKIPPED or rule.startswith(SKIPPED_PREFIX):
            continue
        arguments = ARGUMENT.findall(rule)
        if not arguments:
            paths.append(rule)
            continue
        values = ROUTE_VALUES.get(rule)
        if values is None:
            problems.append(f"{rule}: no sample for {', '.join(arguments)} (add it to ROUTE_VALUES or SKIPPED)")
            continue
        filled, missing = {}, []
        for argument in arguments:
            sample, _, column = values.get(argument, "?.?").partition(".")
            if sample not in samples or column not in samples[sample]:
                missing.append(f"{argument} <- {values.get(argument, 'nothing')}")
            else:
                filled[argument] = quote(str(samples[sample][column]), safe="@")
        if missing:
            problems.append(f"{rule}: the demo data has no {', '.join(missing)}")
            continue
        path = ARGUMENT.sub(lambda m: filled[m.group(1)], rule)
        paths.append(path + ("?" + values["?"] if "?" in values else ""))
    return paths + VARIANTS, problems


# --- what the demo data lacks: an award and an edit suggestion, made as a person would --------------

def give_an_award(browser, site) -> None:
    context, page = new_page(browser, Watched(), PHONE)
    try:
        sign_in(page, site, LEADER)
        page.goto(site.url("/leaders/awards/new?user=4"))
        page.get_by_label("Judul penghargaan").fill("Penggerak Arsip Digital Kecamatan")
        page.get_by_label("Kutipan penghargaan").fill("Atas kerja tekun memindai arsip kelurahan setiap hari.")
        with page.expect_navigation():
            page.get_by_role("button", name="Berikan penghargaan").click()
        assert "/awards/new" not in page.url, f"the award was not given: {page.url}"
    finally:
        context.close()


def suggest_an_edit(browser, site, article_id: int) -> None:
    context, page = new_page(browser, Watched(), PHONE)
    try:
        sign_in(page, site, "jonathan.hutagalung@simpul.test")
        page.goto(site.url(f"/articles/{article_id}/edit"))
        body = page.get_by_role("textbox", name="Isi", exact=True)
        body.fill(body.input_value() + "\n\nCatatan: jadwal pemindaian ditempel di ruang arsip.")
        page.get_by_label("Ringkasan perubahan").fill("menambah catatan jadwal")
        with page.expect_navigation():
            page.get_by_role("button", name="Kirim usulan").click()
        assert "/edit" not in page.url, f"the suggestion was not sent: {page.url}"
    finally:
        context.close()


def register_a_webhook(browser, site) -> None:
    context, page = new_page(browser, Watched(), PHONE)
    try:
        sign_in(page, site, ADMIN)
        page.goto(site.url("/admin/webhooks/new"))
        page.get_by_label("Alamat URL penerima").fill("https://kinerja.pemkomedan.go.id/simpul/webhook")
        page.get_by_label("post.created").check()
        with page.expect_navigation():
            page.get_by_role("button", name="Simpan").click()
        assert "/new" not in page.url, f"the webhook was not saved: {page.url}"
    finally:
        context.close()


@pytest.fixture(scope="module")
def samples(browser, site) -> dict[str, dict]:
    found = read_samples(site.database_url)
    if "award" not in found:
        give_an_award(browser, site)
    if "suggestion" not in found and "article" in found:
        suggest_an_edit(browser, site, found["article"]["id"])
    if "webhook" not in found:
        register_a_webhook(browser, site)
    return read_samples(site.database_url)


# --- the sweep ------------------------------------------------------------------------------------

def test_a_route_without_a_sample_is_named_not_skipped():
    paths, problems = sweep_paths(["/", "/healthz", "/things/<int:thing_id>", "/tags/<name>"], {})
    assert paths == ["/", *VARIANTS]
    assert problems == [
        "/things/<int:thing_id>: no sample for thing_id (add it to ROUTE_VALUES or SKIPPED)",
        "/tags/<name>: the demo data has no name <- tag.name",
    ]


def sweep_role(browser, site, role: str, paths: list[str]) -> tuple[list[str], list[str]]:
    """Visit every path as `role` in one phone-sized context: (pages too wide, problems seen)."""
    watched = Watched()
    watched.allow(r"request failed: other \S+/favicon\.svg\S* \(net::ERR_ABORTED\)")
    watched.allow(r"console error: ")  # 403/404 pages are part of the sweep; errors are not what it checks
    context, page = new_page(browser, watched, PHONE)
    wide = []
    try:
        if ROLES[role]:
            sign_in(page, site, ROLES[role])
        for path in paths:
            response = page.goto(site.url(path))
            status = response.status if response else "?"
            scroll, client = page.evaluate(WIDTHS)
            if scroll > client:
                where = page.evaluate(WIDEST)
                name = "phone-width-" + role + re.sub(r"[^a-z0-9]+", "-", path.lower()).rstrip("-")
                screenshot(page, name)
                wide.append(f"{role} {path} ({status}, {scroll} px in {client} px): {where}")
    finally:
        context.close()
    return wide, [f"{role}: {problem}" for problem in watched.problems]


def test_no_page_scrolls_sideways_at_phone_width(browser, site, samples):
    paths, problems = sweep_paths(site_routes(), samples)
    assert not problems, "routes the phone-width sweep cannot visit:\n" + "\n".join(problems)
    wide, seen = [], []
    for role in ROLES:
        role_wide, role_seen = sweep_role(browser, site, role, paths)
        wide += role_wide
        seen += role_seen
    assert not wide, f"pages that scroll sideways at 390 px ({len(paths)} paths per role):\n" + "\n".join(wide)
    assert not seen, "\n".join(seen)
