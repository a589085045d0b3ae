"""@mentions: find the handles a text names (capped) and the members they belong to."""
from __future__ import annotations

import re

from flask import current_app

from app.accounts.handle_changes import resolve_handles

# Not after a letter, digit, dot or @ (so name@medan.go.id is an email, not a mention); a trailing dot
# ends the sentence, not the handle.
MENTION = re.compile(r"(?<![A-Za-z0-9.@/_])@([A-Za-z0-9](?:[A-Za-z0-9.]{0,38}[A-Za-z0-9])?)")
# Code is quoted text: an @ inside it names nobody.
CODE = re.compile(r"```.*?```|~~~.*?~~~|`[^`\n]*`", re.DOTALL)


def mentioned_handles(text: str | None, limit: int | None = None) -> list[str]:
    """The first `limit` distinct handles in the text (MENTION_LIMIT by default), in order."""
    if limit is None:
        limit = int(current_app.config["MENTION_LIMIT"])
    found: list[str] = []
    if not text or "@" not in text or limit <= 0:
        return found
    for match in MENTION.finditer(CODE.sub(" ", text)):
        handle = match.group(1).lower()
        if handle not in found:
            found.append(handle)
            if len(found) >= limit:
                break
    return found


def mentioned_user_ids(text: str | None) -> list[int]:
    """Members named in the text, by their handle or one they had before; unknown handles are ignored."""
    handles = mentioned_handles(text)
    by_handle = resolve_handles(handles)
    # @old and @new in one text name one member once
    return list(dict.fromkeys(by_handle[h] for h in handles if h in by_handle))
