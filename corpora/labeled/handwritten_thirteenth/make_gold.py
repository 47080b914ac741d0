"""Lead labels for the thirteenth hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``hjNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of city and county agencies in 陕西, 吉林,
湖南, 重庆, 新疆, 贵州 and 天津 (all names, numbers, codes and addresses invented; credit codes carry
valid GB 32100-2015 check digits, identity numbers valid GB 11643 check digits). Labels come from the
law only: criminal thresholds from corpora/knowledge/thresholds.yaml (the version in force on the
facts' date), hearing figures from corpora/knowledge/hearing.yaml, fine ranges and article existence
from the statute text in force on the decision date. Each row's ``meta.reason`` gives the one-line
legal reason. Conventions are those of ``handwritten_fifth/make_gold.py``.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_thirteenth/make_gold.py``.
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
CREATED = "2026-11-22T14:40:00+00:00"
VERSION = "handwritten-thirteenth/1"

SPLIT, REPEAT = "split-hj-kuitun-cigarettes", "repeat-hj-chenzhou-eatery"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}
NEAR = {"near_miss": True}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("hj01_food_safety.txt", "food_safety",
        "压片糖果检出西地那非（药品成分），属在食品中掺入有毒、有害的非食品原料，刑法第144条行为犯（法释〔2021〕24号第九条）；"
        "罚10万在食品安全法第123条货值不足1万10万-15万内；只罚款未移送",
        [trigger("food-144-toxic/3", "送检样品中检出西地那非"), fined_only("罚款人民币壹拾万元整")], QUAL),
    Doc("hj02_drugs.txt", "drugs",
        "以非药品冒充药品，依药品管理法第98条第二款第（二）项为假药，销售假药为刑法第141条行为犯；罚150万为第116条"
        "货值不足10万按10万计15倍下限，已告知听证；只罚款未移送",
        [trigger("drug-141-counterfeit/1", "依法应当认定为假药"), fined_only("并处罚款人民币壹佰伍拾万元")], QUAL),
    Doc("hj03_environment.txt", "environment",
        "私设暗管排放含铬电镀废水（法释〔2023〕7号第一条第（四）项，刑法第338条）；罚50万在水污染防治法第83条"
        "10万-100万内，已听证；只罚款未移送",
        [trigger("env-338-pollution/9", "私设暗管一根"), fined_only("罚款人民币伍拾万元整")], QUAL),
    Doc("hj04_fishery.txt", "fishery",
        "长江流域重点水域禁捕期在东洞庭湖电鱼（法释〔2022〕12号第三条第（三）项，刑法第340条），渔获38.5公斤不是"
        "唯一口径；二人各罚5万在渔业法第38条五万元以下内；只罚款未移送",
        [trigger("fishery-340-inland/5", "使用电瓶、逆变器等电捕鱼器具捕捞"), fined_only("对当事人彭建华罚款人民币伍万元")],
        QUAL),
    Doc("hj05_environment.txt", "environment",
        "无危险废物经营许可证以土法炼油处置废机油（HW08），法释〔2023〕7号第一条、第七条，刑法第338条，数量1.6吨"
        "不是唯一口径；罚100万在固废法第114条100万-500万内；只罚款未移送",
        [trigger("env-hazwaste-unlicensed/3", "采用土法炼油工艺"), fined_only("罚款人民币壹佰万元")], QUAL),
    Doc("hj06_tobacco.txt", "tobacco",
        "销售非法生产的卷烟26件8条=261,600支≥20万支（法释〔2010〕7号第三条，刑法第225条），违法经营额4.678万<5万"
        "不是唯一口径；罚20%在实施条例第58条20%-50%内；只罚款未移送",
        [threshold("tobacco-225-illegal-business/3", "共计26件8条", 261600.0),
         fined_only("计人民币玖仟叁佰伍拾陆元")], OVER),
    Doc("hj07_land.txt", "land",
        "非法占用永久基本农田0.38公顷=5.7亩≥5亩，耕作层破坏（地类在另一句；法释〔2000〕14号第三条，刑法第342条）；"
        "每平方米200元在实施条例第57条内，已听证；只罚款未移送",
        [threshold("land-342-cultivated/1", "当事人占用土地面积0.38公顷", 5.7), fined_only("计人民币柒拾陆万元整")], OVER),
    Doc("hj08_forestry.txt", "forestry",
        "盗伐林木立木蓄积7.4立方米≥5立方米（法释〔2023〕8号第三条，刑法第345条第一款）；出材量4.4立方米是错的口径；"
        "罚5倍在森林法第76条第一款5-10倍内；只罚款未移送",
        [threshold("forest-345-1-theft/1", "立木蓄积7.4立方米", 7.4), fined_only("计人民币贰万玖仟陆佰元")], OVER),
    Doc("hj09_wildlife.txt", "wildlife",
        "收购出售国家二级保护鹅喉羚制品（级别在另一句）价值2.43万元≥2万元（法释〔2022〕12号第六条，刑法第341条第一款）；"
        "罚2倍在野生动物保护法第52条第一款2-20倍内；只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "价值合计人民币贰万肆仟叁佰元", 24300.0),
         fined_only("即人民币肆万捌仟陆佰元")], OVER),
    Doc("hj10_mining.txt", "mining",
        "无证采石8,600吨×14元=120,400元≥10万元（法释〔2016〕25号第三条，刑法第343条；须自行相乘）；违法所得9.8万<10万"
        "是错的口径；罚30%在实施细则第42条50%以下内；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "采出石料共计8,600吨", 120400.0), fined_only("计人民币贰万玖仟肆佰元")],
        OVER),
    Doc("hj11_tax.txt", "tax",
        "无真实业务虚开增值税普通发票126份≥100份（法释〔2024〕4号第十二条，刑法第205条之一），票面42.13万<50万不是唯一"
        "口径；罚20万在发票管理办法第35条5万-50万内；只罚款未移送",
        [threshold("tax-205-1-ordinary-invoice/2", "开具增值税普通发票共126份", 126.0),
         fined_only("并处罚款人民币贰拾万元")], OVER),
    Doc("hj12_customs.txt", "customs",
        "两套合同低报价格走私，单位偷逃税款237,286.40元≥20万元（法释〔2014〕10号第二十四条，刑法第153条）；罚1倍在"
        "海关行政处罚实施条例第9条1-3倍内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/2", "偷逃税款共计人民币237,286.40元", 237286.4),
         fined_only("科处罚款人民币贰拾叁万柒仟贰佰捌拾陆元肆角")], OVER),
    Doc("hj13_public_security.txt", "public_security",
        "出售快递面单个人信息6,312条≥5,000条（法释〔2017〕10号第五条第一款第（五）项，刑法第253条之一）；违法所得2,100元"
        "<5,000元不是唯一口径；罚5倍在网络安全法第64条第二款1-10倍内；只罚款未移送",
        [threshold("pi-253-1-personal-information/3", "快递面单信息6312条", 6312.0),
         fined_only("并处违法所得五倍罚款人民币10,500元")], OVER),
    Doc("hj14_labor.txt", "other",
        "拖欠19名农民工工资27.4万元≥3万元，经责令限期支付逾期不支付且负责人下落不明（法释〔2013〕3号第三、四条，刑法"
        "第276条之一）；只作加付赔偿金处理未移送",
        [threshold("labor-276-1-wage-refusal/2", "拖欠孙某等19名农民工工资共计人民币贰拾柒万肆仟元", 274000.0),
         fined_only("计人民币壹拾叁万柒仟元")], OVER),
    Doc("hj15_intellectual_property.txt", "intellectual_property",
        "销售假冒注册商标的洗衣液，销售金额58,600.5元≥5万元（刑法第214条，thresholds.yaml 2025版）；获利1.21万<3万"
        "不是唯一口径；罚12.2万在商标法第60条违法经营额5倍以下内，已告知听证；只罚款未移送",
        [threshold("ip-214-sell-counterfeit/2", "销售收入合计人民币伍万捌仟陆佰元零伍角", 58600.5),
         fined_only("罚款人民币壹拾贰万贰仟元整")], OVER),
    Doc("hj16_product_quality.txt", "product_quality",
        "以不合格电线冒充合格产品销售，销售金额7.28万元≥5万元（立案追诉标准（一）第十六条，刑法第140条）；违法所得"
        "1.1万不是口径；罚50%在产品质量法第50条50%-3倍内；只罚款未移送",
        [threshold("product-140-fake-inferior/1", "销售金额为7.28万元", 72800.0),
         fined_only("处违法生产、销售产品货值金额百分之五十的罚款40,880元")], OVER),
    Doc("hj17_agriculture.txt", "agriculture",
        "销售假棉花种子2,400千克×36元=86,400元≥5万元（立案追诉标准（一）第二十三条，刑法第147条；须自行相乘）；"
        "罚10倍在种子法第74条10-20倍内，已听证；只罚款未移送",
        [threshold("product-147-agri-inputs/2", "当事人共销售上述种子2,400千克，每千克售价36元", 86400.0),
         fined_only("计人民币玖拾贰万壹仟陆佰元")], OVER),
    Doc("hj18_health.txt", "health",
        "无医师资格非法行医，曾受两次卫生行政处罚后又行医（法释〔2016〕27号第二条第（五）项，刑法第336条）；罚3万在医师法"
        "第59条违法所得不足1万按1万计2-10倍内；只罚款未移送",
        [threshold("health-336-illegal-medical-practice/1", "当事人曾因未取得医疗机构执业许可证擅自执业", 2.0),
         fined_only("处罚款人民币叁万元")], OVER),
    Doc("hj19_fishery.txt", "fishery",
        "禁渔期以禁用网具迷魂阵捕捞，渔获一千零六十斤=530千克≥500千克（法释〔2022〕12号第三条，刑法第340条；须换算）；"
        "二人各罚1.5万在渔业法第38条内；只罚款未移送",
        [threshold("fishery-340-inland/1", "经过磅共一千零六十斤", 530.0), fined_only("各处罚款人民币壹万伍仟元")], OVER),
    Doc("hj20_forestry.txt", "forestry",
        "采伐野生国家二级保护植物闽楠3株≥2株（树种与级别在另一段；法释〔2023〕8号第二条，刑法第344条）；罚3倍在野生植物保护"
        "条例第23条10倍以下内；只罚款未移送",
        [threshold("forest-344-protected-plants/3", "砍伐胸径约22至31厘米的楠木3株", 3.0),
         fined_only("并处违法所得三倍罚款人民币壹万叁仟伍佰元")], OVER),
    Doc("hj21_forestry.txt", "forestry",
        "占用国家二级公益林地0.41公顷=6.15亩≥5亩并毁坏林木（林种在另一句；法释〔2023〕8号第十一条，刑法第342条）；"
        "罚3倍在森林法第73条三倍以下内；只罚款未移送",
        [threshold("land-342-forest/1", "被占用林地面积为0.41公顷", 6.15), fined_only("计人民币壹拾叁万伍仟叁佰元")],
        OVER),
    Doc("hj22_environment.txt", "environment",
        "总镉超标4.2倍≥3倍（法释〔2023〕7号第一条第（五）项，刑法第338条）；罚35万在水污染防治法第83条10万-100万内，"
        "已告知听证；只罚款未移送",
        [threshold("env-338-pollution/2", "超标4.2倍", 4.2), fined_only("处以罚款人民币叁拾伍万元")], OVER),
    Doc("hj23_work_safety.txt", "work_safety",
        "违章作业致1人死亡的责任事故（另直接损失152万≥100万；法释〔2015〕22号第六条，刑法第134条第一款）；罚32万在"
        "安全生产法第114条一般事故30万-100万内；文书未记载移送，只罚款",
        [threshold("safety-134-1-major-liability/1", "经送医抢救无效死亡", 1.0), fined_only("罚款人民币叁拾贰万元")],
        OVER),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("hj24_forestry.txt", "forestry",
        "秦岭核心保护区内占用林地建民宿，限期拆除逾期未拆、仍营业、污水渗入山体（生态环境和资源保护领域）；占地2,140㎡"
        "=3.21亩<5亩不涉刑；罚款在森林法第73、74条内",
        [pil("ecology_resources", "当事人逾期仍未拆除上述建筑")], {"scenario": "pil", "continuing_harm": True}),
    Doc("hj25_agriculture.txt", "agriculture",
        "盗挖出售黑土1,890立方米，复查仍未回填复垦、塌方扩大、农户无法播种（生态环境和资源保护领域）；一般耕地1,050㎡"
        "<10亩不涉刑法第342条；每立方米500元在黑土地保护法第32条第二款内，已听证",
        [pil("ecology_resources", "当事人未回填、未复垦")], {"scenario": "pil", "continuing_harm": True}),
    Doc("hj26_land.txt", "land",
        "国有建设用地出让价款尚欠3,420万元三次催缴未缴（国有土地使用权出让领域）；处罚本身为未批先建，5%在城乡规划法"
        "第64条5%-10%内，已听证",
        [pil("state_land_transfer", "尚欠土地出让价款人民币叁仟肆佰贰拾万元")], {"scenario": "pil", "continuing_harm": True}),
    Doc("hj27_culture_tourism.txt", "culture_tourism",
        "省级文物保护单位保护范围内擅自建设，两次复查仍未拆除、路面未恢复（文物和文化遗产保护领域）；未损毁文物本体不涉"
        "刑法第324条；决定日2025-02-27适用2017年文物保护法第66条5万-50万",
        [pil("cultural_relics", "新建商铺仍未拆除")], {"scenario": "pil", "continuing_harm": True}),
    Doc("hj28_food_safety.txt", "food_safety",
        "校门口制售微生物超标糕点，责令改正后两次复查仍向小学生销售、出现腹泻病例（食品药品安全领域，不特定多数未成年人）；"
        "未达严重食源性疾病不涉刑法第143条；罚5万在食品安全法第124条内",
        [pil("food_drug_safety", "仍在店门口向第三小学学生销售奶油泡芙等自制糕点")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("hj29_work_safety.txt", "work_safety",
        "住宅楼底商餐厅燃气一般事故隐患逾期未整改，每日约300人就餐（安全生产领域）；非重大事故隐患，不涉刑法第134条之一；"
        "罚4万在安全生产法第102条五万元以下内",
        [pil("work_safety", "你单位逾期仍未整改")], {"scenario": "pil", "continuing_harm": True}),
    Doc("hj30_culture_tourism.txt", "culture_tourism",
        "网吧被责令改正后两次复查仍接纳未成年人（未成年人保护领域）；罚1.5万在互联网上网服务营业场所管理条例第31条"
        "一万五千元以下内，已告知听证",
        [pil("minors", "当事人仍接纳未成年人上网")], {"scenario": "pil", "continuing_harm": True}),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("hj31_food_safety.txt", "food_safety",
                 "经营超过保质期的食品，货值1,440元不足1万元，食品安全法第124条罚5万-10万；罚2万低于下限，初次违法不是"
                 "减轻处罚的法定情节且文书未适用减轻",
                 "三、罚款人民币贰万元"),
    out_of_range("hj32_environment.txt", "environment",
                 "超标排放大气污染物，大气污染防治法第99条罚10万-100万；罚150万超出上限",
                 "并处罚款人民币壹佰伍拾万元"),
    no_hearing("hj33_food_safety.txt", "food_safety",
               "市场监管对法人罚款14.592万元≥10万元（hearing.yaml市场监管单位十万元），只告知陈述、申辩，未告知听证；"
               "8倍在食品安全法第125条货值1万以上5-10倍内",
               "计人民币壹拾肆万伍仟玖佰贰拾元"),
    no_hearing("hj34_tax.txt", "tax",
               "税务机关对公民罚款4,920元≥2,000元（税务行政处罚听证程序实施办法第三条），只告知陈述、申辩，未告知听证；"
               "60%在征管法第64条第二款50%-5倍内",
               "计人民币肆仟玖佰贰拾元"),
    Doc("hj35_construction.txt", "construction",
        "城乡规划法（2019修正）共70条，引用的第七十四条不存在（无法改正的违建罚则为第64条，造价10%以下，8%在内）",
        [irregular("nonexistent_article", "《中华人民共和国城乡规划法》第七十四条第二款")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("hj36_market.txt", "market",
        "2024年10月9日立案、2025年3月18日决定，历时160日，扣除听证约10日仍超过行政处罚法第60条九十日（及市场监管"
        "程序规定延长30日），文书未记载延期批准；罚20万在广告法第55条20万-100万内，已听证",
        [irregular("time_limit", "本局于2024年10月9日根据投诉线索对当事人涉嫌发布虚假广告一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("hj37_tax.txt", "tax",
        "逃税16.84万元且占14.2%，但首次被税务处理、已补缴税款和滞纳金并接受行政处罚，依刑法第201条第四款不予追究；"
        "罚60%在征管法第63条内，已告知听证",
        flags={"scenario": "tax_paid", **NEAR}),
    Doc("hj38_forestry.txt", "forestry",
        "超证滥伐蓄积28.6立方米≥20立方米，但已移送公安机关并立案侦查，不是隐匿的移送线索；只责令补种，罚款待刑事程序终结",
        flags={"scenario": "transferred", "transferred": True, **NEAR}),
    Doc("hj39_mining.txt", "mining",
        "无证采砂价值11.34万元≥10万元，已移送公安机关，公安以证据不足不予立案并退回；罚40%在实施细则第42条内，已告知听证",
        flags={"scenario": "police_declined", "police_declined": True, **NEAR}),
    Doc("hj40_food_safety.txt", "food_safety",
        "举报瘦肉精、罂粟壳，三批次均未检出，无有毒有害物质；未履行进货查验罚5千在食品安全法第126条5千-5万内",
        flags={"scenario": "not_detected", **NEAR}),
    Doc("hj41_environment.txt", "environment",
        "COD超标0.05倍（非重金属），当日封堵、清淤，两次复查达标、农田未受影响，无持续损害；罚10万在水污染防治法第83条内，"
        "已告知听证",
        flags={"scenario": "pil_remedied", "continuing_harm": False, **NEAR}),
    Doc("hj42_tobacco.txt", "tobacco",
        "持证零售户未在当地批发企业进货真品卷烟180条=3.6万支<20万支，价值4.86万<5万且无前科（法释〔2010〕7号第三条）；"
        "罚5%在实施条例第56条5%-10%内",
        flags={"scenario": "under", **NEAR}),
    Doc("hj43_fishery.txt", "fishery",
        "禁渔期用非禁用刺网捕捞，渔获玖佰陆拾斤=480千克<500千克、价值5,760元<1万元，非禁用方法、非保护区（法释〔2022〕12号"
        "第三条）；各罚3千在渔业法第38条内",
        flags={"scenario": "under", **NEAR}),
    Doc("hj44_intellectual_property.txt", "intellectual_property",
        "销售侵权运动鞋，按标价计61,920元（错的口径）超过5万，实际销售金额41,200元<5万、违法所得9,632元<3万、"
        "已售加库存51,520元<15万，均不达刑法第214条；罚2倍在商标法第60条内，已告知听证",
        flags={"scenario": "wrong_measure", **NEAR}),
    Doc("hj45_forestry.txt", "forestry",
        "盗伐立木蓄积4.6立方米<5立方米、价值3,680元<2万元、无前科（法释〔2023〕8号第三条）；罚5倍在森林法第76条内",
        flags={"scenario": "under", **NEAR}),
    Doc("hj46_land.txt", "land",
        "占用永久基本农田2,000㎡=3.0亩<5亩、一般耕地0.9亩<10亩（法释〔2000〕14号第三条），不达刑法第342条；罚款在"
        "实施条例第57条内，已听证",
        flags={"scenario": "under", **NEAR}),
    Doc("hj47_environment.txt", "environment",
        "废铅蓄电池约2.7吨<3吨提供给无证个人，未倾倒拆解、无敏感区域等加重情节（法释〔2023〕7号第一条第（二）项）；"
        "罚60万为固废法第112条第二款处置费用按20万计3倍，已告知听证",
        flags={"scenario": "under", **NEAR}),
    Doc("hj48_customs.txt", "customs",
        "单位伪报原产地偷逃税款86,412.30元<20万元（亦<个人10万元），无走私前科（法释〔2014〕10号第十六、二十四条）；"
        "罚约1.5倍在海关行政处罚实施条例第9条1-3倍内，已听证",
        flags={"scenario": "under", **NEAR}),
    Doc("hj49_labor.txt", "other",
        "拖欠11人工资4.68万元，但在责令限期内足额支付，不是刑法第276条之一的经责令支付仍不支付；未编制工资台账逾期不改"
        "罚2万在保障农民工工资支付条例第54条2万-5万内",
        flags={"scenario": "remedied", **NEAR}),
    Doc("hj50_transport.txt", "transport",
        "简易程序：违反禁止标线指示罚100元在道路交通安全法第90条20-200元内，无刑事、公益或程序问题",
        flags={"scenario": "clean"}),
]

GROUPS = [
    # ── 化整为零: one company's two stores selling cigarettes without a licence, cut into two decisions the same day ──
    *[Doc(name, "tobacco",
          "同一公司（同一信用代码）两门店统一采购无证零售卷烟，同日拆成两案；违法经营额28,600+24,900=53,500元≥5万元"
          "（法释〔2010〕7号第三条，刑法第225条）；每案罚20%在烟草专卖法实施条例第57条20%-50%内",
          [split("tobacco-225-illegal-business/1", quote, 53500.0, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("hj51_tobacco.txt", "违法经营总额为人民币贰万捌仟陆佰元"),
                          ("hj52_tobacco.txt", "违法经营总额为人民币贰万肆仟玖佰元"))],
    # ── repeat offender: the same credit code punished again ten months later ──
    Doc("hj53_food_safety.txt", "food_safety",
        "使用超过保质期的食品原料，首次处罚；罚5万在食品安全法第124条货值不足1万5万-10万内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("hj54_food_safety.txt", "food_safety",
        "同一统一社会信用代码的单位在2024年8月20日处罚后约十个月再犯同类违法，二年内再犯；罚8万在第124条内",
        [repeat("郴州市北湖区湘粤食府餐饮有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
