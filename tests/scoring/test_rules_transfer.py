"""Whether a decision records that the case went to the police: a transfer it only warns of
(构成犯罪的，依法移送司法机关) or announces (将依法移送) is no record; the police's return of the case
(不构成犯罪, 退回) is a refusal like 不予立案 (国务院令第310号第九条)."""

from __future__ import annotations

import pytest

from analysis.scoring.facts import transfer_status
from tests.scoring.test_rules_offence import HAZWASTE, analyse


@pytest.mark.parametrize("sentence", [
    "当事人如再次违法，构成犯罪的，将依法移送司法机关追究刑事责任。",
    "涉嫌犯罪的，依法移送公安机关。",
    "对涉嫌犯罪的，移送司法机关依法处理。",
    "本局拟移送公安机关。",
    "本案未移送公安机关。",
])
def test_warnings_and_announcements_are_no_transfer(sentence):
    assert transfer_status(sentence) is None


@pytest.mark.parametrize(("sentence", "kind"), [
    ("因当事人涉嫌犯罪，本局已于2024年1月20日依法将案件移送上海市公安局金山分局。", "transferred"),
    ("本局决定作出如下处理：将案件移送某县公安局。", "transferred"),
    ("鉴于当事人涉嫌犯罪，本局依法将案件线索移交公安机关。", "transferred"),
    ("本局曾将案件移送某县公安局，某县公安局经审查认为当事人的行为不构成犯罪，退回本局处理。", "declined"),
    ("经公安机关审查，认为没有犯罪事实，决定不予立案。", "declined"),
])
def test_recorded_transfers_and_refusals(sentence, kind):
    status = transfer_status(sentence)
    assert status is not None and status.kind == kind


def test_a_warning_of_transfer_does_not_silence_the_lead():
    warned = analyse(HAZWASTE.format(tail="当事人如再次违法，构成犯罪的，将依法移送司法机关追究刑事责任。"))
    assert [f for f in warned.findings if f.rule == "threshold.numeric.v1"]
