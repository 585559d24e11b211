"""The `nlp` stage: sentences, tokens, parse and entities over a document's reporting text."""

from eventlens.nlp.analysis import AnalyzedDocument, analyze_documents, load_language

__all__ = ["AnalyzedDocument", "analyze_documents", "load_language"]
