"""Password hashing (argon2id) and the rules a new password must meet."""
from __future__ import annotations

import contextlib
import re
from functools import lru_cache
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from flask_babel import gettext as _

# argon2id at OWASP's recommended setting (19 MiB, 2 passes, 1 lane): about 50 ms on one core, so a
# 2-core server still signs in many users a second while a guess stays expensive. Hashes made with
# other settings are upgraded at the next sign-in (needs_rehash).
ARGON2_TIME_COST, ARGON2_MEMORY_KIB, ARGON2_PARALLELISM = 2, 19456, 1
_hasher = PasswordHasher(time_cost=ARGON2_TIME_COST, memory_cost=ARGON2_MEMORY_KIB, parallelism=ARGON2_PARALLELISM)
_COMMON_FILE = Path(__file__).resolve().parent.parent / "data" / "common_passwords.txt"


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    if not password_hash:
        # Spend the same time as a real check so that unknown accounts cannot be told apart.
        _burn(password)
        return False
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _hasher.check_needs_rehash(password_hash)


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return _hasher.hash("simpul-asn-dummy-password")


def _burn(password: str) -> None:
    with contextlib.suppress(VerificationError):
        _hasher.verify(_dummy_hash(), password)


@lru_cache(maxsize=1)
def common_passwords() -> frozenset[str]:
    words = (line.strip().lower() for line in _COMMON_FILE.read_text(encoding="utf-8").splitlines())
    return frozenset(word for word in words if word and not word.startswith("#"))


def password_problem(password: str, *, min_length: int, personal: tuple[str, ...] = ()) -> str | None:
    """Why this password is too weak, in Indonesian, or None when it is acceptable."""
    if len(password) < min_length:
        return _("Kata sandi minimal %(n)d karakter.", n=min_length)
    if len(password) > 256:
        return _("Kata sandi paling banyak 256 karakter.")
    lowered = password.lower()
    if lowered in common_passwords() or re.sub(r"\d+$", "", lowered) in common_passwords():
        return _("Kata sandi ini terlalu umum dan mudah ditebak; pilih yang lain.")
    if len(set(lowered)) <= 2 or lowered in "0123456789012345678901234567890" \
            or lowered in "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz" \
            or lowered in "qwertyuiopasdfghjklzxcvbnmqwertyuiop":
        return _("Kata sandi ini terlalu mudah ditebak; pilih yang lain.")
    words = {word for item in personal for word in re.split(r"[^\w]+", (item or "").lower()) if len(word) >= 4}
    if any(word in lowered for word in words):
        return _("Kata sandi tidak boleh memuat nama, email atau NIP Anda.")
    return None
