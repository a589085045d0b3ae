"""/api/docs: the vendored swagger-ui reads the OpenAPI document under the site's CSP, offline, on a phone too."""
from __future__ import annotations

from urllib.parse import urlsplit

from playwright.sync_api import expect

from tests.browser.conftest import PHONE


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
    hosts = {urlsplit(url).hostname for url in seen if not url.startswith("data:")}
    assert hosts == {"127.0.0.1"}, f"requests left the site: {sorted(u for u in seen if '127.0.0.1' not in u)}"
