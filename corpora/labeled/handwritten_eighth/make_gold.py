"""Lead labels for the eighth hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``heNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of city and county agencies in 广东, 四川,
陕西, 青海, 辽宁 and 上海 (all names, numbers, codes and addresses invented; credit codes carry valid
GB 32100-2015 check digits, identity numbers valid GB 11643 check digits). The weight is on criminal
transfer written the many ways clerks write it: totals over several batches the reader must add
(he09, he11, he15, he16, he20), figures the reader must multiply or convert (he07 平方米→亩, he14
立方米×单价, he18 月工资×月数, he19 公斤×单价), amounts in 大写, the protected status or land kind in
another sentence than the figure (he07, he10, he21), and a wrong-measure figure beside the right one.
Labels come from the law only: criminal thresholds from corpora/knowledge/thresholds.yaml, hearing
figures from corpora/knowledge/hearing.yaml, fine ranges and article existence from the statute text
in force on the decision date. Each row's ``meta.reason`` gives the one-line legal reason.
Conventions are those of ``handwritten_fifth/make_gold.py``.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_eighth/make_gold.py``.
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
CREATED = "2026-11-22T14:00:00+00:00"
VERSION = "handwritten-eighth/1"

SPLIT, REPEAT = "split-he-nanchong-cigarettes", "repeat-he-shunde-netcafe"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}
UNDER = {"scenario": "under", "near_miss": True}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("he01_food_safety.txt", "food_safety",
        "压片糖果检出西地那非（《保健食品中可能非法添加的物质名单》所列，法释〔2021〕24号第九条视为有毒、有害的非食品"
        "原料），刑法第144条行为犯；罚12万在食品安全法第123条货值不足1万10万-15万内；只罚款未移送",
        [trigger("food-144-toxic/1", "检出西地那非"), fined_only("并处罚款人民币壹拾贰万元")], QUAL),
    Doc("he02_drugs.txt", "drugs",
        "以非药品冒充药品（药品管理法第98条第二款第（二）项）即假药，销售假药为刑法第141条行为犯；罚150万为第116条"
        "货值不足10万按10万计的15倍下限，已听证；只罚款未移送",
        [trigger("drug-141-counterfeit/1", "涉案产品应认定为假药"), fined_only("并处罚款人民币壹佰伍拾万元")], QUAL),
    Doc("he03_work_safety.txt", "work_safety",
        "擅自关闭危化品仓库可燃有毒气体报警系统19日，现场浓度达爆炸下限27%，有重大伤亡的现实危险（刑法第134条之一"
        "第（一）项危险作业罪）；罚4.5万在安全生产法第99条五万元以下内，已告知听证；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/1", "擅自将甲类仓库可燃有毒气体检测报警系统主机关闭"),
         fined_only("罚款人民币肆万伍仟元整")], QUAL),
    Doc("he04_environment.txt", "environment",
        "通过私设暗管排放含镍电镀废水（有毒物质），法释〔2023〕7号第一条第（四）项，无数量要求（总镍超标2.72倍<10倍"
        "不是唯一口径）；罚45万在水污染防治法第83条10万-100万内；只罚款未移送",
        [trigger("env-338-pollution/9", "私设的DN50塑料暗管"), fined_only("罚款人民币肆拾伍万元整")], QUAL),
    Doc("he05_environment.txt", "environment",
        "重点排污单位篡改化学需氧量自动监测仪量程和斜率、逃避监管排放（法释〔2023〕7号第一条第（七）项，刑法第338条）；"
        "罚60万在水污染防治法第83条10万-100万内，已听证；只罚款未移送",
        [trigger("env-338-pollution/10", "将测量量程由0-500mg/L修改为0-100mg/L"), fined_only("罚款人民币陆拾万元")],
        QUAL),
    Doc("he06_environment.txt", "environment",
        "含铬废水总铬5.36mg/L、限值1.0mg/L，超标4.36倍≥3倍（六价铬更高），法释〔2023〕7号第一条第（三）项，刑法第338条；"
        "罚38万在水污染防治法第83条10万-100万内；只罚款未移送",
        [threshold("env-338-pollution/2", "总铬浓度最高达到排放限值的5.36倍", 4.36),
         fined_only("处罚款人民币叁拾捌万元")], OVER),
    Doc("he07_forestry.txt", "forestry",
        "占用并毁坏国家二级公益林地（级别在另一句）4120平方米=6.18亩≥5亩（法释〔2023〕8号第一条，刑法第342条）；"
        "罚为恢复费用2倍在森林法第73条三倍以下内；只罚款未移送",
        [threshold("land-342-forest/1", "被推平、占用的林地面积为4120平方米", 6.18),
         fined_only("计人民币壹拾贰万叁仟陆佰元整")], OVER),
    Doc("he08_forestry.txt", "forestry",
        "盗伐集体林木立木蓄积6.42立方米≥5立方米（法释〔2023〕8号，刑法第345条第一款）；出材量3.9立方米、株数57"
        "不是唯一口径；罚5倍在森林法第76条第一款5-10倍内；只罚款未移送",
        [threshold("forest-345-1-theft/1", "折合立木蓄积6.42立方米", 6.42),
         fined_only("计人民币肆万壹仟柒佰叁拾元整")], OVER),
    Doc("he09_fishery.txt", "fishery",
        "黄渤海伏季休渔期海洋拖网三次渔获4,260+3,870+2,950=11,080公斤≥1万公斤（法释〔2016〕17号第四条，刑法第340条）；"
        "罚3.5万在渔业法第38条五万元以下内；只罚款未移送",
        [threshold("fishery-340-marine/1", "渔获物杂鱼、梭子蟹等4,260公斤", 11080.0),
         fined_only("罚款人民币叁万伍仟元")], OVER),
    Doc("he10_wildlife.txt", "wildlife",
        "以食用为目的收购\"三有\"陆生野生动物（名录身份在另一句），价值13,500元≥1万元（法释〔2022〕12号，刑法第341条"
        "第三款）；罚3倍在野生动物保护法（2022）第53条2-20倍内；只罚款未移送",
        [threshold("wildlife-341-3-terrestrial-food/1", "价值合计为人民币壹万叁仟伍佰元", 13500.0),
         fined_only("计人民币肆万零伍佰元")], OVER),
    Doc("he11_tobacco.txt", "tobacco",
        "销售假冒卷烟三批，销售金额21,600+18,450+15,300=55,350元≥5万元（法释〔2010〕7号第一条，刑法第140条）；库存货值"
        "10,982元另计；罚30%在烟草专卖法实施条例第58条20%-50%内；只罚款未移送",
        [threshold("tobacco-140-fake-cigarettes/1", "第一批，2024年11月购进后售出，销售金额21,600元", 55350.0),
         fined_only("计人民币壹万陆仟陆佰零伍元")], OVER),
    Doc("he12_tax.txt", "tax",
        "隐匿收入少缴增值税279,084元、企业所得税91,530元，合计370,614元≥10万且占36.2%≥10%（2023年度事实，"
        "适用当时的立案追诉标准（一）第五十二条，刑法第201条）；经处理决定限期追缴逾期未缴，不适用第201条第四款；"
        "罚60%在征管法第63条50%-5倍内；只罚款未移送",
        [threshold("tax-201-evasion@2022/1", "造成你公司2023年度少缴增值税279,084元", 370614.0),
         fined_only("计222,368.40元")], OVER),
    Doc("he13_customs.txt", "customs",
        "旅客无申报携带手表、手提包、金饰品，漏缴税款362,800元（大写）≥10万元（法释〔2014〕10号第十六条，刑法第153条）；"
        "罚5万在海关行政处罚实施条例第9条第一款第（三）项3倍以下内；只没收罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "漏缴税款共计人民币叁拾陆万贰仟捌佰元整", 362800.0),
         fined_only("并处罚款人民币伍万元整")], OVER),
    Doc("he14_mining.txt", "mining",
        "无证采河砂8,560立方米×40元=342,400元≥10万元（省定10万-30万，任一均过；法释〔2016〕25号第三条，刑法第343条）；"
        "违法所得不是计量口径；罚30%在矿产资源法实施细则第42条50%以下内；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "开采砂石量为8,560立方米", 342400.0),
         fined_only("计人民币30,840元")], OVER),
    Doc("he15_intellectual_property.txt", "intellectual_property",
        "在同种商品上使用相同注册商标生产口罩，已销售23,800元+库存货值31,600元=非法经营数额55,400元≥5万元（刑法第213条）；"
        "罚2倍在商标法第60条五倍以下内，已听证；只罚款未移送",
        [threshold("ip-213-counterfeit-trademark/1", "已销售部分价值为23,800元", 55400.0),
         fined_only("计人民币壹拾壹万零捌佰元")], OVER),
    Doc("he16_culture_tourism.txt", "culture_tourism",
        "未经许可复制发行图书380+445+267+168=1,260册≥500册（法释〔2007〕6号第一条，刑法第217条）；违法所得29,736元<3万"
        "不是唯一口径；罚12万在著作权法第53条违法经营额1-5倍内，已听证；只罚款未移送",
        [threshold("ip-217-218-copyright/3", "3月印制上述五种图书380册", 1260.0), fined_only("罚款人民币壹拾贰万元")],
        OVER),
    Doc("he17_agriculture.txt", "agriculture",
        "销售假农药致柑橘减产，直接经济损失42,600元≥2万元（立案追诉标准（一）第二十三条，刑法第147条）；罚3万在农药管理"
        "条例第55条货值不足1万5000-5万内；只罚款未移送",
        [threshold("product-147-agri-inputs/1", "受害种植户直接经济损失共计人民币肆万贰仟陆佰元", 42600.0),
         fined_only("处罚款人民币叁万元")], OVER),
    Doc("he18_other.txt", "other",
        "拖欠一名劳动者四个月工资6,200×4=24,800元（超过各省5000-2万元的最高档），经责令支付和处理决定仍不支付且有能力"
        "支付（法释〔2013〕3号第三、四条，刑法第276条之一）；罚1.5万在劳动保障监察条例第30条内；只罚款未移送",
        [threshold("labor-276-1-wage-refusal/1", "拖欠郑某某2024年9月至12月共四个月工资", 24800.0),
         fined_only("罚款人民币壹万伍仟元整")], OVER),
    Doc("he19_agriculture.txt", "agriculture",
        "疫点内应扑杀生猪被运出出售，(2,204+1,508)公斤×14元=51,968元≥2万元（立案追诉标准（一）第九条，刑法第337条）；"
        "罚15倍在动物防疫法第97条15-30倍内；只罚款未移送",
        [threshold("health-337-quarantine/3", "两车生猪毛重分别为2,204公斤和1,508公斤", 51968.0),
         fined_only("计人民币柒拾柒万玖仟伍佰贰拾元")], OVER),
    Doc("he20_public_security.txt", "public_security",
        "三次出售客户个人信息2,100+1,880+1,460=5,440条≥5000条（法释〔2017〕10号第五条第一款第（五）项，刑法第253条之一）；"
        "违法所得2,720元<5000元不是唯一口径；罚10倍在网络安全法第64条第二款内；只罚款未移送",
        [threshold("pi-253-1-personal-information/3", "出售2,100条", 5440.0), fined_only("计人民币贰万柒仟贰佰元")],
        OVER),
    Doc("he21_culture_tourism.txt", "culture_tourism",
        "以牟利为目的收购后出售出土文物（国家所有），鉴定为国家三级文物（级别在另一句），法释〔2015〕23号第六条倒卖三级"
        "文物即情节严重（刑法第326条）；罚2倍在文物保护法（2024）第88条2-10倍内；只罚没未移送",
        [threshold("relics-326-328-trafficking-tomb-robbing/1", "该件文物定级为国家三级文物", 1.0),
         fined_only("计人民币叁万陆仟元")], OVER),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("he22_environment.txt", "environment",
        "一般工业固废1,640吨倾倒于河道，责令清理后两次复查仍堆存、渗滤液入河、鱼虾死亡（生态环境和资源保护领域）；"
        "罚1倍处置费在固废法第102条第（七）项1-3倍内",
        [pil("ecology_resources", "其余仍堆存于河道管理范围内")], {"scenario": "pil", "continuing_harm": True}),
    Doc("he23_land.txt", "land",
        "国有建设用地出让价款余款4,218万元三次催缴仍未缴，未取得土地使用权即开工（国有土地使用权出让领域）；每平方米"
        "100元在土地管理法实施条例第57条内，已听证",
        [pil("state_land_transfer", "余款4,218万元经本局于2024年3月、2024年9月、2025年1月三次书面催缴，至今未缴纳")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("he24_food_safety.txt", "food_safety",
        "承包小学食堂、2,300名学生，责令改正后两次复查仍使用过期原料（食品药品安全领域，未成年人）；罚6万在食品安全法"
        "第124条货值不足1万5万-10万内",
        [pil("food_drug_safety", "在姜谭路小学食堂内仍存放并使用超过保质期的")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("he25_work_safety.txt", "work_safety",
        "住宅楼底层餐馆液化气事故隐患（未认定为重大隐患，不涉刑法第134条之一），责令整改后两次复查仍未消除、"
        "继续营业（安全生产领域，楼上48户）；罚4.5万在"
        "安全生产法第102条五万元以下内，已告知听证",
        [pil("work_safety", "隐患仍未消除")], {"scenario": "pil", "continuing_harm": True}),
    Doc("he26_public_security.txt", "public_security",
        "App不提供撤回同意途径、注销用户人脸（敏感个人信息）不删除，责令改正后两次复测仍未删除且新增（个人信息保护领域，"
        "不特定多数人）；经单独同意收集，不是刑法第253条之一的非法获取；罚50万在个人信息保护法第66条第一款一百万以下内",
        [pil("personal_information", "已注销用户的人脸图像仍未删除")], {"scenario": "pil", "continuing_harm": True}),
    Doc("he27_culture_tourism.txt", "culture_tourism",
        "全国重点文物保护单位明长城保护范围内取土，责令回填后两次复查仍未回填、墙基冲刷有坍塌风险（文物和文化遗产保护"
        "领域）；墙体未损毁，不涉刑法第324条；只警告在文物保护法（2024）第83条内",
        [pil("cultural_relics", "三处取土坑仍然敞露")], {"scenario": "pil", "continuing_harm": True}),
    Doc("he28_forestry.txt", "forestry",
        "开垦青海湖流域天然草原0.81公顷=12.15亩<20亩（不达刑法第342条），责令恢复植被逾期未补播、沙化扩大（生态环境和"
        "资源保护领域）；罚2倍违法所得在草原法第66条1-5倍内",
        [pil("ecology_resources", "已出现风蚀沙化斑块")], {"scenario": "pil", "continuing_harm": True}),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("he29_transport.txt", "transport",
                 "无道路运输许可从事普通货运，无违法所得，道路运输条例（2023）第63条第（一）项罚3000-1万、情节严重1万-5万；"
                 "罚6万超出上限",
                 "并处罚款人民币陆万元整"),
    out_of_range("he30_water.txt", "water",
                 "未经批准擅自取水，水法第69条罚2万-10万；罚1.5万低于下限，且决定书明确不认定从轻、减轻情节",
                 "并处罚款人民币壹万伍仟元"),
    no_hearing("he31_tax.txt", "tax",
               "税务机关对个人罚款3,000元≥2,000元（hearing.yaml税务个人二千元），只告知陈述、申辩，未告知听证；罚款在征管法"
               "第60条情节严重2000-1万内",
               "对你处以叁仟元罚款"),
    no_hearing("he32_work_safety.txt", "work_safety",
               "应急管理对单位罚款4万元≥3万元（hearing.yaml安全生产单位三万元），只告知陈述、申辩，未告知听证；罚款在安全"
               "生产法第97条十万元以下内",
               "决定给予罚款人民币肆万元整的行政处罚"),
    Doc("he33_environment.txt", "environment",
        "水污染防治法（2017修正）共103条，引用的第一百零八条不存在（超标排放罚则为第83条第（二）项，10万-100万，12万在内），"
        "已告知听证",
        [irregular("nonexistent_article", "《中华人民共和国水污染防治法》第一百零八条第（二）项")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("he34_health.txt", "health",
        "2024年7月8日立案、2025年3月11日决定，历时246日，超过行政处罚法第60条九十日，文书未记载延期或中止；罚款"
        "在公共场所卫生管理条例第14条及其细则内",
        [irregular("time_limit", "本机关于2024年7月8日对你店涉嫌未取得公共场所卫生许可证擅自营业一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("he35_forestry.txt", "forestry",
        "盗伐立木蓄积4.6立方米<5立方米、43株<200株、价值6,100元<2万元（法释〔2023〕8号），不达刑法第345条；"
        "罚5倍在森林法第76条内",
        flags=UNDER),
    Doc("he36_tax.txt", "tax",
        "逃税14.2万元且占18%，但首次被税务处理、已补缴税款滞纳金并表示接受处罚，依刑法第201条第四款不予追究；罚50%在"
        "征管法第63条内，已告知听证",
        flags={"scenario": "tax_paid", "near_miss": True}),
    Doc("he37_mining.txt", "mining",
        "非法采河砂价值54万元≥10万元，但已移送公安机关并立案侦查，不是隐匿的移送线索；罚款待刑事程序终结",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("he38_tobacco.txt", "tobacco",
        "销售假冒卷烟62,300元≥5万元，已移送公安，公安以不能证明明知为由不予立案并退回；罚40%在烟草专卖法实施条例"
        "第58条内，已告知听证",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("he39_agriculture.txt", "agriculture",
        "快检莱克多巴胺疑似阳性，但确证检测克伦特罗、莱克多巴胺、沙丁胺醇均未检出，无有毒有害物质；未附检疫证明罚货值5%"
        "在动物防疫法第100条一倍以下内",
        flags={"scenario": "not_detected", "near_miss": True}),
    Doc("he40_environment.txt", "environment",
        "罐车侧翻柴油入河的一般水污染事故，损失18.5万<30万，已清理、三次监测达标、植被补植，无持续损害；罚20%损失在"
        "水污染防治法第94条内，已告知听证",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("he41_intellectual_property.txt", "intellectual_property",
        "零售商销售侵权鞋服：销售金额46,200<5万、违法所得约15,400<3万、已售加未售合计77,200<15万，均不达刑法第214条；"
        "违法经营额77,200元和罚款23.16万（数字大于5万但不是计量口径）；罚3倍在商标法第60条内，已听证",
        flags=UNDER),
    Doc("he42_fishery.txt", "fishery",
        "珠江禁渔期以合规单层刺网捕捞412公斤<500公斤、价值6,180元<1万元，非种质资源保护区、无禁用方法（法释〔2022〕12号"
        "第三条）；两人罚款在渔业法第38条内",
        flags=UNDER),
    Doc("he43_land.txt", "land",
        "占用耕地3,180平方米=4.77亩，其中永久基本农田2,650平方米=3.97亩<5亩、合计也<5亩（法释〔2000〕14号第三条）；"
        "罚每平方米800-1000元在实施条例第57条内，已听证",
        flags=UNDER),
    Doc("he44_wildlife.txt", "wildlife",
        "为食用收购\"三有\"野生动物，价值8,600元<1万元（法释〔2022〕12号），不达刑法第341条第三款；罚2倍在野生动物"
        "保护法第53条内",
        flags=UNDER),
    Doc("he45_environment.txt", "environment",
        "总镉0.28mg/L、限值0.1mg/L，超标1.8倍（为限值2.8倍）<3倍（法释〔2023〕7号第一条第（三）项），当日停排、复测达标、"
        "无前科；罚22万在水污染防治法第83条内，已告知听证",
        flags=UNDER),
    Doc("he46_market.txt", "market",
        "不予行政处罚决定书：海报使用绝对化用语，初次违法、危害轻微并及时改正（行政处罚法第33条第一款）",
        flags={"scenario": "no_penalty"}),
    Doc("he47_transport.txt", "transport",
        "简易程序：出租车不按规定使用计价器罚款200元，无刑事、公益或程序问题",
        flags={"scenario": "ordinary"}),
]

GROUPS = [
    # ── repeat offender: the same credit code punished again eleven months later ──
    Doc("he48_culture_tourism.txt", "culture_tourism",
        "网吧接纳未成年人，首次处罚，警告并罚5000元在互联网上网服务营业场所管理条例第31条15000元以下内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("he49_culture_tourism.txt", "culture_tourism",
        "同一统一社会信用代码的单位在2024年5月8日处罚后约十一个月再次接纳未成年人，二年内再犯；罚1.2万在第31条内",
        [repeat("佛山市顺德区极速空间网络科技有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
    # ── 化整为零: one person's two unlicensed cigarette shops cut into two decisions the same day ──
    *[Doc(name, "tobacco",
          "同一人（同一身份证号）两店无烟草专卖零售许可证经营卷烟，同日拆成两案；违法经营总额28,600+24,100=52,700元"
          "≥5万元（法释〔2010〕7号第一条第五款、第三条，刑法第225条）；每案罚20%在烟草专卖法实施条例第57条内",
          [split("tobacco-225-illegal-business/1", quote, 52700.0, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("he50_tobacco.txt", "当事人在该店的违法经营总额为人民币28,600元"),
                          ("he51_tobacco.txt", "该店违法经营总额为人民币24,100元"))],
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
