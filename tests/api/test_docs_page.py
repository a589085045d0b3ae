"""/api/docs: a public page that loads the vendored viewer from our own static files, under the site's CSP."""
from __future__ import annotations


def test_docs_page_is_public_and_keeps_the_strict_csp(client):
    response = client.get("/api/docs")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert 'data-openapi-url="/api/v1/openapi.json"' in html
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in html and "/static/js/api-docs.js" in html
    assert "/users/me/tokens" in html and "Authorize" in html
    assert "<script>" not in html  # the start is a static file: no inline script
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe" not in csp


def test_vendored_viewer_is_served(client):
    for path in ("/static/vendor/swagger-ui/swagger-ui-bundle.js", "/static/vendor/swagger-ui/swagger-ui.css"):
        response = client.get(path)
        assert response.status_code == 200
        assert b"sourceMappingURL" not in response.get_data()
        response.close()
