"""``write_corpus`` / ``leadminer corpus generate``: files, gold.jsonl keyed by bytes, manifest, splits."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile

import pytest
from typer.testing import CliRunner

from analysis.labels import read_jsonl
from corpora.generator.corpus import plan_jobs, split_of, write_corpus


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_corpus_files_gold_and_manifest(tmp_path):
    formats = ("txt", "docx", "pdf-text", "ofd", "html", "zip")
    manifest = write_corpus(tmp_path, 30, seed=4, formats=formats, scan_share=0.0, zip_share=0.3, workers=1)
    rows = list(read_jsonl(tmp_path / "gold.jsonl"))
    assert len(rows) == 30 == manifest["documents"]
    assert json.loads((tmp_path / "manifest.json").read_text())["seed"] == 4
    members = 0
    for row in rows:
        data = (tmp_path / row.file).read_bytes()
        if row.member:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = archive.namelist()
                data = next(archive.read(n) for n in names if n == row.member or n.encode("cp437", "replace")
                            .decode("gbk", "replace") == row.member)
            members += 1
        assert row.document_id == _sha(data)
        assert row.split in ("train", "dev", "test")
        assert row.format
    assert members >= 2
    assert {r.format for r in rows} >= {"docx", "pdf-text", "html"}
    assert set(manifest["by_domain"]) and sum(manifest["by_format"].values()) == 30


def test_groups_never_straddle_splits():
    jobs = plan_jobs(400, seed=8, formats=("txt",), scan_share=0.0, max_scans=0, zip_share=0.0)
    splits: dict[str, set[str]] = {}
    for job in jobs:
        gold = job.decision.gold
        splits.setdefault(gold.case_group, set()).add(split_of(gold.case_group))
    assert all(len(s) == 1 for s in splits.values())
    grouped = [g for g in splits if not g.startswith("case-")]
    assert grouped


def test_cli_generate_is_deterministic(tmp_path):
    from service.cli.main import app

    runner = CliRunner()
    outputs = []
    for name in ("a", "b"):
        result = runner.invoke(app, ["corpus", "generate", "--n", "12", "--seed", "3", "--out", str(tmp_path / name),
                                     "--formats", "txt,html,docx", "--workers", "1"])
        assert result.exit_code == 0, result.output
        outputs.append([(r.file, r.document_id, r.split) for r in read_jsonl(tmp_path / name / "gold.jsonl")])
    assert outputs[0] == outputs[1]


def test_single_page_images_get_a_truncated_gold():
    from corpora.generator import generate
    from corpora.generator.corpus import first_page_cut
    from corpora.generator.truncate import truncate_document

    decision = max(generate(30, seed=2), key=lambda d: len(d.text))
    cut = first_page_cut(decision.text, 150)
    assert cut is not None and 0 < cut < len(decision.text)
    short = truncate_document(decision.gold, cut)
    assert decision.text.startswith(short.text) and len(short.text) == cut
    for _label, start, end, recorded in short.spans():
        assert end <= cut and short.text[start:end] == recorded
    assert all(lead.scope == "group" or lead.evidence for lead in short.gold.leads)


def test_cli_label_studio_export_and_import(tmp_path):
    from analysis.labels import write_jsonl
    from corpora.generator import generate
    from service.cli.main import app

    docs = [d.gold.model_copy(update={"split": "test"}) for d in generate(5, seed=6)]
    write_jsonl(tmp_path / "gold.jsonl", docs)
    runner = CliRunner()
    result = runner.invoke(app, ["corpus", "to-label-studio", str(tmp_path / "gold.jsonl"), "--out",
                                 str(tmp_path / "tasks.json"), "--split", "test"])
    assert result.exit_code == 0, result.output
    tasks = json.loads((tmp_path / "tasks.json").read_text(encoding="utf-8"))
    assert len(tasks) == 5 and "predictions" in tasks[0]
    result = runner.invoke(app, ["corpus", "from-label-studio", str(tmp_path / "tasks.json"), "--out",
                                 str(tmp_path / "back.jsonl")])
    assert result.exit_code == 0, result.output
    back = list(read_jsonl(tmp_path / "back.jsonl"))
    assert [b.gold.fields for b in back] == [d.gold.fields for d in docs]


@pytest.mark.slow
def test_scanned_formats_are_written_with_gold(tmp_path):
    write_corpus(tmp_path, 4, seed=12, formats=("png", "pdf-scan", "tiff", "jpeg"), scan_share=1.0, workers=1)
    rows = list(read_jsonl(tmp_path / "gold.jsonl"))
    assert len(rows) == 4 and all(r.format in ("png", "pdf-scan", "tiff", "jpeg") for r in rows)
    for row in rows:
        data = (tmp_path / row.file).read_bytes()
        assert row.document_id == _sha(data)
        assert data[:4] in (b"\x89PNG", b"%PDF", b"II*\x00", b"MM\x00*") or data[:2] == b"\xff\xd8"
        for _label, start, end, recorded in row.spans():
            assert row.text[start:end] == recorded
