"""Which documents a Whoosh query matches, without scoring them: the counts by kind of a search.

Scoring is the expensive part of a search, and a common word matches a fifth of all posts: the page needs
only the best few scored (Whoosh's top-k skips the rest), while the counts need only which documents match.
Those come from the postings as sets of document numbers: a term's list is read a block at a time, Or is a
union, And an intersection, AndNot a difference. Anything else (a phrase, a date range) asks Whoosh for its
documents, which it finds without scoring them either. Last, `rerank`: the boost of votes, accepted answers
and obsolete practices on the page's best few.
"""
from __future__ import annotations

import dataclasses
import heapq
import math
from collections import Counter

from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.query import And, AndNot, Every, NullQuery, Or, Term

from app.search.backend import ROOT_KINDS, Hit

KINDS_ATTRIBUTE = "_simpul_kinds"  # the kind of each document, kept on the segment's reader it was read from


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


def best(found: list[tuple], wanted: int, sort: str, grouped: bool = False) -> list[tuple]:
    """The `wanted` first matches as (segment's searcher, document number, score, root), from what matching()
    read; grouped, the `wanted` first roots, each by its best part.

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
            scored = [(key(d), d) for d in ids]
        else:
            weight = dict.fromkeys(ids, 0.0)
            for value, postings in leaves:  # BM25's saturation of a word's frequency, without the field's length
                for d, tf in postings.items():
                    if d in weight:
                        weight[d] += value * tf / (tf + 1.2)
            scored = [((w, offset + d), d) for d, w in weight.items()]
        if grouped:
            per_root: dict[int, tuple] = {}
            for item in scored:
                root = root_of(sub, offset, item[1])
                if root not in per_root or item[0] > per_root[root][0]:
                    per_root[root] = item
            scored = list(per_root.values())
        ranked.extend((k, sub, d, root_of(sub, offset, d)) for k, d in heapq.nlargest(wanted, scored))
    ranked.sort(key=lambda item: item[0], reverse=True)
    if grouped:
        seen: set[int] = set()
        ranked = [item for item in ranked if not (item[3] in seen or seen.add(item[3]))]
    return [(sub, d, k[0] if sort == "relevance" else 0.0, root) for k, sub, d, root in ranked[:wanted]]


def of_kind(found: list[tuple], kind: str, grouped: bool) -> list[tuple]:
    """Only the matches of one kind; grouped, the matches that count for that kind (a question's answers too)."""
    result = []
    for sub, ids, leaves, offset in found:
        kinds = _kinds(sub)
        if grouped:
            keep = {d for d in ids if kinds[d] is not None and ROOT_KINDS.get(kinds[d], kinds[d]) == kind}
        else:
            keep = {d for d in ids if kinds[d] == kind}
        result.append((sub, keep, leaves, offset))
    return result


def _kinds(sub) -> list[str | None]:
    """The kind of every document number of one segment, read once per segment reader from the `kind` postings
    (a reader outlives searchers: whoosh_segments keeps it while its segment is unchanged)."""
    reader = sub.reader()
    kinds = getattr(reader, KINDS_ATTRIBUTE, None)
    if kinds is None:
        kinds = [None] * reader.doc_count_all()
        for kind in reader.lexicon("kind"):
            kind = kind.decode() if isinstance(kind, bytes) else kind
            for docnum in _term_postings(reader, "kind", kind):
                kinds[docnum] = kind
        setattr(reader, KINDS_ATTRIBUTE, kinds)
    return kinds


def counts_by_kind(searcher, query) -> dict[str, int]:
    return count(matching(searcher, query))


def count(found: list[tuple]) -> dict[str, int]:
    counts: Counter = Counter()
    for sub, ids, _leaves, _offset in found:
        counts.update(map(_kinds(sub).__getitem__, ids))
    counts.pop(None, None)
    return dict(counts)


ROOTS_ATTRIBUTE = "_simpul_roots"
# What is read once per segment reader from the segment's files. Whoosh never rewrites a segment's files (a
# deletion is recorded beside them), so a new reader of the same segment may keep these (whoosh_segments): a
# document deleted since keeps its kind and root here, and is never among the matches that look them up.
GROUP_KINDS_ATTRIBUTE = "_simpul_group_kinds"  # the kind each document counts as (an answer's is its question's)
SEGMENT_CACHES = (KINDS_ATTRIBUTE, ROOTS_ATTRIBUTE, GROUP_KINDS_ATTRIBUTE)


def _roots(sub) -> list[int] | None:
    """The root key of every document number of one segment (the `root` column), read once per segment reader;
    None for an index built before the column (each document is then its own root until the rebuild)."""
    reader = sub.reader()
    roots = getattr(reader, ROOTS_ATTRIBUTE, None)
    if roots is None:
        roots = list(reader.column_reader("root")) if reader.has_column("root") else []
        setattr(reader, ROOTS_ATTRIBUTE, roots)
    return roots or None


def root_of(sub, offset: int, docnum: int) -> int:
    roots = _roots(sub)
    return roots[docnum] if roots is not None else -(offset + docnum) - 1  # no column: a group of its own


def tally(found: list[tuple], members: bool = False) -> tuple[Counter, Counter, int, Counter]:
    """Parts by kind, roots by the kind they count as (an answer's is its question's), how many roots, and (when
    `members`, for grouped results) matching parts per root. Counted with map/zip over the per-segment lists,
    no Python loop per match."""
    parts: Counter = Counter()
    per_root: Counter = Counter()
    pairs: set[tuple] = set()
    for sub, ids, _leaves, offset in found:
        kinds, roots = _kinds(sub), _roots(sub)
        if roots is None:  # an index from before the root column: each document is its own root
            roots = [-(offset + d) - 1 for d in range(len(kinds))]
        group_kinds = getattr(sub.reader(), GROUP_KINDS_ATTRIBUTE, None)
        if group_kinds is None:
            group_kinds = [ROOT_KINDS.get(k, k) for k in kinds]
            setattr(sub.reader(), GROUP_KINDS_ATTRIBUTE, group_kinds)
        parts.update(map(kinds.__getitem__, ids))
        if members:
            per_root.update(map(roots.__getitem__, ids))
        pairs.update(zip(map(group_kinds.__getitem__, ids), map(roots.__getitem__, ids), strict=True))
    parts.pop(None, None)
    groups = Counter(kind for kind, _root in pairs if kind is not None)
    return parts, groups, len({root for _kind, root in pairs}), per_root


RERANK_WINDOW = 100
OBSOLETE_BOOST = 0.5  # a practice "Tidak berlaku lagi" ranks below an equal current one, never removed


@dataclasses.dataclass
class Found:
    searcher: object  # the searcher whose document number this is (a segment's, or the whole index's)
    docnum: int
    score: float
    root: int = 0  # whoosh_counts.root_of


def rerank(results: list[Found]) -> list[Hit]:
    """Accepted and well-voted content rises; relevance still leads. The first RERANK_WINDOW are re-sorted,
    the rest keep Whoosh's order."""
    ranked, columns = [], {}
    for r in results:
        fields = r.searcher.stored_fields(r.docnum)
        if id(r.searcher) not in columns:
            reader = r.searcher.reader()
            columns[id(r.searcher)] = reader.column_reader("votes") if reader.has_column("votes") else None
        column = columns[id(r.searcher)]
        votes = column[r.docnum] if column is not None else 0
        boost = 1.0 + 0.15 * math.log1p(max(votes, 0))
        if fields.get("accepted"):
            boost *= 1.3
        if fields.get("obsolete"):
            boost *= OBSOLETE_BOOST
        ranked.append(Hit(int(fields["key"]), r.score * boost, r.root))
    window = sorted(ranked[:RERANK_WINDOW], key=lambda h: -h.score)
    return window + ranked[RERANK_WINDOW:]
