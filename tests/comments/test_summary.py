"""One article's comments summed up (`summarise`), a document's comments scored in order (`score_document`) and
the scorer's name, which the store keeps with each comment."""

from __future__ import annotations

from eventlens.comments import CommentScorer, score_document, summarise
from eventlens.types import Comment, CommentScores, Document

RULES = CommentScorer(use_default_model=False)


def test_summary_counts_hateful_toxic_and_each_disputed_claim() -> None:
    scored = [
        CommentScores(toxic=0.9, dehumanizing=0.9),
        CommentScores(toxic=0.7, insult=0.7),
        CommentScores(disputes_attribution=0.8, disputes_sourcing=0.8),
        CommentScores(disputes_attribution=0.8),
        CommentScores(disputes_casualties=0.3),  # under the label line: not a dispute
    ]
    summary = summarise(scored)
    assert (summary.comments, summary.hateful, summary.toxic) == (5, 1, 2)
    assert summary.disputes == {"attribution": 2, "sourcing": 1}
    assert summary.disputed == ["attribution", "sourcing"]
    assert summary.as_dict()["disputed"] == ["attribution", "sourcing"]


def test_no_comments_is_an_empty_summary() -> None:
    summary = summarise([])
    assert (summary.comments, summary.hateful, summary.disputed) == (0, 0, [])


def test_a_documents_comments_are_scored_in_order_against_its_report() -> None:
    document = Document(
        doc_id="d",
        text="Gunmen attacked a village market on Sunday, killing six traders, officials said.",
        comments=[Comment("These rats should be wiped out, good riddance."), Comment("No source cited, who says so?")],
    )
    first, second = score_document(RULES, document)
    assert "dehumanizing" in first.labels and "disputes_sourcing" in second.labels
    assert score_document(RULES, Document(doc_id="e", text="No comments here.")) == []


def test_the_scorers_name_says_model_and_rules_version() -> None:
    assert RULES.name.startswith("rules-")
    packaged = CommentScorer()
    if packaged.model is not None:
        assert packaged.name.startswith("linear-") and packaged.name.endswith(RULES.name)

    class Plugged:
        name = "my-model-2"

        def probabilities(self, text: str) -> dict[str, float]:
            return {"toxic": 0.0, "identity_attack": 0.0}

    assert CommentScorer(model=Plugged()).name == f"my-model-2+{RULES.name}"  # type: ignore[arg-type]
