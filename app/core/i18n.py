"""Locale and time zone selection: Indonesian first, English on request; times always in WIB."""
from __future__ import annotations

from flask import current_app, has_request_context, session
from flask_login import current_user


def select_locale() -> str:
    languages = current_app.config["LANGUAGES"]
    if not has_request_context():  # CLI and jobs speak the default language
        return current_app.config["BABEL_DEFAULT_LOCALE"]
    chosen = session.get("locale")
    if chosen in languages:
        return chosen
    if current_user and getattr(current_user, "is_authenticated", False) and current_user.locale in languages:
        return current_user.locale
    return current_app.config["BABEL_DEFAULT_LOCALE"]


def select_timezone() -> str:
    return current_app.config["BABEL_DEFAULT_TIMEZONE"]


def one_full_stop(text: str) -> str:
    """A sentence whose last word brings its own full stop ("..., S.Kom.") ends in one, not "..";
    an ellipsis ("...") is left alone."""
    if text.endswith("..") and not text.endswith("..."):
        return text[:-1]
    return text
