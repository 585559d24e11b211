"""The one place the stages are composed: Document → nlp → extract → resolve → events → records, and the
document's reader comments → comments → their scores (pure Python, beside spaCy, never through it).

pipeline = Pipeline()
for result in pipeline.process(documents):
    result.records          # list[EventRecord]
    result.main_event()     # the most confident one
    result.comment_scores   # list[CommentScores], in comment order
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc

from eventlens.comments import CommentScorer, comment_scorer, score_document, summarise
from eventlens.events import build_records, merge_same_incident
from eventlens.extract import Extractor, ExtractorConfig
from eventlens.nlp import analyze_documents, load_language
from eventlens.nlp.analysis import DEFAULT_MODEL
from eventlens.resolve.actors import ActorDictionary
from eventlens.resolve.places import Gazetteer
from eventlens.resolve.resolver import Resolver
from eventlens.types import CommentScores, CommentSummary, Document, EventRecord

_COUNTRY_VOTES = 12  # place names read to guess a report's country before extraction


@dataclass(frozen=True)
class PipelineConfig:
    model: str = DEFAULT_MODEL
    actor_files: tuple[Path, ...] = ()  # the user's own actor tables, on top of the bundled ones
    gazetteer_index: Path | None = None
    batch_size: int = 32
    score_comments: bool = True  # False: comments are kept unscored (a store shows them as not scored yet)
    comment_model: str | None = None  # a plugged-in comment model (`comments/plugin.py`); None: the packaged one


@dataclass
class DocumentResult:
    """The records of one document. `error` says why a document could not be processed: one bad document
    is reported and skipped, it never stops the batch."""

    document: Document
    records: list[EventRecord] = field(default_factory=list)
    error: str | None = None
    # One per `document.comments`, in order, and the name of what scored them; empty and None when they were not
    # scored (a document with comments then keeps them unscored, never "scored, nothing found").
    comment_scores: list[CommentScores] = field(default_factory=list)
    comment_model: str | None = None
    # Why the comments are unscored when the scorer failed on them (the records are kept all the same).
    comment_error: str | None = None

    def main_event(self) -> EventRecord | None:
        return max(self.records, key=lambda r: r.confidence, default=None)

    @property
    def comments_scored(self) -> bool:
        return self.comment_model is not None and len(self.comment_scores) == len(self.document.comments)

    def comment_summary(self) -> CommentSummary | None:
        """The article's comments summed up; None when they were not scored."""
        return summarise(self.comment_scores) if self.comments_scored else None


def _extractor_config(actors: ActorDictionary) -> ExtractorConfig:
    channels: dict[str, str] = {}
    outlets: set[str] = set()
    for channel in actors.channels():
        if channel.owner is None:
            outlets.add(channel.name)
            continue
        owner = actors.actor_by_id(channel.owner)
        if owner is not None:
            channels[channel.name] = owner.acled_name

    def find_actors(text: str, country: str | None) -> list[tuple[int, int, str]]:
        return [(start, end, actor.category) for start, end, actor in actors.find(text, country=country)]

    return ExtractorConfig(find_actors=find_actors, channels=channels, outlets=frozenset(outlets))


class Pipeline:
    def __init__(self, config: PipelineConfig | None = None) -> None:
        self.config = config or PipelineConfig()
        self.nlp = load_language(self.config.model)
        actors = (
            ActorDictionary.load(*self.config.actor_files) if self.config.actor_files else ActorDictionary.default()
        )
        gazetteer = Gazetteer(self.config.gazetteer_index) if self.config.gazetteer_index else Gazetteer.default()
        self.extractor = Extractor(_extractor_config(actors))
        self.resolver = Resolver(actors, gazetteer)
        self.comment_scorer: CommentScorer | None = (
            comment_scorer(self.config.comment_model) if self.config.score_comments else None
        )

    def process(self, documents: Iterable[Document]) -> Iterator[DocumentResult]:
        """Streams: documents are read, parsed in batches and yielded in input order."""
        for analyzed in analyze_documents(documents, self.nlp, batch_size=self.config.batch_size):
            try:
                records = self._records(analyzed.document, analyzed.doc)
            except Exception as error:
                # One document that breaks a stage is reported and skipped; it never ends a batch of thousands.
                reason = f"could not be processed ({type(error).__name__}: {error}); please report it"
                yield DocumentResult(analyzed.document, error=reason)
                continue
            result = DocumentResult(analyzed.document, records)
            self._score_comments(result)
            yield result

    def _score_comments(self, result: DocumentResult) -> None:
        if self.comment_scorer is None:
            return
        try:
            result.comment_scores = score_document(self.comment_scorer, result.document)
        except Exception as error:
            # A plugged-in model (a client of an LLM endpoint, say) failing on a page loses none of its events: its
            # comments stay unscored, shown so, for `eventlens db rescore-comments` to score later.
            result.comment_error = self.comment_scorer.failure(error)
            return
        result.comment_model = self.comment_scorer.name

    def _records(self, document: Document, doc: Doc) -> list[EventRecord]:
        places = [e.text for e in doc.ents if e.label_ in {"GPE", "LOC"}][:_COUNTRY_VOTES]
        # A report that names no place may still come from a regional outlet: its country is the best guess left.
        outlet = self.resolver.outlet_countries(document)
        country = self.resolver.country_of_names(places) or next(iter(outlet.most_common(1)), ("",))[0] or None
        mentions = self.extractor.extract(document, doc, country)
        self.resolver.resolve(document, mentions)
        # Only resolved dates, places and actors tell two mentions of one incident apart from two incidents.
        mentions = merge_same_incident(mentions, document.text)
        return build_records(document, mentions)
