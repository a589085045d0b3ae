"""Adoptions of articles by other agencies and leaders' awards, with their ledger rows."""
from __future__ import annotations

import random
from dataclasses import dataclass, field

from app.core.roles import Role
from app.reputation import rules
from app.reputation.awards import NUMBER_PREFIX
from bench.benchdata.ledger import Ledger
from bench.benchdata.people import Agencies, People
from bench.benchdata.posts import PUBLISHED, Posts
from bench.benchdata.timeline import Clock
from bench.benchdata.words import ADOPTION_NOTES, ADOPTION_OUTCOMES, AWARD_TITLES


@dataclass
class Extras:
    # (article position, agency id, recorded by, note, outcome, created, outcome at)
    adoptions: list[tuple] = field(default_factory=list)
    # (number, recipient, agency, leader, title, citation, points, created, post position)
    awards: list[tuple] = field(default_factory=list)


def plan_adoptions(rng: random.Random, clock: Clock, people: People, agencies: Agencies, posts: Posts,
                   ledger: Ledger, extras: Extras) -> None:
    """About 3% of the articles (those that draw most attention) and the bench member's are adopted by 1-4
    other agencies; each adoption gives the author +50."""
    members: dict[int, list[int]] = {}
    for index, agency in enumerate(people.agency):
        if index != people.bench:
            members.setdefault(agency, []).append(index)  # in order of joining
    articles = [i for i, k in enumerate(posts.kind) if k == "article" and posts.status[i] == PUBLISHED]
    articles.sort(key=lambda i: (-posts.appeal[i], i))
    chosen = sorted(set(articles[:max(1, len(articles) * 3 // 100)]) | set(posts.bench_posts) & set(articles))
    for article in chosen:
        author, own = posts.author[article], posts.agency[article]
        others = [(a, w) for a, w in zip(agencies.ids, agencies.weights, strict=True) if a != own and a in members]
        picked = {rng.choices([a for a, _ in others], [w for _, w in others])[0] for _ in range(rng.randint(1, 4))}
        for agency in sorted(picked):
            moment = clock.after(rng, posts.created[article], mean_days=20.0, late_share=0.3)
            joined = [people.ids[i] for i in members[agency] if people.created[i] < moment and people.ids[i] != author]
            if not joined:
                continue
            recorder = rng.choice(joined)
            outcome = rng.choice(ADOPTION_OUTCOMES) if rng.random() < 0.5 else None
            outcome_at = clock.after(rng, moment, mean_days=30.0) if outcome else None
            extras.adoptions.append((article, agency, recorder, rng.choice(ADOPTION_NOTES), outcome, moment,
                                     outcome_at))
            ledger.add(author, ledger.points.adopted, rules.ADOPTED, moment, posts.id(article), recorder)


def plan_awards(rng: random.Random, clock: Clock, people: People, posts: Posts, ledger: Ledger,
                extras: Extras) -> None:
    """A few awards by leaders to the authors of well-received posts (one for the bench member), numbered
    SIMPUL-<year>-0001 onwards in each year (WIB); each gives the recipient +100."""
    givers = [i for i, role in enumerate(people.roles) if role in (Role.LEADER.value, Role.ADMIN.value)]
    wanted = max(2, len(posts) // 5_000)
    candidates = [i for i, k in enumerate(posts.kind) if k in ("article", "answer") and posts.status[i] == PUBLISHED]
    candidates.sort(key=lambda i: (-posts.appeal[i], i))
    picks = candidates[:wanted - 1] + posts.bench_posts[:1]
    planned = []
    for post in picks:
        recipient = posts.author[post]
        moment = clock.after(rng, posts.created[post], mean_days=30.0, late_share=0.3)
        leaders = [people.ids[i] for i in givers if people.created[i] < moment and people.ids[i] != recipient]
        if leaders:
            planned.append((moment, post, recipient, rng.choice(leaders)))
    planned.sort()
    per_year: dict[int, int] = {}
    for moment, post, recipient, leader in planned:
        year = clock.wib_year(moment)
        per_year[year] = per_year.get(year, 0) + 1
        title = rng.choice(AWARD_TITLES)
        citation = (f"Atas praktik baik dan jawaban yang membantu rekan ASN di Simpul ASN, termasuk tulisan "
                    f"nomor {posts.id(post)}.")
        agency = people.agency[people.index(recipient)]
        extras.awards.append((f"{NUMBER_PREFIX}-{year}-{per_year[year]:04d}", recipient, agency, leader, title,
                              citation, ledger.points.award, moment, post))
        ledger.add(recipient, ledger.points.award, rules.AWARD, moment, 0, leader)
