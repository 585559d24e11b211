"""The ingest stage: the user's inputs (text, Markdown, HTML, JSON Lines, CSV, RSS/Atom feeds, folders, stdin) in,
`Document`s out, with one `InputError` for each input that cannot be read or is skipped on purpose.

    for item in read_inputs(["news/", "more.jsonl"], IngestOptions(default_published=date(2018, 7, 6))):
        ...  # a Document, or an InputError to report; the batch goes on either way
"""

from eventlens.ingest.options import IngestOptions
from eventlens.ingest.sources import read_file, read_inputs, read_path, read_stdin

__all__ = ["IngestOptions", "read_file", "read_inputs", "read_path", "read_stdin"]
