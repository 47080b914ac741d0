"""ZIP dossiers: members become records; bombs, escapes, floods and deep nesting are stopped."""

from __future__ import annotations

import hashlib
import os
import zipfile

from analysis.ingest import ingest_bytes, ingest_path
from corpora.render import build_zip, render
from tests.ingest.conftest import DECISION, squeeze


def by_member(records):
    return {record.source.member: record for record in records}


def dossier() -> bytes:
    inner = build_zip({"补充材料/询问笔录.txt": render(DECISION, "txt-gb18030"),
                       "决定书.html": render(DECISION, "html")})
    return build_zip({
        "卷宗/决定书.pdf": render(DECISION, "pdf-text"),
        "卷宗/证据/现场检查笔录.docx": render(DECISION, "docx"),
        "送达回证.ofd": render(DECISION, "ofd"),
        "补充卷宗.zip": inner,
    }, gbk_names=True)


def test_dossier_members_each_become_a_record(settings):
    data = dossier()
    records = by_member(ingest_bytes(data, "案卷.zip", settings))
    assert set(records) == {"卷宗/决定书.pdf", "卷宗/证据/现场检查笔录.docx", "送达回证.ofd",
                            "补充卷宗.zip/补充材料/询问笔录.txt", "补充卷宗.zip/决定书.html"}
    container = hashlib.sha256(data).hexdigest()
    for record in records.values():
        assert record.status == "ok", record.errors
        assert record.source.container_sha256 == container
        assert squeeze(DECISION) in squeeze(record.text)
    assert records["卷宗/决定书.pdf"].source.name == "决定书.pdf"
    assert records["送达回证.ofd"].source.media_type == "application/ofd"


def test_gbk_and_utf8_member_names_are_both_decoded(settings):
    member = {"卷宗/决定书.txt": render(DECISION, "txt-utf8")}
    for gbk in (True, False):
        data = build_zip(member, gbk_names=gbk)
        flags = {info.flag_bits & 0x800 for info in zipfile.ZipFile(__import__("io").BytesIO(data)).infolist()}
        assert flags == ({0} if gbk else {0x800})
        assert set(by_member(ingest_bytes(data, "a.zip", settings))) == {"卷宗/决定书.txt"}


def test_escaping_member_paths_are_skipped_and_nothing_is_written(settings, tmp_path):
    data = build_zip({"../../evil.txt": b"owned", "/etc/cron.d/evil": b"owned",
                      "ok/决定书.txt": render(DECISION, "txt-utf8")})
    (tmp_path / "in").mkdir()
    archive = tmp_path / "in" / "dossier.zip"
    archive.write_bytes(data)
    before = sorted(os.listdir(tmp_path))
    records = by_member(ingest_path(archive, settings))
    assert records["../../evil.txt"].errors[0].code == "E006"
    assert records["/etc/cron.d/evil"].errors[0].code == "E006"
    assert records["../../evil.txt"].status == "failed"
    assert records["ok/决定书.txt"].status == "ok"
    assert sorted(os.listdir(tmp_path)) == before and os.listdir(tmp_path / "in") == ["dossier.zip"]


def test_zip_bomb_member_is_refused_by_ratio(settings):
    data = build_zip({"bomb.txt": b"\0" * (8 << 20), "决定书.txt": render(DECISION, "txt-utf8")})
    records = by_member(ingest_bytes(data, "a.zip", settings))
    assert records["bomb.txt"].errors[0].code == "E007" and records["bomb.txt"].status == "failed"
    assert records["决定书.txt"].status == "ok"


def test_zip_bomb_is_stopped_by_total_expanded_size(settings):
    settings.max_archive_total_bytes = 2 << 20
    settings.max_archive_ratio = 1e9
    members = {f"part{i}.txt": b"a" * (1 << 20) for i in range(5)}
    records = list(ingest_bytes(build_zip(members), "bomb.zip", settings))
    container = records[-1]
    assert container.source.member is None and container.errors[0].code == "E007"
    assert container.status == "partial"
    assert len(records) - 1 < 5


def test_too_many_members(settings):
    settings.max_archive_members = 3
    members = {f"{i}.txt": render(DECISION, "txt-utf8") for i in range(5)}
    records = list(ingest_bytes(build_zip(members), "many.zip", settings))
    assert [r.source.member for r in records[:3]] == ["0.txt", "1.txt", "2.txt"]
    assert records[3].errors[0].code == "E012" and records[3].source.member is None
    assert len(records) == 4


def test_too_deep_nesting_is_stopped(settings):
    settings.max_archive_depth = 2
    data = render(DECISION, "txt-utf8")
    for level in range(3):
        data = build_zip({f"level{level}.txt": render(DECISION, "txt-utf8"), f"n{level}.zip": data})
    records = by_member(ingest_bytes(data, "deep.zip", settings))
    assert records["level2.txt"].status == "ok" and records["n2.zip/level1.txt"].status == "ok"
    assert records["n2.zip/n1.zip"].errors[0].code == "E011"


def test_damaged_zip_is_reported(settings):
    data = build_zip({"a.txt": render(DECISION, "txt-utf8")})[:40]
    records = list(ingest_bytes(data, "broken.zip", settings))
    assert len(records) == 1 and records[0].errors[0].code == "E003" and records[0].status == "failed"


def test_zip_named_like_a_pdf_is_expanded_with_a_warning(settings):
    data = build_zip({"决定书.txt": render(DECISION, "txt-utf8")})
    records = list(ingest_bytes(data, "卷宗.pdf", settings))
    assert [r.source.member for r in records] == ["决定书.txt", None]
    assert [e.code for e in records[1].errors] == ["E008"] and records[1].status == "ok"
