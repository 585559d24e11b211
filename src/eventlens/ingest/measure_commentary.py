"""Measure the comment detector on the development data in ../shared.

    python -m eventlens.ingest.measure_commentary [--articles 300] [--seed 7]

Reporting must not read as comments: FA-KES article bodies cut into pseudo-paragraphs of 2-4 sentences,
GTD summaries and ACLED notes. Social media posts (HateXplain) should read as comments; they are
lower-cased, so they are also measured re-capitalised, to see how much the detector leans on case. Finally
whole pages are put together (article paragraphs, then posts) and the split point is checked.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import random
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from eventlens.ingest.comment_cues import is_comment_like
from eventlens.ingest.commentary import find_comment_start
from eventlens.ingest.plaintext import document_from_text
from eventlens.types import BlockKind

_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"“(])")
_MAX_POSTS_PER_PAGE = 5


def shared_dir() -> Path | None:
    """../shared seen from the repository root (or from the working directory), if it is there."""
    repo_root = Path(__file__).resolve().parents[3]
    for candidate in (Path.cwd().parent / "shared", repo_root.parent / "shared"):
        if (candidate / "data" / "dev").is_dir():
            return candidate
    return None


def _column(path: Path, column: str) -> Iterator[str]:
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as stream:
        for row in csv.DictReader(stream):
            value = (row.get(column) or "").strip()
            if value:
                yield value


def pseudo_paragraphs(article: str, rng: random.Random) -> list[str]:
    """An article cut into paragraphs of 2-4 sentences (FA-KES keeps no paragraph breaks)."""
    sentences = [s for s in _SENTENCE_BREAK.split(article) if s.strip()]
    paragraphs: list[str] = []
    while sentences:
        size = rng.randint(2, 4)
        paragraphs.append(" ".join(sentences[:size]))
        sentences = sentences[size:]
    return paragraphs


def recapitalise(post: str) -> str:
    """A lower-cased post as its writer may have typed it: capital first letter and capital 'I'."""
    post = re.sub(r"(?<!\S)i(?!\S)", "I", post.strip())
    return post[:1].upper() + post[1:]


@dataclass
class _Rate:
    label: str
    hits: int = 0
    total: int = 0

    def add(self, hit: bool) -> None:
        self.hits += hit
        self.total += 1

    def __str__(self) -> str:
        share = 100 * self.hits / self.total if self.total else 0.0
        return f"{self.label:<66} {self.hits:>5} / {self.total:<5} = {share:5.1f}%"


def _measure_articles(articles: Sequence[list[str]]) -> list[_Rate]:
    inner = _Rate("FA-KES paragraphs not at the end classed comment (false)")
    last = _Rate("FA-KES last paragraphs classed comment on their own (false)")
    eaten = _Rate("FA-KES articles whose end the split marks as comments (false)")
    sentences = _Rate("FA-KES single sentences classed comment (false)")
    for paragraphs in articles:
        for paragraph in paragraphs[:-1]:
            inner.add(is_comment_like(paragraph))
        for sentence in (s for paragraph in paragraphs for s in _SENTENCE_BREAK.split(paragraph)):
            sentences.add(is_comment_like(sentence))
        last.add(is_comment_like(paragraphs[-1]))
        eaten.add(find_comment_start(paragraphs) is not None)
    return [inner, last, eaten, sentences]


def _measure_single_paragraphs(label: str, texts: Sequence[str]) -> _Rate:
    rate = _Rate(label)
    for text in texts:
        rate.add(is_comment_like(text))
    return rate


def _measure_pages(articles: Sequence[list[str]], posts: Sequence[str], rng: random.Random, how: str) -> list[_Rate]:
    exact = _Rate(f"pages (article + 1-5 posts {how}) split exactly at the first post")
    ate_body = _Rate(f"pages (posts {how}) where the split took article paragraphs")
    missed = _Rate(f"posts {how} left in the article body (of all posts)")
    for paragraphs in articles:
        page_posts = rng.sample(posts, rng.randint(1, _MAX_POSTS_PER_PAGE))
        start = find_comment_start([*paragraphs, *page_posts])
        boundary = len(paragraphs)
        exact.add(start == boundary)
        ate_body.add(start is not None and start < boundary)
        kept = len(page_posts) if start is None else max(0, min(start, boundary + len(page_posts)) - boundary)
        for index in range(len(page_posts)):
            missed.add(index < kept)
    return [exact, ate_body, missed]


def _measure_seed(shared: Path) -> str:
    seed = shared / "seed" / "raqqa-ied-attacks.txt"
    if not seed.exists():
        return "seed page: absent"
    text = seed.read_text(encoding="utf-8")
    document = document_from_text(text, doc_id=seed.name, origin=str(seed), title_from_first_line=True)
    body = [b for b in document.blocks if b.kind is BlockKind.PARAGRAPH]
    return f"seed page: {len(body)} body paragraphs, {len(document.comments)} comments (expected 4 and 5)"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=300, help="FA-KES articles to use")
    parser.add_argument("--seed", type=int, default=7, help="random seed for paragraph cuts and page mixing")
    parser.add_argument("--rows", type=int, default=None, help="use only the first N GTD, ACLED and HateXplain rows")
    arguments = parser.parse_args(argv)
    shared = shared_dir()
    if shared is None:
        print("skipped: ../shared (the development data) is not there")
        return 0
    dev = shared / "data" / "dev"
    rng = random.Random(arguments.seed)
    unique_articles = list(dict.fromkeys(_column(dev / "fakes_dev.csv", "article_content")))
    cut = (pseudo_paragraphs(article, rng) for article in unique_articles)
    articles = list(itertools.islice((p for p in cut if len(p) >= 2), arguments.articles))

    def first_rows(file_name: str, column: str) -> list[str]:
        return list(itertools.islice(_column(dev / file_name, column), arguments.rows))

    posts = first_rows("hatexplain_dev.csv", "text")
    recased_posts = [recapitalise(post) for post in posts]

    rates = _measure_articles(articles)
    rates.append(
        _measure_single_paragraphs("GTD summaries classed comment (false)", first_rows("gtd_2021h1_dev.csv", "summary"))
    )
    rates.append(
        _measure_single_paragraphs("ACLED notes classed comment (false)", first_rows("acled_may2020_dev.csv", "notes"))
    )
    rates.append(_measure_single_paragraphs("HateXplain posts classed comment (recall), as given", posts))
    rates.append(_measure_single_paragraphs("HateXplain posts classed comment (recall), re-capitalised", recased_posts))
    rates.extend(_measure_pages(articles, posts, rng, "as given"))
    rates.extend(_measure_pages(articles, recased_posts, rng, "re-capitalised"))

    print(f"{len(articles)} FA-KES articles, {sum(map(len, articles))} pseudo-paragraphs; {len(posts)} posts")
    for rate in rates:
        print(rate)
    print(_measure_seed(shared))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
