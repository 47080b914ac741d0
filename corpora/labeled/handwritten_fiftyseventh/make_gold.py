"""Lead labels for the fifty-seventh hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the other hand-written sets nor the screening code. Every decision ``kjNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of agencies in 陕西, 甘肃, 宁夏, 青海, 新疆 and
西藏 (all names, numbers, codes and addresses invented; credit codes carry valid GB 32100-2015 check
digits and valid GB 11714 organisation-code digits; identity numbers are masked). The set puts weight on
grassland (开垦, 非法占用 by 亩 and 公顷), wildlife (雪豹, 藏羚羊, 猎隼 by 件/只 × 价值), wild plants (发菜,
肉苁蓉 by 千克 × grade prices), mining (煤, 砂金, 砂石 valued by 鉴定), 林地, 危废, water pollution with
monitoring tables, 文物 (盗掘, 倒卖), customs at land ports (车次 tables, 低报), 税务 and 安全生产 (尾矿库).
Labels come from the law only: criminal thresholds from corpora/knowledge/thresholds.yaml, hearing
figures from corpora/knowledge/hearing.yaml, fine ranges and article existence from the statute text in
force on the decision date (corpora/knowledge/statutes). Each row's ``meta.reason`` gives the one-line
legal reason. Conventions are those of ``handwritten_fifth/make_gold.py``.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_fiftyseventh/make_gold.py``.
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
CREATED = "2026-11-22T22:40:00+00:00"
VERSION = "handwritten-fiftyseventh/1"

SPLIT, REPEAT = "split-kj-zhongwei-sand", "repeat-kj-yulin-coalyard"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("kj01_forestry.txt", "forestry",
        "开垦基本草原（天然牧草地，地类在另一段）2.1公顷=31.5亩≥20亩，植被全部破坏（法释〔2012〕15号第二条，刑法第342条，"
        "land-342-grassland/1）；无违法所得罚4.5万在草原法第66条五万元以下内；只罚款未移送",
        [threshold("land-342-grassland/1", "实测面积2.1公顷", 31.5), fined_only("并处罚款人民币肆万伍仟元整")], OVER),
    Doc("kj02_land.txt", "land",
        "非法占用荒漠草原建砂石场，三地块9.4+11.2+7.0=27.6亩≥20亩，植被大量毁坏、改变用途（法释〔2012〕15号第二条，"
        "land-342-grassland/1）；罚6倍在草原法第65条6-12倍内，已告知听证；只罚款未移送",
        [threshold("land-342-grassland/1", "2号        搅拌站及地磅房    11.2", 27.6),
         fined_only("计人民币叁万零贰佰肆拾元")], OVER),
    Doc("kj03_wildlife.txt", "wildlife",
        "收购待售国家一级雪豹皮1张、藏羚羊角4只、皮2张（级别在另一段），价值50,000+4×2,500+2×4,000=68,000元≥2万元"
        "（法释〔2022〕12号第六条，刑法第341条第一款，wildlife-341-1-endangered/1）；罚2倍在野生动物保护法（2022）第52条"
        "2-20倍内；只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "雪豹皮张1张，价值50,000元", 68000.0),
         fined_only("即人民币壹拾叁万陆仟元整")], OVER),
    Doc("kj04_wildlife.txt", "wildlife",
        "猎捕并出售国家一级猎隼3只，评估价值每只1.2万元，合计3.6万元≥2万元（约定售价2.4万元是另一口径；法释〔2022〕12号"
        "第六条，刑法第341条第一款）；罚7.2万为野生动物保护法（2022）第48条猎获物价值2倍，在2-20倍内；只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "涉案猎隼每只价值人民币壹万贰仟元", 36000.0),
         fined_only("三、并处罚款人民币柒万贰仟元")], OVER),
    Doc("kj05_forestry.txt", "forestry",
        "收购运输国家一级保护野生植物发菜（级别在末段）23.5千克×1,100元=25,850元≥2万元（法释〔2023〕8号，刑法第344条，"
        "forest-344-protected-plants/5）；罚违法所得5倍在野生植物保护条例第24条10倍以下内；只罚款未移送",
        [threshold("forest-344-protected-plants/5", "扣除包装袋后净重23.5千克", 25850.0),
         fined_only("计人民币壹万陆仟元整")], OVER),
    Doc("kj06_forestry.txt", "forestry",
        "无采集证采挖国家二级保护野生植物肉苁蓉310千克，分级价值120×110+190×70=26,500元≥2万元（法释〔2023〕8号，"
        "刑法第344条，forest-344-protected-plants/5；按株计亦远超2株）；罚违法所得1倍在条例第23条10倍以下内；只罚款未移送",
        [threshold("forest-344-protected-plants/5", "一等品（粗壮、无空心）120千克，当地收购价每千克110元", 26500.0),
         fined_only("并处违法所得一倍罚款计人民币壹万叁仟元整")], OVER),
    Doc("kj07_mining.txt", "mining",
        "无证露天采煤，鉴定原煤价值138.64万元≥10万元（法释〔2016〕25号第三条，刑法第343条第一款，mining-343-1-illegal/1）；"
        "违法所得42万是另一口径；罚30%在矿产资源法实施细则第42条50%以下内；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "所采原煤价值人民币壹佰叁拾捌万陆仟肆佰元", 1386400.0),
         fined_only("计人民币壹拾贰万陆仟元")], OVER),
    Doc("kj08_mining.txt", "mining",
        "二人无证淘采砂金412克×380元/克=156,560元≥10万元（法释〔2016〕25号第三条，刑法第343条第一款）；各罚2万合计4万"
        "在实施细则第42条违法所得10.906万×50%以下内；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "共淘得砂金412克", 156560.0), fined_only("对二当事人各处罚款人民币贰万元")],
        OVER),
    Doc("kj09_mining.txt", "mining",
        "无采砂许可、无采矿许可在黄河河道采砂，两采坑5,120+3,520=8,640立方米×14元=120,960元≥10万元（法释〔2016〕25号"
        "第三条、第四条，刑法第343条第一款）；罚5万在水法第65条1万-10万内；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "容积分别为5,120立方米、3,520立方米", 120960.0),
         fined_only("二、处罚款人民币伍万元")], OVER),
    Doc("kj10_forestry.txt", "forestry",
        "非法占用国家二级公益林地（类别在另一段）0.41公顷=6.15亩≥5亩并毁坏（法释〔2023〕8号第十一条，刑法第342条，"
        "land-342-forest/1）；罚3倍在森林法第73条三倍以下内；只罚款未移送",
        [threshold("land-342-forest/1", "被处罚人占用林地面积0.41公顷", 6.15),
         fined_only("计人民币壹拾捌万贰仟元整")], OVER),
    Doc("kj11_environment.txt", "environment",
        "废矿物油HW08危险废物（性质在另一段）交无证个人倾倒，三车次1.26+1.38+1.05=3.69吨≥3吨（法释〔2023〕7号第一条，"
        "刑法第338条）；罚60万为固废法第112条第二款20万计3倍，在3-5倍内；只罚款未移送",
        [threshold("env-338-pollution/1", "3月18日   1.26吨", 3.69), fined_only("罚款人民币陆拾万元")], OVER),
    Doc("kj12_environment.txt", "environment",
        "电镀废水六价铬4.3mg/L、限值0.2mg/L，超标（4.3-0.2）/0.2=20.5倍≥3倍（总铬亦超6.2倍；法释〔2023〕7号第一条，"
        "刑法第338条，env-338-pollution/2，倍数须从监测表计算）；罚35万在水污染防治法第83条10万-100万内；只罚款未移送",
        [threshold("env-338-pollution/2", "六价铬     4.3      0.2", 20.5), fined_only("二、罚款人民币叁拾伍万元")], OVER),
    Doc("kj13_culture_tourism.txt", "culture_tourism",
        "开挖竖井打通唐代砖室墓墓室、取出陶罐，盗掘古墓葬为行为犯（刑法第328条，relics-326-328-trafficking-tomb-robbing/3）；"
        "罚5万在文物保护法（2017）第66条5万-50万内；只罚款未移送",
        [trigger("relics-326-328-trafficking-tomb-robbing/3", "井底已打通至墓室"),
         fined_only("决定对当事人处罚款人民币伍万元")], QUAL),
    Doc("kj14_culture_tourism.txt", "culture_tourism",
        "无许可经营文物，售出出土三级文物2件（铜镜、青花碗，来自盗墓人员，国家禁止买卖），≥1件（刑法第326条，"
        "relics-326-328-trafficking-tomb-robbing/1）；成交额4.68万<5万不是唯一口径；罚6万在文物保护法（2017）第72条"
        "经营额不足5万的2万-10万内，已听证；只罚款未移送",
        [threshold("relics-326-328-trafficking-tomb-robbing/1", "均为三级文物", 2.0),
         fined_only("二、并处罚款人民币陆万元")], OVER),
    Doc("kj15_customs.txt", "customs",
        "个人五车次藏匿走私手机等，偷逃税款23,100.52+27,600.10+19,400.00+25,800.46+16,700.00=112,601.08元≥10万元"
        "（法释〔2014〕10号第十六条，刑法第153条，customs-153-ordinary-goods/1）；罚5万在海关行政处罚实施条例第9条"
        "偷逃税款1倍以下内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "4月9日      手机86部      23,100.52", 112601.08),
         fined_only("科处罚款人民币伍万元")], OVER),
    Doc("kj16_customs.txt", "customs",
        "单位低报价格走私进口亚麻籽，偷逃税款23.46万元≥20万元（法释〔2014〕10号第二十四条，刑法第153条，"
        "customs-153-ordinary-goods/2）；完税价格1,862.4万是另一口径；罚0.5倍在实施条例第9条1倍以下内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/2", "偷逃税款合计人民币贰拾叁万肆仟陆佰元", 234600.0),
         fined_only("对当事人科处罚款人民币壹拾壹万柒仟叁佰元")], OVER),
    Doc("kj17_tax.txt", "tax",
        "隐瞒收入、虚列支出少缴增值税86,400+企业所得税47,350=133,750元≥10万元且占18.6%≥10%（刑法第201条；"
        "行为在2021-2022年，按tax-201-evasion@2022/1；现行标准亦为10万）；税款滞纳金未缴，不适用第201条第四款；"
        "罚50%在征管法第63条内；只罚款未移送",
        [threshold("tax-201-evasion@2022/1", "少申报缴纳增值税86,400元", 133750.0),
         fined_only("计66,875.00元")], OVER),
    Doc("kj18_work_safety.txt", "work_safety",
        "尾矿库重大事故隐患被责令停止使用后拒不执行，擅自恢复生产持续向库内排放尾矿浆（刑法第134条之一第（二）项危险作业罪，"
        "safety-134-1a-dangerous-operation/2）；单位5万在安全生产法第102条五万元以下内、负责人5万在5万-10万内；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/2", "于4月20日起擅自恢复选矿生产"),
         fined_only("对被处罚单位处罚款人民币伍万元")], QUAL),
    Doc("kj19_environment.txt", "environment",
        "私设暗管排放含镍电镀漂洗废水（有毒物质，刑法第338条，法释〔2023〕7号第一条第（四）项，env-338-pollution/9 暗管）；"
        "罚60万在水污染防治法第83条10万-100万内；只罚款未移送",
        [trigger("env-338-pollution/9", "在镀镍车间地面下埋设一根直径约11厘米的PVC管道"),
         fined_only("二、罚款人民币陆拾万元")], QUAL),
    Doc("kj20_other.txt", "other",
        "拖欠13名农民工工资61,200+47,800+38,300=147,300元≥3万元，经限期整改指令书责令支付逾期仍不支付、负责人失联"
        "（法释〔2013〕3号第三、四条，刑法第276条之一）；只作责令支付和加付赔偿金处理，未移送",
        [threshold("labor-276-1-wage-refusal/2", "木工班组5人    61,200元", 147300.0),
         fined_only("按应付金额百分之五十的标准向劳动者加付赔偿金")], OVER),
    Doc("kj21_wildlife.txt", "wildlife",
        "在三江源国家公园（全年禁猎区）用钢丝套索（禁用工具）猎捕野生动物，禁猎区+禁用工具为非法狩猎罪情节严重"
        "（法释〔2022〕12号第七条，刑法第341条第二款，wildlife-341-2-illegal-hunting/2）；罚5千在野生动物保护法（2022）"
        "第49条不足二千元时2千-2万内；只罚款未移送",
        [trigger("wildlife-341-2-illegal-hunting/2", "布设钢丝套索47个"), fined_only("2. 处罚款人民币伍仟元")], QUAL),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("kj22_forestry.txt", "forestry",
        "取土弃渣占用天然草原0.76公顷=11.4亩<20亩（不达刑法第342条），前次决定责令恢复植被逾期未恢复、冲沟水土流失加剧"
        "（生态环境和资源保护领域）；本次仅决定代履行",
        [pil("ecology_resources", "草原植被未恢复")], {"scenario": "pil", "continuing_harm": True}),
    Doc("kj23_environment.txt", "environment",
        "淀粉废水化学需氧量、氨氮超标（非重金属，不达刑法第338条倍数标准），罚款并责令修复后两次复查仍溢流入渠、下游灌溉受影响"
        "（生态环境和资源保护领域）；按日连续处罚20万×42日=840万，已听证",
        [pil("ecology_resources", "生产期间废水继续溢流入渠")], {"scenario": "pil", "continuing_harm": True}),
    Doc("kj24_mining.txt", "mining",
        "采矿权出让收益1,236.5万元三次催缴仍未缴入国库（国有财产保护领域）；年报未交罚3千在开采登记管理办法第18条"
        "5万元以下内",
        [pil("state_assets", "当事人仍未缴纳，拖欠的采矿权出让收益属国有资产收益")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("kj25_culture_tourism.txt", "culture_tourism",
        "全国重点文物保护单位明长城保护范围内违建、取土，责令拆除恢复逾期不履行，墙基被掏蚀（文物和文化遗产保护领域）；"
        "未直接损毁墙体本体不涉刑法第324条",
        [pil("cultural_relics", "彩钢板房三间仍在，取土坑未回填")], {"scenario": "pil", "continuing_harm": True}),
    Doc("kj26_environment.txt", "environment",
        "含油污泥（HW08）1.2吨<3吨露天堆放渗漏，责令交有资质单位处置逾期仍原地堆放、油渍扩散（生态环境和资源保护领域）；"
        "罚20万在固废法第112条第一款第（六）项10万-100万内",
        [pil("ecology_resources", "上述含油污泥仍堆放在原处")], {"scenario": "pil", "continuing_harm": True}),
    Doc("kj27_mining.txt", "mining",
        "闭坑石灰岩矿未履行地质环境治理与土地复垦义务，40米危岩边坡、废石2万立方米，落石威胁道路，决定后仍未进场治理"
        "（生态环境和资源保护领域）",
        [pil("ecology_resources", "当事人仍未进场治理")], {"scenario": "pil", "continuing_harm": True}),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("kj28_forestry.txt", "forestry",
                 "开垦草原12亩<20亩（非刑事）、无违法所得，草原法第66条没有违法所得的并处五万元以下罚款；罚8万超出上限",
                 "二、并处罚款人民币捌万元"),
    out_of_range("kj29_customs.txt", "customs",
                 "申报不实影响国家税款征收，海关行政处罚实施条例第15条第（四）项罚漏缴税款30%-2倍即25,920-172,800元；罚1万低于下限"
                 "且未写减轻情节；漏缴8.64万为违规非走私",
                 "本关决定对当事人科处罚款人民币壹万元"),
    no_hearing("kj30_tax.txt", "tax",
               "税务对单位罚款42,080元≥1万元（hearing.yaml税务法人一万元），只告知陈述、申辩，未告知听证；少缴4.2万<10万不涉刑法"
               "第201条；罚1倍在征管法第63条50%-5倍内",
               "计人民币肆万贰仟零捌拾元"),
    no_hearing("kj31_work_safety.txt", "work_safety",
               "应急管理对生产经营单位罚款6万元≥3万元（hearing.yaml安全生产单位三万元），只告知陈述、申辩，未告知听证；监测点"
               "因老化损坏不是关闭破坏，不涉刑法第134条之一",
               "合并处罚款人民币陆万元"),
    Doc("kj32_forestry.txt", "forestry",
        "草原法（2021修正）共75条，引用的第七十八条不存在（机动车离开道路碾压草原的罚则为第70条，前三年平均产值3-9倍，"
        "5倍在内）",
        [irregular("nonexistent_article", "《中华人民共和国草原法》第七十八条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("kj33_market.txt", "market",
        "2024年5月8日立案、2024年11月26日决定，历时202日，超过行政处罚法第60条九十日（市场监管程序规定可延长30日亦超），"
        "文书未记载延期批准或中止；罚5万在食品安全法第124条货值不足1万5万-10万内，已听证",
        [irregular("time_limit", "本局于2024年5月8日对当事人涉嫌经营超过保质期食品一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("kj34_forestry.txt", "forestry",
        "开垦天然草原0.72+0.52=1.24公顷=18.6亩<20亩（法释〔2012〕15号第二条），不达刑法第342条；复查植被已恢复，无持续损害；"
        "罚3万在草原法第66条五万元以下内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("kj35_wildlife.txt", "wildlife",
        "收购国家一级藏羚羊绒价值3.6万元≥2万元，但已移送公安机关并立案侦查，不是隐匿的移送线索；罚款待刑事程序终结",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("kj36_mining.txt", "mining",
        "无证采砂石按测绘价值约11.2万元≥10万元，已移送公安，公安以可认定开采量不达追诉标准不予立案并退回；罚违法所得40%在"
        "实施细则第42条50%以下内",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("kj37_environment.txt", "environment",
        "废矿物油交无证个人0.96+1.12+0.77=2.85吨<3吨，无倾倒排放、无敏感区域等其他情节（法释〔2023〕7号第一条）；罚60万为固废法"
        "第112条第二款20万计3倍，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("kj38_tax.txt", "tax",
        "偷税15.63万元且占18.1%，但首次被税务处理、已补缴税款滞纳金并接受处罚，依刑法第201条第四款不予追究；罚50%在征管法"
        "第63条内，已告知听证",
        flags={"scenario": "tax_paid", "near_miss": True}),
    Doc("kj39_environment.txt", "environment",
        "举报偷排含重金属废水，两次采样总铬、六价铬均未检出、镍远低于限值，无暗管；仅化学需氧量超标0.73倍（非重金属）；罚12万在"
        "水污染防治法第83条10万-100万内，已告知听证",
        flags={"scenario": "not_detected", "near_miss": True}),
    Doc("kj40_other.txt", "other",
        "拖欠21人工资17.36万元，但在责令限期内足额支付，不是刑法第276条之一的经责令支付仍不支付；实名制逾期不改罚5万在"
        "保障农民工工资支付条例第55条5万-10万内",
        flags={"scenario": "remedied", "near_miss": True}),
    Doc("kj41_customs.txt", "customs",
        "个人低报走私，偷逃税款8.73万元<10万元（法释〔2014〕10号第十六条）；完税价格46.2万是另一口径；罚3万在实施条例第9条"
        "1倍以下内，已告知听证",
        flags={"scenario": "wrong_measure", "near_miss": True}),
    Doc("kj42_wildlife.txt", "wildlife",
        "为食用收购三有陆生野生动物（非国家重点保护，在另一段），价值22×300+17×176=9,592元<1万元（法释〔2022〕12号第十一条，"
        "刑法第341条第三款）；罚3倍在野生动物保护法（2022）第53条2-20倍内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("kj43_forestry.txt", "forestry",
        "占用商品林地（类别在另一段）3,120+2,680=5,800平方米=8.7亩<10亩（法释〔2023〕8号第十一条）；罚2倍在森林法第73条"
        "三倍以下内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("kj44_culture_tourism.txt", "culture_tourism",
        "省级文保单位保护范围内搭建营地，已拆除并恢复原地貌、本体未受损，无持续损害，不是公益诉讼线索；罚5万在文物保护法（2017）"
        "第66条5万-50万内，已告知听证",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("kj45_customs.txt", "customs",
        "个人四次藏匿走私，偷逃税款21,460+26,330+24,110+24,470=96,370元<10万元（法释〔2014〕10号第十六条），此前未受走私处罚；"
        "罚4万在实施条例第9条1倍以下内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("kj46_mining.txt", "mining",
        "无证采砂石3,240立方米×30元=97,200元<10万元（法释〔2016〕25号第三条）；罚违法所得20%在实施细则第42条50%以下内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("kj47_work_safety.txt", "work_safety",
        "尾矿库未设安全警示标志，非重大事故隐患，当日整改；罚2.5万在安全生产法第99条五万元以下内，低于应急管理单位听证数额3万",
        flags={"scenario": "ordinary"}),
]

GROUPS = [
    # ── 化整为零: one sand company's three unlicensed pits cut into three decisions the same day ──
    *[Doc(name, "mining",
          "同一公司（同一信用代码）无证开采三个采砂点，同日拆成三案；价值41,720+37,660+35,840=115,220元≥10万元"
          "（法释〔2016〕25号第三条，刑法第343条第一款），每案均不足10万；每案罚违法所得20%在实施细则第42条内",
          [split("mining-343-1-illegal/1", quote, 115220.0, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("kj48_mining.txt", "价值41,720元"),
                          ("kj49_mining.txt", "价值37,660元"),
                          ("kj50_mining.txt", "价值35,840元"))],
    # ── repeat offender: the same credit code punished again ten months later ──
    Doc("kj51_environment.txt", "environment",
        "储煤场扬尘未覆盖，首次处罚，罚3万在大气污染防治法第117条1万-10万内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("kj52_environment.txt", "environment",
        "同一统一社会信用代码的单位在2024年4月12日处罚后约十个月再犯同类违法，二年内再犯；罚5万在第117条内",
        [repeat("神木市锦界镇宏运煤炭储运有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
