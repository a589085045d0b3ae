"""Indonesian text for the benchmark: a word-bigram (Markov) model trained on the demo content.

Bodies are Markdown made of a few block shapes only: paragraphs of generated sentences, `## ` headings,
ordered and unordered lists, and paragraphs with a bold lead-in ("**Catatan:** ..."). The tokens never carry
Markdown or HTML syntax (no * _ ` [ ] < > # | \\ & @ or web addresses), so every shape has one fixed HTML form,
which the composer writes directly (text escaped with html.escape). `check_rendering` renders sample bodies of
every kind with the site's real renderer (app.content.rendering.render_markdown) and fails loudly if the
composed body_html differs, so the stored HTML is what the site would have stored.
"""
from __future__ import annotations

import html
import random
import re
from bisect import bisect_right
from collections import defaultdict

from bench.benchdata.words import HEADINGS, LEAD_INS

_FORBIDDEN = re.compile(r"[*_`\[\]<>#|\\&@~=^{}]|https?:|www\.|\.(com|id|org)\b")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“(])")
_LIST_MARKER = re.compile(r"^\s*(?:\d+\.|[-*+]|>)\s+")
_ENDS = (".", "?", "!")
_TRAILING_WEAK = frozenset({"dan", "yang", "di", "ke", "dari", "untuk", "dengan", "atau", "pada", "dalam", "agar",
                            "karena", "serta", "oleh", "bagi", "para", "se", "tidak", "juga", "akan", "sudah",
                            "adalah", "bahwa", "sebagai", "tetapi", "namun", "lalu", "saat", "jika", "kami",
                            "yaitu", "seperti", "hanya", "masih", "setiap", "satu", "dua", "tiga"})
START = "<s>"


def demo_corpus() -> tuple[list[str], dict[str, list[str]]]:
    """The Indonesian prose of the demo (app/demo/data/ bodies, answers, comments, replies; activities, flag notes)
    and the titles by kind ("question", "topic")."""
    from app.demo.activities import ACTIVITIES
    from app.demo.content import unwrap
    from app.demo.content_files import load_content
    from app.demo.moderation import REPORTS

    demo = load_content()
    texts = [a.body for a in demo.articles] + [r.body for r in demo.revisions]
    for question in demo.questions:
        texts += [question.body, *(a.body for a in question.answers), *(c.body for c in question.comments)]
    for thread in demo.threads:
        texts += [thread.body, *(r.body for r in thread.replies)]
    texts += [a.description for a in ACTIVITIES] + [note for _kind, _reason, note in REPORTS]
    titles = {"question": [q.title for q in demo.questions],
              "topic": [a.title for a in demo.articles] + [t.title for t in demo.threads]
              + [a.title for a in ACTIVITIES]}
    return [unwrap(text) for text in texts], titles


def sentences_of(text: str) -> list[list[str]]:
    """Sentences as token lists, with Markdown structure and unsafe tokens left out."""
    found = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith(("#", "|", "```")):
            continue
        line = _LIST_MARKER.sub("", line)
        for sentence in _SENTENCE_SPLIT.split(line):
            tokens = [t for t in sentence.split() if not _FORBIDDEN.search(t)]
            if len(tokens) >= 3:
                found.append(tokens)
    return found


class Chain:
    """Word bigrams: for each word, the words that follow it with cumulative counts."""

    def __init__(self):
        self._counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        self._table: dict[str, tuple[list[str], list[int]]] = {}

    def learn(self, tokens: list[str], weight: int = 1) -> None:
        previous = START
        for token in tokens:
            if previous == START and not token[0].isupper():
                return  # a sentence must open with a capital letter, never a digit or "1."
            self._counts[previous][token] += weight
            previous = token

    def freeze(self) -> Chain:
        for word, following in self._counts.items():
            words, cumulative, total = [], [], 0
            for token, count in following.items():
                total += count
                words.append(token)
                cumulative.append(total)
            self._table[word] = (words, cumulative)
        return self

    def step(self, rng: random.Random, word: str) -> str | None:
        entry = self._table.get(word)
        if entry is None:
            return None
        words, cumulative = entry
        return words[bisect_right(cumulative, rng.random() * cumulative[-1])]

    def walk(self, rng: random.Random, first: str, limit: int) -> list[str]:
        tokens = [first]
        while len(tokens) < limit and not tokens[-1].endswith(_ENDS):
            following = self.step(rng, tokens[-1])
            if following is None:
                break
            tokens.append(following)
        return tokens


def _finish(tokens: list[str]) -> str:
    text = " ".join(tokens).rstrip(",;:-–")
    return text if text.endswith(_ENDS) else text + "."


class TextModel:
    """Sentences, titles and bodies (Markdown with its HTML) from the bigrams of the demo content."""

    def __init__(self, rng: random.Random, pool_size: int):
        texts, titles = demo_corpus()
        self.body = Chain()
        for text in texts:
            for tokens in sentences_of(text):
                self.body.learn(tokens)
        self.body.freeze()
        self.title = Chain()
        self.title_starts: dict[str, list[str]] = {}
        for kind, items in titles.items():
            starts = []
            for title in items:
                tokens = [t for t in title.split() if not _FORBIDDEN.search(t)]
                if tokens:
                    self.title.learn(tokens, weight=4)
                    starts.append(tokens[0])
            self.title_starts[kind] = starts
        for text in texts:
            for tokens in sentences_of(text):
                self.title.learn(tokens)
        self.title.freeze()
        self.sentences = [self._sentence(rng) for _ in range(pool_size)]
        self.short = [s for s in self.sentences if len(s[0]) <= 110] or self.sentences

    def _sentence(self, rng: random.Random) -> tuple[str, str]:
        for _attempt in range(20):
            first = self.body.step(rng, START)
            tokens = self.body.walk(rng, first, limit=rng.randint(14, 34))
            if len(tokens) >= 4:
                break
        text = _finish(tokens)
        return text, html.escape(text, quote=False)

    # -- titles -----------------------------------------------------------------------------------------

    def make_title(self, rng: random.Random, kind: str) -> str:
        starts = self.title_starts["question" if kind == "question" else "topic"]
        for _attempt in range(10):
            tokens = self.title.walk(rng, rng.choice(starts), limit=rng.randint(5, 12))
            while len(tokens) > 2 and tokens[-1].lower().strip(",;:.?!") in _TRAILING_WEAK:
                tokens.pop()
            text = " ".join(tokens).rstrip(",;:.!-– ")
            if len(text) >= 12:
                break
        text = text if len(text) >= 5 else "Berbagi praktik baik"
        text = text[0].upper() + text[1:]
        if kind == "question":
            return text if text.endswith("?") else text.rstrip("?") + "?"
        return text.rstrip("?")

    # -- blocks: (markdown, html) ------------------------------------------------------------------------

    def paragraph(self, rng: random.Random, low: int = 2, high: int = 5) -> tuple[str, str]:
        picked = [rng.choice(self.sentences) for _ in range(rng.randint(low, high))]
        return " ".join(md for md, _ in picked), "<p>" + " ".join(h for _, h in picked) + "</p>"

    def lead_in(self, rng: random.Random) -> tuple[str, str]:
        label = rng.choice(LEAD_INS)
        md, body = self.paragraph(rng, 1, 3)
        return f"**{label}** {md}", f"<p><strong>{label}</strong> {body[3:]}"

    def listing(self, rng: random.Random) -> tuple[str, str]:
        items = [rng.choice(self.short) for _ in range(rng.randint(3, 5))]
        if rng.random() < 0.6:
            md = "\n".join(f"{n}. {text}" for n, (text, _) in enumerate(items, start=1))
            return md, "<ol>\n" + "".join(f"<li>{h}</li>\n" for _, h in items) + "</ol>"
        md = "\n".join(f"- {text}" for text, _ in items)
        return md, "<ul>\n" + "".join(f"<li>{h}</li>\n" for _, h in items) + "</ul>"

    @staticmethod
    def heading(rng: random.Random) -> tuple[str, str]:
        text = rng.choice(HEADINGS)
        return f"## {text}", f"<h2>{html.escape(text, quote=False)}</h2>"

    def blocks(self, rng: random.Random, kind: str, minimum: int = 1) -> list[tuple[str, str]]:
        """The blocks of one body of this kind; an article has at least `minimum` blocks (for its revisions)."""
        if kind == "article":
            blocks = [self.paragraph(rng)] if rng.random() < 0.5 else []
            while len(blocks) < max(minimum, 5) or rng.random() < 0.3:
                blocks.append(self.heading(rng))
                blocks.append(self.listing(rng) if rng.random() < 0.25 else self.paragraph(rng, 2, 6))
                if rng.random() < 0.4:
                    blocks.append(self.paragraph(rng))
            return blocks
        count = {"question": (1, 3), "answer": (1, 3), "thread": (1, 3), "reply": (1, 2)}[kind]
        blocks = [self.paragraph(rng, 1, 4) for _ in range(rng.randint(*count))]
        if kind in ("question", "answer") and rng.random() < 0.22:
            blocks.insert(rng.randint(1, len(blocks)), self.listing(rng))
        if kind in ("answer", "reply") and rng.random() < 0.1:
            blocks.append(self.lead_in(rng))
        return blocks

    def comment(self, rng: random.Random) -> tuple[str, str]:
        md, body = self.paragraph(rng, 1, 2)
        while len(md) > 580:
            md, body = self.paragraph(rng, 1, 1)
        return md, body


def join(blocks: list[tuple[str, str]]) -> tuple[str, str]:
    """A body from its blocks: Markdown blocks separated by a blank line, HTML blocks by a newline."""
    return "\n\n".join(md for md, _ in blocks), "\n".join(h for _, h in blocks)


def check_rendering(model: TextModel, rng: random.Random, per_kind: int = 3) -> None:
    """Render sample bodies with the real renderer; raise when the composed HTML differs."""
    from app.content.rendering import render_markdown

    samples = [join(model.blocks(rng, kind, minimum=3)) for kind in ("article", "question", "answer", "thread",
                                                                         "reply") for _ in range(per_kind)]
    samples += [model.comment(rng) for _ in range(per_kind)]
    for md, composed in samples:
        rendered = render_markdown(md)
        if rendered != composed:
            raise RuntimeError(f"bench text renders differently than composed:\n{md}\n---\n{rendered}\n---\n{composed}")
