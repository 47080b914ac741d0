"""Lead labels for the fifth hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``hfNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of city and county agencies in 广西, 云南,
甘肃, 宁夏 and 山东 (all names, numbers, codes and addresses invented; credit codes carry valid
GB 32100-2015 check digits, identity numbers valid GB 11643 check digits). The set puts weight on
criminal transfer, with the facts written the many ways clerks write them (违法经营额, 货值, 销售收入,
涉案金额; 吨, 公顷, 立方米, 株, 条, 只; the protected status or land kind in another sentence than the
figure; 大写 amounts; several parties). Labels come from the law only: criminal thresholds from
corpora/knowledge/thresholds.yaml, hearing figures from corpora/knowledge/hearing.yaml, fine ranges
and article existence from the statute text in force on the decision date. Each row's
``meta.reason`` gives the one-line legal reason. Conventions are those of
``handwritten_fourth/make_gold.py``.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_fifth/make_gold.py``.
"""

from __future__ import annotations

from pathlib import Path

from corpora.labeled import lead_gold
from corpora.labeled.lead_gold import (
    Doc,
    fined_only,
    irregular,
    no_hearing,
    out_of_range,
    pil,
    repeat,
    split,
    threshold,
    trigger,
)

HERE = Path(__file__).resolve().parent
CREATED = "2026-11-22T12:50:00+00:00"
VERSION = "handwritten-fifth/1"

SPLIT, REPEAT = "split-hf-taian-liquor", "repeat-hf-zibo-vocs"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("hf01_food_safety.txt", "food_safety",
        "卤水中加罂粟壳，检出吗啡等（非食用物质），刑法第144条行为犯无金额门槛；罚10万在食品安全法第123条货值不足1万"
        "10万-15万内；只罚款未移送",
        [trigger("food-144-toxic/1", "两份样品均检出吗啡、可待因、罂粟碱成分"), fined_only("二、罚款人民币壹拾万元整")],
        QUAL),
    Doc("hf02_drugs.txt", "drugs",
        "成分与标示不符，依药品管理法第98条第二款第（一）项为假药，销售假药为刑法第141条行为犯；罚150万为第116条"
        "货值不足10万按10万计15倍下限；只罚款吊证未移送",
        [trigger("drug-141-counterfeit/1", "上述药品为假药"), fined_only("并处罚款人民币壹佰伍拾万元")], QUAL),
    Doc("hf03_drugs.txt", "drugs",
        "不符合标准的医用口罩（医用卫生材料），销售收入62,400元≥5万元（立案追诉标准（一）第二十一条，刑法第145条）；"
        "罚10倍在医疗器械监督管理条例第86条5-20倍内；只罚款未移送",
        [threshold("product-145-medical-devices/2", "销售收入陆万贰仟肆佰元", 62400.0),
         fined_only("计人民币陆拾贰万肆仟元整")], OVER),
    Doc("hf04_product_quality.txt", "product_quality",
        "以不合格化肥冒充合格，未销售货值183,540元≥15万元（刑法第140条未遂，立案追诉标准（一）第十六条）；销售金额"
        "2.1万<5万不是唯一口径；罚60%在产品质量法第50条50%-3倍内，已听证；只罚款未移送",
        [threshold("product-140-fake-inferior/2", "库存产品货值金额共计183,540元", 183540.0),
         fined_only("计人民币壹拾壹万零壹佰贰拾肆元整")], OVER),
    Doc("hf05_intellectual_property.txt", "intellectual_property",
        "销售假冒注册商标的白酒，销售金额71,280元≥5万元（法释〔2004〕19号第二条，刑法第214条）；罚3倍在商标法第60条"
        "五倍以下内；只罚款未移送",
        [threshold("ip-214-sell-counterfeit/2", "销售金额71,280元", 71280.0),
         fined_only("罚款人民币贰拾壹万叁仟捌佰肆拾元")], OVER),
    Doc("hf06_tobacco.txt", "tobacco",
        "无批发许可证批发卷烟，违法经营额83.6万元≥5万元（法释〔2010〕7号第三条，刑法第225条非法经营罪）；罚20%，依烟草专卖法第31条（该条未定罚款幅度）；"
        "只罚款未移送",
        [threshold("tobacco-225-illegal-business/1", "违法经营额为人民币捌拾叁万陆仟元", 836000.0),
         fined_only("计人民币壹拾陆万柒仟贰佰元")], OVER),
    Doc("hf07_environment.txt", "environment",
        "废矿物油（HW08危险废物，在另一句）4.6吨提供给无证个人≥3吨（法释〔2023〕7号第一条第（二）项，刑法第338条）；"
        "罚60万为固废法第112条第二款处置费用按20万计的3倍，在3-5倍内；只罚款未移送",
        [threshold("env-338-pollution/1", "合计4.6吨", 4.6), fined_only("计人民币陆拾万元")], OVER),
    Doc("hf08_land.txt", "land",
        "非法占用永久基本农田0.42公顷=6.3亩≥5亩，耕作层全部破坏（法释〔2000〕14号第三条，刑法第342条）；"
        "只罚款未移送",
        [threshold("land-342-cultivated/1", "被处罚人占用土地0.42公顷", 6.3),
         fined_only("计人民币贰拾壹万元整")], OVER),
    Doc("hf09_forestry.txt", "forestry",
        "开垦基本草原3.1公顷=46.5亩≥20亩，植被严重毁坏（法释〔2012〕15号第二条，刑法第342条）；只罚款未移送",
        [threshold("land-342-grassland/1", "开垦面积3.1公顷", 46.5), fined_only("并处罚款人民币叁万元")], OVER),
    Doc("hf10_mining.txt", "mining",
        "无证采煤，原煤价值13.2万元≥10万元（法释〔2016〕25号第三条第一款第（一）项，刑法第343条）；违法所得11.16万"
        "不是计量口径；罚30%在实施细则第42条50%以下内；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "所采原煤价值人民币壹拾叁万贰仟元", 132000.0),
         fined_only("并处违法所得百分之三十的罚款33,480元")], OVER),
    Doc("hf11_forestry.txt", "forestry",
        "超过采伐许可证数量和地点采伐，滥伐立木蓄积26.8立方米≥20立方米（法释〔2023〕8号第六条，刑法第345条第二款）；"
        "罚3倍在森林法第76条第二款3-5倍内；只罚款未移送",
        [threshold("forest-345-2-overcutting/1", "立木蓄积为26.8立方米", 26.8),
         fined_only("罚款计人民币伍万贰仟贰佰陆拾元")], OVER),
    Doc("hf12_wildlife.txt", "wildlife",
        "收购出售国家一、二级保护野生动物及制品（保护级别在另一句），价值36,150元≥2万元（法释〔2022〕12号第六条，"
        "刑法第341条第一款）；罚2倍在野生动物保护法第52条1-10倍内；只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "价值合计人民币36,150元", 36150.0),
         fined_only("计人民币柒万贰仟叁佰元整")], OVER),
    Doc("hf13_fishery.txt", "fishery",
        "黄河禁渔期禁渔区以电鱼和小网目地笼捕捞（在另一句），渔获物0.62吨=620千克≥500千克（法释〔2022〕12号第三条，"
        "刑法第340条）；二人各罚款在渔业法第38条内；只罚款未移送",
        [threshold("fishery-340-inland/1", "渔获物共计0.62吨", 620.0), fined_only("对当事人一罚款人民币捌仟元")],
        OVER),
    Doc("hf14_tax.txt", "tax",
        "无真实交易虚开增值税专用发票38份，税额157,100元≥10万元（法释〔2024〕4号第十一条，刑法第205条）；罚50万在"
        "发票管理办法第35条5万-50万内；只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "税额合计人民币壹拾伍万柒仟壹佰元", 157100.0),
         fined_only("并处罚款人民币伍拾万元")], OVER),
    Doc("hf15_other.txt", "other",
        "拖欠26名农民工工资41.6万元≥3万元，经责令限期支付逾期仍不支付且负责人失联（法释〔2013〕3号第三、四条，"
        "刑法第276条之一）；只作加付赔偿金处理未移送",
        [threshold("labor-276-1-wage-refusal/2", "工资合计人民币41.6万元", 416000.0),
         fined_only("计人民币贰拾万捌仟元")], OVER),
    Doc("hf16_health.txt", "health",
        "未取得医师资格非法行医，曾受两次卫生行政处罚仍行医（法释〔2016〕27号第二条第（五）项，刑法第336条）；罚3万在"
        "医师法第59条违法所得不足1万按1万计2-10倍内；只罚款未移送",
        [threshold("health-336-illegal-medical-practice/1", "被处罚人曾因未取得医师执业证书擅自执业", 2.0),
         fined_only("并处三倍罚款人民币叁万元")], OVER),
    Doc("hf17_public_security.txt", "public_security",
        "出售行踪轨迹信息63条≥50条（法释〔2017〕10号第五条第一款第（三）项，刑法第253条之一；性质在另一句）；"
        "违法所得3,150元<5000元不是唯一口径；罚5万在个人信息保护法第66条第一款一百万以下内；只罚款未移送",
        [threshold("pi-253-1-personal-information/1", "63条车辆实时位置记录", 63.0), fined_only("并处罚款人民币伍万元")],
        OVER),
    Doc("hf18_work_safety.txt", "work_safety",
        "煤矿重大事故隐患被责令停止作业后拒不执行仍组织31人采煤（刑法第134条之一第（二）项危险作业罪）；罚单位5万"
        "在安全生产法第102条五万元以下内、负责人5万在5万-10万内，已告知听证；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/2", "仍组织31名工人进入3号采区进行采煤作业"),
         fined_only("对该矿处罚款人民币伍万元")], QUAL),
    Doc("hf19_forestry.txt", "forestry",
        "采挖野生国家一级保护植物多歧苏铁3株≥1株（级别在另一句；刑法第344条，法释〔2020〕2号）；只没收未移送",
        [threshold("forest-344-protected-plants/1", "使用锄头采挖野生苏铁类植物3株", 3.0),
         fined_only("没收所采挖的多歧苏铁3株")], OVER),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("hf20_environment.txt", "environment",
        "尾矿库渗滤液入江，化学需氧量超标0.42倍（<3倍，非重金属），责令改正后两次复查仍外溢、下游停灌（生态环境和资源"
        "保护领域）；罚20万在水污染防治法第83条10万-100万内",
        [pil("ecology_resources", "渗滤液持续外溢")], {"scenario": "pil", "continuing_harm": True}),
    Doc("hf21_environment.txt", "environment",
        "洱海湖滨带核心保护区内违建并直排生活污水，限期拆除后复查仍未拆除、仍在排污（生态环境和资源保护领域）",
        [pil("ecology_resources", "上述建筑仍未拆除")], {"scenario": "pil", "continuing_harm": True}),
    Doc("hf22_land.txt", "land",
        "国有建设用地使用权出让价款6,736万元三次催缴仍未缴入国库、未办证即开工（国有土地使用权出让领域）；"
        "每平方米100元在实施条例第57条内，已听证",
        [pil("state_land_transfer", "尚欠国有建设用地使用权出让价款6,736万元未缴入国库")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("hf23_food_safety.txt", "food_safety",
        "学校门口销售不合格辣条，责令下架召回后两次复查仍向学生销售（食品药品安全领域，不特定多数未成年人）；未致"
        "严重食源性疾病不达刑法第143条；罚5万在食品安全法第124条货值不足1万5万-10万内",
        [pil("food_drug_safety", "当事人仍在店内向学生销售同一生产者、同一品名的辣条")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("hf24_culture_tourism.txt", "culture_tourism",
        "全国重点文物保护单位保护范围内擅自建设，责令停工拆除后复查仍未拆除、继续施工（文物和文化遗产保护领域）；"
        "未损毁文物本体不涉刑法第324条；已听证",
        [pil("cultural_relics", "未拆除任何部分")], {"scenario": "pil", "continuing_harm": True}),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("hf25_food_safety.txt", "food_safety",
                 "无证生产食品，货值6,380元不足1万元，食品安全法第122条第一款罚5万-10万；罚12万超出上限，无从重以外的依据",
                 "并处罚款人民币壹拾贰万元"),
    out_of_range("hf26_environment.txt", "environment",
                 "超标排放水污染物，水污染防治法第83条罚10万-100万；罚6万低于下限且未写明减轻处罚的法定情节",
                 "并处罚款人民币陆万元整"),
    no_hearing("hf27_market.txt", "market",
               "市场监管对个人罚款5万元≥1万元（hearing.yaml市场监管个人一万元，行政处罚法第63条），只告知陈述、申辩，"
               "未告知听证；罚款在食品安全法第122条5万-10万内",
               "并处罚款人民币伍万元"),
    no_hearing("hf28_public_security.txt", "public_security",
               "公安机关对个人罚款4,000元≥2,000元（公安机关办理行政案件程序规定第123条），只告知陈述、申辩，未告知听证；"
               "罚款在反电信网络诈骗法第44条二十万元以下内；未用于诈骗不涉刑法第287条之二",
               "并处罚款人民币肆仟元"),
    Doc("hf29_work_safety.txt", "work_safety",
        "安全生产法（2021修正）共119条，引用的第一百二十六条不存在（未教育培训的罚则为第97条第（三）项，十万元以下，"
        "5万元在内），已告知听证",
        [irregular("nonexistent_article", "《中华人民共和国安全生产法》第一百二十六条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("hf30_land.txt", "land",
        "2024年11月18日立案、2025年7月21日决定，历时245日，超过行政处罚法第60条九十日，文书未记载延期批准或中止；"
        "每平方米100元在实施条例第57条内，已听证",
        [irregular("time_limit", "本局于2024年11月18日对当事人涉嫌未经批准占用集体土地建设砂石料场一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("hf31_intellectual_property.txt", "intellectual_property",
        "销售侵权运动鞋，违法所得2.6万<3万、销售金额4.72万<5万、库存货值0.82万（合计未达15万），均不达刑法第214条；"
        "罚14.16万（数字大于门槛但不是计量口径）在商标法第60条内，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hf32_tax.txt", "tax",
        "逃税18.6万元且占21.7%，但首次被税务处理、已补缴税款滞纳金并接受处罚，依刑法第201条第四款不予追究；罚50%在"
        "征管法第63条内，已告知听证",
        flags={"scenario": "tax_paid", "near_miss": True}),
    Doc("hf33_forestry.txt", "forestry",
        "毁林开垦公益林地8.2亩≥5亩，但已移送公安机关并立案侦查，不是隐匿的移送线索；罚款待刑事程序终结",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("hf34_fishery.txt", "fishery",
        "禁渔期禁渔区捕捞渔获560公斤，已移送公安机关，公安以在禁渔区捕获数量无法查清不予立案并退回；罚3万在渔业法第38条内，"
        "已告知听证",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("hf35_food_safety.txt", "food_safety",
        "举报添加罂粟壳但三批次均未检出，无有毒有害物质；生熟混放拒不改正罚5千在食品安全法第126条5千-5万内",
        flags={"scenario": "not_detected", "near_miss": True}),
    Doc("hf36_environment.txt", "environment",
        "含铅废水超标1.54倍（<3倍，法释〔2023〕7号），当日停排，底泥清挖，两次复查达标、损害已修复，无持续损害；罚40万"
        "在水污染防治法第83条内，已告知听证",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("hf37_environment.txt", "environment",
        "危险废物交无证个人约2.8吨<3吨且无敏感区域等加重情节（法释〔2023〕7号第一条第（二）项）；罚60万为固废法第112条"
        "第二款处置费用按20万计的3倍，已举行听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hf38_other.txt", "other",
        "拖欠14人工资6.3万元，但在责令限期内足额支付，不是刑法第276条之一的经责令支付仍不支付；超时加班罚每人200元在"
        "劳动保障监察条例第25条100-500元内",
        flags={"scenario": "remedied", "near_miss": True}),
    Doc("hf39_public_security.txt", "public_security",
        "出售一般个人信息4,860条<5000条、违法所得3,200元<5000元，不含敏感或重要信息（法释〔2017〕10号第五条）；罚3万"
        "在个人信息保护法第66条内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hf40_forestry.txt", "forestry",
        "开垦天然草原1.2公顷=18亩<20亩（法释〔2012〕15号第二条），不达刑法第342条；罚1.5万在草原法第66条内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hf41_market.txt", "market",
        "不予行政处罚决定书：门牌变更未及时登记，初次违法危害轻微并已改正（行政处罚法第33条第一款）",
        flags={"scenario": "no_penalty"}),
]

GROUPS = [
    # ── 化整为零: one shop owner's three branches selling counterfeit 茅台, cut into three decisions the same day ──
    *[Doc(name, "intellectual_property",
          "同一经营者（同一信用代码）三门店销售假冒注册商标白酒，同日拆成三案；累计销售金额18,600+17,900+16,300="
          "52,800元≥5万元（法释〔2004〕19号第二条，刑法第214条）；每案罚2倍在商标法第60条内",
          [split("ip-214-sell-counterfeit/2", quote, 52800.0, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("hf42_intellectual_property.txt", "销售金额为人民币18,600元"),
                          ("hf43_intellectual_property.txt", "销售金额为人民币17,900元"),
                          ("hf44_intellectual_property.txt", "销售金额为人民币16,300元"))],
    # ── repeat offender: the same credit code punished again nine months later ──
    Doc("hf45_environment.txt", "environment",
        "挥发性有机物无组织排放，首次处罚，罚5万元在大气污染防治法第108条2万-20万内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("hf46_environment.txt", "environment",
        "同一统一社会信用代码的单位在2024年9月2日处罚后约九个月再犯同类违法，二年内再犯；罚8万元在第108条内",
        [repeat("淄博齐鲁润华化工有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
