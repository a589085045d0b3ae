"""Which documents a Whoosh query matches, without scoring them: the counts by kind of a search.

Scoring is the expensive part of a search, and a common word matches a fifth of all posts: the page needs
only the best few scored (Whoosh's top-k skips the rest), while the counts need only which documents match.
Those come from the postings as sets of document numbers: a term's list is read a block at a time, Or is a
union, And an intersection, AndNot a difference. Anything else (a phrase, a date range) asks Whoosh for its
documents, which it finds without scoring them either.
"""
from __future__ import annotations

from collections import Counter

from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.query import And, AndNot, Every, NullQuery, Or, Term

KINDS_ATTRIBUTE = "_simpul_kinds"  # the kind of each document, kept on the searcher it was read from


def _term_ids(reader, field: str, text: str) -> list[int]:
    if (field, text) not in reader:
        return []
    matcher = reader.postings(field, text)
    deleted = None
    if isinstance(matcher, FilterMatcher):
        deleted, matcher = reader.deleted_docs_set, matcher.child
    if isinstance(matcher, W3LeafMatcher):
        ids: list[int] = []
        while matcher.is_active():  # a whole block of the postings at a time
            if matcher._ids is None:
                matcher._read_ids()
            ids.extend(matcher._ids)
            matcher._next_block()
    else:
        ids = list(matcher.all_ids())
    return [d for d in ids if d not in deleted] if deleted else ids


def _leaf_ids(searcher, reader, query) -> set[int]:
    if type(query) is Term:
        return set(_term_ids(reader, query.fieldname, query.text))
    if type(query) is And and query.subqueries:
        parts = sorted((_leaf_ids(searcher, reader, q) for q in query.subqueries), key=len)
        return parts[0].intersection(*parts[1:])
    if type(query) is Or:
        found: set[int] = set()
        for q in query.subqueries:
            found |= _leaf_ids(searcher, reader, q)
        return found
    if type(query) is AndNot:
        return _leaf_ids(searcher, reader, query.a) - _leaf_ids(searcher, reader, query.b)
    if type(query) is Every and not query.fieldname:
        return set(reader.all_doc_ids())
    if query is NullQuery:
        return set()
    return set(query.docs(searcher))


def matching(searcher, query) -> list[tuple]:
    """The matching documents of each segment (its own document numbers), with the segment's searcher."""
    return [(sub, _leaf_ids(sub, sub.reader(), query)) for sub, _offset in searcher.leaf_searchers()]


def _kinds(sub) -> list[str | None]:
    """The kind of every document number of one segment, read once per searcher from the `kind` postings."""
    kinds = getattr(sub, KINDS_ATTRIBUTE, None)
    if kinds is None:
        reader = sub.reader()
        kinds = [None] * reader.doc_count_all()
        for kind in reader.lexicon("kind"):
            kind = kind.decode() if isinstance(kind, bytes) else kind
            for docnum in _term_ids(reader, "kind", kind):
                kinds[docnum] = kind
        setattr(sub, KINDS_ATTRIBUTE, kinds)
    return kinds


def counts_by_kind(searcher, query) -> dict[str, int]:
    counts: Counter = Counter()
    for sub, ids in matching(searcher, query):
        counts.update(map(_kinds(sub).__getitem__, ids))
    counts.pop(None, None)
    return dict(counts)
