"""Without OIDC_ISSUER there is no single sign-on: no button, and its URLs do not exist."""


def test_no_sso_button_and_no_sso_urls_when_not_configured(client):
    page = client.get("/auth/login").get_data(as_text=True)
    assert "Masuk dengan SSO" not in page
    assert client.get("/auth/oidc/login").status_code == 404
    assert client.get("/auth/oidc/callback?code=x&state=y").status_code == 404


def test_an_issuer_without_a_client_leaves_sso_off(app_config):
    from app import create_app

    app = create_app({**app_config, "OIDC_ISSUER": "https://sso.contoh.invalid/realms/pemkomedan"})
    client = app.test_client()
    assert "Masuk dengan SSO" not in client.get("/auth/login").get_data(as_text=True)
    assert client.get("/auth/oidc/login").status_code == 404
