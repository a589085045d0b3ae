"""Who may see an upload that no post holds: the packages that attach files elsewhere register a rule here
(pembinaan for JP claims), so files never imports them (STYLE 13)."""
from __future__ import annotations

from collections.abc import Callable

from app.files.models import Upload

# A rule answers None when the upload is not one of its own, else whether the reader may see it.
VisibilityRule = Callable[[object, Upload], "bool | None"]
_rules: list[VisibilityRule] = []


def register_visibility_rule(rule: VisibilityRule) -> None:
    """Idempotent: several apps (the tests) register the same function once."""
    if rule not in _rules:
        _rules.append(rule)


def may_see_unposted(reader, upload: Upload) -> bool:
    """An upload outside any post: the first rule that knows it decides; otherwise only its owner sees it."""
    for rule in _rules:
        verdict = rule(reader, upload)
        if verdict is not None:
            return verdict
    return bool(getattr(reader, "is_authenticated", False) and reader.id == upload.owner_id)
