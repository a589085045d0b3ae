"""Without OIDC_ISSUER there is no single sign-on: no button, and its URLs do not exist."""


def test_no_sso_button_and_no_sso_urls_when_not_configured(client):
    page = client.get("/auth/login").get_data(as_text=True)
    assert "Masuk dengan SSO" not in page
    assert client.get("/auth/oidc/login").status_code == 404
    assert client.get("/auth/oidc/callback?code=x&state=y").status_code == 404
