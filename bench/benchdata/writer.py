"""Writing the plan: SQLAlchemy Core `insert(table)` executemany in chunks, one transaction per chunk, ids
chosen in Python; no ORM objects, so no session events (and no search outbox rows) fire."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field

from sqlalchemy import Connection, Table, bindparam, func, insert, select, text, update

from app.content.text import slugify
from app.extensions import db
from bench.benchdata.extras import Extras
from bench.benchdata.ledger import REASONS, Ledger
from bench.benchdata.people import People
from bench.benchdata.posts import DELETED, Posts
from bench.benchdata.text import TextModel, join
from bench.benchdata.timeline import Clock, stream

CHUNK = 25_000
Progress = Callable[[str, int], AbstractContextManager]
Chunk = dict[str, list[dict]]  # table name -> rows, inserted in this order in one transaction


@dataclass
class Plan:
    seed: int
    clock: Clock
    people: People
    posts: Posts
    ledger: Ledger
    extras: Extras
    model: TextModel
    password_hash: str
    tag_names: list[str]
    tag_ids: list[int]
    new_tags: list[int]  # positions in tag_names not yet in the database
    tag_counts: list[int]
    child_count: list[int]
    first_ids: dict[str, int] = field(default_factory=dict)


def table(name: str) -> Table:
    return db.metadata.tables[name]


class Writer:
    def __init__(self, connection: Connection, progress: Progress):
        self.connection, self.progress = connection, progress

    def write(self, label: str, total: int, chunks: Iterator[tuple[int, Chunk]]) -> None:
        with self.progress(label, total) as bar:
            for count, rows in chunks:
                with self.connection.begin():
                    for name, batch in rows.items():
                        if batch:
                            self.connection.execute(insert(table(name)), batch)
                bar.update(count)

    def update(self, statement, rows: list[dict]) -> None:
        for start in range(0, len(rows), CHUNK):
            with self.connection.begin():
                self.connection.execute(statement, rows[start:start + CHUNK])


def chunked(name: str, rows: Iterator[dict]) -> Iterator[tuple[int, Chunk]]:
    batch = []
    for row in rows:
        batch.append(row)
        if len(batch) == CHUNK:
            yield len(batch), {name: batch}
            batch = []
    if batch:
        yield len(batch), {name: batch}


def user_rows(plan: Plan) -> Iterator[dict]:
    people, at = plan.people, plan.clock.at
    for i, user_id in enumerate(people.ids):
        login = people.last_login[i]
        yield {"id": user_id, "name": people.names[i], "handle": people.handles[i], "email": people.emails[i],
               "nip": people.nips[i], "agency_id": people.agency[i], "position": people.positions[i], "bio": None,
               "role": people.roles[i], "password_hash": plan.password_hash,
               "reputation": plan.ledger.reputation_of(user_id), "locale": "id", "suspended_until": None,
               "suspension_reason": None, "created_at": at(people.created[i]),
               "last_login_at": at(login) if login is not None else None, "password_changed_at": None,
               # Generated members are confirmed, verified ASN, as in a city that has run the site a while.
               "email_confirmed_at": at(people.created[i]), "verified_at": at(people.created[i]),
               "verified_by_id": None, "verified_via": "approval", "verification_refused_at": None,
               "verification_refusal_reason": None, "oidc_subject": None}


def tag_rows(plan: Plan) -> Iterator[dict]:
    for position in plan.new_tags:
        yield {"id": plan.tag_ids[position], "name": plan.tag_names[position], "description": None,
               "is_value": False, "post_count": plan.tag_counts[position], "created_at": plan.clock.at(0)}


def post_chunks(plan: Plan) -> Iterator[tuple[int, Chunk]]:
    """Posts with their tags and revisions; bodies are composed here, in id order, from a seeded stream."""
    posts, at, model, ledger = plan.posts, plan.clock.at, plan.model, plan.ledger
    rng = stream(plan.seed, "text")
    revision_id = plan.first_ids["revisions"]
    chunk: Chunk = {"posts": [], "post_tags": [], "revisions": []}
    for position, kind in enumerate(posts.kind):
        post_id, author = posts.id(position), posts.author[position]
        edits = posts.edits.get(position, [])
        blocks = model.blocks(rng, kind, minimum=len(edits) + 2)
        body_md, body_html = join(blocks)
        parent = posts.parent[position]
        title = model.make_title(rng, kind) if parent < 0 else None
        tags = sorted(posts.tags.get(position, ()), key=plan.tag_names.__getitem__)
        tag_text = ", ".join(plan.tag_names[t] for t in tags)
        last_edit = edits[-1] if edits else None
        chunk["posts"].append({
            "id": post_id, "kind": kind, "author_id": author, "agency_id": posts.agency[position], "title": title,
            "slug": slugify(title) if title else None, "body_md": body_md, "body_html": body_html,
            "score": ledger.score[position], "status": posts.status[position], "locked": position in posts.locked,
            "pinned": position in posts.pinned, "featured": position in posts.featured,
            "parent_id": posts.id(parent) if parent >= 0 else None, "category_id": posts.category[position],
            "accepted_answer_id": None, "child_count": plan.child_count[position],
            "comment_count": posts.comment_count[position], "revision_count": 1 + len(edits),
            "created_at": at(posts.created[position]), "updated_at": at(posts.updated[position]),
            "last_activity_at": at(posts.last_activity[position]),
            "edited_at": at(last_edit[0]) if last_edit else None, "editor_id": last_edit[1] if last_edit else None,
            "deleted_by_id": author if posts.status[position] == DELETED else None, "duplicate_of_id": None,
            "merged_into_id": None})
        chunk["post_tags"] += [{"post_id": post_id, "tag_id": plan.tag_ids[t]} for t in tags]
        versions = [(posts.created[position], author, None), *edits]
        for number, (moment, editor, summary) in enumerate(versions, start=1):
            shown = blocks[:len(blocks) - (len(versions) - number)]
            chunk["revisions"].append({
                "id": revision_id, "post_id": post_id, "number": number, "editor_id": editor, "summary": summary,
                "title": title, "body_md": body_md if number == len(versions) else join(shown)[0],
                "tags": tag_text, "reverted_from": None, "created_at": at(moment)})
            revision_id += 1
        if len(chunk["posts"]) == CHUNK:
            yield CHUNK, chunk
            chunk = {"posts": [], "post_tags": [], "revisions": []}
    if chunk["posts"]:
        yield len(chunk["posts"]), chunk


def comment_rows(plan: Plan) -> Iterator[dict]:
    rng = stream(plan.seed, "comments")
    for number, (post, author, moment) in enumerate(plan.posts.comments):
        body_md, body_html = plan.model.comment(rng)
        yield {"id": plan.first_ids["comments"] + number, "post_id": plan.posts.id(post), "author_id": author,
               "body_md": body_md, "body_html": body_html, "status": "published", "created_at": plan.clock.at(moment)}


def vote_rows(plan: Plan, order: list[int]) -> Iterator[dict]:
    ledger, at, first = plan.ledger, plan.clock.at, plan.first_ids["votes"]
    for rank, index in enumerate(order):
        yield {"id": first + rank, "user_id": ledger.v_user[index], "post_id": ledger.v_post[index],
               "value": ledger.v_value[index], "created_at": at(ledger.v_created[index]),
               "updated_at": at(ledger.v_updated[index])}


def ledger_rows(plan: Plan, vote_ids: list[int]) -> Iterator[dict]:
    ledger, at, first = plan.ledger, plan.clock.at, plan.first_ids["reputation_events"]
    order = sorted(range(len(ledger)), key=ledger.time.__getitem__)
    for rank, index in enumerate(order):
        vote = ledger.vote[index]
        yield {"id": first + rank, "user_id": ledger.user[index], "delta": ledger.delta[index],
               "reason": REASONS[ledger.reason[index]], "post_id": ledger.post[index] or None,
               "actor_id": ledger.actor[index] or None, "vote_id": vote_ids[vote - 1] if vote else None,
               "created_at": at(ledger.time[index])}


def write_extras(plan: Plan, writer: Writer) -> None:
    """Adoptions, awards and their posts, accepted answers, tag and category counters."""
    at, posts, first = plan.clock.at, plan.posts, plan.first_ids
    writer.write("Penerapan dan penghargaan", len(plan.extras.adoptions) + len(plan.extras.awards), iter([(
        len(plan.extras.adoptions) + len(plan.extras.awards), {
            "adoptions": [{"id": first["adoptions"] + n, "post_id": posts.id(article), "agency_id": agency,
                           "recorded_by_id": recorder, "note": note, "outcome": outcome, "created_at": at(moment),
                           "outcome_at": at(outcome_at) if outcome_at else None}
                          for n, (article, agency, recorder, note, outcome, moment, outcome_at)
                          in enumerate(plan.extras.adoptions)],
            "awards": [{"id": first["awards"] + n, "number": number, "user_id": user, "agency_id": agency,
                        "awarded_by_id": leader, "title": title, "citation": citation, "points": points,
                        "created_at": at(moment)}
                       for n, (number, user, agency, leader, title, citation, points, moment, _post)
                       in enumerate(plan.extras.awards)],
            "award_posts": [{"award_id": first["awards"] + n, "post_id": posts.id(award[-1])}
                            for n, award in enumerate(plan.extras.awards)]})]))
    posts_table = table("posts")
    writer.update(update(posts_table).where(posts_table.c.id == bindparam("b_id"))
                  .values(accepted_answer_id=bindparam("b_answer")),
                  [{"b_id": posts.id(q), "b_answer": posts.id(a)} for q, (a, _at) in sorted(posts.accepted.items())])
    tags = table("tags")
    existing = [t for t in range(len(plan.tag_names)) if t not in set(plan.new_tags)]
    writer.update(update(tags).where(tags.c.id == bindparam("b_id")).values(post_count=bindparam("b_count")),
                  [{"b_id": plan.tag_ids[t], "b_count": plan.tag_counts[t]} for t in existing])
    categories = table("categories")
    thread_count = (select(func.count(posts_table.c.id))
                    .where(posts_table.c.category_id == categories.c.id, posts_table.c.kind == "thread",
                           posts_table.c.status == "published").scalar_subquery())
    with writer.connection.begin():
        writer.connection.execute(update(categories).values(thread_count=thread_count))


SEQUENCED = ("users", "tags", "posts", "revisions", "comments", "votes", "reputation_events", "adoptions", "awards")


def finish(connection: Connection) -> None:
    """PostgreSQL: move each id sequence past the ids written here, then VACUUM ANALYZE (as autovacuum would
    soon: without the visibility map the rollups' covering indexes are not read alone, and the all-time
    ranking took 119 ms instead of 10); SQLite: fold the write-ahead log back into the database file."""
    if connection.dialect.name == "postgresql":
        with connection.begin():
            for name in SEQUENCED:
                connection.execute(text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "  # noqa: S608
                                        f"(SELECT max(id) FROM {name})) WHERE EXISTS (SELECT 1 FROM {name})"))
        with connection.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as vacuuming:
            vacuuming.execute(text("VACUUM ANALYZE"))
    else:
        connection.connection.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
