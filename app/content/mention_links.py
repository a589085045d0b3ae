"""@handle in a rendered body becomes a link to the member's profile, when the handle names someone.

Runs on the sanitised HTML that app/content/rendering.py made, when the body is stored (and in the preview),
so body_html stays a stored, cacheable string. The link is to /users/<id>: a member who later changes their
handle keeps the links (their old handle keeps naming them, see app/accounts/handle_changes.py). A handle
nobody has stays text; so does one inside a link, code or a code block.
"""
from __future__ import annotations

import re

from app.accounts.handle_changes import resolve_handles

# The same rule as app/notifications/mentions.py: not after a letter, digit, dot, @, / or _ (an email or a
# path is no mention); a trailing dot ends the sentence, not the handle.
MENTION = re.compile(r"(?<![A-Za-z0-9.@/_])@([A-Za-z0-9](?:[A-Za-z0-9.]{0,38}[A-Za-z0-9])?)")
# A tag of our own sanitised HTML (quoted attribute values may hold a '>'), with its name.
_TAG = re.compile(r"""<(/?)([A-Za-z][A-Za-z0-9]*)(?:[^>"']|"[^"]*"|'[^']*')*>""")
_SKIP = frozenset({"a", "code", "pre"})
MAX_HANDLES = 50


def _texts(body_html: str):
    """(is_text, piece) for the HTML in order; text inside a, code or pre counts as markup."""
    depth, position = 0, 0
    for tag in _TAG.finditer(body_html):
        if tag.start() > position:
            yield depth == 0, body_html[position:tag.start()]
        name = tag.group(2).lower()
        if name in _SKIP and not tag.group(0).endswith("/>"):
            depth = max(0, depth + (-1 if tag.group(1) else 1))
        yield False, tag.group(0)
        position = tag.end()
    if position < len(body_html):
        yield depth == 0, body_html[position:]


def link_mentions(body_html: str) -> str:
    if not body_html or "@" not in body_html:
        return body_html
    pieces = list(_texts(body_html))
    handles: list[str] = []
    for is_text, piece in pieces:
        for match in MENTION.finditer(piece) if is_text else ():
            handle = match.group(1).lower()
            if handle not in handles and len(handles) < MAX_HANDLES:
                handles.append(handle)
    owners = resolve_handles(handles)
    if not owners:
        return body_html

    def link(match: re.Match) -> str:
        owner = owners.get(match.group(1).lower())
        if owner is None:
            return match.group(0)
        return f'<a href="/users/{int(owner)}" class="mention">@{match.group(1)}</a>'

    return "".join(MENTION.sub(link, piece) if is_text else piece for is_text, piece in pieces)
