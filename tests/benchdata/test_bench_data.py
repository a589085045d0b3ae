"""`flask bench-data` fills an empty database with data the site and the load runner can use as they are."""
from __future__ import annotations

import json
import re

from sqlalchemy import func, select

from app.accounts.models import User
from app.accounts.nip import parse_nip
from app.content.models import Comment, Post, Revision, Tag, post_tags
from app.content.rendering import render_markdown
from app.core.timeutil import utcnow
from app.extensions import db
from app.reputation.ledger import mismatches
from app.reputation.models import ReputationEvent, Vote
from bench.benchdata.cli import bench_data
from bench.benchdata.generator import Sizes, make_plan, prepare, quiet
from bench.benchdata.text import TextModel, join
from bench.benchdata.timeline import stream

SMALL = ["--users", "60", "--posts", "600", "--ledger", "3000"]


def run(app, tmp_path, *extra):
    manifest = tmp_path / "manifest.json"
    result = app.test_cli_runner().invoke(bench_data, args=[*SMALL, "--manifest", str(manifest), *extra])
    return result, manifest


def count(model, *where) -> int:
    return db.session.execute(select(func.count()).select_from(model).where(*where)).scalar_one()


def test_bench_data_fills_an_empty_database_the_site_can_serve(app, client, tmp_path):
    result, path = run(app, tmp_path)
    assert result.exit_code == 0, result.output
    manifest = json.loads(path.read_text())
    assert {"users", "posts", "ledger", "seed", "question_id", "article_id", "thread_id", "tag", "bench_user",
            "vote_post_ids", "answer_question_ids", "elapsed_s", "database"} <= set(manifest)
    assert "posts" in manifest["elapsed_s"] and "Waktu per tahap" in result.output

    # The sizes asked for, every kind of post, nothing in the future.
    assert count(User) == 60 and count(Post) == 600 and count(ReputationEvent) == 3000
    kinds = dict(db.session.execute(select(Post.kind, func.count()).group_by(Post.kind)).all())
    assert kinds == {"article": 60, "question": 150, "answer": 210, "thread": 60, "reply": 120}
    assert db.session.execute(select(func.max(Post.last_activity_at))).scalar_one() <= utcnow()
    assert count(Post, Post.parent_id.is_not(None), Post.id < Post.parent_id) == 0
    assert all(parse_nip(nip) for nip in db.session.execute(select(User.nip).where(User.nip.is_not(None))).scalars())
    # Cached counters agree with the rows.
    for tag in db.session.execute(select(Tag)).scalars():
        used = count(post_tags.join(Post, Post.id == post_tags.c.post_id), post_tags.c.tag_id == tag.id,
                     Post.status == "published")
        assert tag.post_count == used, tag.name
    assert count(Revision) == 600 + db.session.execute(select(func.sum(Post.revision_count - 1))).scalar_one()
    assert count(Comment) == db.session.execute(select(func.sum(Post.comment_count))).scalar_one() > 0
    assert mismatches() == []
    assert app.test_cli_runner().invoke(args=["reputation", "check"]).exit_code == 0

    # The showcase question: 20 published answers on its page, comments on it and on answers.
    question = db.session.get(Post, manifest["question_id"])
    assert question.child_count == 20 == count(Post, Post.parent_id == question.id, Post.status == "published")
    page = client.get(f"/questions/{question.id}", follow_redirects=True)
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    answer_ids = set(db.session.execute(select(Post.id).where(Post.parent_id == question.id)).scalars())
    assert {int(i) for i in re.findall(r'data-post-id="(\d+)"', html)} >= answer_ids
    assert count(Comment, Comment.post_id == question.id) >= 1
    assert count(Comment, Comment.post_id.in_(answer_ids)) >= 1
    # The showcase article: ten revisions in its history; the showcase thread: 50 replies.
    history = client.get(f"/articles/{manifest['article_id']}/revisions").get_data(as_text=True)
    assert len(re.findall(r"<td>#\d+</td>", history)) == 10
    assert count(Post, Post.parent_id == manifest["thread_id"], Post.status == "published") == 50
    assert client.get(f"/tags/{manifest['tag']}").status_code == 200

    # The bench member signs in, answers and votes like anyone else; the ledger stays true.
    bench = manifest["bench_user"]
    assert db.session.execute(select(User.reputation).where(User.email == bench["email"])).scalar_one() >= 5000
    assert client.login(bench["email"], bench["password"]).status_code in (302, 303)
    target = manifest["answer_question_ids"][0]
    reply = client.post(f"/questions/{target}/answers", {"body": "Jawaban uji beban: gunakan templat yang sama."})
    assert reply.status_code in (302, 303), reply.get_data(as_text=True)[:500]
    assert count(Post, Post.parent_id == target, Post.body_md.like("Jawaban uji beban%")) == 1
    voted = manifest["vote_post_ids"][0]
    assert client.post(f"/posts/{voted}/vote", {"value": "up"}).status_code in (200, 302, 303)
    assert count(Vote, Vote.post_id == voted, Vote.user_id == bench["id"], Vote.value == 1) == 1
    assert mismatches() == []

    # A second run refuses: the database already holds posts.
    again, _ = run(app, tmp_path)
    assert again.exit_code != 0 and "sudah berisi kiriman" in again.output
    assert count(Post) == 601


def test_one_seed_gives_the_same_plan(app):
    sizes = Sizes(users=60, posts=600, ledger=3000, seed=7)
    found = prepare(sizes)
    with quiet("", 0) as bar:
        first, second = make_plan(sizes, found, "x" * 12, bar), make_plan(sizes, found, "x" * 12, bar)
    assert first.people.emails == second.people.emails
    assert first.posts.author == second.posts.author and first.posts.created == second.posts.created
    assert list(first.ledger.delta) == list(second.ledger.delta)


def test_composed_html_is_what_the_site_renderer_makes(app):
    model = TextModel(stream(3, "words"), pool_size=500)
    rng = stream(3, "bodies")
    for kind in ("article", "question", "answer", "thread", "reply"):
        for _ in range(40):
            body_md, body_html = join(model.blocks(rng, kind, minimum=4))
            assert render_markdown(body_md) == body_html
    for _ in range(40):
        body_md, body_html = model.comment(rng)
        assert render_markdown(body_md) == body_html and len(body_md) <= 600
