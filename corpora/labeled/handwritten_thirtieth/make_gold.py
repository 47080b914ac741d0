"""Lead labels for the thirtieth hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``jiNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of city and county agencies in 广东, 广西,
海南 and 福建 (all names, numbers, codes and addresses invented; credit codes carry valid
GB 32100-2015 check digits, identity numbers valid GB 11643 check digits). The set puts weight on
the sea: fishery (伏季休渔, 禁用网具, 渔获 in 箱 and 千克), customs (走私冻品, 成品油, 香烟, 低报),
wildlife (protection level in a note apart from the value), marine ecology (围海, 养殖尾水, 倾倒),
海砂, tobacco price tables and tax (骗取出口退税, 虚开). Labels come from the law only: criminal
thresholds from corpora/knowledge/thresholds.yaml, hearing figures from corpora/knowledge/hearing.yaml,
fine ranges and article existence from the statute text in force on the decision date. Each row's
``meta.reason`` gives the one-line legal reason. Conventions are those of
``handwritten_fifth/make_gold.py``.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_thirtieth/make_gold.py``.
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
CREATED = "2026-11-22T17:00:00+00:00"
VERSION = "handwritten-thirtieth/1"

SPLIT, REPEAT = "split-ji-dongxing-frozen", "repeat-ji-dongshan-abalone"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("ji01_fishery.txt", "fishery",
        "南海伏季休渔期间（禁渔期）使用单船底拖网（禁用网具）在海洋捕捞，法释〔2016〕17号第四条第（四）项禁渔期+禁用工具"
        "无数量要求（刑法第340条）；罚3.5万在渔业法第38条五万元以下内，已告知听证；只罚款未移送",
        [trigger("fishery-340-marine/5", "在南海伏季休渔期间使用单船底拖网进行捕捞作业"),
         fined_only("三、罚款人民币叁万伍仟元")], QUAL),
    Doc("ji02_fishery.txt", "fishery",
        "伏季休渔期海洋捕捞，渔获物价值须按表相加：1420×46+880×22+960×31+310×58+1150×6=139,320元≥10万元"
        "（法释〔2016〕17号第四条，刑法第340条）；重量4,720千克<1万千克不是唯一口径；罚5万在渔业法第38条内；只罚款未移送",
        [threshold("fishery-340-marine/2", "马鲛鱼      1,420          46", 139320.0),
         fined_only("（二）处罚款人民币伍万元整")], OVER),
    Doc("ji03_fishery.txt", "fishery",
        "海洋捕捞使用小于最小网目尺寸的网具（禁用网具），渔获物（312+228）箱×20千克=10,800千克≥1万千克（法释〔2016〕17号"
        "第四条，刑法第340条）；变卖款6.156万<10万不是唯一口径；二人罚款在渔业法第38条内，已听证；只罚款未移送",
        [threshold("fishery-340-marine/1", "带鱼312箱，小杂鱼228箱", 10800.0),
         fined_only("对当事人一罚款人民币肆万元")], OVER),
    Doc("ji04_customs.txt", "customs",
        "个人走私冻品，偷逃税款按品种小计相加50,920+29,790+23,170=103,880元≥10万元（法释〔2014〕10号第十六条，"
        "刑法第153条）；完税价格31.49万是货值口径；罚9.5万在海关行政处罚实施条例第9条第（三）项3倍以下内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "偷逃应缴税款如下", 103880.0),
         fined_only("3.科处罚款人民币玖万伍仟元整")], OVER),
    Doc("ji05_customs.txt", "customs",
        "单位走私柴油，偷逃税款26.38万元（关税2.91+消费税15.62+增值税7.85）≥单位20万元（法释〔2014〕10号第二十四条，"
        "刑法第153条）；货值112.07万是货值口径；罚1倍在实施条例第9条第（三）项内，已听证；只罚款未移送",
        [threshold("customs-153-ordinary-goods/2", "偷逃应缴税款共计人民币26.38万元", 263800.0),
         fined_only("科处罚款人民币贰拾陆万叁仟捌佰元")], OVER),
    Doc("ji06_customs.txt", "customs",
        "个人走私卷烟620条，偷逃税款壹拾壹万叁仟柒佰元≥10万元（法释〔2014〕10号第十六条，刑法第153条）；620条=12.4万支"
        "<20万支（烟草口径不适用于走私）；罚10万在实施条例第9条第（三）项3倍以下内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "偷逃应缴税款人民币壹拾壹万叁仟柒佰元", 113700.0),
         fined_only("并处罚款人民币壹拾万元")], OVER),
    Doc("ji07_customs.txt", "customs",
        "两套合同故意低报价格（伪报价格属走私），单位偷逃税款91,624.38+147,311.06=238,935.44元≥20万元（法释〔2014〕10号"
        "第二十四条，刑法第153条）；海关按第15条第（四）项申报不实定性，罚11.95万在30%-2倍内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/2", "漏缴关税人民币91,624.38元", 238935.44),
         fined_only("科处罚款人民币壹拾壹万玖仟伍佰元")], OVER),
    Doc("ji08_wildlife.txt", "wildlife",
        "收购出售国家二级保护动物（级别在另一段），价值3×2500+5×1800+12×600=23,700元≥2万元（法释〔2022〕12号第六条，"
        "刑法第341条第一款）；罚2倍在野生动物保护法第52条2-20倍内；只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "豹猫冻体3只", 23700.0),
         fined_only("计人民币肆万柒仟肆佰元")], OVER),
    Doc("ji09_wildlife.txt", "wildlife",
        "出售库氏砗磲、玳瑁（一级）及其他砗磲（二级）制品（级别在附注），价值肆万贰仟陆佰元≥2万元（法释〔2022〕12号"
        "第六条，刑法第341条第一款）；罚2倍在野生动物保护法第52条内；只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "价值合计人民币肆万贰仟陆佰元", 42600.0),
         fined_only("三、并处罚款人民币捌万伍仟贰佰元")], OVER),
    Doc("ji10_wildlife.txt", "wildlife",
        "以食用为目的收购“三有”陆生野生动物（名录在另一段），价值6×1500+40×110=13,400元≥1万元（法释〔2022〕12号"
        "第八条，刑法第341条第三款）；罚2倍在野生动物保护法第52条第二款1-10倍内；只罚款未移送",
        [threshold("wildlife-341-3-terrestrial-food/1", "野生果子狸6只", 13400.0),
         fined_only("计人民币贰万陆仟捌佰元整")], OVER),
    Doc("ji11_environment.txt", "environment",
        "废矿物油（HW08危险废物，在另一段）19桶×190千克=3.61吨提供给无证个人≥3吨（法释〔2023〕7号第一条第（二）项，"
        "刑法第338条）；罚60万为固废法第112条第二款处置费用按20万计的3倍；已听证；只罚款未移送",
        [threshold("env-338-pollution/1", "共交付19桶", 3.61), fined_only("罚款人民币陆拾万元")], OVER),
    Doc("ji12_environment.txt", "environment",
        "私设暗管排放含六价铬电镀漂洗水（有毒物质，监测在另一段），法释〔2023〕7号第一条第（十）项暗管排放有毒物质无数量"
        "要求（刑法第338条）；罚50万在水污染防治法第83条10万-100万内，已听证；只罚款未移送",
        [trigger("env-338-pollution/9", "发现一根直径约50毫米的PVC管道"), fined_only("并处罚款人民币伍拾万元整")], QUAL),
    Doc("ji13_environment.txt", "environment",
        "总镉0.47毫克/升，标准0.1毫克/升（在另一段），超标3.7倍≥3倍（法释〔2023〕7号第一条第（四）项，刑法第338条）；"
        "总铅未超标；罚30万在水污染防治法第83条内；只罚款未移送",
        [threshold("env-338-pollution/2", "总镉浓度为0.47毫克/升", 3.7), fined_only("并处罚款叁拾万元")], OVER),
    Doc("ji14_tobacco.txt", "tobacco",
        "无证经营卷烟，违法经营额按表相加36×450+140×130+55×260+90×110=58,600元≥5万元（法释〔2010〕7号第三条，"
        "刑法第225条）；罚25%在烟草专卖法实施条例第57条20%-50%内；只罚款未移送",
        [threshold("tobacco-225-illegal-business/1", "涉案卷烟明细（按汕头市烟草专卖局公布的零售指导价计算）", 58600.0),
         fined_only("计人民币壹万肆仟陆佰伍拾元")], OVER),
    Doc("ji15_tobacco.txt", "tobacco",
        "假冒卷烟尚未销售，货值按件×50条×单价相加150×190+100×650+200×230+100×180=157,500元≥15万元（法释〔2010〕7号"
        "第二条，刑法第140条未遂）；进货款3.2万不是口径；罚20万在商标法第60条五倍以下内，已听证；只罚款未移送",
        [threshold("tobacco-140-fake-cigarettes/2", "“利群（新版）”3件", 157500.0),
         fined_only("二、罚款人民币贰拾万元整")], OVER),
    Doc("ji16_tax.txt", "tax",
        "假报出口骗取退税款37,412.50+41,306.18+52,861.77=131,580.45元≥10万元（法释〔2024〕4号第七条，刑法第204条）；"
        "罚1倍在税收征收管理法第66条1-5倍内；只罚款未移送",
        [threshold("tax-204-export-rebate/1", "2024年1月所属期，退税款37,412.50元", 131580.45),
         fined_only("处骗取税款一倍的罚款")], OVER),
    Doc("ji17_tax.txt", "tax",
        "无真实交易虚开专票，税额53,610.62+37,389.38+24,734.51=115,734.51元≥10万元（法释〔2024〕4号第十一条，"
        "刑法第205条）；价税合计100.6万不是口径；罚30万在发票管理办法第35条5万-50万内；只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "揭阳市榕城区鑫达贸易有限公司", 115734.51),
         fined_only("并处罚款叁拾万元")], OVER),
    Doc("ji18_mining.txt", "mining",
        "无证采挖海砂（2300+2260+2260）立方米×25元=170,500元≥10万元（法释〔2016〕25号第三条第一款第（一）项，"
        "刑法第343条）；销售款9.6万<10万不是口径；罚4.5万在矿产资源法实施细则第42条违法所得50%以下内；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "当事人共3个航次抽采海砂", 170500.0),
         fined_only("计人民币肆万伍仟元")], OVER),
    Doc("ji19_food_safety.txt", "food_safety",
        "水产养殖中泼洒孔雀石绿（食品动物禁用化合物，农业农村部公告第250号），成鱼已出售，法释〔2021〕24号第十一条"
        "（刑法第144条行为犯）；罚8千在农产品质量安全法第70条对农户1千-1万内；只罚款未移送",
        [trigger("food-144-toxic/2", "大黄鱼2批次样品中均检出孔雀石绿及其代谢物隐色孔雀石绿"),
         fined_only("3.罚款人民币捌仟元")], QUAL),
    Doc("ji20_labor.txt", "other",
        "拖欠15名劳动者工资46,800+36,500+22,700=106,000元≥10名3万-10万元，经限期改正指令书责令仍不支付且负责人逃匿"
        "（法释〔2013〕3号第三、四条，刑法第276条之一）；只作加付赔偿金处理未移送",
        [threshold("labor-276-1-wage-refusal/2", "钢筋工    6       46,800", 106000.0),
         fined_only("加付赔偿金人民币伍万叁仟元")], OVER),
    Doc("ji21_wildlife.txt", "wildlife",
        "在政府划定的候鸟禁猎区、禁猎期内使用粘网捕鸟，法释〔2022〕12号第七条禁猎区/期+禁用工具（刑法第341条第二款）；"
        "猎获物价值860元不要求；罚5千在野生动物保护法第49条2千-2万内；只罚款未移送",
        [trigger("wildlife-341-2-illegal-hunting/2", "当事人所用网具为粘网"), fined_only("二、处罚款人民币伍仟元")], QUAL),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("ji22_marine.txt", "environment",
        "非法围海3.2公顷滩涂，责令恢复后复查围堤仍未拆除、滩涂生物消失（生态环境和资源保护领域）；罚12倍海域使用金在"
        "海域使用管理法第42条围海10-20倍内，已听证",
        [pil("ecology_resources", "围堤仍未拆除")], {"scenario": "pil", "continuing_harm": True}),
    Doc("ji23_marine.txt", "environment",
        "养殖尾水超标直排红树林潮沟，责令改正后复查仍直排、红树林幼苗枯死（生态环境和资源保护领域）；无有毒物质不涉"
        "刑法第338条；罚10万在海洋环境保护法第93条10万-100万内（第98条2万-20万亦内）",
        [pil("ecology_resources", "养殖尾水仍经原排水渠直排红树林潮沟")], {"scenario": "pil", "continuing_harm": True}),
    Doc("ji24_marine.txt", "environment",
        "未取得许可倾倒疏浚物1.32万立方米，责令清除后复查倾倒物未清除、养殖贝类淤积死亡（生态环境和资源保护领域）；"
        "罚30万在海洋环境保护法第106条20万-200万内",
        [pil("ecology_resources", "倾倒物至今未清除")], {"scenario": "pil", "continuing_harm": True}),
    Doc("ji25_marine.txt", "land",
        "海域使用金148.6万元三次催缴仍未缴入国库（国有财产保护领域，海域为国家所有）；占用海域罚6倍在海域使用管理法"
        "第42条5-15倍内，已听证",
        [pil("state_assets", "仍欠缴海域使用金148.6万元")], {"scenario": "pil", "continuing_harm": True}),
    Doc("ji26_food_safety.txt", "food_safety",
        "小学门口销售超过保质期食品，责令停止后两次复查仍向学生销售（食品药品安全领域，不特定多数未成年人）；罚5万在"
        "食品安全法第124条货值不足1万5万-10万内",
        [pil("food_drug_safety", "均发现当事人仍在向学生销售超过保质期的“海苔卷”及散装辣条")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("ji27_marine.txt", "land",
        "财政资金建设的公益性渔港码头被个人围占收费，责令腾退后复查拒不拆除、仍在收费（国有财产保护领域）；罚5倍海域"
        "使用金在海域使用管理法第42条5-15倍内",
        [pil("state_assets", "当事人拒不拆除，仍在收取泊位费")], {"scenario": "pil", "continuing_harm": True}),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("ji28_fishery.txt", "fishery",
                 "休渔期以合规刺网捕捞420千克（不达刑事），渔业法第38条第一款罚款五万元以下；罚8万超出上限",
                 "二、罚款人民币捌万元"),
    out_of_range("ji29_customs.txt", "customs",
                 "申报不实影响税款征收，海关行政处罚实施条例第15条第（四）项罚漏缴税款30%-2倍即12,695.04-84,633.60元；"
                 "罚5千低于下限且无减轻理由",
                 "决定对当事人科处罚款人民币伍仟元"),
    no_hearing("ji30_tax.txt", "tax",
               "税务对个体户罚款8,007.10元≥2000元（hearing.yaml税务个人二千元），只告知陈述、申辩未告知听证；罚50%在"
               "征管法第63条内；少缴1.6万不达刑法第201条",
               "处少缴税款百分之五十的罚款，计人民币8,007.10元"),
    no_hearing("ji31_food_safety.txt", "food_safety",
               "市场监管对个人罚款6万元≥1万元（hearing.yaml市场监管个人一万元），只告知陈述、申辩未告知听证；罚款在"
               "食品安全法第124条货值不足1万5万-10万内",
               "二、罚款人民币陆万元"),
    Doc("ji32_fishery.txt", "fishery",
        "渔业法（2013修正）共50条，引用的第五十二条不存在（无证捕捞罚则为第41条，十万元以下，2万元在内），已告知听证",
        [irregular("nonexistent_article", "《中华人民共和国渔业法》第五十二条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("ji33_marine.txt", "land",
        "2024年9月3日立案、2025年2月18日决定，历时168日，超过行政处罚法第60条九十日，文书未记载延期；罚15倍海域使用金"
        "在海域使用管理法第42条填海10-20倍内，已告知听证",
        [irregular("time_limit", "本局于2024年9月3日对当事人涉嫌未经批准占用海域建设修船滑道一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("ji34_fishery.txt", "fishery",
        "休渔期以合规流刺网捕捞，渔获482箱×20千克=9,640千克<1万千克、价值87,240元<10万元，非禁用工具（法释〔2016〕17号"
        "第四条）；罚5万在渔业法第38条内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("ji35_wildlife.txt", "wildlife",
        "出售二级保护虎纹蛙62只×300元=18,600元<2万元（法释〔2022〕12号第六条）；罚款3.72万是罚款不是价值口径；"
        "在野生动物保护法第52条内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("ji36_tobacco.txt", "tobacco",
        "无准运证运输卷烟41.26万元≥5万元，但已移送公安机关并立案侦查，不是隐匿的移送线索；罚款待刑事程序终结",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("ji37_tobacco.txt", "tobacco",
        "无证经营卷烟56,380元≥5万元，已移送公安机关，公安以经营数额证据不足不予立案并退回；罚20%在实施条例第57条内，"
        "已告知听证",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("ji38_tax.txt", "tax",
        "逃税13.25万元且占14.6%，但首次被税务处理、已补缴税款滞纳金并缴清罚款，依刑法第201条第四款不予追究；罚50%在"
        "征管法第63条内，已告知听证",
        flags={"scenario": "tax_paid", "near_miss": True}),
    Doc("ji39_fishery.txt", "fishery",
        "举报使用孔雀石绿、氯霉素，三批次样品均未检出、药品为聚维酮碘，无禁用物质；未建生产记录逾期不改罚5千在农产品"
        "质量安全法第69条2千-2万内",
        flags={"scenario": "not_detected", "near_miss": True}),
    Doc("ji40_marine.txt", "environment",
        "养殖尾水超标直排，已建成三级处理设施、清淤，复查达标且海域水质恢复，无持续损害；非有毒物质不涉刑法第338条；"
        "罚10万在海洋环境保护法第93条内，已告知听证",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("ji41_labor.txt", "other",
        "拖欠22人工资12.64万元，但在限期改正指令书期限内足额支付，不是刑法第276条之一的经责令支付仍不支付；超时加班"
        "每人300元在劳动保障监察条例第25条100-500元内",
        flags={"scenario": "remedied", "near_miss": True}),
    Doc("ji42_tobacco.txt", "tobacco",
        "销售假烟52×430+91×260=46,020元<5万元，库存货值9,120元，46,020×3+9,120=147,180元<15万元（法释〔2010〕7号，"
        "法释〔2001〕10号第二条）；持零售许可证店内零售不涉第225条；罚13.8万是罚款口径，在商标法第60条五倍以下内，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("ji43_tax.txt", "tax",
        "虚开专票税额68,822.75+27,265.49=96,088.24元<10万元（法释〔2024〕4号第十一条）；价税合计83.35万不是口径；"
        "罚20万在发票管理办法第35条5万-50万内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("ji44_mining.txt", "mining",
        "无证采海砂3,500立方米×26元=91,000元<10万元，不在禁采区（法释〔2016〕25号第三条）；罚3万在实施细则第42条"
        "违法所得50%以下内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("ji45_customs.txt", "customs",
        "个人走私冻品偷逃税款97,126.34元<10万元（法释〔2014〕10号第十六条）；货值38.64万是货值口径；4.62吨<5吨；"
        "罚8万在实施条例第9条第（三）项内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("ji46_public_security.txt", "public_security",
        "出售住宿信息460条<500条、获利2,300元<5000元，非履职或服务中获得（法释〔2017〕10号第五条）；罚3万在个人信息"
        "保护法第66条内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("ji47_fishery.txt", "fishery",
        "不予行政处罚决定书：船名标识不完整，初次违法危害轻微并已改正（行政处罚法第33条第一款）",
        flags={"scenario": "no_penalty"}),
]

GROUPS = [
    # ── 化整为零: one boatman's three smuggling trips, found in one investigation, cut into three decisions ──
    *[Doc(name, "customs",
          "同一当事人（同一身份证号）三次走私冻品经一次调查查实，同日拆成三案；偷逃税款36,218.40+34,705.12+33,104.66="
          "104,028.18元≥10万元，多次走私未经处理累计计算（刑法第153条第三款，法释〔2014〕10号第十六条）；每案罚款在"
          "实施条例第9条第（三）项内",
          [split("customs-153-ordinary-goods/1", quote, 104028.18, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("ji48_customs.txt", "偷逃应缴税款人民币36,218.40元"),
                          ("ji49_customs.txt", "偷逃应缴税款人民币34,705.12元"),
                          ("ji50_customs.txt", "偷逃应缴税款人民币33,104.66元"))],
    # ── repeat offender: the same credit code punished again ten months later ──
    Doc("ji51_marine.txt", "environment",
        "养殖尾水超标排放，首次处罚，当日改正；罚12万在海洋环境保护法第93条10万-100万内，已告知听证",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("ji52_marine.txt", "environment",
        "同一统一社会信用代码的单位在2024年6月12日处罚后约十个月再犯同类违法，二年内再犯；罚20万在第93条内，已听证",
        [repeat("东山县海韵鲍鱼养殖有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
