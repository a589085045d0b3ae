"""Privileges that open at named reputation thresholds; each rule written once."""
from __future__ import annotations

from flask import current_app
from flask_babel import lazy_gettext as _l

DESCRIPTIONS = {
    "vote_up": (_l("Mendukung kiriman"), _l("Tandai jawaban, pertanyaan, praktik dan diskusi yang bermanfaat.")),
    "comment": (_l("Berkomentar"), _l("Tinggalkan catatan singkat di bawah pertanyaan dan jawaban.")),
    "flag": (_l("Melaporkan"), _l("Laporkan kiriman yang tidak pantas kepada moderator.")),
    "vote_down": (_l("Menolak kiriman"), _l("Tandai kiriman yang keliru atau tidak bermanfaat.")),
    "review": (_l("Antrean tinjauan"), _l("Bantu moderator meninjau kiriman dan suntingan baru.")),
    "edit_directly": (_l("Menyunting langsung"),
                      _l("Suntingan Anda pada praktik baik orang lain langsung terbit tanpa menunggu tinjauan.")),
}


def threshold(name: str) -> int:
    return int(current_app.config["PRIVILEGE_THRESHOLDS"][name])


def has_privilege(user, name: str) -> bool:
    if user is None or not getattr(user, "is_authenticated", False) or user.is_suspended:
        return False
    return user.reputation >= threshold(name)


def privilege_table() -> list[tuple[str, str, str, int]]:
    return sorted(((name, str(title), str(text), threshold(name)) for name, (title, text) in DESCRIPTIONS.items()),
                  key=lambda row: row[3])
