"""/api/docs: the vendored swagger-ui reads the OpenAPI document under the site's CSP, offline, on a phone too."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from playwright.sync_api import expect

from app.demo.people import demo_email
from tests.browser.conftest import PHONE, screenshot, sign_in, unique

MEMBER = demo_email("Lestari Wulandari")


def test_api_docs_lists_the_operations_without_leaving_the_site(open_page, site):
    seen: list[str] = []
    for viewport in (None, PHONE):
        page = open_page(viewport) if viewport else open_page()
        page.on("request", lambda request: seen.append(request.url))
        page.goto(site.url("/api/docs"))
        expect(page.locator("[data-api-docs] .opblock").first).to_be_visible()
        expect(page.locator("[data-api-docs]")).to_contain_text("/api/v1/posts")
        expect(page.get_by_role("button", name="Authorize")).to_be_visible()
        scroll, client = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        assert scroll <= client, f"/api/docs scrolls sideways ({scroll} px in {client} px)"
        screenshot(page, "api-docs-phone" if viewport else "api-docs")
    hosts = {urlsplit(url).hostname for url in seen if not url.startswith("data:")}
    assert hosts == {"127.0.0.1"}, f"requests left the site: {sorted(u for u in seen if '127.0.0.1' not in u)}"


def test_try_it_out_with_a_token_from_the_tokens_page(page, site):
    sign_in(page, site, MEMBER)
    page.goto(site.url("/users/me/tokens"))
    page.get_by_role("link", name="Dokumentasi API").wait_for()
    page.get_by_label("Nama token").fill(unique("Coba dokumentasi"))
    page.get_by_role("button", name="Buat token").click()
    secret = page.locator("[data-token-secret]").inner_text().strip()
    page.get_by_role("link", name="Dokumentasi API").click()
    page.locator(".auth-wrapper .authorize").click()
    page.locator(".modal-ux input[type=text], .modal-ux input[type=password]").first.fill(secret)
    page.locator(".modal-ux .modal-btn.authorize").click()
    page.locator(".modal-ux .btn-done").click()
    path = page.locator(".opblock-summary-path", has_text=re.compile(r"^/api/v1/me$"))
    operation = page.locator(".opblock", has=path)
    operation.locator(".opblock-summary").click()
    operation.get_by_role("button", name="Try it out").click()
    operation.get_by_role("button", name="Execute").click()
    expect(operation.locator(".live-responses-table tbody .response-col_status")).to_have_text("200")
    expect(operation.locator(".live-responses-table")).to_contain_text(MEMBER)
