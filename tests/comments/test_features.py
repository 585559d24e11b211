"""Normalisation brings a news comment to the training posts' form; the analysers match scikit-learn's."""

from __future__ import annotations

from eventlens.comments.features import char_ngrams, lexicon_tokens, normalise, word_ngrams


def test_normalise_lowercases_and_marks_users_and_links() -> None:
    assert normalise("@Sam Read THIS: https://example.org/x now!") == "user read this : url now !"


def test_normalise_keeps_contractions_whole() -> None:
    assert normalise("They don’t care") == "they don't care"


def test_word_ngrams_are_unigrams_and_bigrams_of_two_letter_words() -> None:
    assert word_ngrams("a big red van") == ["big", "red", "van", "big red", "red van"]


def test_char_ngrams_pad_each_word() -> None:
    grams = char_ngrams("ox")
    assert grams == [" o", "ox", "x ", " ox", "ox ", " ox "]


def test_lexicon_tokens_count_rule_hits() -> None:
    tokens = lexicon_tokens(normalise("the turks are liars and thieves"))
    assert tokens.count("group") == 1 and tokens.count("insult") == 2 and "group_attacked" in tokens
