"""Header fields, parties, quantities, penalties and sections on hand-written decisions."""

from __future__ import annotations

import pytest

from analysis.extract.document import Document
from analysis.extract.header import agency_from_prefix
from analysis.extract.identifiers import credit_code_valid, id_number_valid
from analysis.extract.sections import split_sections
from analysis.text.normalize import normalize_text
from tests.extract.helpers import extract, handwritten


@pytest.mark.parametrize(("name", "number", "agency", "date"), [
    ("01_food_expired.txt", "沪市监金处〔2023〕282023000123号", "上海市金山区市场监督管理局", "2023-05-10"),
    ("02_env_hazwaste.txt", "通环罚字〔2023〕56号", "南通市生态环境局", "2023-08-15"),
    ("04_fishery_closed_season.txt", "象农（渔）罚〔2023〕37号", "象山县农业农村局", "2023-07-04"),
    ("06_worksafety.txt", "（南应急）罚〔2023〕118号", "佛山市南海区应急管理局", "2023-05-26"),
    ("07_tax_evasion.txt", "深税三稽罚〔2023〕1056号", "国家税务总局深圳市税务局第三稽查局", "2023-04-20"),
    ("11_ocr_noisy_fake_goods.txt", "穗云市监处罚〔2023〕120号", "广州市白云区市场监督管理局", "2023-04-28"),
])
def test_header_fields(name, number, agency, date):
    fields = extract(handwritten(name))
    assert fields.decision_number.value == number
    assert fields.agency.value == agency
    assert fields.decision_date.value == date


def test_agency_from_decision_number_prefix_when_no_header_or_signature():
    fields = extract("沪市监金处〔2023〕123号\n当事人：某某有限公司\n经查，当事人销售过期食品。本局决定罚款5万元。")
    assert fields.agency.value == "上海市金山区市场监督管理局"
    assert agency_from_prefix("京环罚字〔2023〕1号") == "北京市生态环境局"


def test_credit_code_and_id_checks():
    assert credit_code_valid("91310116MA1J8X2Q0J")
    assert not credit_code_valid("92440605L12345678X")
    assert id_number_valid("11010519491231002X") is True
    assert id_number_valid("110105194912310021") is False
    assert id_number_valid("3101**********1234") is None


def test_organization_party_with_representative_and_address():
    party = extract(handwritten("01_food_expired.txt")).parties[0]
    assert (party.name, party.kind, party.credit_code_valid) == ("上海鑫禾食品有限公司", "organization", True)
    assert party.legal_representative == "张某某"
    assert party.address == "上海市金山区亭林镇林盛路88号"


def test_individual_party_with_masked_id():
    party = extract(handwritten("03_land_occupation.txt")).parties[0]
    assert (party.name, party.kind, party.id_number) == ("刘某某", "individual", "371302196803******")


def test_invalid_check_digit_is_kept_and_marked():
    party = extract(handwritten("06_worksafety.txt")).parties[0]
    assert party.credit_code == "92440605L12345678X" and party.credit_code_valid is False
    assert party.legal_representative == "黄某明"


def test_full_width_ocr_text():
    fields = extract(handwritten("11_ocr_noisy_fake_goods.txt"))
    assert fields.parties[0].credit_code == "92440111MA5CX8YP3M"
    assert {(a.role, a.value) for a in fields.amounts} == {
        ("sales_amount", 33600.0), ("goods_value", 14400.0), ("illegal_gains", 9240.0), ("fine", 50000.0)}


def test_quantities_with_units_subjects_and_normalization():
    fields = extract(handwritten("02_env_hazwaste.txt"))
    first = fields.quantities[0]
    assert (first.value, first.unit, first.subject) == (3.5, "吨", "废矿物油")
    assert (first.normalized_value, first.normalized_unit) == (3500.0, "千克")
    land = extract(handwritten("03_land_occupation.txt"))
    assert {(q.value, q.unit) for q in land.quantities} == {(8016.0, "平方米"), (12.02, "亩"), (5336.0, "平方米"), (8.0, "亩")}
    article = extract("违反了《渔业法》第三十条的规定，没收渔获物十二千克。")
    assert [(q.value, q.unit) for q in article.quantities] == [(12.0, "千克")]


def test_penalties_come_from_the_decision_not_the_law_or_payment_clause():
    fields = extract(handwritten("01_food_expired.txt"))
    assert [p.kind for p in fields.penalties] == ["confiscation", "fine"]
    forest = extract(handwritten("05_forestry_overcut.txt"))
    assert {p.kind for p in forest.penalties} == {"order_to_correct", "fine"}


def test_sections_found_in_order_and_merged_sections_tolerated():
    doc = Document(normalize_text(handwritten("01_food_expired.txt")))
    spans = split_sections(doc)
    order = [name for name, _ in sorted(spans.items(), key=lambda kv: kv[1][0])]
    assert order == ["title", "decision_number", "party", "case_source", "facts", "evidence", "statements",
                     "analysis", "decision", "performance", "remedy", "signature"]
    merged = Document(normalize_text(handwritten("11_ocr_noisy_fake_goods.txt")))
    spans = split_sections(merged)
    assert {"party", "facts", "analysis", "basis", "signature"} <= set(spans)
    assert merged.compact[spans["facts"][0]:].startswith("经查")


def test_reordered_sections():
    text = ("某县市场监督管理局\n行政处罚决定书\n某市监罚〔2023〕5号\n当事人：某某商店\n"
            "证据如下：现场笔录、询问笔录。\n经查，2023年3月1日当事人销售过期食品。\n"
            "本局认为，当事人违反了《食品安全法》第三十四条的规定。依据《食品安全法》第一百二十四条的规定，"
            "决定如下：罚款5万元。\n某县市场监督管理局\n2023年4月1日")
    fields = extract(text)
    assert fields.facts_date.value == "2023-03-01"
    assert fields.sections["evidence"][0] < fields.sections["facts"][0]


def test_empty_text_records_e201_and_keeps_going():
    from analysis.extract.component import FieldExtractor
    from analysis.record import DocumentRecord, Source

    record = FieldExtractor()(DocumentRecord(document_id="x", source=Source(name="x"), text="这是一份通知。"))
    assert record.fields is not None
    assert [e.code for e in record.errors] == ["E201"] and record.status == "partial"


def test_ocr_glued_codes_do_not_enter_the_number_or_the_name():
    fields = extract("某局\n行政处罚决定书\n9343062446DFHN4G80岳自然执罚字【2025]14号\n"
                     "当事人：万海第（身粉证码：440***********3679）\n本局决定：罚款5万元。\n某局\n2025年7月17日")
    assert fields.decision_number.value == "岳自然执罚字〔2025〕14号"
    assert fields.parties[0].name == "万海第"


def test_fine_read_through_an_ocr_garbled_word_in_the_decision_list():
    fields = extract("某局\n行政处罚决定书\n某罚〔2024〕4号\n当事人：某某有限公司\n经查，当事人少缴税款。\n"
                     "本局决定对当事人作出如下行政处罚：\n1、阿款113000元。\n如不服本决定，可申请行政复议。\n某局\n2024年1月20日")
    assert [(a.role, a.value) for a in fields.amounts] == [("fine", 113000.0)]
    assert [p.kind for p in fields.penalties] == ["fine"]
