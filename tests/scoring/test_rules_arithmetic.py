"""Figures the reader has to work out, read through the whole screening pipeline: parts listed
without a total are added (``parts``), a quantity and its unit price are multiplied (``priced``),
a plain-text table's money column is read as its header names it (``tables``). And the guards:
a stated total, a breakdown, another measure or a stated product wins; restatements count once."""

from __future__ import annotations

from tests.scoring.arithmetic_texts import FELLING, INVOICES, MINE, WAGES_TABLE, WIRES
from tests.scoring.test_rules_offence import analyse


def criminal(record) -> dict[str, float]:
    return {(f.threshold_id or "").split("@")[0]: f.observed for f in record.findings
            if f.kind == "criminal_transfer" and f.rule == "threshold.numeric.v1"}


def test_parts_listed_without_a_total_are_added():
    """法释〔2023〕8号: 盗伐 five cubic metres, counted over the fellings not yet punished."""
    found = criminal(analyse(FELLING.format(second="立木蓄积2.9立方米", third="")))
    assert found.get("forest-345-1-theft") == 6.1
    assert "forest-345-1-theft" not in criminal(analyse(FELLING.format(second="立木蓄积1.2立方米", third="")))


def test_a_stated_total_or_another_measure_is_not_added_again():
    total = criminal(analyse(FELLING.format(second="立木蓄积2.9立方米", third="，合计立木蓄积6.1立方米")))
    assert total.get("forest-345-1-theft") == 6.1  # not 12.2
    other = analyse(FELLING.format(second="出材量2.9立方米", third=""))
    assert "forest-345-1-theft" not in criminal(other)  # 3.2 of 立木蓄积 and 2.9 of 出材量 are two measures


def test_tax_of_batches_of_invoices_is_added():
    """法释〔2024〕4号第十一条: 虚开的税款数额十万元, one batch's 税额合计 followed by the next batch's 税额."""
    found = criminal(analyse(INVOICES.format(second="51,100")))
    assert found.get("tax-205-vat-invoice") == 113500
    assert "tax-205-vat-invoice" not in criminal(analyse(INVOICES.format(second="21,100")))


def test_a_quantity_at_its_unit_price_is_a_value():
    """法释〔2016〕25号第十三条: 矿产品价值 by what it sold for, 26800吨 × 14元."""
    found = criminal(analyse(MINE.format(tons="26800", note="")))
    assert found.get("mining-343-1-illegal") == 375200
    assert "mining-343-1-illegal" not in criminal(analyse(MINE.format(tons="6800", note="")))
    stated = analyse(MINE.format(tons="26800", note="，销售收入人民币95,000元"))
    assert "mining-343-1-illegal" not in criminal(stated)  # the decision gives the value itself


def test_a_selling_price_values_what_was_sold_and_fines_are_checked_on_it():
    record = analyse(WIRES.format(sold="1240"))
    assert criminal(record).get("product-140-fake-inferior")
    assert not [f for f in record.findings if f.rule == "irregularity.fine_range.v1"]  # 1× of 59,520+8,640


def test_a_text_table_is_read_by_its_column():
    """法释〔2013〕3号第三条: 拖欠…劳动报酬, the table's 金额（元） column under a caption naming the wages."""
    record = analyse(WAGES_TABLE.format(last="9,120"))
    assert criminal(record).get("labor-276-1-wage-refusal") == 7850 + 6920 + 8400 + 9120
    cells = [a for a in record.fields.amounts if a.producer == "extract.tables.v1"]
    assert len(cells) == 4 and all("金额" in (a.label or "") for a in cells)
    assert record.text[cells[0].start:cells[0].end] == "7,850"
