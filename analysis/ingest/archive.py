"""ZIP dossiers: every member becomes its own record; nothing is extracted to disk.

Members are read in memory under an ``ArchiveBudget`` shared by nested archives: the total
expanded size (``max_archive_total_bytes``), the expansion ratio of each member
(``max_archive_ratio``), the number of members (``max_archive_members``) and the nesting
level (``max_archive_depth``). Member names are decoded as UTF-8 when flag 0x800 is set,
otherwise as UTF-8 if valid, else GBK (Chinese Windows archivers), else CP437.
A member path that escapes the archive (``../``, absolute, drive letter) is skipped (E006).
The container itself yields a record only when something about it went wrong.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath

from analysis.errors import InputError
from analysis.ingest.assemble import WARNING_CODES, add_code, new_record, sha256
from analysis.ingest.base import PARSERS, Parser
from analysis.record import DocumentRecord
from analysis.settings import AnalysisSettings

# A member must expand to more than this before its ratio can mark it as a bomb,
# so that tiny, very compressible files (a blank page) are not flagged.
RATIO_MIN_BYTES = 1 << 20
_CHUNK = 1 << 20
_UTF8_FLAG = 0x800
_JUNK_PREFIXES = ("__MACOSX/",)


@dataclass
class ArchiveBudget:
    """What one uploaded dossier may still expand, across nested archives."""

    expanded_bytes: int = 0
    members: int = 0
    stopped: bool = False


@PARSERS.register("parser.zip.v1")
class ZipParser(Parser):
    name = "parser.zip.v1"
    media_types = ("application/zip",)
    extensions = ("zip",)
    container = True

    def content_score(self, head: bytes, data: bytes | None) -> float:
        return 0.6 if head.startswith((b"PK\x03\x04", b"PK\x05\x06")) else 0.0


def member_name(info: zipfile.ZipInfo) -> str:
    """The member's name as its archiver meant it (GBK names without flag 0x800 included)."""
    if info.flag_bits & _UTF8_FLAG:
        return info.filename
    try:
        raw = info.filename.encode("cp437")
    except UnicodeEncodeError:
        return info.filename
    for encoding in ("utf-8", "gbk", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return info.filename


def is_unsafe(name: str) -> bool:
    """True when extracting ``name`` would write outside the archive's folder."""
    path = name.replace("\\", "/")
    if path.startswith("/") or (len(path) > 1 and path[1] == ":"):
        return True
    return ".." in PurePosixPath(path).parts


Ingest = Callable[..., Iterator[DocumentRecord]]


def expand_archive(data: bytes, container: DocumentRecord, settings: AnalysisSettings, *,
                   depth: int, budget: ArchiveBudget, ingest: Ingest) -> Iterator[DocumentRecord]:
    """Records of the archive's members (recursing into nested ZIPs), then the container's if it has errors."""
    container.source.media_type = "application/zip"
    if depth + 1 > settings.max_archive_depth:
        add_code(container, "E011", detail=f"nesting level {depth + 1} > {settings.max_archive_depth}")
        yield _closed(container, any_member=False)
        return
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as error:
        add_code(container, "E003", detail=f"zip: {error}")
        yield _closed(container, any_member=False)
        return
    with archive:
        any_member = False
        for record in _members(archive, container, settings, depth, budget, ingest):
            any_member = True
            yield record
    if container.errors:
        yield _closed(container, any_member)


def _members(archive: zipfile.ZipFile, container: DocumentRecord, settings: AnalysisSettings,
             depth: int, budget: ArchiveBudget, ingest: Ingest) -> Iterator[DocumentRecord]:
    prefix = f"{container.source.member}/" if container.source.member else ""
    top_sha = container.source.container_sha256 or container.document_id
    for info in archive.infolist():
        name = member_name(info)
        if info.is_dir() or name.startswith(_JUNK_PREFIXES) or PurePosixPath(name).name.startswith("."):
            continue  # folders, macOS resource forks and hidden files are never documents
        if budget.stopped:
            return
        if budget.members >= settings.max_archive_members:
            add_code(container, "E012", detail=f"more than {settings.max_archive_members} members")
            budget.stopped = True
            return
        budget.members += 1
        member = prefix + name
        if is_unsafe(name):
            yield _skipped(member, top_sha, "E006", f"unsafe member path “{name}”")
            continue
        try:
            payload = _read_member(archive, info, settings, budget)
        except InputError as error:
            if error.code == "E007" and budget.stopped:
                add_code(container, "E007", detail=error.detail)
                return
            yield _skipped(member, top_sha, error.code, error.detail)
            continue
        yield from ingest(payload, name, settings, member, container_sha256=top_sha,
                          depth=depth + 1, budget=budget)


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, settings: AnalysisSettings,
                 budget: ArchiveBudget) -> bytes:
    """The member's bytes, read in memory within the budget (E007 bomb, E003 damaged)."""
    remaining = settings.max_archive_total_bytes - budget.expanded_bytes
    if info.file_size > remaining:
        budget.stopped = True
        raise InputError("E007", detail=f"expanded size would exceed {settings.max_archive_total_bytes} bytes")
    ratio = info.file_size / max(info.compress_size, 1)
    if info.file_size > RATIO_MIN_BYTES and ratio > settings.max_archive_ratio:
        raise InputError("E007", detail=f"compression ratio {ratio:.0f} > {settings.max_archive_ratio:g}")
    if info.flag_bits & 0x1:
        raise InputError("E003", detail="member is password-protected")
    chunks, size = [], 0
    try:
        with archive.open(info) as handle:
            while chunk := handle.read(_CHUNK):
                size += len(chunk)
                if size > remaining:
                    budget.stopped = True
                    raise InputError("E007", detail="member expands beyond its declared size")
                chunks.append(chunk)
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError) as error:
        raise InputError("E003", detail=f"zip member: {error}") from error
    budget.expanded_bytes += size
    return b"".join(chunks)


def _skipped(member: str, container_sha256: str, code: str, detail: str | None) -> DocumentRecord:
    """A failed record for a member that was not read; its id derives from container and path."""
    record = new_record(b"", member, member, container_sha256,
                        document_id=sha256(f"{container_sha256}/{member}".encode()))
    record.source.sha256 = ""  # the bytes were never read
    add_code(record, code, detail=detail)
    record.status = "failed"
    return record


def _closed(container: DocumentRecord, any_member: bool) -> DocumentRecord:
    problems = [error for error in container.errors if error.code not in WARNING_CODES]
    container.status = "failed" if not any_member else ("partial" if problems else "ok")
    container.source.pages = 0
    return container

