"""Verbs shared by every kind of post: write text, set tags, record revisions, delete and restore."""
from __future__ import annotations

from flask import current_app
from flask_babel import gettext as _
from sqlalchemy import func, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm.util import identity_key

from app.accounts.models import User
from app.content.limits import check_new_member
from app.content.mention_links import link_mentions
from app.content.models import Category, Comment, Post, PostStatus, Revision, Tag, post_tags
from app.content.permissions import (
    can_delete,
    can_edit,
    can_restore,
    ensure,
    ensure_allowed,
    ensure_may_comment,
)
from app.content.rendering import render_markdown
from app.content.signals import accepted_answer_changed, comment_added, post_created, post_edited, post_status_changed
from app.content.text import clean_body, clean_title, parse_tag_names, slugify
from app.core.errors import ValidationFailed
from app.core.timeutil import utcnow
from app.extensions import db

COUNTED_STATUSES = (PostStatus.PUBLISHED.value,)


def write_text(post: Post, *, title: str | None, body: str, needs_title: bool) -> None:
    """Validate and render title and body into the post (no flush)."""
    if needs_title:
        post.title = clean_title(title)
        post.slug = slugify(post.title)
    post.body_md = clean_body(body)
    post.body_html = link_mentions(render_markdown(post.body_md))


def resolve_tags(names: list[str], actor: User) -> list[Tag]:
    if not names:
        return []
    existing = {t.name: t for t in db.session.execute(select(Tag).where(Tag.name.in_(names))).scalars()}
    missing = [name for name in names if name not in existing]
    if missing and actor.reputation < current_app.config["TAG_CREATE_MIN_REPUTATION"]:
        raise ValidationFailed(_(
            "Tag %(tags)s belum ada. Membuat tag baru memerlukan reputasi %(n)d; pilih dari tag yang sudah ada.",
            tags=", ".join(missing), n=current_app.config["TAG_CREATE_MIN_REPUTATION"]), field="tags")
    if missing:
        # Two writers may add the same new tag at once: insert what is missing, ignore what is there.
        insert = postgresql_insert if db.session.get_bind().dialect.name == "postgresql" else sqlite_insert
        db.session.execute(insert(Tag).values([{"name": n, "post_count": 0, "is_value": False, "created_at": utcnow()}
                                               for n in missing]).on_conflict_do_nothing(index_elements=["name"]))
        existing = {t.name: t for t in db.session.execute(select(Tag).where(Tag.name.in_(names))).scalars()}
    return [existing[name] for name in names]


def set_tags(post: Post, raw: str | list[str] | None, actor: User) -> bool:
    """Replace the post's tags (loaded with the post); returns whether they changed."""
    names = parse_tag_names(raw)
    if {t.name for t in post.tags} == set(names):
        return False
    post.tags = resolve_tags(names, actor)
    return True


def refresh_tag_counts(tag_ids: set[int]) -> None:
    """Recount published top-level posts for these tags (cheap: one UPDATE)."""
    if not tag_ids:
        return
    count = (select(func.count()).select_from(post_tags.join(Post, Post.id == post_tags.c.post_id))
             .where(post_tags.c.tag_id == Tag.id, Post.status == PostStatus.PUBLISHED.value)
             .scalar_subquery())
    db.session.execute(update(Tag).where(Tag.id.in_(tag_ids)).values(post_count=count))


def tag_ids_of(post: Post) -> set[int]:
    return set(db.session.execute(select(post_tags.c.tag_id).where(post_tags.c.post_id == post.id)).scalars())


def record_revision(post: Post, editor: User, summary: str | None, reverted_from: int | None = None, *,
                    first: bool = False) -> Revision:
    """`first`: the post's first version; its count was set to 1 before the post was written (no UPDATE)."""
    if not first:
        post.revision_count = (post.revision_count or 0) + 1
    revision = Revision(post_id=post.id, number=post.revision_count, editor_id=editor.id,
                        summary=(summary or "").strip()[:255] or None, title=post.title, body_md=post.body_md,
                        tags=", ".join(tag.name for tag in post.tags), reverted_from=reverted_from,
                        facts=post.revision_facts())
    db.session.add(revision)
    return revision


def new_post(cls, author: User, **fields) -> Post:
    now = utcnow()
    post = cls(author_id=author.id, agency_id=author.agency_id, created_at=now, updated_at=now,
               last_activity_at=now, **fields)
    post.author = author
    post.tags = []  # loaded (empty) from the start, so later code never needs a lazy load
    return post


def create_post(cls, author: User, *, title: str, body: str, tags: str | list[str] | None = None,
                category: Category | None = None, **fields) -> Post:
    """A new article, question or thread (permissions are the caller's): checked against the new-member
    limits, written, tagged, first revision, counts refreshed, announced."""
    check_new_member(author, body, creating=True)
    if category is not None:
        fields["category_id"] = category.id
    post = new_post(cls, author, revision_count=1, **fields)
    write_text(post, title=title, body=body, needs_title=True)
    if tags is not None:
        set_tags(post, tags, author)
    db.session.add(post)
    db.session.flush()
    record_revision(post, author, None, first=True)  # shown as "Versi pertama" in the reader's language
    if tags is not None:
        refresh_tag_counts(tag_ids_of(post))
    if category is not None:
        refresh_category_count(category.id)
    post_created.send(post, author=author)
    return post


def add_child(cls, parent: Post, author: User, body: str) -> Post:
    """An answer or a reply under `parent` (permissions are the caller's): written, counted, first revision."""
    check_new_member(author, body, creating=True)
    child = new_post(cls, author, parent_id=parent.id, revision_count=1)
    write_text(child, title=None, body=body, needs_title=False)
    db.session.add(child)
    db.session.flush()
    record_revision(child, author, None, first=True)
    recount_children(parent, in_update=True)
    bump_activity(parent)
    post_created.send(child, author=author)
    return child


def mark_edited(post: Post, editor: User) -> None:
    now = utcnow()
    post.edited_at = post.updated_at = now
    post.editor_id = editor.id


def bump_activity(post: Post) -> None:
    post.last_activity_at = utcnow()


def recount_children(parent: Post, *, in_update: bool = False) -> None:
    """`in_update`: count inside the parent's next UPDATE (no SELECT now; the value is read again when used)."""
    count = select(func.count(Post.id)).where(Post.parent_id == parent.id, Post.status.in_(COUNTED_STATUSES))
    parent.child_count = count.scalar_subquery() if in_update else db.session.execute(count).scalar_one()


def recount_comments(post: Post) -> None:
    post.comment_count = db.session.execute(
        select(func.count(Comment.id)).where(Comment.post_id == post.id, Comment.status.in_(COUNTED_STATUSES))
    ).scalar_one()


def add_comment(post: Post, author: User, body: str) -> Comment:
    ensure_may_comment(author, post)
    text = clean_body(body, minimum=2, limit_key="COMMENT_MAX_LENGTH")
    check_new_member(author, text, creating=False)
    comment = Comment(post_id=post.id, author_id=author.id, body_md=text,
                      body_html=link_mentions(render_markdown(text)))
    comment.author = author
    db.session.add(comment)
    db.session.flush()
    recount_comments(post)
    bump_activity(post)
    comment_added.send(comment, post=post, author=author)
    return comment


def refresh_category_count(category_id: int | None) -> None:
    """Recount the published threads of a category (one UPDATE)."""
    if category_id is None:
        return
    count = (select(func.count(Post.id)).where(Post.category_id == Category.id, Post.kind == "thread",
                                               Post.status == PostStatus.PUBLISHED.value).scalar_subquery())
    db.session.execute(update(Category).where(Category.id == category_id).values(thread_count=count)
                       .execution_options(synchronize_session=False))
    loaded = db.session.identity_map.get(identity_key(Category, category_id))
    if loaded is not None:
        db.session.expire(loaded, ["thread_count"])


def change_status(post: Post, status: PostStatus, actor: User | None = None) -> bool:
    """Move a post between published / deleted / hidden and keep the counters true."""
    if post.status == status.value:
        return False
    previous = post.status
    post.status = status.value
    post.deleted_by_id = actor.id if status == PostStatus.DELETED and actor else None
    post.updated_at = utcnow()
    db.session.flush()
    if post.parent_id is not None:
        parent = db.session.get(Post, post.parent_id)
        recount_children(parent)
        if status != PostStatus.PUBLISHED and parent.accepted_answer_id == post.id:
            parent.accepted_answer_id = None
            accepted_answer_changed.send(parent, old=post.id, new=None, actor=actor)
    refresh_tag_counts(tag_ids_of(post))
    refresh_category_count(post.category_id)
    post_status_changed.send(post, old=previous, new=post.status, actor=actor)
    return True


def edit_post(post: Post, editor: User, *, title: str | None, body: str, tags=None, category=None,
              summary: str | None = None, facts: dict | None = None) -> Revision | None:
    """Apply an edit to any kind of post; a new revision when anything changed, else None."""
    ensure_allowed(can_edit(editor, post), editor, post, _("Anda tidak dapat mengubah kiriman ini."))
    check_new_member(editor, body, creating=False)
    return apply_edit(post, editor, title=title, body=body, tags=tags, category=category, summary=summary,
                      facts=facts)


def apply_edit(post: Post, editor: User, *, title: str | None, body: str, tags=None, category=None,
               summary: str | None = None, facts: dict | None = None) -> Revision | None:
    """Write the edit in the editor's name once someone allowed it (edit_post, or an approved suggestion).
    `facts` (the kind's own fields, Post.revision_facts) are written too when given; the caller checked them."""
    before = (post.title, post.body_md, sorted(post.tag_names), post.category_id, post.revision_facts())
    if facts is not None:
        post.restore_facts(facts)
    old_tags = tag_ids_of(post)
    fields = post.editable_fields
    write_text(post, title=title if "title" in fields else post.title, body=body, needs_title="title" in fields)
    if "tags" in fields:
        set_tags(post, tags, editor)
    if "category" in fields and category is not None:
        post.category = category
        post.category_id = category.id
    if (post.title, post.body_md, sorted(post.tag_names), post.category_id, post.revision_facts()) == before:
        return None
    mark_edited(post, editor)
    db.session.flush()
    refresh_tag_counts(old_tags | tag_ids_of(post))
    revision = record_revision(post, editor, summary)
    post_edited.send(post, editor=editor, revision=revision)
    return revision


def delete_post(post: Post, actor: User) -> bool:
    ensure_allowed(can_delete(actor, post), actor, post, _("Anda tidak dapat menghapus kiriman ini."))
    return change_status(post, PostStatus.DELETED, actor)


def restore_post(post: Post, actor: User) -> bool:
    ensure(can_restore(actor, post), _("Anda tidak dapat memulihkan kiriman ini."))
    return change_status(post, PostStatus.PUBLISHED, actor)
