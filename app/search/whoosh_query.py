"""The Whoosh side of a search's meaning: the index's schema, and a ParsedQuery as a Whoosh query."""
from __future__ import annotations

from whoosh.analysis import LowercaseFilter, RegexTokenizer
from whoosh.fields import BOOLEAN, DATETIME, ID, KEYWORD, NUMERIC, TEXT, Schema
from whoosh.query import And, AndNot, DateRange, Every, NullQuery, Or, Phrase, Term

from app.search.analysis import analyze, indonesian_analyzer
from app.search.backend import ParsedQuery

TEXT_FIELDS = ("title", "body", "parent_title", "attachments")


def build_schema() -> Schema:
    """The fields of every generation; a change needs `flask search rebuild`."""
    analyzer = indonesian_analyzer()
    words = RegexTokenizer() | LowercaseFilter()
    return Schema(
        key=ID(stored=True, unique=True),
        kind=ID(stored=True),
        title=TEXT(analyzer=analyzer, field_boost=3.0),
        parent_title=TEXT(analyzer=analyzer, field_boost=1.5),
        body=TEXT(analyzer=analyzer),
        attachments=TEXT(analyzer=analyzer, field_boost=0.5),  # text of attached documents, ranked below the body
        tags=KEYWORD(commas=True, lowercase=True, scorable=True, field_boost=2.0),
        agency=ID,
        author=TEXT(analyzer=words),
        author_id=ID,
        created=DATETIME(sortable=True),
        votes=NUMERIC(sortable=True, signed=True, bits=32),
        accepted=BOOLEAN(stored=True),
        stage=ID,  # an article's stage (tahap:)
        obsolete=BOOLEAN(stored=True),  # a practice "Tidak berlaku lagi" (ranked lower)
        root=NUMERIC(sortable=True, bits=32),  # the question or discussion of an answer or reply (else the key)
        spell=TEXT(analyzer=words, spelling=True),  # words as written, for "Mungkin maksud Anda"
    )


def word_query(word: str):
    stems = list(dict.fromkeys(analyze(word)))
    if not stems:
        return None
    # One typed word may stand for several (an acronym such as bkpsdm, a compound): all of them must match.
    per_stem = [Or([Term(field, stem) for field in TEXT_FIELDS]) for stem in stems]
    in_text = per_stem[0] if len(per_stem) == 1 else And(per_stem)
    return Or([in_text, Term("tags", word.lower())])


def phrase_query(phrase: str):
    stems = analyze(phrase)
    if not stems:
        return None
    if len(stems) == 1:
        return word_query(phrase)
    return Or([Phrase(field, stems, slop=1) for field in ("title", "body", "attachments")])


def build_query(parsed: ParsedQuery, with_kind: bool = True):
    """The Whoosh query for a parsed search; NullQuery when it asks for nothing."""
    parts = [q for q in (*(word_query(t) for t in parsed.terms),
                         *(phrase_query(p) for p in parsed.phrases)) if q is not None]
    filters = []
    if parsed.tag:
        filters.append(Term("tags", parsed.tag))
    if parsed.agency:
        filters.append(Term("agency", parsed.agency))
    if parsed.author:
        filters.append(And([Term("author", w) for w in parsed.author.lower().split()]))
    if with_kind and parsed.kind:
        filters.append(Term("kind", parsed.kind))
    if parsed.stage:
        filters.append(Term("stage", parsed.stage))
    if parsed.date_from or parsed.date_to:
        filters.append(DateRange("created", parsed.date_from, parsed.date_to, endexcl=True))  # as PostgreSQL's
    if not parts and not filters:
        return NullQuery
    if parts and parsed.match_any:
        parts = [Or(parts)]
    query = And(parts + filters) if parts else And([Every(), *filters])
    excluded = [q for q in (word_query(w) for w in parsed.excluded) if q is not None]
    return AndNot(query, Or(excluded)) if excluded else query
