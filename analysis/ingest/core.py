"""Entry points: ``ingest_path`` (files, folders, ZIPs) and ``ingest_bytes``.

Expected data errors become coded ``ErrorRecord``s on the document; the batch goes on.
Nothing is ever written to disk: archive members are read in memory.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Iterator
from pathlib import Path

from analysis.errors import InputError, LeadMinerError
from analysis.ingest.archive import ArchiveBudget, expand_archive
from analysis.ingest.assemble import add_code, add_exception, finalize, new_record
from analysis.ingest.base import choose_parser
from analysis.record import DocumentRecord
from analysis.settings import AnalysisSettings

log = logging.getLogger(__name__)


def ingest_path(path: Path, settings: AnalysisSettings | None = None) -> Iterator[DocumentRecord]:
    """Records of a file, of every file under a folder (sorted, recursive), or of a ZIP's members."""
    settings = settings or AnalysisSettings()
    path = Path(path)
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file() and not _is_system_file(p, path)):
            yield from _ingest_file(child, settings)
    elif path.exists():
        yield from _ingest_file(path, settings)
    else:
        record = new_record(b"", path.name, document_id="missing:" + str(path))
        add_code(record, "E003", detail=f"file not found: {path}")
        record.status = "failed"
        yield record


def _is_system_file(path: Path, root: Path) -> bool:
    """Hidden files and folders (``.DS_Store``, ``._x.pdf``, ``.git``) and ``__MACOSX``: never documents."""
    return any(part.startswith(".") or part == "__MACOSX" for part in path.relative_to(root).parts)


def _ingest_file(path: Path, settings: AnalysisSettings) -> Iterator[DocumentRecord]:
    size = path.stat().st_size
    if size > settings.max_file_bytes:
        record = new_record(b"", path.name, document_id=_file_sha256(path))
        record.source.size = size
        add_code(record, "E005", detail=f"{size} bytes > max_file_bytes {settings.max_file_bytes}")
        record.status = "failed"
        yield record
        return
    yield from ingest_bytes(path.read_bytes(), path.name, settings)


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def ingest_bytes(data: bytes, name: str, settings: AnalysisSettings | None = None,
                 member: str | None = None, *, container_sha256: str | None = None,
                 depth: int = 0, budget: ArchiveBudget | None = None) -> Iterator[DocumentRecord]:
    """Records for ``data`` named ``name``: one for a document, one per member for a ZIP.

    ``member`` is the path inside the enclosing archive (``None`` for an uploaded file),
    ``depth`` the number of enclosing archives; archives share one expansion ``budget``.
    """
    settings = settings or AnalysisSettings()
    started = time.perf_counter()
    record = new_record(data, name, member, container_sha256)
    try:
        choice = _check_and_choose(data, name, settings)
    except InputError as error:
        add_exception(record, error)
        record.status = "failed"
        yield _timed(record, started, settings)
        return
    parser = choice.parser
    record.source.parser = parser.name
    record.source.media_type = parser.media_types[0]
    if choice.extension_lies:
        add_code(record, "E008", detail=f"extension of “{name}” does not match {parser.media_types[0]}")
    if parser.container:
        yield from expand_archive(data, record, settings, depth=depth,
                                  budget=budget or ArchiveBudget(), ingest=ingest_bytes)
        return
    _parse_document(parser, data, record, settings)
    yield _timed(finalize(record), started, settings)


def _check_and_choose(data: bytes, name: str, settings: AnalysisSettings):
    if not data:
        raise InputError("E001")
    if len(data) > settings.max_file_bytes:
        raise InputError("E005", detail=f"{len(data)} bytes > max_file_bytes {settings.max_file_bytes}")
    return choose_parser(data, name)


def _parse_document(parser, data: bytes, record: DocumentRecord, settings: AnalysisSettings) -> None:
    try:
        parser.parse(data, record, settings)
    except LeadMinerError as error:
        add_exception(record, error)
    except Exception as error:  # a malformed file can make any third-party parser raise anything
        log.info("parser %s failed on %s: %r", parser.name, record.source.name, error)
        add_code(record, "E003", detail=f"{parser.name}: {type(error).__name__}: {error}"[:500])


INGEST_SETTINGS = ("render_dpi", "pdf_text_backend", "ocr_engine", "ocr_languages", "ocr_preprocess")


def _timed(record: DocumentRecord, started: float, settings: AnalysisSettings) -> DocumentRecord:
    """Record the ingest time and the settings that shaped the pages (the record says how it was made)."""
    record.provenance.timings["ingest"] = round(time.perf_counter() - started, 4)
    record.provenance.config["ingest"] = {name: getattr(settings, name) for name in INGEST_SETTINGS}
    return record
