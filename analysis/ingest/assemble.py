"""Building ingest records: a new record for some bytes, errors, and the final text and status.

Document text contract: ``record.text = "\\n".join(page.text for page in pages)`` and each
page's ``start``/``end`` are its offsets in that text.
"""

from __future__ import annotations

import hashlib
from pathlib import PurePosixPath

from analysis.errors import CATALOG, LeadMinerError
from analysis.record import DocumentRecord, Source

# Codes that inform without making a document partial.
WARNING_CODES = frozenset({"E008", "E105"})


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def new_record(data: bytes, name: str, member: str | None = None,
               container_sha256: str | None = None, document_id: str | None = None) -> DocumentRecord:
    """An empty record for ``data``: document_id is the sha256 of the bytes."""
    digest = document_id or sha256(data)
    display = PurePosixPath(name.replace("\\", "/")).name or name
    source = Source(name=display, sha256=digest, size=len(data), member=member,
                    container_sha256=container_sha256)
    return DocumentRecord(document_id=digest, source=source)


def add_code(record: DocumentRecord, code: str, *, page: int | None = None,
             detail: str | None = None, message: str | None = None) -> None:
    """Record a catalogued error (stage and Chinese message from the catalog)."""
    stage, default_message = CATALOG[code]
    record.add_error(code, stage, message or default_message, page=page, detail=detail)


def add_exception(record: DocumentRecord, error: LeadMinerError, *, page: int | None = None) -> None:
    record.add_error(error.code, error.stage, error.message, page=error.page or page, detail=error.detail)


def finalize(record: DocumentRecord) -> DocumentRecord:
    """Join page texts into the document text, set page offsets, source.pages and the status."""
    offset = 0
    for index, page in enumerate(record.pages):
        if index:
            offset += 1  # the "\n" between pages
        page.start = offset
        offset += len(page.text)
        page.end = offset
    record.text = "\n".join(page.text for page in record.pages)
    record.source.pages = len(record.pages)
    readable = any(page.text.strip() for page in record.pages)
    problems = [error for error in record.errors if error.code not in WARNING_CODES]
    if not readable:
        if not problems:
            add_code(record, "E010")
        record.status = "failed"
    elif problems:
        record.status = "partial"
    else:
        record.status = "ok"
    return record
