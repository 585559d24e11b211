"""`eventlens serve`: the dashboard and the HTTP API over an event store."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

TOKEN_ENV = "EVENTLENS_TOKEN"
EXIT_OK, EXIT_USAGE = 0, 2


def read_token(token_file: Path | None) -> str | None:
    """The operator's write token: the first line of --token-file, else $EVENTLENS_TOKEN, else none (read-only)."""
    if token_file is not None:
        token = token_file.read_text(encoding="utf-8").strip().splitlines()
        if not token or not token[0].strip():
            raise ValueError(f"{token_file} holds no token")
        return token[0].strip()
    return os.environ.get(TOKEN_ENV, "").strip() or None


def command_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from eventlens.api import create_app
    from eventlens.store import StoreError

    try:
        token = read_token(args.token_file)
        app = create_app(args.db, token, online_tiles=args.online_tiles)
    except (OSError, ValueError, StoreError) as error:
        print(f"eventlens: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    writes = "writes need the token" if token else f"read-only: no --token-file nor {TOKEN_ENV}"
    print(f"eventlens: serving {args.db} at http://{args.host}:{args.port}/ ({writes})", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return EXIT_OK


def add_parser(commands: argparse._SubParsersAction) -> None:
    from eventlens.cli_filters import add_db_option

    serve = commands.add_parser("serve", help="the dashboard and HTTP API over an event store",
                                description="Serves the dashboard at / and the API at /api (docs at /docs) over "
                                "the store. Reading is open; ingest and corrections need the operator's token.")  # fmt: skip
    add_db_option(serve)
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    serve.add_argument("--token-file", type=Path, metavar="F",
                       help=f"file whose first line is the write token (default: ${TOKEN_ENV}; none: read-only)")  # fmt: skip
    serve.add_argument("--online-tiles", metavar="URL",
                       help="an https tile URL template, e.g. https://tiles.example.org/{z}/{x}/{y}.png, that "
                       "the dashboard may switch on over the offline basemap (default: none, fully offline)")  # fmt: skip
    serve.set_defaults(handler=command_serve)
