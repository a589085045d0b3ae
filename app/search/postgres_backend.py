"""The PostgreSQL search backend (SEARCH_BACKEND=postgres): tsvector + GIN, shared by every machine.

Text is stemmed by the same Python analyzer as the Whoosh backend and stored as written by pg_text.py
(positions and weights per field), so both backends find the same documents for the same query. In a tsvector the
fields are its weights: title and tags A, body B, the parent's title C, the text of attached documents D (its own
field, ranked lowest, and in the same GIN index so a query needs one index scan). The tables are the
backend's own (pg_schema.py: created on first use, outside the ORM models), like an index is Whoosh's own.
"""
from __future__ import annotations

import dataclasses
import difflib
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text

from app.extensions import db
from app.search import pg_text
from app.search.backend import PART_KINDS, ROOT_KINDS, Hit, ParsedQuery, SearchDocument, SearchPage, total_of, totals
from app.search.pg_schema import (
    ADD_WORDS,
    BUMP,
    FORGET_WORDS,
    SCHEMA,
    SCHEMA_LOCK,
    UPSERT,
    WORD,
    WORDS_LOCK,
    WRITER_LOCK,
)
from app.search.suggest import did_you_mean

# The kind a post counts as in grouped results (an answer's is its question's), and back: the part kind of a root.
_ROOT_KIND = "CASE kind " + " ".join(f"WHEN '{p}' THEN '{r}'" for p, r in ROOT_KINDS.items()) + " ELSE kind END"
_PART_KIND = "CASE gkind " + " ".join(f"WHEN '{r}' THEN '{p}'" for p, r in ROOT_KINDS.items()) + " END"
RANKED = 1000  # matches ranked by relevance, newest first (50 pages of results; each reads its tsvector)
# A relevance window is read by walking the newest documents when that reads WALK_COST times fewer rows than the
# matches (measured at 50,000 posts: 0.25-4 within the noise; 1 is the plain crossover).
WALK_COST = 1
BOOST = ("(1 + 0.15 * ln(1 + greatest(votes, 0))) * (CASE WHEN accepted THEN 1.3 ELSE 1 END)"
         " * (CASE WHEN obsolete THEN 0.5 ELSE 1 END)")  # a practice "Tidak berlaku lagi" ranks lower


class PostgresBackend:
    name = "postgres"

    def __init__(self):
        self._ready = False

    def ensure_schema(self) -> None:
        if self._ready:
            return
        with db.engine.begin() as conn:
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": SCHEMA_LOCK})
            for statement in SCHEMA:
                conn.execute(text(statement))
        self._ready = True

    @contextmanager
    def writer_lock(self, *, wait: bool) -> Iterator[bool]:
        """The index's write lock, as Whoosh's: held from reading the outbox until its rows are forgotten, so
        no drainer writes an older copy of a post over a newer one, nor brings back one just hidden. Yields
        whether it was taken (`wait=False` gives up at once, as a drainer does; a rebuild waits)."""
        with db.engine.connect() as conn:
            if wait:
                conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": WRITER_LOCK})
                taken = True
            else:
                taken = bool(conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": WRITER_LOCK}).scalar())
            conn.commit()  # the lock is the session's: no transaction stays open while it is held
            try:
                yield taken
            finally:
                if taken:
                    conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": WRITER_LOCK})
                    conn.commit()

    def index(self, documents: list[SearchDocument]) -> None:
        self.ensure_schema()
        if not documents:
            return
        rows = [{
            "key": d.key, "kind": d.kind, "tags": d.tags, "agency": d.agency, "author": pg_text.author_words(d.author),
            "created_at": d.created_at, "votes": int(d.votes), "accepted": bool(d.accepted), "stage": d.stage,
            "obsolete": bool(d.obsolete), "root": d.root_key,
            "tsv": pg_text.document_vector(d),
        } for d in documents]
        with db.engine.begin() as conn:
            # The words lock first, as delete() takes it: a writer never waits on it holding a document row.
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WORDS_LOCK})
            conn.execute(UPSERT, rows)
            self._replace_words(conn, documents)
            conn.execute(BUMP)

    @staticmethod
    def _replace_words(conn, documents: list[SearchDocument]) -> None:
        """Take back what these documents added to the word counts before, then add what they hold now."""
        latest = {d.key: d for d in documents}
        conn.execute(FORGET_WORDS, {"keys": list(latest)})
        own = [{"key": d.key, "word": word, "freq": n} for d in latest.values()
               for word, n in Counter(WORD.findall(f"{d.title} {d.body}".lower())).items()]
        if not own:
            return
        conn.execute(text("INSERT INTO search_document_words (key, word, freq) VALUES (:key, :word, :freq)"), own)
        totals = Counter()
        for row in own:
            totals[row["word"]] += row["freq"]
        conn.execute(ADD_WORDS, [{"word": w, "freq": n} for w, n in sorted(totals.items())])

    def delete(self, keys: list[int]) -> None:
        self.ensure_schema()
        if keys:
            with db.engine.begin() as conn:
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WORDS_LOCK})
                conn.execute(FORGET_WORDS, {"keys": list(keys)})
                conn.execute(text("DELETE FROM search_documents WHERE key = ANY(:keys)"), {"keys": list(keys)})
                conn.execute(BUMP)

    def clear(self) -> None:
        self.ensure_schema()
        with db.engine.begin() as conn:
            conn.execute(text("TRUNCATE search_documents, search_words, search_document_words"))
            conn.execute(text("UPDATE search_state SET version = version + 1, format = :f WHERE id = 1"),
                         {"f": pg_text.FORMAT})

    def analyze(self) -> None:
        """Statistics for the planner after a rebuild refilled the tables: without them it takes a common word
        for a rare one and reads a search's newest matches the slow way (autovacuum would come later, or never
        where it is off)."""
        self.ensure_schema()
        with db.engine.begin() as conn:
            conn.execute(text("ANALYZE search_documents, search_words, search_document_words"))

    def state(self) -> tuple:
        """Changes whenever what a search can return changes (every write to the index): pages of results
        may be kept under it, as with Whoosh."""
        self.ensure_schema()
        with db.engine.connect() as conn:
            return ("pg", conn.execute(text("SELECT version FROM search_state WHERE id = 1")).scalar_one())

    def lacks_fields(self) -> bool:
        """Whether the stored documents were written in an older format (a rebuild writes the new one)."""
        self.ensure_schema()
        with db.engine.connect() as conn:
            return conn.execute(text("SELECT format FROM search_state WHERE id = 1")).scalar_one() != pg_text.FORMAT

    # -- reading ------------------------------------------------------------------------------------------
    @staticmethod
    def _where(parsed: ParsedQuery, with_kind: bool = True) -> tuple[str, dict]:
        clauses, params = [], {}
        expression = pg_text.text_query(parsed)
        if expression:
            clauses.append("tsv @@ CAST(:tsq AS tsquery)")
            params["tsq"] = expression
        if parsed.agency:
            clauses.append("agency = :agency")
            params["agency"] = parsed.agency
        if parsed.author:
            for n, word in enumerate(parsed.author.lower().split()):
                clauses.append(f"(' ' || author || ' ') LIKE :author{n}")
                params[f"author{n}"] = f"% {word.replace('%', '').replace('_', '')} %"
        if with_kind and parsed.kind:
            clauses.append("kind = :kind")
            params["kind"] = parsed.kind
        if parsed.stage:
            clauses.append("stage = :stage")
            params["stage"] = parsed.stage
        if parsed.date_from:
            clauses.append("created_at >= :date_from")
            params["date_from"] = parsed.date_from
        if parsed.date_to:
            clauses.append("created_at < :date_to")
            params["date_to"] = parsed.date_to
        return (" AND ".join(clauses) or "true"), params

    def search(self, parsed: ParsedQuery, *, page: int = 1, per_page: int = 20) -> SearchPage:
        self.ensure_schema()
        if parsed.is_empty:  # no words, phrases, tag, agency, author or stage
            return SearchPage([], 0, {})
        # One statement for the counts and the page. Counts: parts by kind, roots by the kind they count as (an
        # answer's is its question's), from one grouping of the matches (without the kind filter) by root: a root
        # is of one kind, its parts are itself and its answers or replies. A common word matches a fifth of all
        # posts, and each match's row is wide (its tsvector).
        where, params = self._where(parsed, with_kind=False)
        grouped = parsed.grouped and parsed.kind not in PART_KINDS
        kind_column = "gkind" if grouped else "kind"
        if parsed.kind:
            params["kind"] = parsed.kind
        matches = (f"SELECT key, kind, COALESCE(root, key) AS root, {_ROOT_KIND} AS gkind, "  # noqa: S608
                   f"created_at, votes FROM search_documents WHERE {where}")
        order = {"newest": "created_at DESC, key DESC", "votes": "votes DESC, created_at DESC, key DESC"}.get(
            parsed.sort, "created_at DESC, key DESC")
        params.update(limit=per_page, offset=(page - 1) * per_page, window=RANKED, walk=RANKED * WALK_COST)
        if parsed.sort not in ("newest", "votes") and "tsq" in params and params["offset"] < RANKED:
            # Relevance: ts_rank reads each match's whole tsvector, so only the RANKED newest matches are ranked;
            # the rest follow them, newest first. The counts group the matches as they are read, not kept; the
            # window is read the cheaper of two ways by how many matched (each gated on the counts, one runs):
            # walking the newest documents until RANKED match reads ~RANKED * documents / matches rows (a common
            # word), listing the matches newest first reads the matches (a phrase, a rare word).
            order = "score DESC, key DESC"
            source = f"({matches}) s"
            of_kind = f"AND {_ROOT_KIND if grouped else 'kind'} = :kind" if parsed.kind else ""
            rank = f"ts_rank(d.tsv, CAST(:tsq AS tsquery)) * {BOOST}"
            scored = "SELECT key, root, score FROM newest UNION ALL SELECT key, root, score FROM few"
            kept = ""
            window = f"""walk AS (SELECT (SELECT sum(own + parts) FROM roots) ^ 2 >= :walk * (SELECT
                        greatest(reltuples, 1) FROM pg_class WHERE oid = 'search_documents'::regclass) AS yes),
                    newest AS (SELECT key, COALESCE(root, key) AS root, {rank} AS score FROM search_documents d
                               WHERE {where} {of_kind} AND (SELECT yes FROM walk)
                               ORDER BY created_at DESC, key DESC LIMIT :window),
                    listed AS MATERIALIZED (SELECT key, COALESCE(root, key) AS root, created_at FROM search_documents
                                            WHERE {where} {of_kind} AND NOT (SELECT yes FROM walk)),
                    few AS (SELECT d.key, w.root, {rank} AS score FROM (SELECT key, root FROM listed
                            ORDER BY created_at DESC, key DESC LIMIT :window) w
                            JOIN search_documents d ON d.key = w.key),
                    """  # noqa: S608
            others = "SELECT root, n - 1 AS n FROM per_root WHERE root IN (SELECT root FROM page)"
        else:
            # Newest or most voted first (or no words to rank): the page and the counts read the same matches,
            # kept once.
            source = "m"
            of_kind = f"WHERE {kind_column} = :kind" if parsed.kind else ""
            scored = f"SELECT key, root, created_at, votes, 0.0 AS score FROM m {of_kind}"  # noqa: S608
            kept = f"m AS MATERIALIZED ({matches}),"
            window = ""
            others = "SELECT root, count(*) - 1 AS n FROM m WHERE root IN (SELECT root FROM page) GROUP BY root"
        if grouped:  # the best part of each root, then the roots in that order
            scored = f"SELECT DISTINCT ON (root) * FROM ({scored}) s ORDER BY root, {order}"  # noqa: S608
        page_sql = f"SELECT key, root, score FROM ({scored}) g ORDER BY {order} LIMIT :limit OFFSET :offset"  # noqa: S608
        with db.engine.connect() as conn:
            rows = conn.execute(text(
                f"""WITH {kept}
                    per_root AS (SELECT root, gkind, count(*) AS n, count(*) FILTER (WHERE kind = gkind) AS own
                                 FROM {source} GROUP BY root, gkind),
                    roots AS (SELECT gkind, count(*) AS roots, sum(own)::bigint AS own,
                                     sum(n - own)::bigint AS parts FROM per_root GROUP BY gkind),
                    counts AS (SELECT 'g' AS what, gkind AS kind, roots AS n FROM roots
                               UNION ALL SELECT 'p', gkind, own FROM roots
                               UNION ALL SELECT 'p', {_PART_KIND}, parts FROM roots WHERE parts > 0),
                    {window}page AS (SELECT key, root, score, row_number() OVER () AS place FROM ({page_sql}) p),
                    others AS ({others if grouped else "SELECT NULL::integer AS root, 0::bigint AS n WHERE false"})
                SELECT what, kind, n, NULL::integer, NULL::float8, NULL::bigint, NULL::bigint, NULL::integer
                FROM counts UNION ALL SELECT NULL, NULL, NULL, page.key, page.score, page.place, COALESCE(others.n, 0),
                    page.root FROM page LEFT JOIN others ON others.root = page.root"""), params).all()  # noqa: S608
            parts = {kind: n for what, kind, n, *_ in rows if what == "p" and n}
            groups = {kind: n for what, kind, n, *_ in rows if what == "g"}
            all_groups = sum(groups.values())  # a root counts for one kind: its own
            total = total_of(parsed, parts, groups, all_groups)
            suggestion = self._suggest(conn, parsed, total)
        found = sorted((place, key, score, others, root) for what, _k, _n, key, score, place, others, root in rows
                       if what is None)
        hits = [Hit(int(k), float(s or 0), int(r), int(o) if grouped else 0) for _place, k, s, o, r in found]
        return SearchPage(hits, total, totals(parts, groups), suggestion,
                          all_total=total_of(dataclasses.replace(parsed, kind=None), parts, groups, all_groups))

    def _suggest(self, conn, parsed: ParsedQuery, found: int) -> str | None:
        def known(words: list[str]) -> set[str]:
            found = set(conn.execute(text("SELECT word FROM search_words WHERE word = ANY(:w) AND freq > 0"),
                                     {"w": words}).scalars())
            for word in set(words) - found:  # not as written: by its stems (an inflection nobody wrote yet)?
                group = pg_text.word_group(word)
                if group and conn.execute(text("SELECT EXISTS (SELECT 1 FROM search_documents "
                                               "WHERE tsv @@ CAST(:q AS tsquery))"), {"q": group}).scalar():
                    found.add(word)
            return found

        def closest(word: str) -> str | None:
            candidates = conn.execute(text(
                "SELECT word FROM search_words WHERE word LIKE :prefix AND length(word) BETWEEN :lo AND :hi "
                "AND freq > 0 ORDER BY freq DESC LIMIT 2000"),
                {"prefix": word[:1] + "%", "lo": len(word) - 2, "hi": len(word) + 2}).scalars().all()
            match = difflib.get_close_matches(word, candidates, n=1, cutoff=0.75)
            return match[0] if match else None

        def count(query: ParsedQuery) -> int:
            where, params = self._where(query, with_kind=False)
            grouped = query.grouped and query.kind not in PART_KINDS
            column = _ROOT_KIND if grouped else "kind"
            of_kind = f"AND {column} = :kind" if query.kind else ""
            params["kind"] = query.kind
            what = "count(DISTINCT COALESCE(root, key))" if grouped else "count(*)"
            return conn.execute(text(f"SELECT {what} FROM search_documents WHERE {where} {of_kind}"),  # noqa: S608
                                params).scalar_one()

        return did_you_mean(parsed, found, known=known, closest=closest, count=count)

    def document_count(self) -> int:
        self.ensure_schema()
        with db.engine.connect() as conn:
            return conn.execute(text("SELECT count(*) FROM search_documents")).scalar_one()

    def status(self) -> dict:
        try:
            return {"status": "ok", "backend": self.name, "documents": self.document_count()}
        except Exception as err:  # noqa: BLE001 - reported, never raised
            return {"status": "error", "backend": self.name, "error": type(err).__name__}


