"""Which documents a Whoosh query matches, without scoring them: the counts by kind of a search.

Scoring is the expensive part of a search, and a common word matches a fifth of all posts: the page needs
only the best few scored (Whoosh's top-k skips the rest), while the counts need only which documents match.
Those come from the postings as sets of document numbers: a term's list is read a block at a time, Or is a
union, And an intersection, AndNot a difference. Anything else (a phrase, a date range) asks Whoosh for its
documents, which it finds without scoring them either.
"""
from __future__ import annotations

import heapq
import math
from collections import Counter

from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.query import And, AndNot, Every, NullQuery, Or, Term

KINDS_ATTRIBUTE = "_simpul_kinds"  # the kind of each document, kept on the searcher it was read from


def _term_postings(reader, field: str, text: str) -> dict[int, float]:
    """The documents of one term with the term's frequency in each, read a block of postings at a time."""
    if (field, text) not in reader:
        return {}
    matcher = reader.postings(field, text)
    deleted = None
    if isinstance(matcher, FilterMatcher):
        deleted, matcher = reader.deleted_docs_set, matcher.child
    postings: dict[int, float] = {}
    if isinstance(matcher, W3LeafMatcher):
        while matcher.is_active():
            if matcher._ids is None:
                matcher._read_ids()
            if matcher._weights is None:
                matcher._read_weights()
            postings.update(zip(matcher._ids, matcher._weights, strict=False))
            matcher._next_block()
    else:
        postings = {d: 1.0 for d in matcher.all_ids()}
    if deleted:
        for d in deleted & postings.keys():
            del postings[d]
    return postings


def _leaf_ids(searcher, reader, query, leaves: list | None = None) -> set[int]:
    """The segment's documents matching `query`; each positive leaf (term, phrase) is added to `leaves` with
    its documents, for the cheap ranking below."""
    postings = None
    if type(query) is Term:
        postings = _term_postings(reader, query.fieldname, query.text)
        found = set(postings)
    elif type(query) is And and query.subqueries:
        parts = sorted((_leaf_ids(searcher, reader, q, leaves) for q in query.subqueries), key=len)
        return parts[0].intersection(*parts[1:])
    elif type(query) is Or:
        found = set()
        for q in query.subqueries:
            found |= _leaf_ids(searcher, reader, q, leaves)
        return found
    elif type(query) is AndNot:
        return _leaf_ids(searcher, reader, query.a, leaves) - _leaf_ids(searcher, reader, query.b)
    elif type(query) is Every and not query.fieldname:
        return set(reader.all_doc_ids())
    elif query is NullQuery:
        return set()
    else:
        found = set(query.docs(searcher))
    field = getattr(query, "fieldname", None)
    if leaves is not None and field in searcher.schema and found:
        boost = getattr(searcher.schema[field].format, "field_boost", 1.0)
        weight = boost * (1 + math.log(reader.doc_count_all() / len(found)))
        leaves.append((weight, postings if postings is not None else dict.fromkeys(found, 1.0)))
    return found


def matching(searcher, query) -> list[tuple]:
    """(segment's searcher, its matching document numbers, its weighted leaves, its offset) per segment."""
    result = []
    for sub, offset in searcher.leaf_searchers():
        leaves: list = []
        result.append((sub, _leaf_ids(sub, sub.reader(), query, leaves), leaves, offset))
    return result


def best(found: list[tuple], wanted: int, sort: str) -> list[tuple]:
    """The `wanted` first matches as (segment's searcher, document number, score), from what matching() read.

    newest and votes: Whoosh's order, from the sortable columns. relevance: a BM25-like weight from the
    postings already read (each matching word's field boost, rarity and frequency, not the field's length),
    the newest first among equals; close to Whoosh's BM25F order, not the same."""
    ranked: list[tuple] = []
    for sub, ids, leaves, offset in found:
        if sort in ("newest", "votes"):
            created = sub.reader().column_reader("created")
            votes = sub.reader().column_reader("votes") if sort == "votes" else None
            if votes is not None:
                def key(d, votes=votes, created=created, offset=offset):
                    return votes[d], created[d], offset + d
            else:
                def key(d, created=created, offset=offset):
                    return created[d], offset + d
            ranked.extend((key(d), sub, d) for d in heapq.nlargest(wanted, ids, key=key))
            continue
        weight = dict.fromkeys(ids, 0.0)
        for value, postings in leaves:  # BM25's saturation of a word's frequency, without the field's length
            for d, tf in postings.items():
                if d in weight:
                    weight[d] += value * tf / (tf + 1.2)
        ranked.extend(((w, offset + d), sub, d) for w, d in heapq.nlargest(wanted, zip(weight.values(), weight,
                                                                                         strict=True)))
    ranked.sort(key=lambda item: item[0], reverse=True)
    return [(sub, d, key[0] if sort == "relevance" else 0.0) for key, sub, d in ranked[:wanted]]


def _kinds(sub) -> list[str | None]:
    """The kind of every document number of one segment, read once per searcher from the `kind` postings."""
    kinds = getattr(sub, KINDS_ATTRIBUTE, None)
    if kinds is None:
        reader = sub.reader()
        kinds = [None] * reader.doc_count_all()
        for kind in reader.lexicon("kind"):
            kind = kind.decode() if isinstance(kind, bytes) else kind
            for docnum in _term_postings(reader, "kind", kind):
                kinds[docnum] = kind
        setattr(sub, KINDS_ATTRIBUTE, kinds)
    return kinds


def counts_by_kind(searcher, query) -> dict[str, int]:
    return count(matching(searcher, query))


def count(found: list[tuple]) -> dict[str, int]:
    counts: Counter = Counter()
    for sub, ids, _leaves, _offset in found:
        counts.update(map(_kinds(sub).__getitem__, ids))
    counts.pop(None, None)
    return dict(counts)
