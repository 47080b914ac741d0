"""The parser contract, the parser registry and how a parser is chosen for some bytes.

As in alephdata/ingest-file, each parser declares media types, extensions and a ``match``
score; the highest score wins and the content (magic bytes) beats the file name: a content
match scores 0.5–1.0, a bare extension match only ``EXTENSION_SCORE``. When the winner was
chosen by content and the file's extension belongs to another parser, the record gets the
warning E008 and is parsed by content.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import ClassVar

from analysis.errors import InputError
from analysis.record import DocumentRecord
from analysis.registry import Registry
from analysis.settings import AnalysisSettings

EXTENSION_SCORE = 0.2
HEAD_BYTES = 4096


class Parser:
    """Reads one document's bytes into ``record.pages`` (single documents) or members (archives).

    ``parse`` appends pages, records page-level errors with ``record.add_error`` and raises
    ``InputError`` when the whole document is unreadable.
    """

    name: ClassVar[str] = ""
    media_types: ClassVar[tuple[str, ...]] = ()
    extensions: ClassVar[tuple[str, ...]] = ()
    container: ClassVar[bool] = False

    def content_score(self, head: bytes, data: bytes | None) -> float:
        """How sure the bytes are of this type (0 when they are not)."""
        return 0.0

    def match(self, head: bytes, name: str, data: bytes | None = None) -> float:
        """Score for ``name`` whose first bytes are ``head``; content beats the extension."""
        content = self.content_score(head, data)
        return max(content, EXTENSION_SCORE if self.owns_extension(name) else 0.0)

    def owns_extension(self, name: str) -> bool:
        return extension(name) in self.extensions

    def parse(self, data: bytes, record: DocumentRecord, settings: AnalysisSettings) -> None:
        raise NotImplementedError


PARSERS: Registry[type[Parser]] = Registry("parser")


def extension(name: str) -> str:
    return PurePosixPath(name.replace("\\", "/")).suffix.lower().lstrip(".")


def zip_member_names(data: bytes | None) -> set[str]:
    """Names in a ZIP's central directory (empty when the bytes are not a readable ZIP)."""
    if not data or not data.startswith(b"PK"):
        return set()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        return set()


@dataclass(frozen=True)
class Choice:
    """The parser chosen for a file, and whether its extension said otherwise."""

    parser: Parser
    score: float
    extension_lies: bool


def choose_parser(data: bytes, name: str) -> Choice:
    """The best-scoring registered parser; ``InputError`` E002 when none fits."""
    head = data[:HEAD_BYTES]
    scored = []
    for _, parser_class in PARSERS:
        parser = parser_class()
        scored.append((parser.match(head, name, data), parser))
    score, best = max(scored, key=lambda pair: pair[0])
    if score <= 0:
        raise InputError("E002", detail=f"unrecognised content, extension “{extension(name) or '-'}”")
    by_content = best.content_score(head, data) > EXTENSION_SCORE
    other_owner = any(parser.owns_extension(name) for _, parser in scored if parser is not best)
    lies = by_content and not best.owns_extension(name) and other_owner
    # when only the name fits, parse anyway: the parser reports E003 if the bytes are not its type
    return Choice(parser=best, score=score, extension_lies=lies)
