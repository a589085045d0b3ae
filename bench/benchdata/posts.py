"""The plan of the posts: kinds, authors, times, threads of answers and replies, status, tags, revisions."""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from itertools import accumulate

from app.content.models import PostStatus
from bench.benchdata.people import People, Sampler
from bench.benchdata.timeline import DAY, Clock

SHARES = {"article": 0.10, "question": 0.25, "thread": 0.10, "reply": 0.20}  # answers take the rest (35%)
CHILD_OF = {"answer": "question", "reply": "thread"}
SHOWCASE_ANSWERS, SHOWCASE_REPLIES, SHOWCASE_REVISIONS = 20, 50, 10
BENCH_ANSWERS, BENCH_ARTICLES = 16, 4
PUBLISHED, DELETED = PostStatus.PUBLISHED.value, PostStatus.DELETED.value


@dataclass
class Posts:
    """Column lists indexed by position; the post id is first_id + position, in order of creation."""

    first_id: int
    kind: list[str] = field(default_factory=list)
    author: list[int] = field(default_factory=list)
    agency: list[int] = field(default_factory=list)
    parent: list[int] = field(default_factory=list)  # position of the question or thread, or -1
    category: list[int | None] = field(default_factory=list)
    created: list[float] = field(default_factory=list)
    appeal: list[float] = field(default_factory=list)  # how much attention it draws: votes, answers, comments
    status: list[str] = field(default_factory=list)
    locked: set[int] = field(default_factory=set)
    pinned: set[int] = field(default_factory=set)
    featured: set[int] = field(default_factory=set)
    tags: dict[int, tuple[int, ...]] = field(default_factory=dict)  # position -> tag positions
    edits: dict[int, list[tuple[float, int, str]]] = field(default_factory=dict)  # article -> (time, editor, summary)
    children: dict[int, list[int]] = field(default_factory=dict)
    accepted: dict[int, tuple[int, float]] = field(default_factory=dict)  # question -> (answer, accepted at)
    comments: list[tuple[int, int, float]] = field(default_factory=list)  # (post, author id, created)
    comment_count: list[int] = field(default_factory=list)
    last_activity: list[float] = field(default_factory=list)
    updated: list[float] = field(default_factory=list)
    showcase: dict[str, int] = field(default_factory=dict)  # "question" / "thread" / "article" -> position
    bench_posts: list[int] = field(default_factory=list)

    def id(self, position: int) -> int:
        return self.first_id + position

    def __len__(self) -> int:
        return len(self.kind)


def kind_counts(total: int) -> dict[str, int]:
    counts = {kind: round(total * share) for kind, share in SHARES.items()}
    counts["answer"] = total - sum(counts.values())
    return counts


def _pick_showcase(rng: random.Random, clock: Clock, drafts: list[list], kind: str) -> int:
    """A post of this kind from one to five months ago (older or any when there is none)."""
    positions = [i for i, d in enumerate(drafts) if d[1] == kind]
    window = [i for i in positions if clock.now - 150 * DAY <= drafts[i][0] <= clock.now - 30 * DAY]
    older = [i for i in positions if drafts[i][0] <= clock.now - 3 * DAY]
    return rng.choice(window or older or positions)


def plan_posts(rng: random.Random, clock: Clock, people: People, total: int, first_id: int,
               categories: list[int]) -> Posts:
    sampler = Sampler(people)
    counts = kind_counts(total)
    category_weights = [3.0, 3.0, 2.5, 2.0, 1.5, 1.0][:len(categories)] + [1.0] * max(0, len(categories) - 6)
    drafts: list[list] = []  # [created, kind, author, parent draft, category, appeal]
    for kind in ("article", "question", "thread"):
        for _ in range(counts[kind]):
            moment = clock.recent(rng)
            author = sampler.pick(rng, moment)
            category = rng.choices(categories, category_weights)[0] if kind == "thread" else None
            drafts.append([moment, kind, author, -1, category, min(rng.paretovariate(1.2), 300.0)])
    showcase = {kind: _pick_showcase(rng, clock, drafts, kind) for kind in ("question", "thread", "article")}
    for kind, special, extra in (("answer", showcase["question"], SHOWCASE_ANSWERS),
                                 ("reply", showcase["thread"], SHOWCASE_REPLIES)):
        parents = [i for i, d in enumerate(drafts) if d[1] == CHILD_OF[kind] and i != special]
        cumulative = list(accumulate(drafts[i][5] for i in parents))
        chosen = [special] * extra + rng.choices(parents, cum_weights=cumulative, k=counts[kind] - extra)
        for parent in chosen:
            moment = clock.after(rng, drafts[parent][0], mean_days=1.5 if parent != special else 6)
            author = sampler.pick(rng, moment)
            if author == drafts[parent][2]:
                author = sampler.pick(rng, moment)
            drafts.append([moment, kind, author, parent, None, min(rng.paretovariate(1.3), 200.0)])
    order = sorted(range(len(drafts)), key=lambda i: (drafts[i][0], i))
    position_of = [0] * len(drafts)
    for position, draft in enumerate(order):
        position_of[draft] = position
    posts = Posts(first_id=first_id)
    for draft in order:
        moment, kind, author, parent, category, appeal = drafts[draft]
        posts.kind.append(kind)
        posts.author.append(author)
        posts.agency.append(people.agency[people.index(author)])
        posts.parent.append(position_of[parent] if parent >= 0 else -1)
        posts.category.append(category)
        posts.created.append(moment)
        posts.appeal.append(appeal)
        posts.status.append(PUBLISHED)
    posts.showcase = {kind: position_of[draft] for kind, draft in showcase.items()}
    for position, parent in enumerate(posts.parent):
        if parent >= 0:
            posts.children.setdefault(parent, []).append(position)
    _give_bench_posts(rng, people, posts)
    return posts


def _give_bench_posts(rng: random.Random, people: People, posts: Posts) -> None:
    """The bench member wrote some answers and articles after joining (its reputation rests on them)."""
    bench = people.bench
    joined = people.created[bench] + DAY
    reserved = set(posts.showcase.values()) | set(posts.children.get(posts.showcase["question"], []))
    for kind, wanted in (("answer", BENCH_ANSWERS), ("article", BENCH_ARTICLES)):
        candidates = [i for i, k in enumerate(posts.kind) if k == kind and posts.created[i] > joined
                      and i not in reserved]
        for position in rng.sample(candidates, min(wanted, len(candidates))):
            posts.author[position] = people.ids[bench]
            posts.agency[position] = people.agency[bench]
            posts.bench_posts.append(position)
    posts.bench_posts.sort()


def plan_status(rng: random.Random, posts: Posts, categories: list[int]) -> None:
    """A few answers and replies, and a few childless top-level posts, deleted by their authors; flags on threads."""
    keep = set(posts.showcase.values()) | set(posts.bench_posts)
    for special in ("question", "thread"):
        keep.update(posts.children.get(posts.showcase[special], []))
    for position, kind in enumerate(posts.kind):
        if position in keep:
            continue
        share = 0.01 if kind in CHILD_OF else (0.003 if not posts.children.get(position) else 0.0)
        if rng.random() < share:
            posts.status[position] = DELETED
    threads = [i for i, k in enumerate(posts.kind) if k == "thread" and posts.status[i] == PUBLISHED]
    for category in categories:
        mine = [i for i in threads if posts.category[i] == category]
        if mine:
            posts.pinned.add(max(mine, key=posts.appeal.__getitem__))
    posts.locked.update(i for i in threads if rng.random() < 0.005 and i != posts.showcase["thread"])
    articles = [i for i, k in enumerate(posts.kind) if k == "article" and posts.status[i] == PUBLISHED]
    articles.sort(key=posts.appeal.__getitem__, reverse=True)
    posts.featured.update(articles[:max(1, len(articles) // 100)])


def tag_weights(rng: random.Random, tag_count: int, value_tags: list[int]) -> list[float]:
    """Zipf-like popularity: a shuffled order of the topic tags, with the BerAKHLAK values among the first."""
    topics = [i for i in range(tag_count) if i not in set(value_tags)]
    rng.shuffle(topics)
    for rank, tag in zip((1, 4, 8, 13, 19, 26, 34), value_tags, strict=False):
        topics.insert(rank, tag)
    weights = [0.0] * tag_count
    for rank, tag in enumerate(topics):
        weights[tag] = 1.0 / (rank + 4.0)
    return weights


def plan_tags(rng: random.Random, posts: Posts, weights: list[float]) -> list[int]:
    """Tags of every article and question; returns post_count per tag (published posts only)."""
    tags = list(range(len(weights)))
    cumulative = list(accumulate(weights))
    counts = [0] * len(weights)
    for position, kind in enumerate(posts.kind):
        if kind not in ("article", "question"):
            continue
        wanted = rng.choice((1, 2, 2, 3, 3, 3, 4, 4, 5))
        chosen: list[int] = []
        for _attempt in range(4 * wanted):
            tag = rng.choices(tags, cum_weights=cumulative)[0]
            if tag not in chosen:
                chosen.append(tag)
                if len(chosen) == wanted:
                    break
        posts.tags[position] = tuple(chosen)
        if posts.status[position] == PUBLISHED:
            for tag in chosen:
                counts[tag] += 1
    return counts
