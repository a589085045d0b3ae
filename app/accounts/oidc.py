"""Single sign-on with OpenID Connect: the Authlib client, and the identity a checked ID token vouches for.

Authorisation code with PKCE (S256), state and nonce (kept in the signed session cookie by Authlib). The ID
token's signature is checked against the issuer's JWKS and its iss, aud, exp, iat and nonce against the
discovery document and this client. The discovery document is fetched at the first sign-in, never at start-up,
so the site starts while the provider is down; a document that is not usable is dropped and fetched again.
"""
from __future__ import annotations

from dataclasses import dataclass

import requests
from authlib.integrations.base_client import MismatchingStateError, OAuthError
from authlib.integrations.flask_client import OAuth
from flask import Flask, current_app
from flask_babel import lazy_gettext as _l
from joserfc.errors import JoseError

from app.core.errors import DomainError
from app.core.logging import get_logger

CLIENT_NAME = "simpul_sso"
SCOPE = "openid email profile"
REQUIRED_METADATA = ("issuer", "authorization_endpoint", "token_endpoint", "jwks_uri")
log = get_logger("sso")

# Each reason a sign-in with the provider can fail, as the member reads it on the sign-in page.
MESSAGES = {
    "down": _l("Layanan SSO sedang tidak dapat dihubungi. Coba lagi beberapa saat lagi, atau masuk dengan "
               "Email/NIP dan kata sandi."),
    "garbage": _l("Layanan SSO memberi jawaban yang tidak dapat kami pahami. Coba lagi nanti, atau masuk dengan "
                  "Email/NIP dan kata sandi; jika berulang, hubungi admin."),
    "invalid_token": _l("Tanda masuk dari layanan SSO tidak sah (tanda tangan, penerima atau masa berlakunya "
                        "tidak cocok), jadi Anda tidak kami masukkan. Silakan coba lagi."),
    "state": _l("Permintaan masuk SSO ini sudah dipakai atau kedaluwarsa. Silakan mulai lagi dari tombol "
                "\"Masuk dengan SSO\"."),
    "denied": _l("Masuk dengan SSO dibatalkan atau ditolak oleh layanan SSO."),
}


class SsoFailed(DomainError):
    """The provider could not vouch for anyone; `reason` is a key of MESSAGES (for the log and the tests)."""

    status_code = 400

    def __init__(self, reason: str):
        super().__init__(str(MESSAGES[reason]))
        self.reason = reason


@dataclass(frozen=True)
class Identity:
    """What a checked ID token says about the person; raw values, normalised by the account services."""

    subject: str
    email: str | None
    email_verified: bool
    name: str | None
    nip: str | None
    unit: str | None


def is_configured(app: Flask) -> bool:
    """OIDC_ISSUER turns single sign-on on; without a client id and secret it stays off (and says so)."""
    if not app.config.get("OIDC_ISSUER"):
        return False
    missing = [key for key in ("OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET") if not app.config.get(key)]
    if missing:
        log.error("single sign-on is off: OIDC_ISSUER is set without " + " and ".join(missing))
        return False
    return True


def is_enabled() -> bool:
    """Whether this app registered the provider (init_client ran)."""
    return "simpul_sso" in current_app.extensions


def init_client(app: Flask) -> None:
    """Register the provider with Authlib; nothing is fetched until the first sign-in."""
    oauth = OAuth(app)
    oauth.register(
        CLIENT_NAME,
        client_id=app.config["OIDC_CLIENT_ID"],
        client_secret=app.config["OIDC_CLIENT_SECRET"],
        server_metadata_url=discovery_url(app.config["OIDC_ISSUER"]),
        client_kwargs={"scope": SCOPE, "code_challenge_method": "S256",
                       "default_timeout": app.config["OIDC_TIMEOUT"]},
    )
    app.extensions["simpul_sso"] = oauth


def discovery_url(issuer: str) -> str:
    return issuer.rstrip("/") + "/.well-known/openid-configuration"


def _client():
    return current_app.extensions["simpul_sso"].create_client(CLIENT_NAME)


def _checked_metadata(client) -> dict:
    """The discovery document, fetched once per worker; one that does not describe our issuer is dropped."""
    try:
        metadata = client.load_server_metadata()
    except (requests.ConnectionError, requests.Timeout) as err:
        raise _failed("down", err) from err
    except (requests.RequestException, ValueError, TypeError) as err:  # an error page, not JSON, not an object
        raise _failed("garbage", err) from err
    issuer = current_app.config["OIDC_ISSUER"].rstrip("/")
    if any(not isinstance(metadata.get(key), str) for key in REQUIRED_METADATA) \
            or metadata["issuer"].rstrip("/") != issuer:
        client.server_metadata.clear()
        raise _failed("garbage", ValueError("discovery document without our issuer or endpoints"))
    return metadata


def authorization_redirect(redirect_uri: str):
    """The redirect that sends the browser to the provider, with a fresh state, nonce and PKCE verifier."""
    client = _client()
    _checked_metadata(client)
    return client.authorize_redirect(redirect_uri)


def identity_from_callback() -> Identity:
    """Exchange the code of this callback and check the ID token; raise SsoFailed with the reason."""
    client = _client()
    metadata = _checked_metadata(client)
    claims_options = {
        "iss": {"essential": True, "value": metadata["issuer"]},
        "aud": {"essential": True, "value": current_app.config["OIDC_CLIENT_ID"]},
        "exp": {"essential": True},
        "iat": {"essential": True},
        "sub": {"essential": True},
    }
    try:
        token = client.authorize_access_token(claims_options=claims_options)
    except MismatchingStateError as err:
        raise _failed("state", err) from err
    except OAuthError as err:
        raise _failed("denied" if err.error in ("access_denied", "login_required") else "garbage", err) from err
    except JoseError as err:
        raise _failed("invalid_token", err) from err
    except (requests.ConnectionError, requests.Timeout) as err:
        raise _failed("down", err) from err
    except (requests.RequestException, ValueError, TypeError, KeyError, RuntimeError) as err:
        raise _failed("garbage", err) from err
    claims = token.get("userinfo")
    if not claims:  # a token response without an ID token: Authlib checks nothing then
        raise _failed("garbage", ValueError("token response without id_token"))
    return _identity(claims)


def _identity(claims) -> Identity:
    config = current_app.config

    def text(key: str) -> str | None:
        value = claims.get(key)
        return str(value).strip() or None if value not in (None, "") else None

    name = text("name") or " ".join(filter(None, (text("given_name"), text("family_name")))) or None
    return Identity(
        subject=str(claims["sub"]), email=text("email"), email_verified=claims.get("email_verified") is True,
        name=name or text("preferred_username"), nip=text(config["OIDC_NIP_CLAIM"]),
        unit=text(config["OIDC_AGENCY_CLAIM"]),
    )


def _failed(reason: str, err: Exception) -> SsoFailed:
    # The error's class and claim only: an exception's text may carry a URL with a code, never logged.
    log.warning("sso sign-in failed", extra={"reason": reason, "error": type(err).__name__,
                                             "claim": getattr(err, "claim", None)})
    return SsoFailed(reason)
