"""Compares Sastrawi and Snowball as the stemmer behind app/search/analysis.py: speed and quality.

Run: .venv/bin/python bench/stemmers.py   (prints a Markdown table for docs/search.md)
"""
from __future__ import annotations

import dataclasses
import functools
import os
import platform
import re
import time
from collections.abc import Callable
from pathlib import Path
from unittest import mock

import snowballstemmer

from app.search import analysis

WORDS_FILE = Path(__file__).resolve().parent.parent / "tests" / "search" / "data" / "asn_words.txt"
REPEATS = 3  # best of, so a busy moment on the machine does not decide


def load_words(path: Path = WORDS_FILE) -> tuple[list[list[str]], list[tuple[str, str]]]:
    groups, apart = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("!"):
            first, second = line[1:].split()
            apart.append((first, second))
        else:
            groups.append(line.split())
    return groups, apart


def demo_text() -> str | None:
    try:
        from app.demo.content_files import load_content
    except ImportError:
        return None
    content = load_content()
    texts: list[str] = []

    def walk(value) -> None:
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, tuple | list):
            for item in value:
                walk(item)
        elif dataclasses.is_dataclass(value):
            for field in dataclasses.fields(value):
                walk(getattr(value, field.name))

    for part in (content.articles, content.revisions, content.questions, content.threads):
        walk(part)
    return "\n".join(texts)


def stemmer_input(text: str) -> list[str]:
    """The words a stemmer sees in the real pipeline: lowercase, stopwords gone, hyphenated runs split."""
    words = []
    for token in re.findall(analysis.WORD_PATTERN, text.lower()):
        words.extend(part for part in token.split("-") if len(part) >= 2 and part not in analysis.STOPWORDS)
    return words


def rate(function: Callable[[str], str], words: list[str], before: Callable[[], None] = lambda: None) -> float:
    """Words per second, best of REPEATS; `before` runs untimed before each pass (to empty a cache)."""
    best = float("inf")
    for _ in range(REPEATS):
        before()
        start = time.perf_counter()
        for word in words:
            function(word)
        best = min(best, time.perf_counter() - start)
    return len(words) / best


def quality(groups: list[list[str]], apart: list[tuple[str, str]]) -> tuple[int, int]:
    """Groups whose words all analyse alike, and pairs that stay apart, through the whole analyzer."""
    met = sum(len({tuple(analysis.analyze(word)) for word in group}) == 1 for group in groups)
    kept = sum(analysis.analyze(first) != analysis.analyze(second) for first, second in apart)
    return met, kept


def with_stemmer(root: Callable[[str], str], exceptions: dict[str, str]):
    """Patches analysis.stem (what the filters call) with `root` behind the project's rules."""
    rules = functools.partial(analysis.stem_with, root=root, exceptions=exceptions)
    patched = functools.lru_cache(maxsize=200_000)(rules)
    analysis.expansion.cache_clear()  # acronym expansions are stemmed too
    return mock.patch.object(analysis, "stem", patched)


def main() -> None:
    groups, apart = load_words()
    text = demo_text()
    source = "demo content (app/demo/data/)"
    if not text:
        text = " ".join(word for group in groups for word in group) * 20
        source = "asn_words.txt repeated"
    words = stemmer_input(text)
    analysed_words = len(re.findall(analysis.WORD_PATTERN, text))

    snowball = snowballstemmer.stemmer("indonesian")
    roots = {"Sastrawi (PySastrawi 1.2.1)": analysis.sastrawi_stem, "Snowball (snowballstemmer)": snowball.stemWord}
    analysis.sastrawi_stem("pelatihan")  # load the dictionary outside the timings

    print(f"Machine: {os.cpu_count()} CPUs (nproc), Python {platform.python_version()}, {platform.machine()}")
    print(f"Stream: {source}: {len(words):,} words to stem, {len(set(words)):,} distinct; "
          f"{analysed_words:,} words of text through analyze()")
    print(f"Word list: {len(groups)} groups ({sum(map(len, groups))} words) that must meet, {len(apart)} pairs apart")
    print()
    print("| stemmer | raw words/s | with lru_cache, cold | analyze() words/s | groups met, no exceptions "
          "| groups met, with exceptions | pairs apart, no exceptions | pairs apart, with exceptions |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, root in roots.items():
        raw = rate(root, words)
        cached = functools.lru_cache(maxsize=200_000)(functools.partial(analysis.stem_with, root=root))
        cold = rate(cached, words, before=cached.cache_clear)
        with with_stemmer(root, analysis.STEM_EXCEPTIONS):
            whole = rate(lambda _: analysis.analyze(text), [text], before=analysis.stem.cache_clear) * analysed_words
            met_with, kept_with = quality(groups, apart)
        with with_stemmer(root, {}):
            met_without, kept_without = quality(groups, apart)
        analysis.expansion.cache_clear()
        print(f"| {name} | {raw:,.0f} | {cold:,.0f} | {whole:,.0f} "
              f"| {met_without}/{len(groups)} ({met_without / len(groups):.0%}) "
              f"| {met_with}/{len(groups)} ({met_with / len(groups):.0%}) "
              f"| {kept_without}/{len(apart)} | {kept_with}/{len(apart)} |")


if __name__ == "__main__":
    main()
