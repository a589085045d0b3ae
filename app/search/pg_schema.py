"""The PostgreSQL search backend's own tables and the statements that write them (postgres_backend.py reads
them). Created on first use, outside the ORM models and Alembic, as Whoosh's files are."""
from __future__ import annotations

import re

from sqlalchemy import text

from app.search import pg_text

SCHEMA_LOCK = 724_311  # pg_advisory_xact_lock key for creating the tables once
WRITER_LOCK = 724_312  # session advisory lock: one drainer or rebuild writes the index at a time
WORDS_LOCK = 724_313  # transaction advisory lock for changing word counts (a key of its own: never WRITER_LOCK)
SCHEMA = [
    """CREATE TABLE IF NOT EXISTS search_documents (
        key integer PRIMARY KEY, kind varchar(16) NOT NULL, tags text[] NOT NULL DEFAULT '{}',
        agency varchar(64) NOT NULL, author text NOT NULL, created_at timestamp NOT NULL,
        votes integer NOT NULL DEFAULT 0, accepted boolean NOT NULL DEFAULT false, tsv tsvector NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS ix_search_documents_tsv ON search_documents USING GIN (tsv)",
    "CREATE INDEX IF NOT EXISTS ix_search_documents_kind ON search_documents (kind)",
    "CREATE INDEX IF NOT EXISTS ix_search_documents_created ON search_documents (created_at)",
    # tahap: (articles' stage); added after the table: older tables get it here, empty until reindexed.
    "ALTER TABLE search_documents ADD COLUMN IF NOT EXISTS stage varchar(16) NOT NULL DEFAULT ''",
    "ALTER TABLE search_documents ADD COLUMN IF NOT EXISTS obsolete boolean NOT NULL DEFAULT false",
    # The question or discussion of an answer or reply, else the post itself (NULL until reindexed: FORMAT 3).
    "ALTER TABLE search_documents ADD COLUMN IF NOT EXISTS root integer",
    """CREATE TABLE IF NOT EXISTS search_words (word varchar(40) PRIMARY KEY, freq integer NOT NULL)""",
    # Each document's own counts, so that indexing it again (every vote does) or forgetting it takes back
    # what it added to search_words instead of adding it once more.
    """CREATE TABLE IF NOT EXISTS search_document_words (
        key integer NOT NULL, word varchar(40) NOT NULL, freq integer NOT NULL, PRIMARY KEY (key, word))""",
    "CREATE TABLE IF NOT EXISTS search_state (id integer PRIMARY KEY, version bigint NOT NULL, format integer)",
    # A new state row knows its format only when no document is stored yet (older ones are rebuilt).
    f"""INSERT INTO search_state (id, version, format) SELECT 1, 0, CASE WHEN EXISTS
        (SELECT 1 FROM search_documents) THEN NULL ELSE {pg_text.FORMAT} END ON CONFLICT (id) DO NOTHING""",  # noqa: S608
]
UPSERT = text("""
    INSERT INTO search_documents (key, kind, tags, agency, author, created_at, votes, accepted, stage, obsolete, root,
                                  tsv)
    VALUES (:key, :kind, :tags, :agency, :author, :created_at, :votes, :accepted, :stage, :obsolete, :root,
            CAST(:tsv AS tsvector))
    ON CONFLICT (key) DO UPDATE SET kind = EXCLUDED.kind, tags = EXCLUDED.tags, agency = EXCLUDED.agency,
        author = EXCLUDED.author, created_at = EXCLUDED.created_at, votes = EXCLUDED.votes,
        accepted = EXCLUDED.accepted, stage = EXCLUDED.stage, obsolete = EXCLUDED.obsolete, root = EXCLUDED.root,
        tsv = EXCLUDED.tsv""")
# One row: `version` changes with every write (kept pages of results are keyed on it), `format` says what the
# stored tsvectors hold (pg_text.FORMAT; another one is rebuilt).
BUMP = text("UPDATE search_state SET version = version + 1 WHERE id = 1")
WORD = re.compile(r"[a-z]{4,40}")
FORGET_WORDS = text("""
    WITH gone AS (DELETE FROM search_document_words WHERE key = ANY(:keys) RETURNING word, freq),
         totals AS (SELECT word, sum(freq) AS freq FROM gone GROUP BY word)
    UPDATE search_words SET freq = search_words.freq - totals.freq FROM totals WHERE search_words.word = totals.word""")
ADD_WORDS = text("INSERT INTO search_words (word, freq) VALUES (:word, :freq) "
                   "ON CONFLICT (word) DO UPDATE SET freq = search_words.freq + EXCLUDED.freq")
