"""What the PostgreSQL backend stores and asks, written so it matches exactly what the Whoosh backend does.

A document's tsvector is built here from the analyser's stems, with explicit positions and weights, not by
to_tsvector() over the fields glued together: each field starts after a gap, so a phrase never runs from
the end of one field into the next (Whoosh matches a phrase inside one field); the weights say which field
a word came from (title A, body B, the parent's title C, attachments D), so a phrase is asked only of the
title, body and attachments, as Whoosh's is; and the tags are lexemes of their own ('#tag', as written), so
a typed word matches a tag exactly as Whoosh's `tags` field does, never a stem of it.
"""
from __future__ import annotations

import re

from app.search.analysis import analyze
from app.search.backend import ParsedQuery, SearchDocument

FORMAT = 3  # what the tsvector holds; a stored index of another format is rebuilt (repair_if_needed)
MAX_LEXEME_BYTES = 2046  # PostgreSQL refuses a longer word in a tsvector; to_tsvector skipped them
MAX_POSITION = 16_383  # PostgreSQL's largest position: later words share it, as to_tsvector does
GAP = 2  # positions left free between two fields
PHRASE_WEIGHTS = "ABD"  # title, body, attachments: the fields a Whoosh phrase looks in
_AUTHOR_WORDS = re.compile(r"\w+(?:\.?\w+)*", re.UNICODE)  # Whoosh's RegexTokenizer, for `oleh:`


def lexeme(value: str) -> str:
    """A quoted lexeme for tsvector and tsquery input (no parser runs over it)."""
    return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'"


def fits(word: str) -> bool:
    """Whether PostgreSQL takes the word as a lexeme (a run of 2,047 bytes or more is left out, as by to_tsvector:
    one pasted run of letters must not stop the indexing of every post queued after it)."""
    return len(word.encode()) <= MAX_LEXEME_BYTES


def tag_lexeme(tag: str) -> str:
    return lexeme("#" + tag.lower())


def author_words(name: str) -> str:
    """The author's name as the words Whoosh indexes for it, separated by single spaces."""
    return " ".join(m.group(0) for m in _AUTHOR_WORDS.finditer(name.lower()))


def document_vector(doc: SearchDocument) -> str:
    """The tsvector input of one document."""
    parts: list[str] = []
    position = 1
    for value, weight in ((doc.title, "A"), (doc.body, "B"), (doc.parent_title, "C"), (doc.attachments, "D")):
        stems = analyze(value) if value else []
        for i, word in enumerate(stems):
            if fits(word):
                parts.append(f"{lexeme(word)}:{min(position + i, MAX_POSITION)}{weight}")
        position += len(stems) + GAP
    for tag in (t for t in doc.tags if fits("#" + t)):
        parts.append(f"{tag_lexeme(tag)}:{min(position, MAX_POSITION)}A")
        position += GAP
    return " ".join(parts)


def word_group(word: str) -> str | None:
    """A typed word: every stem it stands for in the text, or the word as a tag (Whoosh's word_query)."""
    stems = [s for s in dict.fromkeys(analyze(word)) if fits(s)]
    if not stems or not fits("#" + word):
        return None
    return "((" + " & ".join(lexeme(s) for s in stems) + ") | " + tag_lexeme(word) + ")"


def phrase_group(phrase: str) -> str | None:
    stems = [s for s in analyze(phrase) if fits(s)]
    if not stems:
        return None
    if len(stems) == 1:
        return word_group(phrase)
    return "(" + " <-> ".join(f"{lexeme(s)}:{PHRASE_WEIGHTS}" for s in stems) + ")"


def text_query(parsed: ParsedQuery) -> str | None:
    """The tsquery of the words, phrases, exclusions and tag of a search; None when it has none."""
    groups = [g for g in (*(word_group(t) for t in parsed.terms),
                          *(phrase_group(p) for p in parsed.phrases)) if g]
    expression = (" | " if parsed.match_any else " & ").join(groups)
    if parsed.match_any and len(groups) > 1:
        expression = f"({expression})"
    if parsed.tag:
        expression = f"{expression} & {tag_lexeme(parsed.tag)}" if expression else tag_lexeme(parsed.tag)
    excluded = [g for g in (word_group(w) for w in parsed.excluded) if g]
    if excluded:
        negation = " & ".join(f"!{g}" for g in excluded)
        expression = f"{expression} & {negation}" if expression else negation
    return expression or None
