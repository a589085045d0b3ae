"""The government acronyms admins edit: the list in force in every process, its version, and what a change
must reindex.

The table `acronyms` is the list in force; app/search/data/acronyms.txt and the agencies list only seed it.
Every change stores a new version in `site_settings`; each process compares it before it searches or indexes
(one primary-key read) and loads the list again when it differs, so the analyzer of every web worker, the
drainer and the PostgreSQL backend's index and query side all use the same list. A change also queues the
posts that mention an acronym whose meaning changed, so index-time expansion agrees with query time.
"""
from __future__ import annotations

import re
import threading
import uuid

from flask_babel import gettext as _
from sqlalchemy import or_, select

from app.content.models import Post
from app.core.errors import Conflict, ValidationFailed
from app.core.settings import set_setting, setting
from app.extensions import db
from app.files.models import Upload
from app.search.analysis import WORD_PATTERN, is_known_acronym, use_acronyms
from app.search.models import Acronym, SearchOutbox
from app.search.outbox import queue_posts
from app.search.vocabulary import ACRONYMS, COMPOUNDS, STOPWORDS, seed_rows

# Also written by migration 0031. "" (no row): never edited nor seeded, the seed files are in force.
VERSION_KEY = "search_acronyms_version"
MAX_ACRONYM = 40
MAX_EXPANSION = 200
# More posts than this to reindex: queue one rebuild of the whole index instead of one row per post.
REINDEX_LIMIT = 2000

_WORD = re.compile(WORD_PATTERN)
_EDGES = re.compile(r"^[\W_]+|[\W_]+$")
_loaded = {"version": ""}
__all__ = ["is_known_acronym", "refresh_vocabulary", "add_acronym", "update_acronym", "delete_acronym",
           "seed_rows"]
_lock = threading.Lock()


def refresh_vocabulary() -> bool:
    """Load the acronym list again when another process changed it; True when it was loaded."""
    version = setting(VERSION_KEY, "")
    if version == _loaded["version"]:
        return False
    with _lock:
        if version == _loaded["version"]:
            return False
        use_acronyms(_stored() if version else ACRONYMS)
        _loaded["version"] = version
    return True


def reset_vocabulary() -> None:
    """Back to the seed list (tests, and a process that leaves an app)."""
    with _lock:
        use_acronyms(ACRONYMS)
        _loaded["version"] = ""


def _stored() -> dict[str, str]:
    return dict(db.session.execute(select(Acronym.key, Acronym.expansion)).all())


def ensure_seeded() -> None:
    """Fill the table from the seed files once (a database made without the migrations starts empty)."""
    if setting(VERSION_KEY, ""):
        return
    have = set(db.session.execute(select(Acronym.key)).scalars())
    db.session.add_all(Acronym(**row) for row in seed_rows() if row["key"] not in have)
    set_setting(VERSION_KEY, "seed")


def all_acronyms() -> list[Acronym]:
    return list(db.session.execute(select(Acronym).order_by(Acronym.key)).scalars())


def add_acronym(acronym: str, expansion: str) -> Acronym:
    ensure_seeded()
    before = _stored()
    key, shown, text = _checked(acronym, expansion, None)
    row = Acronym(key=key, acronym=shown, expansion=text)
    db.session.add(row)
    db.session.flush()
    _changed(before)
    return row


def update_acronym(row: Acronym, acronym: str, expansion: str) -> Acronym:
    ensure_seeded()
    before = _stored()
    row.key, row.acronym, row.expansion = _checked(acronym, expansion, row)
    db.session.flush()
    _changed(before)
    return row


def delete_acronym(row: Acronym) -> None:
    ensure_seeded()
    before = _stored()
    db.session.delete(row)
    db.session.flush()
    _changed(before)


def _checked(acronym: str, expansion: str, row: Acronym | None) -> tuple[str, str, str]:
    """(key, acronym as written, expansion) or a ValidationFailed / Conflict naming the field."""
    shown = " ".join((acronym or "").split())
    text = " ".join((expansion or "").split())
    if not shown:
        raise ValidationFailed(_("Singkatan wajib diisi."), field="acronym")
    if not text:
        raise ValidationFailed(_("Kepanjangan wajib diisi."), field="expansion")
    if len(shown) > MAX_ACRONYM:
        raise ValidationFailed(_("Singkatan paling panjang %(n)d karakter.", n=MAX_ACRONYM), field="acronym")
    if len(text) > MAX_EXPANSION:
        raise ValidationFailed(_("Kepanjangan paling panjang %(n)d karakter.", n=MAX_EXPANSION), field="expansion")
    key = _EDGES.sub("", shown.lower())
    if not _WORD.fullmatch(key):
        raise ValidationFailed(_("Singkatan harus satu kata dari huruf dan angka, boleh bertanda hubung "
                                 "(misalnya SPBE atau SP4N-LAPOR)."), field="acronym")
    if len(key) < 2 or key.isdigit():
        raise ValidationFailed(_("Singkatan paling sedikit dua karakter dan memuat huruf."), field="acronym")
    if key in STOPWORDS or key in COMPOUNDS:
        raise ValidationFailed(_("%(word)s adalah kata umum atau kata majemuk yang sudah dikenal pencarian, "
                                 "bukan singkatan.", word=shown), field="acronym")
    other = db.session.execute(select(Acronym.id).where(Acronym.key == key)).scalar_one_or_none()
    if other is not None and (row is None or other != row.id):
        raise Conflict(_("Singkatan %(acronym)s sudah ada dalam daftar.", acronym=shown), field="acronym")
    words = [w.lower() for w in _WORD.findall(text)]
    if words == [key]:
        raise ValidationFailed(_("Kepanjangan tidak boleh sama dengan singkatannya."), field="expansion")
    mapping = {**_stored(), key: text}
    if row is not None and row.key != key:
        mapping.pop(row.key, None)
    if _loops(key, mapping):
        raise ValidationFailed(_("Kepanjangan tidak boleh memuat %(acronym)s sendiri, langsung atau lewat "
                                 "singkatan lain.", acronym=shown), field="expansion")
    if not [w for w in words if w not in STOPWORDS]:
        raise ValidationFailed(_("Kepanjangan hanya berisi kata umum yang tidak dicari."), field="expansion")
    return key, shown, text


def _words_of(text: str) -> set[str]:
    words = {w.lower() for w in _WORD.findall(text)}
    return words | {part for w in words for part in w.split("-")}


def _loops(key: str, mapping: dict[str, str]) -> bool:
    """Whether `key`'s expansion leads back to `key` through acronyms of `mapping`."""
    seen, todo = set(), [key]
    while todo:
        for word in _words_of(mapping.get(todo.pop(), "")):
            if word == key:
                return True
            if word in mapping and word not in seen:
                seen.add(word)
                todo.append(word)
    return False


def _changed(before: dict[str, str]) -> None:
    """A new version for every process, and the posts whose analysed words change queued for the index."""
    after = _stored()
    changed = {key for key in set(before) | set(after) if before.get(key) != after.get(key)}
    grown = True
    while grown:  # setwan -> "sekretariat dprd": a change of dprd changes setwan too
        found = {key for key, text in after.items() if key not in changed and _words_of(text) & changed}
        grown = bool(found)
        changed |= found
    set_setting(VERSION_KEY, uuid.uuid4().hex)
    ids = posts_mentioning(changed)
    if len(ids) > REINDEX_LIMIT:
        db.session.add(SearchOutbox(post_id=None, action="rebuild"))
    else:
        queue_posts(db.session, ids)


def posts_mentioning(keys: set[str]) -> set[int]:
    """Posts whose title, text or attachments contain one of these words (as a substring: a few too many is
    only some extra indexing), and the answers and replies under a title that does."""
    if not keys:
        return set()
    patterns = [f"%{key}%" for key in sorted(keys)]
    titled = set(db.session.execute(select(Post.id).where(or_(*(Post.title.ilike(p) for p in patterns)))).scalars())
    found = titled | set(db.session.execute(select(Post.id).where(
        or_(*(Post.body_html.ilike(p) for p in patterns)))).scalars())
    found |= set(db.session.execute(select(Upload.post_id).where(Upload.post_id.is_not(None), or_(
        *(Upload.text_content.ilike(p) for p in patterns), *(Upload.name.ilike(p) for p in patterns)))).scalars())
    if titled:
        found |= set(db.session.execute(select(Post.id).where(Post.parent_id.in_(titled))).scalars())
    return found
