"""Opening a Whoosh searcher after a commit without rereading what the commit left unchanged."""
from __future__ import annotations

import time

from whoosh.reading import EmptyReader, MultiReader, SegmentReader
from whoosh.searching import Searcher

from app.search.whoosh_counts import SEGMENT_CACHES


def _segment_state(segment) -> tuple:
    """What a segment's reader answers from: its files (named by its id, never rewritten) and its deletions
    (kept in the index's table of contents, so they change without the files)."""
    return segment.segment_id(), segment.doc_count_all(), frozenset(segment.deleted_docs())


def open_searcher(ix, previous=None):
    """A searcher of the index's latest commit that opens only what changed since `previous`: a segment with
    the same id and the same deletions keeps its open reader and what was read from it (whoosh_counts' kinds
    and roots); a segment with new deletions gets a new reader that keeps what was read from its files; new
    segments are opened. A commit usually adds or merges a few small segments beside the large one, so a
    search after a new post no longer reopens the whole index (hundreds of milliseconds at 200,000 posts).

    Not Whoosh's own reuse (Searcher.refresh, Index.reader(reuse=)): in 2.7.5 it matches readers on the segment
    id alone, so a kept reader answers with the deletions of its time (SegmentReader caches them), and it adds
    the previous searcher's segments that the commit merged away: stale and deleted documents in results.
    `previous` must not be closed by the caller: its readers that are not kept are closed here."""
    kept = {}
    if previous is not None:
        kept = {reader._simpul_state: reader for reader, _offset in previous.reader().leaf_readers()
                if getattr(reader, "_simpul_state", None) is not None}
    for attempt in range(10):
        opened, readers = [], []
        try:
            toc = ix._read_toc()
            for segment in toc.segments:
                state = _segment_state(segment)
                reader = kept.get(state)
                if reader is None:
                    reader = SegmentReader(ix.storage, toc.schema, segment, generation=toc.generation)
                    reader._simpul_state = state
                    opened.append(reader)
                    same_files = next((r for s, r in kept.items() if s[:2] == state[:2]), None)
                    for name in SEGMENT_CACHES if same_files is not None else ():
                        if hasattr(same_files, name):  # read from the files: unchanged by deletions
                            setattr(reader, name, getattr(same_files, name))
                readers.append(reader)
            break
        except OSError:
            # A writer removed a merged segment's files between the table of contents and the open (as in
            # Whoosh's Index.reader): read the new table of contents.
            for reader in opened:
                reader.close()
            if attempt == 9:
                raise
            time.sleep(0.05)
    in_use = {id(r) for r in readers}
    for reader in kept.values():
        if id(reader) not in in_use:
            reader.close()
    if previous is not None and not kept:
        previous.close()
    reader = MultiReader(readers, generation=toc.generation) if readers else EmptyReader(toc.schema)
    return Searcher(reader, fromindex=ix)
