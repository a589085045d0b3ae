"""The default search backend: a Whoosh index on disk. Every Whoosh call of the project lives here and in
whoosh_query.py (the schema and the queries).

Layout: SEARCH_INDEX_DIR/CURRENT names the generation folder in use (gen-<time>); a rebuild fills a new
generation and replaces CURRENT atomically, so readers never see a half-built index.
"""
from __future__ import annotations

import dataclasses
import os
import secrets
import shutil
import threading
import time
from collections import OrderedDict
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage
from whoosh.index import EmptyIndexError, LockError
from whoosh.query import NullQuery, Term

from app.search.analysis import analyze
from app.search.backend import PART_KINDS, Hit, ParsedQuery, SearchDocument, SearchPage, total_of, totals
from app.search.suggest import did_you_mean
from app.search.whoosh_counts import RERANK_WINDOW, Found, best, matching, of_kind, rerank, root_of, tally
from app.search.whoosh_query import TEXT_FIELDS, build_query, build_schema
from app.search.whoosh_segments import open_searcher

SCORED_ALL_UP_TO = 500  # matches a search scores all of (Whoosh's own search); more are ranked by whoosh_counts


RESULTS_KEPT = 256  # pages of results kept per open searcher: a new commit opens a new searcher and drops them


class WhooshBackend:
    name = "whoosh"

    def __init__(self, root: str | Path):
        self.root = Path(root)
        self._lock = threading.Lock()
        self._index = None
        self._generation: str | None = None
        self._searcher = None
        self._results: OrderedDict[tuple, SearchPage] = OrderedDict()
        self._results_for = None
        self._searchers_opened = 0

    # -- where the index lives -------------------------------------------------------------------------
    def _pointer(self) -> Path:
        return self.root / "CURRENT"

    def current_generation(self) -> str | None:
        try:
            name = self._pointer().read_text().strip()
        except FileNotFoundError:
            return None
        return name if name and (self.root / name).is_dir() else None

    def new_generation(self) -> Path:
        self.root.mkdir(parents=True, exist_ok=True)
        folder = self.root / f"gen-{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}-{secrets.token_hex(3)}"
        folder.mkdir()
        whoosh_index.create_in(str(folder), build_schema())
        return folder

    def switch_to(self, folder: Path) -> None:
        """Make `folder` the index in use, atomically; older generations are removed."""
        tmp = self.root / f".CURRENT.{os.getpid()}"
        tmp.write_text(folder.name)
        os.replace(tmp, self._pointer())
        for old in self.root.glob("gen-*"):
            if old.name != folder.name:
                shutil.rmtree(old, ignore_errors=True)

    def ensure_index(self) -> bool:
        """Create an empty index when there is none; True when one had to be made."""
        if self.current_generation() is not None:
            return False
        self.switch_to(self.new_generation())
        return True

    @property
    def opened_generation(self) -> str | None:
        """The generation the open index belongs to (it may lag CURRENT until the next open)."""
        return self._generation

    def _open(self):
        generation = self.current_generation()
        if generation is None:
            raise EmptyIndexError("no search index")
        if generation != self._generation or self._index is None:
            # Without mmap: Whoosh copies each memory-mapped compound segment whole into private memory
            # (BytesIO), so every worker held its own copy of the index; read from the file, the OS page cache
            # is the one copy, shared by the workers.
            self._index = FileStorage(str(self.root / generation), supports_mmap=False).open_index()
            self._generation = generation
            self._searcher = None
        return self._index

    def _get_searcher(self):
        with self._lock:
            ix = self._open()
            if self._searcher is None or not self._searcher.up_to_date():
                previous = self._searcher if self._searcher is not None and self._searcher._ix is ix else None
                if self._searcher is not None and previous is None:
                    self._searcher.close()  # another generation (a rebuild): nothing of it can be kept
                self._searcher = open_searcher(ix, previous)
                self._searchers_opened += 1
            return self._searcher

    # -- writing ------------------------------------------------------------------------------------------
    def state(self) -> tuple:
        """Changes whenever what a search can return changes (a commit to the index, a rebuild): pages of
        results may be kept under it."""
        self._get_searcher()
        return (self._generation, self._searchers_opened)

    def writer(self, folder: Path | None = None):
        """A writer that does not wait: raises LockError when another process holds the index."""
        ix = FileStorage(str(folder), supports_mmap=False).open_index() if folder else self._open()
        return ix.writer(timeout=0.0)

    @staticmethod
    def _fields(doc: SearchDocument) -> dict:
        return {
            "key": str(doc.key), "kind": doc.kind, "title": doc.title, "parent_title": doc.parent_title,
            "body": doc.body, "tags": ",".join(doc.tags), "agency": doc.agency, "author": doc.author,
            "author_id": str(doc.author_id), "created": doc.created_at, "votes": int(doc.votes),
            "accepted": bool(doc.accepted), "spell": f"{doc.title} {doc.body}", "attachments": doc.attachments,
            "stage": doc.stage, "obsolete": bool(doc.obsolete), "root": doc.root_key,
        }

    def write(self, writer, documents: list[SearchDocument], forget: list[int]) -> None:
        """Replace `documents` (by key) and remove the `forget` keys. The committed copies are found through this
        backend's own searcher when the writer writes the index in use (Whoosh's update_document would open a
        reader of every segment for each batch: hundreds of milliseconds at 200,000 posts)."""
        searcher = self._searcher_of(writer)
        names = set(writer.schema.names())
        if searcher is None:
            for key in forget:
                writer.delete_by_term("key", str(key))
            for doc in documents:
                writer.update_document(**{k: v for k, v in self._fields(doc).items() if k in names})
            return
        for key in {*forget, *(doc.key for doc in documents)}:
            for docnum in searcher.docs_for_query(Term("key", str(key)), for_deletion=True):
                writer.delete_document(docnum)
        for doc in documents:
            # An index built before a field was added lacks it until the rebuild that repair_if_needed queues.
            writer.add_document(**{k: v for k, v in self._fields(doc).items() if k in names})

    def _searcher_of(self, writer):
        """This backend's searcher when it shows exactly the commit `writer` started from (the writer holds the
        index's lock, so no later commit exists): its document numbers are the writer's. None otherwise (a
        writer of a new generation, or of another index)."""
        if self._index is None or Path(writer.storage.folder) != Path(self._index.storage.folder):
            return None
        searcher = self._get_searcher()
        return searcher if searcher.reader().generation() == writer.generation - 1 else None

    def index(self, documents: list[SearchDocument]) -> None:
        self._commit(documents, [])

    def delete(self, keys: list[int]) -> None:
        self._commit([], keys)

    def _commit(self, documents: list[SearchDocument], forget: list[int]) -> None:
        writer = self.writer()
        try:
            self.write(writer, documents, forget)
        except Exception:
            writer.cancel()
            raise
        writer.commit()

    def clear(self) -> None:
        self.switch_to(self.new_generation())

    # -- reading ------------------------------------------------------------------------------------------
    def search(self, parsed: ParsedQuery, *, page: int = 1, per_page: int = 20) -> SearchPage:
        """A page of hits. Kept until the index changes: the same query on the same searcher gives the same
        answer, and scoring every match of a common word is the expensive part of a search."""
        searcher = self._get_searcher()
        key = (repr(parsed), page, per_page)
        with self._lock:
            if self._results_for is not searcher:
                self._results.clear()
                self._results_for = searcher
            kept = self._results.get(key)
            if kept is not None:
                self._results.move_to_end(key)
                return dataclasses.replace(kept, hits=list(kept.hits))
        found = self._search(searcher, parsed, page=page, per_page=per_page)
        with self._lock:
            if self._results_for is searcher:
                self._results[key] = found
                while len(self._results) > RESULTS_KEPT:
                    self._results.popitem(last=False)
        return dataclasses.replace(found, hits=list(found.hits))

    def _search(self, searcher, parsed: ParsedQuery, *, page: int, per_page: int) -> SearchPage:
        query = build_query(parsed, with_kind=False)
        if query is NullQuery:
            return SearchPage([], 0, {})
        wanted = page * per_page
        options: dict = {"limit": wanted}
        if parsed.sort == "newest":
            options.update(sortedby="created", reverse=True)
        elif parsed.sort == "votes":
            options.update(sortedby=["votes", "created"], reverse=True)
        else:
            options["limit"] = max(wanted, RERANK_WINDOW)
        # The counts by kind from which documents match, unscored (whoosh_counts), for the query without its
        # kind filter. A few matches are searched as always; many (a common word matches a fifth of all posts)
        # are never scored by Whoosh (its top-k still visits each one): the page comes from the sortable
        # columns, or, by relevance, from what the unscored pass read anyway (whoosh_counts.best).
        found = matching(searcher, query)
        grouped = parsed.grouped and parsed.kind not in PART_KINDS
        parts, groups, roots, members = tally(found, members=grouped)
        total = total_of(parsed, parts, groups, roots)
        if parsed.kind:
            found = of_kind(found, parsed.kind, grouped)
        if sum(len(ids) for _sub, ids, _leaves, _offset in found) > SCORED_ALL_UP_TO:
            best_few = [Found(sub, d, score, root) for sub, d, score, root in
                        best(found, options["limit"], parsed.sort, grouped)]
        else:
            if grouped:
                options["limit"] = None  # every part is scored (few), then one per root is kept
            allowed = {offset + d: root_of(sub, offset, d) for sub, ids, _l, offset in found for d in ids}
            results = searcher.search(query, filter=set(allowed), **options) if allowed else []
            best_few = [Found(searcher, r.docnum, r.score or 0.0, allowed[r.docnum]) for r in results]
        if parsed.sort in ("newest", "votes"):
            hits = [Hit(int(r.searcher.stored_fields(r.docnum)["key"]), r.score, r.root) for r in best_few]
        else:
            hits = rerank(best_few)
        if grouped:
            seen: set[int] = set()  # the first (best) part of each root
            hits = [h for h in hits if not (h.root in seen or seen.add(h.root))]
            for h in hits:
                h.others = members[h.root] - 1
        start = (page - 1) * per_page
        return SearchPage(hits[start:start + per_page], total, totals(parts, groups),
                          self._suggest(searcher, parsed, total), all_total=total_of(
                              dataclasses.replace(parsed, kind=None), parts, groups, roots))

    @staticmethod
    def _suggest(searcher, parsed: ParsedQuery, found: int) -> str | None:
        reader = searcher.reader()

        def known(words: list[str]) -> set[str]:
            return {w for w in words if ("spell", w) in reader or all(
                any((f, stem) in reader for f in TEXT_FIELDS) for stem in analyze(w))}

        def closest(word: str) -> str | None:
            found = searcher.corrector("spell").suggest(word, limit=1, maxdist=2)
            return found[0] if found else None

        def total(query: ParsedQuery) -> int:
            parts, groups, roots, _members = tally(matching(searcher, build_query(query, with_kind=False)))
            return total_of(query, parts, groups, roots)

        return did_you_mean(parsed, found, known=known, closest=closest, count=total)

    def lacks_fields(self) -> bool:
        """Whether the index in use was built with an older schema (a rebuild brings the new fields)."""
        return not set(build_schema().names()) <= set(self._open().schema.names())

    def document_count(self) -> int:
        return self._get_searcher().doc_count()

    def status(self) -> dict:
        try:
            return {"status": "ok", "backend": self.name, "documents": self.document_count(),
                    "generation": self._generation}
        except EmptyIndexError:
            return {"status": "ok", "backend": self.name, "index": "belum dibangun"}
        except Exception as err:  # noqa: BLE001 - a broken index is reported, the site keeps serving
            return {"status": "error", "backend": self.name, "error": type(err).__name__}


__all__ = ["WhooshBackend", "LockError", "EmptyIndexError"]
