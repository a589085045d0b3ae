"""What happens to posts after they are written: edits of articles, accepted answers, comments, and the
counters and activity times that follow from them."""
from __future__ import annotations

import random
from itertools import accumulate

from bench.benchdata.people import People, Sampler
from bench.benchdata.posts import PUBLISHED, SHOWCASE_REVISIONS, Posts
from bench.benchdata.timeline import Clock
from bench.benchdata.words import REVISION_SUMMARIES

SHOWCASE_QUESTION_COMMENTS = 4
SHOWCASE_COMMENTED_ANSWERS = 8


def plan_edits(rng: random.Random, clock: Clock, people: People, posts: Posts) -> None:
    """Every post has its first revision; some articles are improved later, by their author or by others."""
    sampler = Sampler(people)
    for position, kind in enumerate(posts.kind):
        if kind != "article":
            continue
        if position == posts.showcase["article"]:
            count = SHOWCASE_REVISIONS
        else:
            count = rng.choices((1, 2, 3, 4, 5), (70, 20, 7, 2, 1))[0]
        if count == 1:
            continue
        author = posts.author[position]
        times = sorted(clock.after(rng, posts.created[position], mean_days=25, late_share=0.3)
                       for _ in range(count - 1))
        edits = []
        for moment in times:
            editor = author if rng.random() < 0.6 else (sampler.pick(rng, moment) or author)
            edits.append((moment, editor, rng.choice(REVISION_SUMMARIES)))
        posts.edits[position] = edits


def plan_accepted(rng: random.Random, clock: Clock, posts: Posts) -> None:
    """Askers choose one answer (by someone else) for a little under half of the answered questions."""
    for question, answers in posts.children.items():
        if posts.kind[question] != "question" or posts.status[question] != PUBLISHED:
            continue
        candidates = [a for a in answers if posts.status[a] == PUBLISHED and posts.author[a] != posts.author[question]]
        if not candidates or (question != posts.showcase["question"] and rng.random() > 0.45):
            continue
        answer = rng.choice(candidates[:3])
        posts.accepted[question] = (answer, clock.after(rng, posts.created[answer], mean_days=1.0, late_share=0.05))


def plan_comments(rng: random.Random, clock: Clock, people: People, posts: Posts, total: int) -> None:
    """Short notes under questions and answers, most on the posts that draw attention; the showcase question
    and its first answers always have some."""
    sampler = Sampler(people)
    question = posts.showcase["question"]
    targets = [question] * SHOWCASE_QUESTION_COMMENTS
    for answer in posts.children[question][:SHOWCASE_COMMENTED_ANSWERS]:
        targets += [answer] * rng.randint(1, 2)
    open_posts = [i for i, k in enumerate(posts.kind) if k in ("question", "answer") and posts.status[i] == PUBLISHED]
    cumulative = list(accumulate(posts.appeal[i] for i in open_posts))
    targets += rng.choices(open_posts, cum_weights=cumulative, k=max(0, total - len(targets)))
    for post in targets:
        moment = clock.after(rng, posts.created[post], mean_days=2.0, late_share=0.1)
        author = sampler.pick(rng, moment)
        if author == posts.author[post]:
            author = sampler.pick(rng, moment)
        posts.comments.append((post, author, moment))
    posts.comments.sort(key=lambda comment: comment[2])


def settle_counters(posts: Posts) -> list[int]:
    """comment_count, last_activity and updated per post (as the services leave them); returns child_count."""
    size = len(posts)
    posts.comment_count = [0] * size
    posts.last_activity = list(posts.created)
    posts.updated = list(posts.created)
    child_count = [0] * size
    for position, parent in enumerate(posts.parent):
        if parent < 0:
            continue
        # Adding an answer or a reply bumps the parent even if the child is deleted later.
        posts.last_activity[parent] = max(posts.last_activity[parent], posts.created[position])
        if posts.status[position] == PUBLISHED:
            child_count[parent] += 1
    for question, (_answer, moment) in posts.accepted.items():
        posts.last_activity[question] = max(posts.last_activity[question], moment)
    for post, _author, moment in posts.comments:
        posts.comment_count[post] += 1
        posts.last_activity[post] = max(posts.last_activity[post], moment)
    for article, edits in posts.edits.items():
        posts.last_activity[article] = max(posts.last_activity[article], edits[-1][0])
        posts.updated[article] = edits[-1][0]
    return child_count
