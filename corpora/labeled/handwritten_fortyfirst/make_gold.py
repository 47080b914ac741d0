"""Lead labels for the forty-first hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``jtNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of agencies in 陕西, 甘肃, 宁夏, 新疆, 重庆
and 海南 (自然资源, 林草, 渔业, 文物/文旅, 税务, 海关, 公安, 人社, 市场监管); all names, numbers,
codes and addresses are invented; credit codes carry valid GB 32100-2015 check digits, identity
numbers are masked. The set puts weight on mining (矿产品价值, 越界开采, 河道采砂), grassland and
desert vegetation, wildlife and 古生物化石, fishery at sea and inland (禁渔, 禁用工具, 渔获物 by
species and weight), 文物, tax (逃税, 虚开, 骗取出口退税) and customs, with totals the reader adds
from parts, quantities times unit prices, small tables, the protected status or land kind in another
sentence than the figure, wrong-measure figures over the line (违法所得, 罚款, 完税价格, 价税合计,
机具购置价) beside the right one, and 大写 or 万元 amounts. Labels come from the law only:
criminal thresholds from corpora/knowledge/thresholds.yaml, hearing figures from
corpora/knowledge/hearing.yaml, fine ranges and article existence from the statute text in force on
the decision date. Each row's ``meta.reason`` gives the one-line legal reason.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_fortyfirst/make_gold.py``.
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
CREATED = "2026-11-22T18:45:00+00:00"
VERSION = "handwritten-fortyfirst/1"

SPLIT, REPEAT = "split-jt-pingchuan-sand", "repeat-jt-lingshui-fishery"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}
UNDER = {"scenario": "under", "near_miss": True}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("jt01_mining.txt", "mining",
        "无证露天采煤，三批原煤1,260×360+980×345+540×350=980,700元≥10万元（法释〔2016〕25号第二、三条，刑法第343条"
        "第一款）；违法所得17.3万另一口径；罚30%在实施细则第42条第（一）项50%以下内；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "第一批原煤1,260吨，按每吨360元售出", 980700.0),
         fined_only("处违法所得百分之三十的罚款，计人民币伍万壹仟玖佰元")], OVER),
    Doc("jt02_mining.txt", "mining",
        "超越批准矿区范围采矿（法释〔2016〕25号第二条第（三）项视为未取得许可），界外矿石21,000吨×8.5元=178,500元"
        "≥10万元（刑法第343条第一款）；违法所得6.3万不是计量口径；罚30%在实施细则第42条第（二）项内；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "界外共采出石灰岩矿石21,000吨", 178500.0),
         fined_only("并处违法所得30%的罚款，即人民币18,900.00元")], OVER),
    Doc("jt03_mining.txt", "mining",
        "无河道采砂许可证、无采矿许可证在黄河河道采砂（法释〔2016〕25号第四条），砂石3,100×18+4,320×13=111,960元"
        "（文书写11.20万元）≥10万元（刑法第343条第一款）；收购价4.6万是另一口径；罚3万在水法第65条1万-10万内；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "涉案砂石价值合计为11.20万元", 112000.0),
         fined_only("（二）罚款人民币叁万元整")], OVER),
    Doc("jt04_land.txt", "land",
        "开垦天然草原2.4公顷=36亩≥20亩且原生植被全部毁坏（法释〔2012〕15号第二条，刑法第342条；草原性质在另一段）；"
        "罚3万在草原法第66条无违法所得五万元以下内；只罚款未移送",
        [threshold("land-342-grassland/1", "被翻耕地块面积为2.4公顷", 36.0),
         fined_only("并处罚款人民币叁万元整")], OVER),
    Doc("jt05_land.txt", "land",
        "在荒漠草原挖砂采石、建堆料场和道路，9,800+4,100+1,700=15,600平方米=23.4亩≥20亩并大量毁坏植被（法释〔2012〕"
        "15号第二条，刑法第342条）；罚6倍在草原法第65条6-12倍内；只罚款未移送",
        [threshold("land-342-grassland/1", "采砂坑      9,800平方米", 23.4),
         fined_only("计人民币壹万壹仟贰佰叁拾贰元")], OVER),
    Doc("jt06_wildlife.txt", "wildlife",
        "收购出售国家一级林麝制品（级别在另一句），4×3,600+18×650=26,100元≥2万元（法释〔2022〕12号第六条，刑法第341条"
        "第一款）；售价8,000元和获利2,400元不是计量口径；罚2倍在野生动物保护法第52条2-20倍内；只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "毛壳麝香    4枚", 26100.0),
         fined_only("计人民币伍万贰仟贰佰元")], OVER),
    Doc("jt07_wildlife.txt", "wildlife",
        "无特许猎捕证猎捕国家二级鹅喉羚3只×8,000元=24,000元≥2万元（法释〔2022〕12号第六条，刑法第341条第一款）；罚2倍"
        "在野生动物保护法第48条2-20倍内；只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "每只鹅喉羚的价值为捌仟元", 24000.0),
         fined_only("分别处以罚款人民币肆万捌仟元")], OVER),
    Doc("jt08_wildlife.txt", "wildlife",
        "在禁猎区、禁猎期使用钢丝套（禁用工具）猎捕三有动物（法释〔2022〕12号第七条第一款第（二）项，刑法第341条第二款，"
        "无数额要求）；罚2,000元在野生动物保护法第49条第一款2千-2万内；只罚款未移送",
        [trigger("wildlife-341-2-illegal-hunting/2", "先后布设钢丝套42个"),
         fined_only("并处罚款人民币贰仟元整")], QUAL),
    Doc("jt09_fishery.txt", "fishery",
        "汉江禁渔期（在另一段）以电捕鱼器具捕捞（法释〔2022〕12号第三条第（四）项，刑法第340条，无数量要求）；二人罚款"
        "在渔业法第38条五万元以下内；只罚款未移送",
        [trigger("fishery-340-inland/5", "手持电捕杆在岸边浅水区捕鱼"),
         fined_only("对蒲某某罚款人民币贰仟元")], QUAL),
    Doc("jt10_fishery.txt", "fishery",
        "长江禁捕水域用地笼捕捞，渔获物126.5+182+97+61.5+45+24.5=536.5公斤≥500公斤（法释〔2022〕12号第三条第（一）项，"
        "刑法第340条）；估值9,810元<1万不是唯一口径；罚款在渔业法第38条内；只罚款未移送",
        [threshold("fishery-340-inland/1", "鲤鱼 126.5公斤", 536.5),
         fined_only("对谭某某处罚款人民币叁万元")], OVER),
    Doc("jt11_fishery.txt", "fishery",
        "南海伏季休渔期（在另一段）在海上使用电脉冲拖网（禁用工具方法）捕捞（法释〔2016〕17号第四条，刑法第340条，"
        "无数量要求）；罚4.5万在渔业法第38条内，已告知听证；只罚款未移送",
        [trigger("fishery-340-marine/5", "系电脉冲拖网作业"),
         fined_only("二、罚款人民币肆万伍仟元")], QUAL),
    Doc("jt12_fishery.txt", "fishery",
        "伏季休渔期海上双船拖网，渔获物价值1,240×46+1,580×22+960×31+900×14=134,160元≥10万元（法释〔2016〕17号第四条，"
        "刑法第340条）；重量4,680公斤<1万公斤不是唯一口径；罚款在渔业法第38条内；只罚款未移送",
        [threshold("fishery-340-marine/2", "马鲛鱼  1,240公斤 × 46元/公斤", 134160.0),
         fined_only("对当事人处罚款人民币伍万元")], OVER),
    Doc("jt13_culture_tourism.txt", "culture_tourism",
        "在省级文物保护单位古墓葬挖竖井进入墓室，墓室被打开、层位破坏，即盗掘古墓葬（法释〔2015〕23号第八条，刑法第328条，"
        "行为犯）；罚5万在文物保护法（2017）第66条5万-50万内；只罚款未移送",
        [trigger("relics-326-328-trafficking-tomb-robbing/3", "一号墓墓室已被打开"),
         fined_only("决定处罚款人民币伍万元")], QUAL),
    Doc("jt14_culture_tourism.txt", "culture_tourism",
        "收购出售国家禁止买卖的文物，其中三级文物2件（定级在另一段）≥1件（法释〔2015〕23号第六条，刑法第326条）；交易额"
        "4.2万<5万不是唯一口径；罚2倍在文物保护法（2017）第71条2-5倍内；只罚款未移送",
        [threshold("relics-326-328-trafficking-tomb-robbing/1", "上述两件珍贵文物的定级均为三级文物", 2.0),
         fined_only("计人民币捌万肆仟元")], OVER),
    Doc("jt15_tax.txt", "tax",
        "账外收入少缴增值税72,635.40+企业所得税55,480.00=128,115.40元≥10万元，占应纳税额617,290元的20.8%≥10%，经追缴逾期"
        "未缴，不适用刑法第201条第四款（法释〔2024〕4号第一、三条，刑法第201条）；罚50%在征管法第63条内；只罚款未移送",
        [threshold("tax-201-evasion/1", "少缴增值税人民币72,635.40元", 128115.4),
         fined_only("计人民币68,415.83元")], OVER),
    Doc("jt16_tax.txt", "tax",
        "无真实交易虚开增值税专用发票，税额46,800+38,350+29,120=114,270元≥10万元（法释〔2024〕4号第十一条，刑法第205条）；"
        "价税合计99.3万不是计量口径；罚35万在发票管理办法第35条5万-50万内；只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "46,800.00", 114270.0),
         fined_only("并处罚款人民币叁拾伍万元")], OVER),
    Doc("jt17_tax.txt", "tax",
        "假报出口已取得退税款13.62万元≥10万元（法释〔2024〕4号第七条，刑法第204条）；未取得的2.1万另计；罚1倍在征管法"
        "第66条1-5倍内，已听证；只罚款未移送",
        [threshold("tax-204-export-rebate/1", "已申报并取得出口退税款13.62万元", 136200.0),
         fined_only("计人民币壹拾叁万陆仟贰佰元")], OVER),
    Doc("jt18_customs.txt", "customs",
        "个人分批邮寄走私奢侈品，偷逃关税38,216.50+增值税61,457.90+消费税21,833.10=121,507.50元≥10万元（法释〔2014〕10号"
        "第十六条，刑法第153条）；完税价格47.6万不是计量口径；罚24万在实施条例第9条第（三）项3倍以下内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "关税：人民币38,216.50元", 121507.5),
         fined_only("并处罚款人民币24万元")], OVER),
    Doc("jt19_customs.txt", "customs",
        "携带重点保护古生物化石2件（保护级别在另一段）逃避监管出境（法释〔2014〕10号第九条，刑法第151条第二款，不满十件即"
        "入罪）；购买价2,600元无关；罚5万在实施条例第9条第（一）项物品10万以下内；只罚没未移送",
        [threshold("customs-151-3-prohibited-goods/2", "鹦鹉嘴龙头骨化石、中华龙鸟残肢化石均属重点保护古生物化石", 2.0),
         fined_only("并处罚款人民币伍万元")], OVER),
    Doc("jt20_other.txt", "other",
        "拖欠13名农民工工资6×4,850+5×5,320+6,140=61,840元，经限期改正指令书责令仍不支付且负责人失联（法释〔2013〕3号"
        "第三、四条，刑法第276条之一）；只作加付赔偿金处理未移送",
        [threshold("labor-276-1-wage-refusal/2", "钢筋班组6人", 61840.0),
         fined_only("并按应付金额百分之五十的标准向劳动者加付赔偿金")], OVER),
    Doc("jt21_forestry.txt", "forestry",
        "推平硬化国家级公益林（防风固沙林，性质在另一段）0.52公顷=7.8亩≥5亩且植被全部毁坏（法释〔2023〕8号第十一条，"
        "刑法第342条）；罚2倍在森林法第73条三倍以下内；只罚款未移送",
        [threshold("land-342-forest/1", "被推平、硬化地块面积共0.52公顷", 7.8),
         fined_only("计人民币玖万叁仟陆佰元")], OVER),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("jt22_mining.txt", "mining",
        "采矿权出让收益2,386.5万元三次催缴仍未缴入国库（国有财产保护领域）；过期采矿原煤价值92,640元<10万不达刑法第343条；"
        "罚40%在实施细则第42条第（一）项50%以下内",
        [pil("state_assets", "尚欠采矿权出让收益2,386.5万元未缴入国库")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jt23_environment.txt", "environment",
        "生态保护红线内非法围海养殖掩埋红树林、海草床，责令恢复后两次复查土坝未拆除、仍在养殖（生态环境和资源保护领域）；"
        "罚10倍在海域使用管理法第42条围海10-20倍内，已告知听证",
        [pil("ecology_resources", "土坝未拆除")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jt24_land.txt", "land",
        "荒漠基本草原开垦受罚后逾期未恢复植被反而继续翻耕、出现沙化（生态环境和资源保护领域）；0.5公顷=7.5亩<10亩不达"
        "法释〔2012〕15号再犯标准；罚2万在草原法第66条五万元以下内",
        [pil("ecology_resources", "当事人未按期恢复植被")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jt25_culture_tourism.txt", "culture_tourism",
        "省级文保单位城墙保护范围内擅自开挖基坑，责令拆除回填后两次复查未拆除、裂缝扩大（文物和文化遗产保护领域）；"
        "墙体裂缝未致严重损毁不达刑法第324条；罚30万在文物保护法（2017）第66条内，已听证",
        [pil("cultural_relics", "当事人未拆除任何建（构）筑物")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jt26_mining.txt", "mining",
        "闭坑矿山不复垦也不缴土地复垦费，两次核查边坡裸露、滑塌入河影响取水（生态环境和资源保护领域）；罚1倍在土地复垦条例"
        "第42条1-2倍内，已告知听证",
        [pil("ecology_resources", "采场高陡边坡仍然裸露")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jt27_other.txt", "other",
        "古生物化石集中产地未经批准发掘，责令回填保护后复查未回填、化石层风蚀碎裂仍被捡拾（生态环境和资源保护领域，化石属"
        "国家所有的自然资源）；罚20万在古生物化石保护条例第36条20万-50万内",
        [pil("ecology_resources", "当事人未回填探槽")], {"scenario": "pil", "continuing_harm": True}),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("jt28_land.txt", "land",
                 "非法开垦草原无违法所得，草原法第66条并处五万元以下罚款；罚8万超出上限；0.6公顷=9亩<20亩不达刑法第342条",
                 "并处罚款人民币捌万元整"),
    out_of_range("jt29_tax.txt", "tax",
                 "偷税32,649元，征管法第63条第一款罚少缴税款50%以上5倍以下；罚30%低于下限且未写减轻情节；<10万且已补缴不涉刑",
                 "计人民币玖仟柒佰玖拾肆元柒角"),
    no_hearing("jt30_tax.txt", "tax",
               "税务机关对单位罚款1.8万元≥1万元（hearing.yaml税务，国税发〔1996〕190号第三条），只告知陈述、申辩，未告知听证；"
               "罚款在发票管理办法第37条1万-5万内；受让普票金额12.8万<50万不涉刑法第205条之一",
               "决定对你单位处罚款人民币壹万捌仟元"),
    no_hearing("jt31_public_security.txt", "public_security",
               "公安机关对个人罚款3,000元≥2,000元（公安机关办理行政案件程序规定第123条、治安管理处罚法第98条），只口头告知"
               "陈述、申辩，未告知听证；罚款在治安管理处罚法第70条情节严重500-3000元内；抽头1,260元不达赌博罪",
               "并处罚款人民币叁仟元"),
    Doc("jt32_land.txt", "land",
        "草原法（2021修正）共75条，引用的第八十三条不存在（非法使用草原改建设用地罚则为第65条，前三年平均产值6-12倍，8倍在内）；"
        "1,860平方米远低于20亩",
        [irregular("nonexistent_article", "《中华人民共和国草原法》第八十三条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("jt33_fishery.txt", "fishery",
        "2024年1月8日立案、2024年8月26日决定，历时231日，超过行政处罚法第60条九十日，文书未记载延期批准或中止；"
        "罚8,000元在渔业法第41条十万元以下内；86公斤不在禁渔期不涉刑",
        [irregular("time_limit", "2024年1月8日，我局在黄河兴庆区段巡查中发现")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("jt34_mining.txt", "mining",
        "无证采砂6,050立方米×16元=96,800元<10万元（法释〔2016〕25号第三条）；采砂船购置价32万元不是计量口径；罚40%在"
        "实施细则第42条第（一）项内", flags=UNDER),
    Doc("jt35_fishery.txt", "fishery",
        "禁捕水域用刺网（非电毒炸等禁用方法）捕捞，渔获物158+121+76+63.5+49.5=468公斤<500公斤、价值8,650元<1万元"
        "（法释〔2022〕12号第三条）；罚1万在渔业法第38条内", flags=UNDER),
    Doc("jt36_tax.txt", "tax",
        "逃税211,500元占15.2%，但经追缴在期限内补缴税款滞纳金、五年内无前科，依刑法第201条第四款不予追究；罚50%在征管法"
        "第63条内，已告知听证", flags={"scenario": "tax_paid", "near_miss": True}),
    Doc("jt37_mining.txt", "mining",
        "越界开采原煤价值42.39万元≥10万元，但已移送公安机关并立案侦查，不是隐匿的移送线索；罚没待刑事程序后处理",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("jt38_wildlife.txt", "wildlife",
        "猎捕国家二级岩羊价值2.4万元≥2万元，已移送公安机关，公安以证据不足不予立案并退回，有记载的警方拒绝；罚2倍在野生动物"
        "保护法第48条内，已告知听证",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("jt39_wildlife.txt", "wildlife",
        "出售国家二级鸟类价值2×3,000+4×1,500+8×750=18,000元<2万元（法释〔2022〕12号第六条）；罚款3.6万元大于门槛但不是"
        "计量口径；罚2倍在野生动物保护法第52条内", flags=UNDER),
    Doc("jt40_customs.txt", "customs",
        "疑似古生物化石经鉴定为人工仿制品，不属古生物化石，不涉刑法第151条；申报不实影响统计罚1,000元在实施条例第15条"
        "第（一）项1千-1万内", flags={"scenario": "not_detected", "near_miss": True}),
    Doc("jt41_other.txt", "other",
        "拖欠15人工资5.28万元，但在限期改正指令书期限内足额支付，不是经责令仍不支付（刑法第276条之一）；未按月考核逾期"
        "不改正罚5万在保障农民工工资支付条例第56条5万-10万内", flags={"scenario": "remedied", "near_miss": True}),
    Doc("jt42_land.txt", "land",
        "开垦天然草原0.71+0.55=1.26公顷=18.9亩<20亩（法释〔2012〕15号第二条）；罚2.5万在草原法第66条五万元以下内",
        flags=UNDER),
    Doc("jt43_customs.txt", "customs",
        "单位低报价格走私，偷逃关税86,520+增值税81,960=168,480元<单位20万元（法释〔2014〕10号第二十四条）；个人标准10万不适用"
        "于单位；罚25万在实施条例第9条第（三）项3倍以下内", flags=UNDER),
    Doc("jt44_culture_tourism.txt", "culture_tourism",
        "无证经营文物，鉴定均为一般文物（无三级以上），违法经营额3.8万元<5万元（法释〔2015〕23号第六条）；罚7.6万在文物"
        "保护法（2017）第72条不足五万元2万-10万内，已告知听证", flags=UNDER),
    Doc("jt45_fishery.txt", "fishery",
        "休渔期已过在海上用小网目拖网，渔获1,450×24+1,100×12+650×38=72,700元<10万元、3,200公斤<1万公斤（法释〔2016〕17号"
        "第四条）；罚2万在渔业法第38条内", flags=UNDER),
    Doc("jt46_mining.txt", "mining",
        "未按期提交矿山年度报告，已改正，开采在矿区范围和规模内；警告依矿产资源开采登记管理办法第18条",
        flags={"scenario": "minor"}),
    Doc("jt47_tax.txt", "tax",
        "个体户逾期申报未少缴税款，罚200元在征管法第62条二千元以下内，简易程序",
        flags={"scenario": "minor"}),
]

GROUPS = [
    # ── 化整为零: one man's sand pits cut into three decisions the same day, each under the line ──
    *[Doc(name, "mining",
          "同一当事人（同一身份证号）三处无证采砂同日拆成三案；价值36,160+34,144+35,534=105,838元≥10万元（法释〔2016〕25号"
          "第三条、第八条二年内多次未经处理累计，刑法第343条第一款）；每案罚40%在实施细则第42条第（一）项内",
          [split("mining-343-1-illegal/1", quote, 105838.0, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("jt48_mining.txt", "涉案砂石价值为人民币36,160元"),
                          ("jt49_mining.txt", "涉案砂石价值为人民币34,144元"),
                          ("jt50_mining.txt", "涉案砂石价值为人民币35,534元"))],
    # ── repeat offender: the same credit code punished again fifteen months later ──
    Doc("jt51_fishery.txt", "fishery",
        "违反捕捞许可证作业类型捕捞，首次处罚，罚1.5万在渔业法第42条五万元以下内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("jt52_fishery.txt", "fishery",
        "同一统一社会信用代码的公司2023年6月12日受罚后约十五个月再犯同类违法，二年内再犯；罚4.5万在渔业法第42条内",
        [repeat("陵水新村港鸿运渔业有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
