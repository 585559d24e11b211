"""The `extract` stage: event mentions, with evidence spans, from an analysed document."""

from eventlens.extract.mentions import Extractor, ExtractorConfig

__all__ = ["Extractor", "ExtractorConfig"]
