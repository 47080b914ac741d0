"""Which figure a numeric standard is measured on, read through the whole screening pipeline:
a heavy metal's own exceedance ratio (法释〔2023〕7号第一条第（三）、（四）项), stated as 超标…倍 or as
为限值的…倍, and a part of a total (共占用土地…其中耕地…, 法释〔2000〕14号第三条)."""

from __future__ import annotations

import pytest

from tests.scoring.test_rules_offence import analyse

PLATING = """澄江市生态环境局
行政处罚决定书
澄环罚〔2025〕31号
当事人：澄江市恒锐表面处理有限公司
统一社会信用代码：91530481MA6P2Q8X1L
2025年4月9日，我局执法人员对你公司总排放口废水采样，经玉溪市生态环境监测站监测：{results}
你公司的上述行为违反了《中华人民共和国水污染防治法》第十条的规定。
依据《中华人民共和国水污染防治法》第八十三条第二项的规定，我局决定对你公司处罚款人民币叁拾贰万元整。
澄江市生态环境局
2025年5月20日
"""


def pollution(results: str) -> set[str]:
    record = analyse(PLATING.format(results=results))
    return {f.threshold_item for f in record.findings if f.rule == "threshold.numeric.v1"}


@pytest.mark.parametrize("results", [
    "总铅浓度为1.96mg/L，超过《电镀污染物排放标准》规定的排放限值（0.2mg/L），超过排放标准8.8倍。",
    "总镉浓度为0.62mg/L，为排放限值（0.05mg/L）的12.4倍；化学需氧量未超标。",
    "六价铬浓度0.9mg/L，超标4.5倍。",
    # no ratio stated: computed from the concentrations, 1.15 / 0.2 − 1 = 4.75
    "总铅浓度为1.15mg/L，《电镀污染物排放标准》表2规定的排放限值为0.2mg/L。",
])
def test_a_listed_heavy_metal_over_three_times_its_limit_reaches_the_standard(results):
    assert "env-338-pollution/2" in pollution(results)


@pytest.mark.parametrize("results", [
    # the ratio belongs to the pollutant named last before it: 化学需氧量 is no heavy metal
    "总铅未检出；化学需氧量浓度为960mg/L，超过排放限值（80mg/L）11倍。",
    # 为限值的3.6倍 is an exceedance of 2.6倍, under 三倍 (the conservative reading)
    "总铅浓度为0.72mg/L，为排放限值（0.2mg/L）的3.6倍。",
    "总铅浓度为0.78mg/L（排放限值0.2mg/L）；总铬未检出。",
])
def test_other_pollutants_and_low_ratios_do_not_reach_the_lead_standard(results):
    assert not pollution(results)


def test_the_chromium_ratio_is_read_as_chromiums():
    """Each ratio belongs to the pollutant named last before it, not the lead named earlier."""
    record = analyse(PLATING.format(results="总铅浓度为0.31mg/L，超标0.55倍；总铬浓度为2.1mg/L，超过排放限值（0.5mg/L）3.2倍。"))
    found = [f for f in record.findings if f.rule == "threshold.numeric.v1"]
    assert [f.observed for f in found] == [3.2]
    assert "铬" in found[0].explanation


def test_nickel_needs_ten_times_not_three():
    assert not pollution("总镍浓度为3.6mg/L，超过排放限值（0.5mg/L）6.2倍。")
    assert "env-338-pollution/3" in pollution("总镍浓度为6.1mg/L，超过排放限值（0.5mg/L）11.2倍。")


LAND = """庐江县自然资源和规划局
行政处罚决定书
庐自然资罚〔2025〕8号
当事人：庐江县丰禾农业发展有限公司
统一社会信用代码：91340124MA8N3K5T2W
经查，当事人于2024年10月未经批准擅自占用庐城镇新塘村集体土地建设仓储堆场，经实地勘测，{area}
当事人的行为违反了《中华人民共和国土地管理法》第四十四条第一款的规定。
依据《中华人民共和国土地管理法》第七十七条第一款、《中华人民共和国土地管理法实施条例》第五十八条的规定，决定：
一、责令退还非法占用的土地，限期拆除新建的建筑物和其他设施，恢复土地原状；
二、按每平方米50元处以罚款，计人民币{fine}元。
庐江县自然资源和规划局
2025年1月16日
"""


def land(area: str, fine: str) -> set[str]:
    record = analyse(LAND.format(area=area, fine=fine))
    return {(f.threshold_id or "").split("@")[0] for f in record.findings if f.kind == "criminal_transfer"}


def test_a_total_broken_down_counts_only_its_cultivated_part():
    part = ("共占用土地8,400平方米（折合12.6亩），其中耕地5,800平方米（折合8.7亩），其余2,600平方米为原村办厂房"
            "建设用地。")
    assert "land-342-cultivated" not in land(part, "420000")
    over = part.replace("耕地5,800平方米（折合8.7亩）", "耕地7,200平方米（折合10.8亩）").replace("其余2,600", "其余1,200")
    assert "land-342-cultivated" in land(over, "420000")
