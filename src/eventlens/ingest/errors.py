"""The one exception the ingest stage uses inside itself; callers only ever see `InputError` values."""

from __future__ import annotations

from lxml import etree


class InputProblem(Exception):
    """Raised deep in a reader (decoding, size, language) and turned into an `InputError` by the code that
    knows the input's origin, so the batch goes on."""

    def __init__(self, reason: str, *, skipped: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.skipped = skipped


# What a malformed input can make a parser raise (markup nested past the recursion limit, a codec the
# page names but Python lacks, lxml's own complaints): reported as that input's error, the batch goes on.
MALFORMED_INPUT: tuple[type[Exception], ...] = (ValueError, RecursionError, LookupError, etree.LxmlError)
