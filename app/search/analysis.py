"""Indonesian text analysis shared by both search backends: stopwords, stemming, exceptions, acronyms."""
from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterator, Mapping

from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
from Sastrawi.Stemmer.Stemmer import Stemmer
from Sastrawi.Stemmer.StemmerFactory import StemmerFactory
from whoosh.analysis import CompositeAnalyzer, Filter, LowercaseFilter, RegexTokenizer, StopFilter

from app.search.vocabulary import (
    ACRONYM_PHRASES,
    ACRONYMS,
    CLITICS,
    COMPOUNDS,
    STEM_EXCEPTIONS,
    STOPWORDS,
)

# Letters and digits, with hyphenated runs kept together so the stem filter can recognise reduplication
# (kegiatan-kegiatan). Underscores and dots split words: every token we emit is then a plain run of letters
# and digits, which PostgreSQL's `simple` parser keeps as one lexeme, so both backends see the same tokens.
WORD_PATTERN = r"[^\W_]+(?:-[^\W_]+)*"

# The acronyms in force in this process: the seed files until use_acronyms() loads the admins' list.
_ACRONYMS: frozenset[str] = frozenset(ACRONYMS)
_EXPANSIONS: dict[str, str] = {**ACRONYMS, **COMPOUNDS}
_PHRASE_HEADS = frozenset(head for head, _ in ACRONYM_PHRASES)
# Part of every cache key below: a new acronym list makes every cached stem and expansion stale at once,
# even one a thread computed with the old list while the new one was put in place.
_generation = 0


def use_acronyms(acronyms: Mapping[str, str]) -> None:
    """Put this acronym list (lowercase acronym -> expansion) in force in this process; compounds stay."""
    global _ACRONYMS, _EXPANSIONS, _generation
    _EXPANSIONS = {**acronyms, **COMPOUNDS}
    _ACRONYMS = frozenset(acronyms)
    _generation += 1
    _stem.cache_clear()
    _expansion.cache_clear()


def is_known_acronym(word: str) -> bool:
    """Whether `word` (any case, a clitic allowed) is an acronym in force: a spelling suggester must leave it."""
    return _listed(word.lower(), _ACRONYMS) is not None


def acronyms_in_force() -> dict[str, str]:
    """The acronyms this process analyses with, acronym -> expansion."""
    return {key: _EXPANSIONS[key] for key in _ACRONYMS if key in _EXPANSIONS}


@functools.cache
def _sastrawi() -> Stemmer:
    # The plain Stemmer, not the factory's CachedStemmer: stem() below is the one cache, bounded in size.
    return Stemmer(ArrayDictionary(StemmerFactory().get_words()))


def sastrawi_stem(word: str) -> str:
    """The Sastrawi stem of one lowercase word, without exceptions or cache."""
    return _sastrawi().stem_word(word)


def _listed(word: str, table: Mapping[str, str]) -> str | None:
    """The key of `table` that `word` is, possibly with a clitic attached; None when it is none."""
    if word in table:
        return word
    for clitic in CLITICS:
        base = word.removesuffix(clitic)
        if base != word and len(base) >= 2 and base in table:
            return base
    return None


def stem_with(word: str, root: Callable[[str], str], exceptions: Mapping[str, str] = STEM_EXCEPTIONS) -> str:
    """Stem one lowercase word with `root` behind the project's rules; bench/stemmers.py swaps `root`."""
    key = _listed(word, exceptions)
    if key is not None:
        return exceptions[key]
    key = _listed(word, _EXPANSIONS)
    if key is not None:
        return key  # left for AcronymFilter; a stemmer would mangle it (dispora -> spora, diskop -> skop)
    if len(word) <= 3 or any(ch.isdigit() for ch in word):
        return word
    return root(word)


def stem(word: str) -> str:
    """The stem the index uses for one lowercase word. Module-level so no filter carries a stemmer."""
    return _stem(word, _generation)


@functools.lru_cache(maxsize=200_000)
def _stem(word: str, _generation: int) -> str:
    return stem_with(word, sastrawi_stem)


stem.cache_clear = _stem.cache_clear  # type: ignore[attr-defined]
stem.cache_info = _stem.cache_info  # type: ignore[attr-defined]


def split_hyphenated(text: str) -> list[tuple[str, int, int]]:
    """Stems of a hyphenated token with their character spans: one stem for reduplication, else one per part."""
    if _listed(text, STEM_EXCEPTIONS) is not None:
        return [(stem(text), 0, len(text))]
    if _listed(text, _EXPANSIONS) is not None:  # sp4n-lapor: a hyphenated acronym is one word
        return [(stem(text), 0, len(text))]
    spans: list[tuple[str, int, int]] = []
    start = 0
    for part in text.split("-"):
        if part in CLITICS and spans:  # sop-nya, kegiatan-kegiatan-nya: the clitic belongs to the word before
            word, begin, _ = spans[-1]
            spans[-1] = (word + part, begin, start + len(part))
        else:
            spans.append((part, start, start + len(part)))
        start += len(part) + 1
    kept = [(stem(word), begin, end) for word, begin, end in spans if len(word) >= 2 and word not in STOPWORDS]
    if len(kept) > 1 and len({word for word, _, _ in kept}) == 1:
        # kegiatan-kegiatan, surat-menyurat, berbeda-beda: the base once, so a plural does not count twice.
        return [(kept[0][0], 0, len(text))]
    return kept  # e-kinerja -> kinerja, covid-19 -> covid 19; [] for masing-masing, whose base is a stopword


class IndonesianStemFilter(Filter):
    """Replaces each token by its stem (a hyphenated token by one or more stems), renumbering positions."""

    is_morph = True

    def __call__(self, tokens: Iterator) -> Iterator:
        shift = 0  # how far later positions move because a token became zero or several tokens
        for t in tokens:
            if t.positions:
                t.pos += shift
            if t.stopped:
                yield t
                continue
            if "-" not in t.text:
                t.text = stem(t.text)
                yield t
                continue
            pieces = split_hyphenated(t.text)
            if not pieces:
                shift -= 1
                if not t.removestops:
                    t.stopped = True
                    yield t
                continue
            pos = t.pos if t.positions else 0
            startchar = t.startchar if t.chars else 0
            for i, (piece, begin, end) in enumerate(pieces):
                t.text = piece
                if t.positions:
                    t.pos = pos + i
                if t.chars:
                    t.startchar, t.endchar = startchar + begin, startchar + end
                yield t
            shift += len(pieces) - 1


def expansion(word: str) -> tuple[str, ...]:
    """The analysed words an acronym or compound stands for; the word itself when it is neither."""
    return _expansion(word, _generation)


@functools.cache
def _expansion(word: str, _generation: int) -> tuple[str, ...]:
    if word not in _EXPANSIONS:
        return (word,)
    # Per thread: two requests expanding the same acronym at once are no cycle.
    active = _expanding.__dict__.setdefault("words", set())
    if word in active:
        raise ValueError(f"acronym {word!r} expands to itself through {sorted(active)}")
    active.add(word)
    try:
        return tuple(analyze(_EXPANSIONS[word]))
    finally:
        active.discard(word)


expansion.cache_clear = _expansion.cache_clear  # type: ignore[attr-defined]
_expanding = threading.local()


class AcronymFilter(Filter):
    """Replaces an acronym or closed compound by the stems of its expansion, at consecutive positions.

    The same in index and query mode, and the acronym itself is not kept: "Diskominfo" and "Dinas
    Komunikasi dan Informatika" become the same tokens, so either spelling finds both, phrases across an
    acronym still match, and the flat list from analyze() keeps true positions for PostgreSQL.
    """

    is_morph = True

    def __call__(self, tokens: Iterator) -> Iterator:
        shift = 0
        held = None  # a copy of a token that may start a two-word acronym (satpol, then pp?)
        for t in tokens:
            if held is not None:
                joined = None if t.stopped else ACRONYM_PHRASES.get((held.text, t.text))
                if joined is not None:
                    held.text = joined
                    if held.chars:
                        held.endchar = t.endchar
                    yield from _expanded(held, shift)
                    shift += len(expansion(joined)) - 2  # the second word is absorbed
                    held = None
                    continue
                words = len(expansion(held.text))
                yield from _expanded(held, shift)
                shift += words - 1
                held = None
            if not t.stopped and t.text in _PHRASE_HEADS:
                held = t.copy()
                continue
            words = 1 if t.stopped else len(expansion(t.text))
            yield from _expanded(t, shift)
            shift += words - 1
        if held is not None:
            yield from _expanded(held, shift)


def _expanded(t, shift: int) -> Iterator:
    pos = t.pos + shift if t.positions else 0
    if t.stopped or t.text not in _EXPANSIONS:
        if t.positions:
            t.pos = pos
        yield t
        return
    for i, word in enumerate(expansion(t.text)):
        t.text = word
        if t.positions:
            t.pos = pos + i
        yield t


class IndonesianStopFilter(StopFilter):
    """StopFilter(stoplist=STOPWORDS, minsize=2) that pickles as a reference to this module.

    Whoosh pickles the schema, analyzer included, into the index's TOC. By reference, the TOC stays small and
    the list in app/search/data/stopwords.txt is the one in force, as the stemmer and acronyms already are.
    """

    def __init__(self) -> None:
        super().__init__(stoplist=STOPWORDS, minsize=2)

    def __reduce__(self):
        return (IndonesianStopFilter, ())


def indonesian_analyzer() -> CompositeAnalyzer:
    """The Whoosh analyzer for Indonesian text fields. Changing anything it uses needs `flask search rebuild`."""
    return (
        RegexTokenizer(expression=WORD_PATTERN)
        | LowercaseFilter()
        | IndonesianStopFilter()
        | IndonesianStemFilter()
        | AcronymFilter()
    )


@functools.cache
def _analyzer() -> CompositeAnalyzer:
    return indonesian_analyzer()


def analyze(text: str) -> list[str]:
    """The tokens the Whoosh analyzer indexes for `text`, in position order (index i is position i).

    For PostgreSQL: store to_tsvector('simple', ' '.join(analyze(body))) and search with the same function
    applied to the query (' & '.join for all words, ' <-> '.join for a phrase), so both backends agree.
    Queries and documents are analysed alike.
    """
    return [t.text for t in _analyzer()(text)]
