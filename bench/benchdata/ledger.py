"""The plan of votes and reputation-ledger rows, kept as compact columns (arrays), with the rules of
app.reputation: points per kind, the daily cap (WIB) on votes, compensations that never delete a row."""
from __future__ import annotations

import random
from array import array
from dataclasses import dataclass
from itertools import accumulate

from app.reputation import rules
from bench.benchdata.people import People, Sampler
from bench.benchdata.posts import DELETED, PUBLISHED, Posts
from bench.benchdata.timeline import DAY, Clock

REASONS = (rules.UPVOTE, rules.DOWNVOTE, rules.DOWNVOTE_COST, rules.VOTE_UNDONE, rules.ACCEPTED,
           rules.ACCEPTED_ASKER, rules.POST_DELETED, rules.ADOPTED, rules.AWARD)
REASON_CODE = {reason: code for code, reason in enumerate(REASONS)}
_CAP_COUNTED = frozenset(REASON_CODE[r] for r in (rules.UPVOTE, rules.VOTE_UNDONE))
KIND_ATTENTION = {"article": 2.0, "question": 1.2, "answer": 1.0, "thread": 1.0, "reply": 0.5}
BENCH_REPUTATION = 5_000


@dataclass(frozen=True)
class Points:
    upvote: dict[str, int]
    downvote: int
    downvote_cost: int
    accepted: int
    accepted_asker: int
    adopted: int
    award: int
    daily_cap: int

    @classmethod
    def from_config(cls, config) -> Points:
        return cls(upvote=dict(config["REPUTATION_UPVOTE"]), downvote=int(config["REPUTATION_DOWNVOTE_AUTHOR"]),
                   downvote_cost=int(config["REPUTATION_DOWNVOTE_ANSWER_VOTER"]),
                   accepted=int(config["REPUTATION_ACCEPTED_ANSWERER"]),
                   accepted_asker=int(config["REPUTATION_ACCEPTED_ASKER"]), adopted=int(config["REPUTATION_ADOPTED"]),
                   award=int(config["REPUTATION_AWARD"]), daily_cap=int(config["REPUTATION_DAILY_CAP"]))


class TooSmall(ValueError):
    """The requested sizes cannot hold what the plan needs (say which option to raise)."""


class Ledger:
    """Votes and ledger rows in planning order; `sorted_*` give them in time order with their final ids."""

    def __init__(self, clock: Clock, people: People, posts: Posts, points: Points):
        self.clock, self.people, self.posts, self.points = clock, people, posts, points
        self.sampler = Sampler(people)
        self.user, self.delta, self.reason = array("q"), array("q"), array("b")
        self.post, self.actor, self.vote, self.time = array("q"), array("q"), array("q"), array("d")
        self.v_user, self.v_post, self.v_value = array("q"), array("q"), array("b")
        self.v_created, self.v_updated = array("d"), array("d")
        self.reputation: dict[int, int] = dict.fromkeys(people.ids, 0)  # sum of deltas per user id
        self.earned: dict[int, int] = {}  # (user id, WIB day) -> capped points so far
        self.score = [0] * len(posts)
        self.author_net = [0] * len(posts)  # the author's points that belong to the post (for its deletion)
        self.last_vote = list(posts.created)
        self.pairs: set[int] = set()

    def __len__(self) -> int:
        return len(self.user)

    def add(self, user: int, delta: int, reason: str, moment: float, post: int = 0, actor: int = 0,
            vote: int = 0) -> None:
        code = REASON_CODE[reason]
        self.user.append(user)
        self.delta.append(delta)
        self.reason.append(code)
        self.post.append(post)
        self.actor.append(actor)
        self.vote.append(vote)
        self.time.append(moment)
        self.reputation[user] += delta
        if code in _CAP_COUNTED:
            key = user * 100_000 + self.clock.wib_day(moment)
            self.earned[key] = self.earned.get(key, 0) + delta

    def room(self, user: int, moment: float) -> int:
        return self.points.daily_cap - self.earned.get(user * 100_000 + self.clock.wib_day(moment), 0)

    def cast(self, voter: int, post: int, value: int, moment: float, undone_at: float | None = None) -> None:
        """One vote as app.reputation.votes leaves it; value 0 is an upvote withdrawn at `undone_at`."""
        posts, number = self.posts, len(self.v_user) + 1
        author, post_id = posts.author[post], posts.id(post)
        if value >= 0:
            given = max(0, min(self.points.upvote.get(posts.kind[post], 0), self.room(author, moment)))
            self.add(author, given, rules.UPVOTE, moment, post_id, voter, number)
            if value == 0 and given:
                self.add(author, -given, rules.VOTE_UNDONE, undone_at, post_id, voter, number)
            self.author_net[post] += given if value else 0
        else:
            self.add(author, self.points.downvote, rules.DOWNVOTE, moment, post_id, voter, number)
            self.author_net[post] += self.points.downvote
            if posts.kind[post] == "answer":
                self.add(voter, self.points.downvote_cost, rules.DOWNVOTE_COST, moment, post_id, voter, number)
        self.score[post] += value
        self.v_user.append(voter)
        self.v_post.append(post_id)
        self.v_value.append(value)
        self.v_created.append(moment)
        self.v_updated.append(undone_at or moment)
        self.last_vote[post] = max(self.last_vote[post], undone_at or moment)

    def _new_pair(self, voter: int | None, post: int) -> bool:
        if voter is None or voter == self.posts.author[post]:
            return False
        key = voter * 4_294_967_296 + self.posts.id(post)
        if key in self.pairs:
            return False
        self.pairs.add(key)
        return True

    def fixed_rows(self) -> None:
        """Accepted answers: +15 to the answerer, +2 to the asker, at the moment of choosing."""
        posts = self.posts
        for question, (answer, moment) in sorted(posts.accepted.items()):
            asker = posts.author[question]
            self.add(posts.author[answer], self.points.accepted, rules.ACCEPTED, moment, posts.id(answer), asker)
            self.add(asker, self.points.accepted_asker, rules.ACCEPTED_ASKER, moment, posts.id(answer), asker)

    def top_up_bench(self, rng: random.Random) -> None:
        """Upvotes from other members on the bench member's posts until its reputation passes 5,000, no more
        than the daily cap allows on any day."""
        bench = self.people.ids[self.people.bench]
        upvote = self.points.upvote
        mine = [p for p in self.posts.bench_posts if self.posts.status[p] == PUBLISHED]
        moments = {p: self.posts.created[p] + 3_600.0 for p in mine}
        while self.reputation[bench] + 1 <= BENCH_REPUTATION:
            if not moments:
                raise TooSmall("bench")
            for post in list(moments):
                moment = moments[post]
                while moment < self.clock.now and self.room(bench, moment) < upvote.get(self.posts.kind[post], 0):
                    moment += DAY * rng.uniform(0.5, 1.5)
                moments[post] = moment + DAY * rng.uniform(0.1, 1.2)
                voter = self.sampler.pick(rng, moment)
                if moment >= self.clock.now:
                    del moments[post]
                elif self._new_pair(voter, post):
                    self.cast(voter, post, 1, moment)

    def stream(self, rng: random.Random, target: int, *, upvotes_only: bool = False) -> None:
        """Votes from members on posts, the posts that draw attention most, until the ledger holds `target` rows."""
        posts, bench = self.posts, self.people.ids[self.people.bench]
        live = [p for p in range(len(posts)) if not upvotes_only or posts.status[p] == PUBLISHED]
        cumulative = list(accumulate(posts.appeal[p] * KIND_ATTENTION[posts.kind[p]] for p in live))
        misses = 0
        while len(self) < target:
            for post in rng.choices(live, cum_weights=cumulative, k=min(65_536, 2 * (target - len(self)) + 16)):
                if len(self) >= target:
                    return
                moment = self.clock.after(rng, posts.created[post], mean_days=3.0, late_share=0.25)
                voter = self.sampler.pick(rng, moment)
                if not self._new_pair(voter, post):
                    misses += 1
                    if misses > 50_000 + 5 * len(self.v_user):
                        raise TooSmall("ledger")
                    continue
                roll = rng.random()
                value = 1
                if not upvotes_only and target - len(self) >= 2 and posts.author[post] != bench and roll >= 0.9:
                    value = -1 if roll < 0.965 else 0
                undone = self.clock.after(rng, moment, mean_days=0.5, late_share=0.0) if value == 0 else None
                self.cast(voter, post, value, moment, undone)

    def deletions(self, rng: random.Random) -> None:
        """Deleted posts take their vote points with them (post_deleted), after their last vote."""
        posts = self.posts
        for post, status in enumerate(posts.status):
            if status != DELETED:
                continue
            moment = self.clock.after(rng, self.last_vote[post], mean_days=2.0, late_share=0.1)
            posts.updated[post] = moment
            if self.author_net[post]:
                self.add(posts.author[post], -self.author_net[post], rules.POST_DELETED, moment, posts.id(post),
                         posts.author[post])

    def reputation_of(self, user_id: int) -> int:
        """The cached reputation the app computes: 1 plus the ledger, never below 1."""
        return max(1, 1 + self.reputation[user_id])
