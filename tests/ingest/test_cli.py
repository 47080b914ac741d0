"""``leadminer ingest`` / ``leadminer analyze`` over a folder of mixed files, broken ones included."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from corpora.render import build_zip, render
from service.cli.main import app
from tests.ingest.conftest import DECISION, squeeze


@pytest.fixture
def mixed_folder(tmp_path):
    folder = tmp_path / "案卷"
    (folder / "证据").mkdir(parents=True)
    (folder / "决定书.pdf").write_bytes(render(DECISION, "pdf-text"))
    (folder / "证据" / "笔录.docx").write_bytes(render(DECISION, "docx"))
    (folder / "空文件.pdf").write_bytes(b"")
    (folder / "加密.pdf").write_bytes(render(DECISION, "pdf-text", password="x"))
    (folder / "截断.pdf").write_bytes(render(DECISION, "pdf-text")[:3000])
    (folder / "程序.exe").write_bytes(b"MZ\x90\x00" + bytes(range(256)) * 4)
    (folder / ".DS_Store").write_bytes(b"\0\0\0\1Bud1" + bytes(64))
    (folder / "批量.zip").write_bytes(build_zip({"../逃逸.txt": b"x", "送达回证.ofd": render(DECISION, "ofd"),
                                                 "__MACOSX/._送达回证.ofd": b"\0\5\26\7"},
                                                gbk_names=True))
    return folder


def _records(output: str) -> dict[str, dict]:
    records = [json.loads(line) for line in output.splitlines() if line.strip()]
    return {(r["source"]["member"] or r["source"]["name"]): r for r in records}


EXPECTED = {"决定书.pdf": ("ok", []), "笔录.docx": ("ok", []), "空文件.pdf": ("failed", ["E001"]),
            "加密.pdf": ("failed", ["E004"]), "截断.pdf": ("failed", ["E003"]),
            "程序.exe": ("failed", ["E002"]), "../逃逸.txt": ("failed", ["E006"]),
            "送达回证.ofd": ("ok", [])}


@pytest.mark.parametrize("command", [["ingest"], ["analyze", "--format", "jsonl"]])
def test_cli_reports_bad_files_and_exits_zero(mixed_folder, command):
    result = CliRunner().invoke(app, [*command, str(mixed_folder)])
    assert result.exit_code == 0, result.output
    records = _records(result.stdout)
    assert set(records) == set(EXPECTED)
    for key, (status, codes) in EXPECTED.items():
        record = records[key]
        assert [e["code"] for e in record["errors"] if e["stage"] == "ingest"] == codes, key
        assert all(e["message"] for e in record["errors"])
        assert record["schema"] == "leadminer.analysis/1"
        # later stages may add their own findings to readable documents, never revive failed ones
        assert record["status"] == status if status == "failed" else record["status"] != "failed"
    assert squeeze(DECISION) in squeeze(records["决定书.pdf"]["text"])


def test_ingest_prints_character_boxes_and_analyze_leaves_them_out(mixed_folder):
    pdf = mixed_folder / "决定书.pdf"
    ingested = _records(CliRunner().invoke(app, ["ingest", str(pdf)]).stdout)["决定书.pdf"]
    analyzed = _records(CliRunner().invoke(app, ["analyze", str(pdf)]).stdout)["决定书.pdf"]
    assert ingested["pages"][0]["units"][0]["box"]["x1"] > 0
    assert "units" not in analyzed["pages"][0]
    assert analyzed["pages"][0]["text_source"] == "text_layer"
