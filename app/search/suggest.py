"""'Mungkin maksud Anda': one rule for both backends, each backend answering three questions about its index.

A suggestion is made only when
- some word of the query is unknown: not in the index (as written, or by its stems) and not a word the
  analyzer knows (a stopword, a stem exception, an acronym or a compound, or anything it expands);
- every word of the suggestion exists in the index (the backend's closest word as written);
- the suggestion finds more than the query did (the backend counts it as it counts any search).
A known word is never rewritten: "SPBE" stays "SPBE" even when "sore" is one letter away.
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from app.search import vocabulary
from app.search.analysis import analyze, is_known_acronym
from app.search.backend import ParsedQuery

SUGGEST_BELOW = 10  # results under which a query with an unknown word gets a suggestion (a cheap search)
_PLAIN = re.compile(r"[a-z]{4,40}")  # only such words are ever replaced (digits, codes and short words are kept)
KIND_WORDS_BACK = {"article": "praktik", "thread": "diskusi", "question": "pertanyaan", "answer": "jawaban",
                   "reply": "balasan"}


def known_to_the_analyzer(word: str) -> bool:
    """A word the vocabulary names, or one the analyzer expands (an acronym or compound, wherever its list is)."""
    if word in vocabulary.STOPWORDS or word in vocabulary.STEM_EXCEPTIONS or is_known_acronym(word) \
            or word in vocabulary.COMPOUNDS:
        return True
    stems = analyze(word)
    return not stems or len(stems) > 1


def query_words(parsed: ParsedQuery) -> list[str]:
    return [*parsed.terms, *(w for p in parsed.phrases for w in p.split())]


def did_you_mean(parsed: ParsedQuery, total: int, *, known: Callable[[list[str]], set[str]],
                 closest: Callable[[str], str | None], count: Callable[[ParsedQuery], int]) -> str | None:
    """The query text to propose, or None. `known(words)` gives the words the index has (as written or by
    their stems), `closest(word)` the index's nearest word as written, `count(query)` the results of a query."""
    if total >= SUGGEST_BELOW:
        return None
    words = [w.lower() for w in query_words(parsed)]
    candidates = [w for w in dict.fromkeys(words) if _PLAIN.fullmatch(w) and not known_to_the_analyzer(w)]
    if not candidates:
        return None
    in_index = known(candidates)
    replace: dict[str, str] = {}
    for word in candidates:
        if word in in_index:
            continue
        better = closest(word)
        if better and better != word and _PLAIN.fullmatch(better):
            replace[word] = better
    if not replace:
        return None
    fixed = dataclasses.replace(
        parsed, terms=[replace.get(t.lower(), t) for t in parsed.terms],
        phrases=[" ".join(replace.get(w.lower(), w) for w in p.split()) for p in parsed.phrases])
    if count(fixed) <= total:
        return None
    return query_text(fixed)


def query_text(parsed: ParsedQuery) -> str:
    """What to type for `parsed` (words, phrases, exclusions and the operators it carries)."""
    parts = [*parsed.terms, *(f'"{p}"' for p in parsed.phrases), *(f"-{w}" for w in parsed.excluded)]
    if parsed.tag:
        parts.append(f"tag:{parsed.tag}")
    if parsed.author:
        parts.append(f'oleh:"{parsed.author}"' if " " in parsed.author else f"oleh:{parsed.author}")
    if parsed.agency:
        parts.append(f"instansi:{parsed.agency}")
    if parsed.stage:
        parts.append(f"tahap:{parsed.stage}")
    if parsed.kind:
        parts.append(f"jenis:{KIND_WORDS_BACK[parsed.kind]}")
    return " ".join(parts)
