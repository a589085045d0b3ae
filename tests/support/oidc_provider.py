"""A real OpenID provider for the single sign-on tests, built from Authlib's server side.

A tiny Flask app with Authlib's AuthorizationServer (authorisation code grant + OpenIDCode + CodeChallenge),
in-memory client and codes, a discovery document and a JWKS with an RSA key made per test session, served by
werkzeug on 127.0.0.1 and a free port in a thread. It signs in one configured person without asking (the
"user" dict: sub and claims). Switches make it misbehave the way a real provider can: sign with a key its JWKS
does not advertise, issue for another audience, issue an expired token, answer garbage, be slow, or be gone.
"""
from __future__ import annotations

import secrets
import threading
import time
from dataclasses import dataclass, field
from functools import cache

from authlib.integrations.flask_oauth2 import AuthorizationServer
from authlib.oauth2 import OAuth2Error
from authlib.oauth2.rfc6749 import ClientMixin
from authlib.oauth2.rfc6749.grants import AuthorizationCodeGrant
from authlib.oauth2.rfc7636 import CodeChallenge
from authlib.oidc.core import AuthorizationCodeMixin, UserInfo
from authlib.oidc.core.grants import OpenIDCode
from flask import Flask, jsonify
from joserfc.jwk import KeySet, RSAKey
from werkzeug.serving import make_server

CLIENT_ID = "simpul-asn"
CLIENT_SECRET = "rahasia-klien-uji"  # noqa: S105 - the test provider's own client
KEY_ID = "kunci-uji-1"


@cache
def signing_key() -> RSAKey:
    """The key the JWKS advertises, made once per test session."""
    return RSAKey.generate_key(2048, parameters={"kid": KEY_ID}, private=True)


@cache
def impostor_key() -> RSAKey:
    """Another key under the same kid: a token signed with it must fail the signature check."""
    return RSAKey.generate_key(2048, parameters={"kid": KEY_ID}, private=True)


@dataclass
class Switches:
    wrong_key: bool = False  # sign the ID token with a key the JWKS does not advertise
    audience: str | None = None  # issue the ID token for this audience (azp still names the client)
    expired: bool = False  # an ID token that expired an hour ago
    garbage_discovery: bool = False  # the discovery document is an HTML page
    foreign_discovery: bool = False  # a JSON discovery document that names another issuer
    garbage_token: bool = False  # the token endpoint answers an HTML page with status 200
    no_id_token: bool = False  # a token response without an ID token
    deny: bool = False  # the person refuses (error=access_denied)
    slow_token: float = 0.0  # seconds the token endpoint waits before answering


@dataclass
class _Client(ClientMixin):
    redirect_uri: str
    client_id: str = CLIENT_ID
    client_secret: str = CLIENT_SECRET

    def get_client_id(self):
        return self.client_id

    def get_default_redirect_uri(self):
        return self.redirect_uri

    def get_allowed_scope(self, scope):
        return scope

    def check_redirect_uri(self, redirect_uri):
        return redirect_uri == self.redirect_uri

    def check_client_secret(self, client_secret):
        return secrets.compare_digest(client_secret, self.client_secret)

    def check_endpoint_auth_method(self, method, endpoint):
        return method in ("client_secret_basic", "client_secret_post")

    def check_response_type(self, response_type):
        return response_type == "code"

    def check_grant_type(self, grant_type):
        return grant_type == "authorization_code"


@dataclass
class _Code(AuthorizationCodeMixin):
    code: str
    client_id: str
    redirect_uri: str
    scope: str
    user: dict
    nonce: str | None
    code_challenge: str | None
    code_challenge_method: str | None
    auth_time: int = field(default_factory=lambda: int(time.time()))

    def get_redirect_uri(self):
        return self.redirect_uri

    def get_scope(self):
        return self.scope

    def get_nonce(self):
        return self.nonce

    def get_auth_time(self):
        return self.auth_time

    def get_acr(self):
        return None

    def get_amr(self):
        return None


class OidcProvider:
    """Start with `start()`, point OIDC_ISSUER at `issuer`, stop with `stop()` (also "the provider is down")."""

    def __init__(self, redirect_uri: str, user: dict):
        self.client = _Client(redirect_uri=redirect_uri)
        self.user = user
        self.switches = Switches()
        self.codes: dict[str, _Code] = {}
        self.nonces: set[str] = set()
        self._server = None
        self._thread: threading.Thread | None = None
        self.issuer = ""
        self.app = self._build_app()

    # --- serving ---
    def start(self) -> OidcProvider:
        self._server = make_server("127.0.0.1", 0, self.app, threaded=True)
        self.issuer = f"http://127.0.0.1:{self._server.server_port}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    # --- the provider ---
    def _build_app(self) -> Flask:
        app = Flask("test_oidc_provider")
        server = AuthorizationServer(app, query_client=self._query_client, save_token=lambda token, req: None)
        server.register_grant(_code_grant(self), [_openid_code(self), CodeChallenge(required=True)])

        @app.get("/.well-known/openid-configuration")
        def discovery():
            if self.switches.garbage_discovery:
                return "<html><body>Sedang dalam pemeliharaan</body></html>", 200
            return jsonify(
                issuer="https://sso.contoh.invalid" if self.switches.foreign_discovery else self.issuer,
                authorization_endpoint=f"{self.issuer}/authorize",
                token_endpoint=f"{self.issuer}/token", jwks_uri=f"{self.issuer}/jwks",
                response_types_supported=["code"], subject_types_supported=["public"],
                id_token_signing_alg_values_supported=["RS256"], code_challenge_methods_supported=["S256"],
                scopes_supported=["openid", "email", "profile"],
                token_endpoint_auth_methods_supported=["client_secret_basic", "client_secret_post"],
            )

        @app.get("/jwks")
        def jwks():
            return jsonify(KeySet([signing_key()]).as_dict(private=False))

        @app.get("/authorize")
        def authorize():
            # Auto-approves the configured person, as if they had signed in at the provider and agreed.
            person = None if self.switches.deny else self.user
            try:
                grant = server.get_consent_grant(end_user=person)
            except OAuth2Error as error:
                return server.handle_error_response(None, error)
            return server.create_authorization_response(grant=grant, grant_user=person)

        @app.post("/token")
        def token():
            if self.switches.slow_token:
                time.sleep(self.switches.slow_token)
            if self.switches.garbage_token:
                return "<html><body>Bad gateway</body></html>", 200
            response = server.create_token_response()
            if self.switches.no_id_token and response.status_code == 200:
                body = response.get_json()
                body.pop("id_token", None)
                return jsonify(body)
            return response

        return app

    def _query_client(self, client_id):
        return self.client if client_id == self.client.client_id else None


def _code_grant(provider: OidcProvider):
    class CodeGrant(AuthorizationCodeGrant):
        TOKEN_ENDPOINT_AUTH_METHODS = ["client_secret_basic", "client_secret_post"]

        def save_authorization_code(self, code, req):
            data = req.payload.data
            provider.nonces.add(data.get("nonce"))
            provider.codes[code] = _Code(
                code=code, client_id=req.client.get_client_id(), redirect_uri=req.payload.redirect_uri,
                scope=req.scope, user=req.user, nonce=data.get("nonce"),
                code_challenge=data.get("code_challenge"), code_challenge_method=data.get("code_challenge_method"),
            )

        def query_authorization_code(self, code, client):
            item = provider.codes.get(code)
            return item if item and item.client_id == client.get_client_id() else None

        def delete_authorization_code(self, authorization_code):
            provider.codes.pop(authorization_code.code, None)

        def authenticate_user(self, authorization_code):
            return authorization_code.user

    return CodeGrant


def _openid_code(provider: OidcProvider):
    class ProviderOpenIDCode(OpenIDCode):
        def exists_nonce(self, nonce, req):
            return nonce in provider.nonces  # a nonce that already has a code: a replayed request

        def resolve_client_private_key(self, client):
            return impostor_key() if provider.switches.wrong_key else signing_key()

        def get_encode_header(self, client):
            return {"alg": "RS256", "kid": KEY_ID}

        def get_client_claims(self, client):
            claims = {"iss": provider.issuer, "aud": [provider.switches.audience or client.get_client_id()],
                      "azp": client.get_client_id()}
            if provider.switches.expired:
                now = int(time.time())
                claims.update(iat=now - 7200, exp=now - 3600, auth_time=now - 7200)
            return claims

        def generate_user_info(self, user, scope):
            return UserInfo(user)

    return ProviderOpenIDCode(require_nonce=True)
