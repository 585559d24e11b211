"""The document and record types every stage shares. Imports nothing else of eventlens."""

from eventlens.types.comment_scores import SCORE_NAMES, CommentScores
from eventlens.types.comment_summary import CLAIMS, HATEFUL, Claim, CommentSummary
from eventlens.types.document import Block, BlockKind, Comment, Document, InputError, Span
from eventlens.types.incident import Correction, EventFilter, FieldValue, Incident, MentionRef
from eventlens.types.mention import Casualties, ClaimInfo, DateExpression, EventMention, PlaceMention, PlaceOffset
from eventlens.types.record import SCHEMA_VERSION, EventRecord, Evidence, record_json_schema

__all__ = [
    "CLAIMS",
    "HATEFUL",
    "SCHEMA_VERSION",
    "SCORE_NAMES",
    "Block",
    "BlockKind",
    "Casualties",
    "Claim",
    "ClaimInfo",
    "Comment",
    "CommentScores",
    "CommentSummary",
    "Correction",
    "DateExpression",
    "Document",
    "EventFilter",
    "EventMention",
    "EventRecord",
    "Evidence",
    "FieldValue",
    "Incident",
    "InputError",
    "MentionRef",
    "PlaceMention",
    "PlaceOffset",
    "Span",
    "record_json_schema",
]
