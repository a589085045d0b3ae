"""Parse what users type into the few parts a backend may see: words, "phrases", -exclusions and
the operators tag:, oleh:, instansi:, jenis:, tahap:. Nothing else reaches the index."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from flask_babel import gettext as _

from app.search.backend import ParsedQuery

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
MAX_PHRASES = 4
KIND_WORDS = {
    "praktik": "article", "artikel": "article", "article": "article",
    "diskusi": "thread", "topik": "thread", "thread": "thread",
    "pertanyaan": "question", "tanya": "question", "question": "question",
    "jawaban": "answer", "answer": "answer",
    "balasan": "reply", "reply": "reply",
}
KINDS = ("article", "thread", "question", "answer", "reply")
# app.articles.facts.STAGES, copied: search (floor 5) does not import articles (floor 6).
STAGE_WORDS = {"ide": "ide", "uji_coba": "uji_coba", "uji-coba": "uji_coba", "ujicoba": "uji_coba",
               "diterapkan": "diterapkan", "direplikasi": "direplikasi"}
_TOKEN = re.compile(r'(-?)(?:(tag|oleh|instansi|jenis|tahap):)?(?:"([^"]*)"?|(\S+))', re.IGNORECASE)
_WORD_CHARS = re.compile(r"[^\w\-]+", re.UNICODE)


@dataclass
class ParseResult:
    query: ParsedQuery
    notices: list[str] = field(default_factory=list)


def _clean_word(raw: str) -> str:
    # Wildcards, brackets and other syntax are separators here, never operators.
    return _WORD_CHARS.sub(" ", raw).replace("_", " ").strip(" -")


def parse_query(text: str | None) -> ParseResult:
    text = (text or "").replace("\x00", " ")
    notices: list[str] = []
    if len(text) > MAX_QUERY_LENGTH:
        text = text[:MAX_QUERY_LENGTH]
        notices.append(_("Kata pencarian terlalu panjang; hanya %(n)d karakter pertama yang dipakai.",
                         n=MAX_QUERY_LENGTH))
    query = ParsedQuery()
    for match in _TOKEN.finditer(text):
        negative, operator, quoted, bare = match.groups()
        value = quoted if quoted is not None else bare or ""
        if operator:
            _apply_operator(query, operator.lower(), value.strip(), notices)
            continue
        if quoted is not None:
            phrase = " ".join(_clean_word(value).split())
            if not phrase:
                continue
            if negative:
                query.excluded.extend(phrase.split())
            elif len(query.phrases) < MAX_PHRASES:
                query.phrases.append(phrase)
            continue
        for word in _clean_word(value).split():
            word = word.lower()
            if len(word) > 40:
                continue
            if negative:
                query.excluded.append(word)
            elif word not in query.terms:
                query.terms.append(word)
    if len(query.terms) > MAX_TERMS:
        query.terms = query.terms[:MAX_TERMS]
        notices.append(_("Hanya %(n)d kata pertama yang dipakai.", n=MAX_TERMS))
    query.excluded = query.excluded[:MAX_TERMS]
    return ParseResult(query, notices)


def _apply_operator(query: ParsedQuery, operator: str, value: str, notices: list[str]) -> None:
    value = value[:80]
    if operator == "tag":
        query.tag = re.sub(r"[^a-z0-9-]", "", value.lower()) or None
    elif operator == "oleh":
        query.author = " ".join(_clean_word(value).split()) or None
    elif operator == "instansi":
        query.agency = re.sub(r"[^a-z0-9-]", "", value.lower()) or None
    elif operator == "tahap":
        stage = STAGE_WORDS.get(value.lower())
        if stage is None:
            notices.append(_("Tahap \u201c%(value)s\u201d tidak dikenal; gunakan ide, uji_coba, diterapkan atau "
                             "direplikasi.", value=value))
        else:
            query.stage = stage
    elif operator == "jenis":
        kind = KIND_WORDS.get(value.lower())
        if kind is None:
            notices.append(_("Jenis \u201c%(value)s\u201d tidak dikenal; gunakan praktik, diskusi, pertanyaan, "
                             "jawaban atau balasan.", value=value))
        else:
            query.kind = kind
