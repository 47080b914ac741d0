"""Write a generated corpus to a folder: files in a mix of formats, ``gold.jsonl``,
``manifest.json`` and train/dev/test splits.

Each file's gold row is keyed by the file name and ``document_id`` = sha256 of the file's
bytes (for ZIP dossiers one row per member, ``member`` = the path inside the ZIP and
``document_id`` = sha256 of the member's bytes). Splits come from a hash of the case group,
so a repeat-offender or split group never straddles train/dev/test.
"""

from __future__ import annotations

import hashlib
import io
import json
import random
import time
import zipfile
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from analysis.labels import LabeledDocument, write_jsonl
from corpora.generator import GENERATOR_VERSION, LEAD_KINDS, GeneratedDecision, generate
from corpora.generator.plan import DEFAULT_LAST_DAY
from corpora.generator.truncate import truncate_document

TEXT_FORMATS = ("txt", "docx", "pdf-text", "ofd", "html")
SCAN_FORMATS = ("pdf-scan", "png", "jpeg", "tiff")
ALL_FORMATS = (*TEXT_FORMATS, *SCAN_FORMATS, "zip")
EXTENSIONS = {"txt-utf8": "txt", "txt-gb18030": "txt", "txt-utf16": "txt", "docx": "docx", "pdf-text": "pdf",
              "pdf-scan": "pdf", "png": "png", "jpeg": "jpg", "tiff": "tif", "ofd": "ofd", "html": "html"}
TEXT_WEIGHTS = {"txt": 3, "docx": 3, "pdf-text": 4, "ofd": 1, "html": 2}


def split_of(case_group: str) -> str:
    bucket = int(hashlib.sha256(case_group.encode("utf-8")).hexdigest()[:8], 16) % 100
    return "train" if bucket < 80 else "dev" if bucket < 90 else "test"


def _renderer() -> Callable[..., bytes] | None:
    try:
        from corpora.render import render
    except ImportError:
        return None
    return render


def _zip_builder() -> Callable[..., bytes] | None:
    try:
        from corpora.render import build_zip
    except ImportError:
        return None
    return build_zip


def scan_options(rng: random.Random, fmt: str) -> dict[str, Any]:
    """Degradations of a scanned page: low DPI, seal, skew, noise, blur, fax, JPEG artefacts."""
    options: dict[str, Any] = {"dpi": rng.choice((100, 150, 150, 200)), "seal": rng.random() < 0.7,
                               "skew_deg": round(rng.uniform(-2.5, 2.5), 1), "noise": round(rng.uniform(0, 18), 1),
                               "blur": rng.choice((0.0, 0.0, 0.5, 1.0)), "fax": rng.random() < 0.1,
                               "seed": rng.randrange(1 << 30)}
    if fmt == "jpeg":
        options["jpeg_quality"] = rng.choice((35, 50, 70, 85))
    return options


def render_bytes(text: str, fmt: str, options: dict[str, Any] | None = None) -> tuple[bytes, str]:
    """Bytes of ``text`` as ``fmt``; plain UTF-8 text when the renderer for ``fmt`` is missing."""
    render = _renderer()
    if render is None:
        encoding = {"txt-gb18030": "gb18030", "txt-utf16": "utf-16"}.get(fmt, "utf-8")
        return text.encode(encoding), fmt if fmt.startswith("txt") else "txt-utf8"
    try:
        return render(text, fmt, **(options or {})), fmt
    except (ValueError, ImportError, NotImplementedError, TypeError):
        return text.encode("utf-8"), "txt-utf8"


def stable_zip(data: bytes) -> bytes:
    """The same ZIP with fixed member timestamps, so a seed always gives the same bytes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            fixed.compress_type, fixed.external_attr, fixed.flag_bits = info.compress_type, info.external_attr, info.flag_bits
            target.writestr(fixed, source.read(info))
    return buffer.getvalue()


def _render_job(job: tuple[str, str, dict[str, Any]]) -> tuple[bytes, str]:
    text, fmt, options = job
    data, used = render_bytes(text, fmt, options)
    return (stable_zip(data) if used == "docx" else data), used


def choose_format(rng: random.Random, formats: tuple[str, ...], scan_share: float) -> str:
    scans = [f for f in formats if f in SCAN_FORMATS]
    texts = [f for f in formats if f in TEXT_FORMATS] or ["txt"]
    if scans and rng.random() < scan_share:
        return rng.choice(scans)
    fmt = rng.choices(texts, weights=[TEXT_WEIGHTS[f] for f in texts])[0]
    if fmt == "txt":
        return rng.choices(("txt-utf8", "txt-gb18030", "txt-utf16"), weights=(6, 3, 1))[0]
    return fmt


def first_page_cut(text: str, dpi: int) -> int | None:
    """Where page 2 starts in ``text`` (single-image formats hold page 1 only); None if one page."""
    try:
        from corpora.render.layout import layout_pages, page_texts
    except ImportError:
        return None
    pages = page_texts(layout_pages(text, dpi))
    if len(pages) < 2:
        return None
    wanted = len(pages[0].replace("\n", ""))
    seen = 0
    for position, char in enumerate(text):
        if char != "\n":
            seen += 1
        if seen == wanted:
            return position + 1
    return None


def _row(decision: GeneratedDecision, data: bytes, name: str, fmt: str, member: str | None) -> LabeledDocument:
    gold = decision.gold
    return gold.model_copy(update={"document_id": hashlib.sha256(data).hexdigest(), "file": name, "member": member,
                                   "format": fmt, "split": split_of(gold.case_group or gold.document_id)})


def _file_name(decision: GeneratedDecision, ext: str) -> str:
    return f"{decision.plan.index:05d}_{decision.gold.gold.classification.domain}.{ext}"


@dataclass
class _Job:
    decision: GeneratedDecision
    fmt: str
    options: dict[str, Any]
    zip_number: int | None = None
    folder: str = ""


def plan_jobs(n: int, seed: int, formats: tuple[str, ...], scan_share: float, max_scans: int | None,
              zip_share: float, lead_share: float | None = None, last_day: date | None = None) -> list[_Job]:
    """Decisions with their formats, render options and ZIP dossier membership (deterministic)."""
    rng = random.Random(f"formats:{seed}")
    jobs: list[_Job] = []
    decisions = list(generate(n, seed, lead_share=lead_share, last_day=last_day or DEFAULT_LAST_DAY))
    scan_formats = [f for f in formats if f in SCAN_FORMATS]
    wanted = round(scan_share * n) if scan_formats else 0
    scan_count = min(wanted, max_scans) if max_scans is not None else wanted
    scanned = set(rng.sample(range(n), min(scan_count, n)))  # spread over the corpus, not the first ones
    text_only = tuple(f for f in formats if f not in SCAN_FORMATS)
    zip_number, zip_left, folder = -1, 0, ""
    use_zip = "zip" in formats and _zip_builder() is not None
    for position, decision in enumerate(decisions):
        fmt = rng.choice(scan_formats) if position in scanned else choose_format(rng, text_only, 0.0)
        if use_zip and zip_left == 0 and rng.random() < zip_share:
            zip_number, zip_left = zip_number + 1, rng.choice((2, 3, 4))
            folder = rng.choice(("卷宗", "dossier", "案卷材料/处罚决定", "2024/决定书"))
        job = _Job(decision, fmt, scan_options(rng, fmt) if fmt in SCAN_FORMATS else {})
        if zip_left:
            job.zip_number, job.folder = zip_number, folder
            zip_left -= 1
        jobs.append(job)
    return jobs


def _truncate(job: _Job) -> GeneratedDecision:
    """PNG/JPEG hold the first page only: cut the gold to what the image shows."""
    if job.fmt not in ("png", "jpeg"):
        return job.decision
    cut = first_page_cut(job.decision.text, int(job.options.get("dpi", 150)))
    if cut is None:
        return job.decision
    gold = truncate_document(job.decision.gold, cut)
    return GeneratedDecision(text=gold.text, gold=gold, plan=job.decision.plan)


def write_corpus(out: str | Path, n: int, seed: int = 0, formats: tuple[str, ...] = ALL_FORMATS,
                 scan_share: float = 0.1, zip_share: float = 0.02, max_scans: int | None = 60,
                 workers: int = 2, progress: Callable[[int], None] | None = None,
                 lead_share: float | None = None, last_day: date | None = None) -> dict[str, Any]:
    """Generate ``n`` decisions into ``out``; returns the manifest (also written to manifest.json).
    ``lead_share`` fixes the share of lead documents (see ``corpora.generator.generate``)."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    jobs = plan_jobs(n, seed, formats, scan_share, max_scans, zip_share, lead_share, last_day)
    decisions = [_truncate(job) for job in jobs]
    work = [(d.text, job.fmt, job.options) for d, job in zip(decisions, jobs, strict=True)]
    rendered = _render_all(work, workers, progress)
    rows: list[LabeledDocument] = []
    dossiers: dict[int, dict[str, bytes]] = {}
    rng = random.Random(f"zip:{seed}")
    for decision, job, (data, used) in zip(decisions, jobs, rendered, strict=True):
        name = _file_name(decision, EXTENSIONS[used])
        if job.zip_number is None:
            (out / name).write_bytes(data)
            rows.append(_row(decision, data, name, used, None))
            continue
        member = f"{job.folder}/{name}"
        dossiers.setdefault(job.zip_number, {})[member] = data
        rows.append(_row(decision, data, f"dossier_{job.zip_number:04d}.zip", used, member))
    for number, members in dossiers.items():
        (out / f"dossier_{number:04d}.zip").write_bytes(_zip_builder()(members, gbk_names=rng.random() < 0.3))
    write_jsonl(out / "gold.jsonl", rows)
    manifest = build_manifest(rows, seed, n, formats, scan_share, time.perf_counter() - started)
    manifest["lead_share_requested"] = lead_share
    manifest["last_day"] = (last_day or DEFAULT_LAST_DAY).isoformat()
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    return manifest


def _render_all(work: list[tuple[str, str, dict[str, Any]]], workers: int,
                progress: Callable[[int], None] | None) -> list[tuple[bytes, str]]:
    if workers <= 1 or len(work) < 50:
        results = []
        for job in work:
            results.append(_render_job(job))
            if progress:
                progress(1)
        return results
    with ProcessPoolExecutor(max_workers=workers) as pool:
        results = []
        for result in pool.map(_render_job, work, chunksize=8):
            results.append(result)
            if progress:
                progress(1)
        return results


def build_manifest(rows: list[LabeledDocument], seed: int, n: int, formats: tuple[str, ...], scan_share: float,
                   seconds: float) -> dict[str, Any]:
    def count(key: Callable[[LabeledDocument], Any]) -> dict[str, int]:
        return dict(sorted(Counter(str(key(r)) for r in rows).items()))

    labels = Counter()
    for row in rows:
        for lead in row.gold.leads:
            labels[f"{lead.kind}:{lead.scope}"] += 1
        flags = row.gold.flags
        labels.update(name for name, on in (("near_miss", flags.near_miss), ("transferred", flags.transferred),
                                            ("police_declined", flags.police_declined)) if on)
    return {"seed": seed, "generator_version": GENERATOR_VERSION, "documents": len(rows), "requested": n,
            "formats_requested": list(formats), "scan_share": scan_share, "seconds": round(seconds, 2),
            "files": len({r.file for r in rows}),
            "by_domain": count(lambda r: r.gold.classification.domain), "by_format": count(lambda r: r.format),
            "by_split": count(lambda r: r.split), "by_scenario": count(lambda r: r.gold.flags.scenario),
            "by_agency_level": count(lambda r: r.meta.get("agency_level")),
            "by_label": dict(sorted(labels.items())),
            "documents_with_leads": sum(1 for r in rows if any(lead.scope == "document" for lead in r.gold.leads)),
            "lead_documents": sum(1 for r in rows if any(lead.kind in LEAD_KINDS for lead in r.gold.leads))}
