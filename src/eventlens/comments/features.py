"""Text normalisation and n-gram analysers shared by training and scoring, so both see the same features.

The training posts (HateXplain) are lower-cased, tokenised tweets with user mentions written `user`: a news
comment is brought to that form before the model reads it."""

from __future__ import annotations

import re

from eventlens.comments import lexicon

_URL = re.compile(r"https?://\S+|www\.\S+")
_MENTION = re.compile(r"@\w+")
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|[^\sa-z0-9]")
_WORD = re.compile(r"\b\w\w+\b")
_SPACES = re.compile(r"\s+")
# Function words say more about a post's genre (short tweets vs a reader's full sentences) than about hate:
# left out, so the model does not learn that a well-formed sentence is suspect.
STOP_WORDS = frozenset(
    """the a an is are was were be been being am will would shall should can could may might must to of in on at by
    for from with as and or but if so than then that this it its there here have has had do does did not no yes
    just also very more most all some any what which when where who how why about into over after before""".split()
)
CHAR_RANGE = (2, 5)
WORD_RANGE = (1, 2)


def normalise(text: str) -> str:
    """Lower-case, URLs and @mentions as the tokens `url` and `user`, punctuation split off as tokens."""
    text = _URL.sub(" url ", text.lower().replace("\u2019", "'"))
    text = _MENTION.sub(" user ", text)
    return " ".join(_TOKEN.findall(text))


def word_ngrams(text: str) -> list[str]:
    words = [word for word in _WORD.findall(text) if word not in STOP_WORDS]
    grams = list(words)
    for size in range(2, WORD_RANGE[1] + 1):
        grams.extend(" ".join(words[i : i + size]) for i in range(len(words) - size + 1))
    return grams


def char_ngrams(text: str) -> list[str]:
    """Character n-grams inside each word padded with one space (scikit-learn's `char_wb`)."""
    grams: list[str] = []
    low, high = CHAR_RANGE
    for word in _SPACES.split(text):
        if not word or word in STOP_WORDS:
            continue
        padded = f" {word} "
        length = len(padded)
        for size in range(low, high + 1):
            if size > length:
                break
            grams.extend(padded[i : i + size] for i in range(length - size + 1))
    return grams


def lexicon_tokens(text: str) -> list[str]:
    """One token per lexicon rule hit, so the model can weigh what the rules know (slurs, groups near insults)."""
    tokens = ["slur"] * len(lexicon.SLUR_RE.findall(text))
    groups = lexicon.GROUP_RE.findall(text)
    tokens += ["group"] * len(groups)
    tokens += ["insult"] * len(lexicon.INSULT_RE.findall(text))
    tokens += ["dehumanizing"] * len(lexicon.DEHUMANIZING_RE.findall(text))
    if groups:
        tokens += ["group_attacked"] * len(lexicon.identity_attack(text))
    tokens += ["cheer"] * len(lexicon.celebrates_violence(text))
    return tokens
