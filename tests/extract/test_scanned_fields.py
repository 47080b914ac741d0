"""Fields of decisions as OCR reads them: a date under the seal, a garbled signature, OCR'd words."""

from __future__ import annotations

import pytest

from analysis.record import DocumentRecord, Page, Source
from analysis.text.dates import find_dates, read_year
from tests.extract.helpers import extract

SCANNED = """湖州市南浔区农业农村局
行政处罚决定书
浔农罚〔2024〕17号
当事人：湖州青禾农资有限资任公司
统一社会信用代码：91330503MA2B3C4D5E
本局于2024年3月2日接到举报，经查，当事人销售未经登记的农药。
上述行为违反了《农药管理条例》第二十九条的规定。依据《农药管理条例》第五十五条的规定，本局决定对当事人作出如下行政处罚：
一、资令停止违法行为；
二、阿款人民币叁仟储佰元整。
如不服本处罚决定，可在收到本处罚决定书之日起六十日内申请行政复议。
湖州市南寻区农业农村居
二C二四年四月二八日
"""


@pytest.mark.parametrize(("text", "references", "iso"), [
    ("二C二四年十月二八日", [], "2024-10-28"),  # 〇 read as C, 十 of 二十八 lost
    ("二、)二四年十月三十日", [], "2024-10-30"),  # 〇 read as two strokes
    ("二）二三年十二月十日", [], "2023-12-10"),
    ("202.年12P04日", [2023], "2023-12-04"),  # a lost year digit filled from the decision number
    ("2023年5月10日", [2019], "2023-05-10"),  # a readable year is never replaced
    ("二〇二三年十二月三十一日", [], "2023-12-31"),
])
def test_garbled_dates_are_read(text, references, iso):
    found = find_dates(text, references=references)
    assert [d.iso for d in found] == [iso]
    assert found[0].exact == (text in ("2023年5月10日", "二〇二三年十二月三十一日"))


def test_unreadable_or_impossible_dates_are_not_invented():
    assert find_dates("202.年12月04日") == []  # no reference year to fill the digit
    assert find_dates("二〇二三年二月三十日") == []
    assert find_dates("第1、2023年度报告") == []
    assert read_year("2?2", [2023]) is None


def test_a_stray_digit_before_a_date_does_not_hide_it():
    assert [d.iso for d in find_dates("附件1、2023年5月10日检验报告")] == ["2023-05-10"]


def _ocr_record(text: str) -> DocumentRecord:
    return DocumentRecord(document_id="s", source=Source(name="s.png"), text=text,
                          pages=[Page(number=1, text=text, text_source="ocr", start=0, end=len(text))])


def test_scanned_decision_fields():
    from analysis.extract.component import FieldExtractor

    record = FieldExtractor()(_ocr_record(SCANNED))
    fields = record.fields
    assert fields.decision_date.value == "2024-04-28"
    assert fields.agency.value == "湖州市南浔区农业农村局"  # the header, not the seal-garbled signature
    assert [p.name for p in fields.parties] == ["湖州青禾农资有限责任公司"]
    assert {(a.role, a.value) for a in fields.amounts} == {("fine", 3600.0)}
    assert {p.kind for p in fields.penalties} >= {"fine", "order_to_correct"}
    assert len(record.text) == len(SCANNED)  # repairs keep every span


def test_legal_word_repair_is_for_ocr_pages_only():
    fields = extract(SCANNED)  # a native text keeps what it says
    assert [p.name for p in fields.parties] == ["湖州青禾农资有限资任公司"]


def test_signature_naming_another_agency_keeps_the_signature():
    text = SCANNED.replace("湖州市南寻区农业农村居", "湖州市南浔区综合行政执法局")
    assert extract(text).agency.value == "湖州市南浔区综合行政执法局"


def test_law_quote_cut_by_the_page_end_is_not_a_case_amount():
    text = ("某市生态环境局\n行政处罚决定书\n某环罚〔2024〕3号\n当事人：某某化工有限公司\n"
            "经查，当事人超标排放水污染物。依据《中华人民共和国水污染防治法》第八十三条第一款第二项"
            "“由县级以上人民政府环境保护主管部门责令改正或者责令限制生产、停产整治，并处十万元")
    assert [a.value for a in extract(text).amounts] == []


@pytest.mark.parametrize(("read", "meant"), [
    ("510121*******9868", "510121********9868"),  # one asterisk lost
    ("110********083x", "110***********083X"),  # a line break took three
    ("3301※※※※※※※※※※1234", "3301**********1234"),
    ("3301**********1234", "3301**********1234"),
])
def test_masked_ids_get_their_eighteen_places_back(read, meant):
    from analysis.extract.parties import masked_id

    assert masked_id(read) == meant


def test_party_lines_wrapped_by_the_page_stay_in_the_party_block():
    text = ("某县市场监督管理局\n行政处罚决定书\n某市监罚〔2024〕9号\n"
            "当事人：某某电缆有限公司，统一社会信用代码：91330102MA2\n"
            "8XK3T4Q，住所：某县长江路252号，法定代表人：张红。\n"
            "当事人：王某某，身份证件导码：3301*********1234，住址：某县幸福路1号\n"
            "根据上级交办线索，本局于2024年9月18日对当事人涉嫌违法一案立案调查。\n")
    record = DocumentRecord(document_id="w", source=Source(name="w.png"), text=text,
                            pages=[Page(number=1, text=text, text_source="ocr", start=0, end=len(text))])
    from analysis.extract.component import FieldExtractor

    parties = FieldExtractor()(record).fields.parties
    assert [(p.name, p.credit_code, p.legal_representative, p.id_number) for p in parties] == [
        ("某某电缆有限公司", "91330102MA28XK3T4Q", "张红", None),
        ("王某某", None, None, "3301**********1234")]


def test_credit_code_misread_by_ocr_is_put_right_by_its_check_digit():
    from analysis.extract.identifiers import credit_check_char
    from analysis.extract.parties import repair_credit_code

    good = "91330102MA28XK3TQ"
    good += credit_check_char(good)
    misread = good[:16] + "0" + good[17:]
    assert repair_credit_code(misread) == good
    assert repair_credit_code(good) == good


def test_a_page_cut_short_keeps_its_decision_list():
    text = ("某市自然资源和规划局\n行政处罚决定书\n某自然罚〔2025〕54号\n当事人：某某旅游开发有限公司\n"
            "经调查，当事人在未办理农用地转用审批手续的情况下擅自占用土地建设停车场。\n"
            "本机关于2025年7月6日告知当事人享有陈述、申辩\n和听证的权利。当事人未提出陈述、申辩。\n"
            "根据《中华人民共和国土地管理法实施条例》第五十七条第一款的规定，本机关决定对当事人作出如下行政处罚：\n"
            "一、责令退还非法占用的土地；\n")
    fields = extract(text)
    assert "signature" not in fields.sections
    assert [p.kind for p in fields.penalties] == ["order_to_correct"]


def test_signature_date_on_a_line_merged_with_others_by_ocr():
    text = ("某县林业局\n行政处罚决定书\n某林罚〔2025〕7号\n当事人：张某某\n"
            "经查，当事人于2024年11月在未取得林木采伐许可证的情况下，擅自在某村集体林地内采伐杉木，"
            "经测量，滥伐林木蓄积12.5立方米。以上事实有现场勘验笔录、询问笔录等证据为证。\n"
            "根据《中华人民共和国森林法》第七十六条第二款的规定，本机关决定对你作出如下行政处罚：罚款41300元。\n"
            "本决定书一式三份，一份送达当事人。2025年5月7日某省某县林业局如不服本处罚决定，可在收到本处罚决定书"
            "之日起六十日内向某县人民政府申请行政复议，也可以在六个月内直接向某县人民法院提起行政诉讼。\n")
    assert extract(text).decision_date.value == "2025-05-07"


def test_a_more_specific_signature_than_the_header_is_kept():
    text = SCANNED.replace("湖州市南寻区农业农村居", "湖州市南浔区菱湖镇农业农村局")
    assert extract(text).agency.value == "湖州市南浔区菱湖镇农业农村局"


@pytest.mark.parametrize(("written", "value"), [
    ("江烟罚「2024」第30导", "江烟罚〔2024〕第30号"), ("沪市监处〈2023〉12母", "沪市监处〔2023〕12号"),
])
def test_decision_numbers_with_ocr_brackets_and_hao(written, value):
    from analysis.extract.document import Document
    from analysis.extract.header import decision_number

    assert decision_number(Document(f"某局\n行政处罚决定书\n{written}\n当事人：张三")).value == value


def test_a_warning_item_that_lost_a_character_to_ocr():
    text = SCANNED.replace("一、资令停止违法行为；\n", "（一）告；\n（二）资令停止违法行为；\n")
    assert "warning" in {p.kind for p in ocr_fields(text).penalties}
    assert "warning" not in {p.kind for p in ocr_fields(SCANNED).penalties}


def ocr_fields(text):
    from analysis.extract.component import FieldExtractor

    return FieldExtractor()(_ocr_record(text)).fields


def test_copies_of_the_decision_are_no_quantity():
    text = SCANNED.replace("如不服", "本决定书一式三份，一份送达当事人，一份存档，一份交执行机关。如不服")
    assert [(q.value, q.unit) for q in ocr_fields(text).quantities] == []


def test_evidence_items_are_no_quantity_but_invoices_are():
    text = SCANNED.replace("当事人销售未经登记的农药。", "当事人为他人开具增值税普通发票9份。证据：卫星影像图1份；询问笔录1份。")
    assert [(q.value, q.unit) for q in ocr_fields(text).quantities] == [(9.0, "份")]


@pytest.mark.parametrize(("text", "iso"), [
    ("2024年10月23F、", "2024-10-23"), ("2025年06F10日", "2025-06-10"), ("二<）二四年七月八日", "2024-07-08"),
    ("某县农业农村局2024年6月25", "2024-06-25"),  # 日 lost at the end of the page
])
def test_more_signature_date_misreadings(text, iso):
    assert [d.iso for d in find_dates(text)] == [iso]


def test_capitalized_amount_that_lost_a_unit_takes_the_figures_in_brackets():
    text = SCANNED.replace("二、阿款人民币叁仟储佰元整。", "二、没收违法所得壹仟壹佰玖元整（￥1190元）；三、罚款壹万元（10000元）。")
    assert {(a.role, a.value) for a in ocr_fields(text).amounts} == {("confiscated_gains", 1190.0), ("fine", 10000.0)}


@pytest.mark.parametrize(("cited", "law"), [("森木法", "中华人民共和国森林法"), ("中华人民共和国种乙法", "中华人民共和国种子法")])
def test_short_law_names_with_one_misread_character(cited, law):
    from analysis.extract.laws import resolve

    assert resolve(cited)[0] == law


def test_a_following_amount_outside_brackets_is_another_amount():
    text = SCANNED.replace("二、阿款人民币叁仟储佰元整。", "二、没收违法所得叁拾捌元，罚款232元。")
    assert {(a.role, a.value) for a in ocr_fields(text).amounts} == {("confiscated_gains", 38.0), ("fine", 232.0)}
