"""The statute knowledge base resolves citations to the law and version in force, its
articles and their fine ranges."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from analysis.knowledge.statutes import StatuteKB, article_exists, fine_clauses, resolve_law


@pytest.fixture(scope="module")
def kb() -> StatuteKB:
    return StatuteKB.load()


@pytest.mark.parametrize(
    ("citation", "law_id"),
    [
        ("《环保法》", "环境保护法"),
        ("食品安全法", "食品安全法"),
        ("中华人民共和国食品安全法", "食品安全法"),
        ("《基本医疗卫生法》", "基本医疗卫生与健康促进法"),
        ("《中华人民共和国食品安全法（2021年修正）》", "食品安全法"),
        ("《食品安全法实施条例》", "食品安全法实施条例"),
        ("《安全生产法》", "安全生产法"),
        ("税收征管法", "税收征收管理法"),
        ("医疗器械条例", "医疗器械监督管理条例"),
        ("食品安仝法", "食品安全法"),  # one OCR-mangled character
        ("中华人民共和国食品安法", "食品安全法"),  # one character lost
    ],
)
def test_alias_resolution(kb, citation, law_id):
    law = kb.resolve_law(citation)
    assert law is not None and law.id == law_id


def test_resolved_law_has_official_title(kb):
    assert resolve_law("《食品安全法》").title == "中华人民共和国食品安全法"


def test_local_regulations_resolve_but_never_to_another_place(kb):
    assert kb.resolve_law("《上海市食品安全条例》").department == "上海"
    assert kb.resolve_law("上海市食品安仝条例").id == "上海市食品安全条例"
    assert kb.resolve_law("上海市食品安全条例").category == "地方性法规"
    henan = [law for law in kb.laws.values() if law.id.startswith("河南省") and len(law.id) > 6]
    assert henan
    assert kb.resolve_law("湖" + henan[0].id[1:]) is None  # 湖南省… is not 河南省…


def test_unknown_or_ambiguous_names_do_not_resolve(kb):
    assert kb.resolve_law("不存在的管理办法条例") is None
    assert kb.resolve_law("") is None


def test_food_safety_article_124_in_force_2023(kb):
    assert article_exists("食品安全法", 124, dt.date(2023, 6, 1)) is True
    clauses = fine_clauses("食品安全法", 124, "2023-06-01", paragraph=1)
    fixed = next(c for c in clauses if c.kind == "fixed")
    multiple = next(c for c in clauses if c.kind == "multiple")
    assert (fixed.min_amount, fixed.max_amount) == (50000, 100000)
    assert fixed.condition.role == "goods_value" and fixed.condition.below == 10000
    assert fixed.applies({"goods_value": 8000}) and not fixed.applies({"goods_value": 12000})
    assert multiple.base_role == "goods_value" and (multiple.min_multiple, multiple.max_multiple) == (10, 20)
    assert multiple.allowed_range({"goods_value": 12000}) == (120000, 240000)
    assert multiple.allowed_range({}) is None
    assert fixed.allowed_range({}) == (50000, 100000)


def test_article_beyond_last_does_not_exist(kb):
    law = kb.resolve_law("食品安全法")
    last = kb.version_in_force(law.id, "2023-06-01").last_article
    assert kb.article_exists(law.id, last, "2023-06-01") is True
    assert kb.article_exists(law.id, last + 1, "2023-06-01") is False
    assert kb.article_exists("不存在的法", 1, "2023-06-01") is None


def test_version_selection_by_date(kb):
    before = kb.version_in_force("野生动物保护法", "2023-04-30")
    after = kb.version_in_force("野生动物保护法", "2023-05-01")
    assert before.date == dt.date(2018, 10, 26)
    assert after.date == dt.date(2022, 12, 30) and after.effective_from == dt.date(2023, 5, 1)
    assert kb.version_in_force("野生动物保护法", "1980-01-01") is None
    # article 64 exists only in the 2022 text (58 articles in 2018)
    assert kb.article_exists("野生动物保护法", 64, "2023-06-01") is True
    assert kb.article_exists("野生动物保护法", 64, "2020-06-01") is False


def test_article_text_and_structure(kb):
    article = kb.article("食品安全法", 124, "2023-06-01")
    assert article.text.startswith("违反本法规定")
    assert article.paragraph_items == (9, 0, 0)
    assert kb.article_text("食品安全法", 1, "2023-06-01").startswith("为了保证食品安全")


def test_penalty_articles_keep_every_paragraph(kb):
    """Later paragraphs of a penalty article are stored (their fines and 按…计算 floors count)."""
    article = kb.article("食品安全法", 124, "2023-06-01")
    assert article.text.count("\n") == 2 and article.text.endswith("依照第一款规定给予处罚。")
    assert "（九）" in article.text  # the items of the first paragraph
    plain = kb.article("食品安全法", 1, "2023-06-01")
    assert "\n" not in plain.text


def test_floor_stated_after_the_first_characters_is_applied(kb):
    """医师法第五十九条: 违法所得不足一万元的，按一万元计算 comes late in the article."""
    clauses = [c for c in kb.fine_clauses("医师法", 59, "2023-06-01") if c.kind == "multiple"]
    assert clauses and all(c.base_floor == 10000 for c in clauses)


def test_sub_articles_of_criminal_law(kb):
    assert kb.article_exists("刑法", 342, "2024-06-01", sub=1) is True
    assert kb.article_exists("刑法", 453, "2024-06-01") is False


def test_dates_before_the_earliest_stored_text_are_approximate(kb):
    # only the text of 刑法修正案（十二） (in force 2024-03-01) is stored
    assert not kb.is_exact("刑法", "2023-01-01") and kb.is_exact("刑法", "2024-06-01")
    assert kb.version_in_force("刑法", "2023-01-01", strict=True) is None
    assert kb.article_exists("刑法", 338, "2023-01-01") is True
    assert kb.article_exists("刑法", 453, "2023-01-01") is None  # unknown, not "does not exist"


def test_fine_clauses_of_administrative_regulations_are_well_formed(kb):
    laws = [law for law in kb.laws.values() if law.category == "行政法规"]
    clauses = [c for law in laws for v in law.versions[-1:] for a in kb._version_articles(v).values() for c in a.fines]
    assert len(clauses) > 1500
    for clause in clauses:
        assert clause.kind in {"fixed", "multiple"}
        low, high = ((clause.min_amount, clause.max_amount) if clause.kind == "fixed"
                     else (clause.min_multiple, clause.max_multiple))
        assert low is not None or high is not None
        assert low is None or high is None or low <= high, clause.text
    clauses = [c for c in clauses if c.per_unit is None]
    open_min = [c for c in clauses if c.kind == "fixed" and c.min_amount is None]
    assert open_min and all(c.allowed_range()[0] == 0 and c.max_amount for c in open_min)
    assert all(c.allowed_range()[1] == math.inf for c in clauses if c.kind == "fixed" and c.max_amount is None)


def test_paragraph_referring_to_another_uses_its_fines(kb):
    # 第一百二十四条第二款: 依照前款规定给予处罚
    clauses = kb.fine_clauses("食品安全法", 124, "2023-06-01", paragraph=2)
    assert {c.kind for c in clauses} == {"fixed", "multiple"}
    # 第一百二十九条: 依照本法第一百二十四条的规定给予处罚
    referred = kb.fine_clauses("食品安全法", 129, "2023-06-01", paragraph=1)
    assert any(c.kind == "multiple" and c.min_multiple == 10 for c in referred)


def test_repealed_law_has_no_version_in_force(kb):
    old = kb.resolve_law("《中华人民共和国环境噪声污染防治法》")
    assert old.replaced_by == "噪声污染防治法" and kb.resolve_law(old.replaced_by) is not None
    assert kb.law_in_force(old.id, "2021-06-01") is True
    assert kb.law_in_force(old.id, "2022-06-05") is False
    assert kb.article_exists(old.id, 1, "2023-01-01") is None
    assert kb.law_in_force("不存在的法", "2023-01-01") is None


def test_fines_set_in_a_later_paragraph_for_items_of_the_first(kb):
    # 固体废物污染环境防治法 第一百一十二条: 第一款 lists the acts, 第二款 sets the fines per item
    clauses = kb.fine_clauses("固体废物污染环境防治法", 112, "2023-06-01", paragraph=1, item=3)
    assert [c.kind for c in clauses] == ["multiple"] and clauses[0].min_multiple == 3
    fixed = kb.fine_clauses("固体废物污染环境防治法", 112, "2023-06-01", paragraph=1, item=1)
    assert [(c.min_amount, c.max_amount) for c in fixed] == [(100000, 1000000)]


def test_parse_citation_and_penalty_articles(kb):
    law, ref = kb.parse_citation("依据《中华人民共和国食品安全法》第一百二十四条第一款第（三）项的规定")
    assert law.id == "食品安全法" and (ref.article, ref.paragraph, ref.item) == (124, 1, 3)
    assert kb.parse_citation("第十条")[0] is None
    penalties = kb.penalty_articles("食品安全法", "2023-06-01")
    assert 124 in {a.number for a in penalties} and all(a.fines for a in penalties)
    numbers = [a.number for a in kb.articles("食品安全法", "2023-06-01")]
    assert numbers == sorted(numbers) and numbers[0] == 1


def test_every_version_is_dated_and_cited(kb):
    for law in kb.laws.values():
        assert law.title and law.versions
        for version in law.versions:
            assert version.source_files
            assert version.effective_from >= version.date, (law.id, version)
