"""Statutes: full names, article/paragraph/item integers, roles, 本法/该法, OCR-mangled titles."""

from __future__ import annotations

from tests.extract.helpers import extract, handwritten, statutes

FSA = "中华人民共和国食品安全法"


def test_article_paragraph_item_and_roles():
    fields = extract("当事人的行为违反了《食品安全法》第三十四条第（十）项的规定，依据《中华人民共和国食品安全法》"
                     "第一百二十四条第一款第（五）项的规定，决定罚款5万元。")
    assert statutes(fields) == {(FSA, 34, None, 10, "violated"), (FSA, 124, 1, 5, "basis")}


def test_this_law_resolves_to_the_last_named_law_and_quotes_are_other():
    found = statutes(extract(handwritten("01_food_expired.txt")))
    assert (FSA, 124, 1, 5, "basis") in found  # 依据本法第一百二十四条第一款第（五）项
    assert (FSA, 124, 1, None, "other") in found  # …第一百二十四条第一款规定：“…”
    drug = statutes(extract(handwritten("12_drug_unlicensed.txt")))
    assert ("中华人民共和国药品管理法", 117, 1, None, "basis") in drug  # 该法


def test_lists_of_articles_share_the_law():
    fields = extract("上述行为分别违反了《中华人民共和国安全生产法》第二十八条第一款、第三十六条第一款的规定，"
                     "依据《安全生产法》第九十七条第（三）项、第九十九条第（二）项的规定，决定罚款。")
    law = "中华人民共和国安全生产法"
    assert statutes(fields) == {(law, 28, 1, None, "violated"), (law, 36, 1, None, "violated"),
                                (law, 97, None, 3, "basis"), (law, 99, None, 2, "basis")}


def test_ocr_spaced_and_mangled_titles():
    fields = extract("当事人的行为违反了《商 标 法》第五十七条第（三）项的规定，"
                     "依据《中华人民共和国食品安全去》第一百二十四条的规定，决定罚款。")
    assert {(s.law, s.article) for s in fields.statutes} == {("中华人民共和国商标法", 57), (FSA, 124)}


def test_payment_clause_citations_are_other_and_versions_are_resolved():
    fields = extract(handwritten("05_forestry_overcut.txt"))
    payment = [s for s in fields.statutes if s.law == "中华人民共和国行政处罚法"]
    assert payment and all(s.role == "other" for s in payment)
    forest = next(s for s in fields.statutes if s.article == 76)
    assert forest.version is not None and forest.exists is True


def test_article_missing_from_the_version_in_force_is_marked():
    text = "依据《中华人民共和国食品安全法》第九百条的规定，决定罚款5万元。\n某市市场监督管理局\n2023年5月10日"
    fields = extract(text)
    assert fields.statutes[0].exists is False


def test_forms_in_book_title_marks_are_not_laws():
    fields = extract("本局向当事人送达了《行政处罚告知书》第1页。依据《食品安全法》第一百二十四条，决定罚款。")
    assert {s.law for s in fields.statutes} == {FSA}


def test_unbracketed_short_names_and_this_regulation():
    fields = extract("当事人违反了食品安全法第三十四条的规定。依照烟草专卖法实施条例第五十七条、该条例第五十八条的规定，决定罚款。")
    assert {(s.law, s.article, s.role) for s in fields.statutes} == {
        (FSA, 34, "violated"), ("中华人民共和国烟草专卖法实施条例", 57, "basis"),
        ("中华人民共和国烟草专卖法实施条例", 58, "basis")}


def test_unbracketed_name_after_genju_is_the_basis():
    """根据海关行政处罚实施条例第九条: the law is not 据海关…, and the citation is the basis."""
    fields = extract("当事人违反了《海关法》第八十二条的规定。根据海关行政处罚实施条例第九条第一款第三项的规定，"
                     "本关决定罚款2,754,400.00元。")
    assert ("中华人民共和国海关行政处罚实施条例", 9, 1, 3, "basis") in statutes(fields)


def test_ocr_garbled_names_are_repaired_but_local_regulations_are_not():
    from analysis.extract.laws import resolve

    assert resolve("中华人民共和国烟草专买法实施条列")[0] == "中华人民共和国烟草专卖法实施条例"
    assert resolve("产品质重法")[0] == "中华人民共和国产品质量法"
    assert resolve("湖南省河道采砂管理条例") == ("湖南省河道采砂管理条例", None)
