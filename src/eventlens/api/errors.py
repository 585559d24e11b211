"""Every error the API answers is JSON `{"error": message}` with the status that says what went wrong."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from eventlens.store import CorrectionError, StoreError


class ApiError(Exception):
    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers


def error_response(status: int, message: str, headers: Mapping[str, str] | None = None, **extra: Any) -> JSONResponse:
    return JSONResponse({"error": message, **extra}, status_code=status, headers=headers)


def _where(location: tuple[Any, ...]) -> str:
    return ".".join(str(part) for part in location if part != "body") or "request"


def _validation(_: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, RequestValidationError)
    problems = error.errors()
    # A body that is not JSON at all is a malformed request; JSON of the wrong shape is unprocessable.
    status = 400 if any(p.get("type") == "json_invalid" for p in problems) else 422
    details = [{"where": _where(tuple(p.get("loc", ()))), "problem": p.get("msg", "")} for p in problems]
    message = "; ".join(f"{d['where']}: {d['problem']}" for d in details)
    return error_response(status, message or "invalid request", details=details)


def _http(_: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, HTTPException)
    return error_response(error.status_code, str(error.detail), headers=error.headers)


def _api(_: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, ApiError)
    return error_response(error.status, error.message, headers=error.headers)


def _correction(_: Request, error: Exception) -> JSONResponse:
    return error_response(400, str(error))


def _store(_: Request, error: Exception) -> JSONResponse:
    return error_response(503, f"the store failed: {error}")


def install_handlers(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(HTTPException, _http)
    app.add_exception_handler(ApiError, _api)
    app.add_exception_handler(CorrectionError, _correction)
    app.add_exception_handler(StoreError, _store)
