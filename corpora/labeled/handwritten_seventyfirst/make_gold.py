"""Lead labels for the seventy-first hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-23 without reading any decision
of the earlier hand-written sets nor the screening code. The set is a set of CLOSE CALLS: for each
offence a true lead and a near miss that differ in ONE element, stated away from the figure (the
land kind, the forest kind, the substance, the information kind, the part over the licence, the
test result, the seller's knowledge, prior tax penalties, company or individual, wages paid or not,
an order obeyed or refused), plus public-interest harm continuing or remedied. Decisions are
written in the manner of published 行政处罚决定书 of city and county agencies in 湖南, 河北, 江西,
广东, 河南, 四川, 浙江, 湖北, 安徽, 山东, 云南, 广西, 江苏, 内蒙古, 福建, 贵州, 山西, 陕西 and 辽宁, and of
税务, 海关, 公安 and 人社 (all names, numbers, codes and addresses invented; credit codes carry valid
GB 32100-2015 check digits, identity numbers valid GB 11643 check digits). Labels come from the
law only: criminal thresholds from corpora/knowledge/thresholds.yaml, hearing figures from
corpora/knowledge/hearing.yaml, fine ranges and article existence from the statute text in force on
the decision date. Each row's ``meta.reason`` gives the one-line legal reason.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_seventyfirst/make_gold.py``.
"""

from __future__ import annotations

from pathlib import Path

from corpora.labeled import lead_gold
from corpora.labeled.lead_gold import (
    OVER,
    PIL,
    QUAL,
    Doc,
    fined_only,
    irregular,
    near,
    no_hearing,
    out_of_range,
    pil,
    repeat,
    split,
    threshold,
    trigger,
)

HERE = Path(__file__).resolve().parent
CREATED = "2026-11-23T02:05:00+00:00"
VERSION = "handwritten-seventyfirst/1"

SPLIT, REPEAT = "split-kx-liuzhou-lead-batteries", "repeat-kx-suzhou-vocs"

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("kx01_fishery.txt", "fishery",
        "长江流域重点水域常年禁捕（禁渔区、禁渔期，在另一段），四品种渔获物186.5+142+158.5+51=538千克≥500千克"
        "（fishery-340-inland/1，法释〔2022〕12号第三条，刑法第340条）；二人各罚2万在渔业法第38条五万元以下内，已告知听证；"
        "只罚款未移送",
        [threshold("fishery-340-inland/1", "现场查获渔获物经过磅，分品种如下", 538.0),
         fined_only("对柯长顺、柯长林各处罚款人民币贰万元")], OVER),
    Doc("kx03_land.txt", "land",
        "占用永久基本农田（地类在另一段）2,180+1,760=3,940平方米=5.91亩≥5亩，耕作层硬化破坏（land-342-cultivated/1，"
        "法释〔2000〕14号第三条，刑法第342条）；每平方米150元在实施条例第57条100-1000元内，已告知听证；只罚款未移送",
        [threshold("land-342-cultivated/1", "东块2,180平方米，西块1,760平方米", 5.91),
         fined_only("计人民币伍拾玖万壹仟元整")], OVER),
    Doc("kx05_forestry.txt", "forestry",
        "无采伐许可证采伐自有林木（滥伐），杉木12.4+马尾松9.1=21.5立方米≥20立方米（forest-345-2-overcutting/1，"
        "法释〔2023〕8号第六条，刑法第345条第二款）；罚林木价值3倍在森林法第76条第二款3-5倍内；只罚款未移送",
        [threshold("forest-345-2-overcutting/1", "被采伐林木分树种情况如下", 21.5),
         fined_only("罚款计人民币肆万玖仟零贰拾元")], OVER),
    Doc("kx07_environment.txt", "environment",
        "废机油（HW08危险废物，在另一段）17桶×每桶约0.2吨=3.4吨提供给无证个人≥3吨（env-338-pollution/1，"
        "法释〔2023〕7号第一条第（二）项，刑法第338条）；罚60万为固废法第112条第二款按20万计的3倍，在3-5倍内；只罚款未移送",
        [threshold("env-338-pollution/1", "共计17桶", 3.4), fined_only("即人民币陆拾万元整")], OVER),
    Doc("kx09_food_safety.txt", "food_safety",
        "豆芽中使用6-苄基腺嘌呤、4-氯苯氧乙酸钠（非食品原料，在另一段），生产销售有毒、有害食品为刑法第144条行为犯无金额"
        "门槛（food-144-toxic/1）；违法所得1,120元、货值3,860元不是计量口径；罚10万在食品安全法第123条货值不足1万10万-15万内；"
        "只罚款未移送",
        [trigger("food-144-toxic/1", "属于非食品原料"), fined_only("并处罚款人民币壹拾万元")], QUAL),
    Doc("kx11_drugs.txt", "drugs",
        "无批准文号的“胶囊”以非药品冒充药品，依药品管理法第98条第二款第（二）项按假药论处，销售假药为刑法第141条行为犯"
        "（drug-141-counterfeit/1）；罚150万为第116条货值不足10万按10万计15倍下限；只罚款吊证未移送",
        [trigger("drug-141-counterfeit/1", "应按假药论处"),
         fined_only("处货值金额十五倍罚款，即人民币壹佰伍拾万元")], QUAL),
    Doc("kx13_intellectual_property.txt", "intellectual_property",
        "明知（进价明显偏低、无票据）销售假冒注册商标的洗发水，三规格1,240×38+860×26+520×15=77,280元≥5万元"
        "（ip-214-sell-counterfeit/2，法释〔2004〕19号第二条，刑法第214条）；进货总额41,300元不是计量口径；罚2倍在商标法第60条"
        "五倍以下内，已告知听证；只罚款未移送",
        [threshold("ip-214-sell-counterfeit/2", "已售出情况如下", 77280.0),
         fined_only("计人民币壹拾伍万肆仟伍佰陆拾元")], OVER),
    Doc("kx15_tax.txt", "tax",
        "隐匿收入少缴增值税18.4万+企业所得税13.2万=31.6万元≥10万元且占23.1%≥10%（tax-201-evasion/1，刑法第201条）；已补缴，"
        "但五年内已两次因偷税受税务行政处罚（2021年、2023年，在另一段），第201条第四款不予追究不适用；罚1倍在征管法第63条"
        "50%-5倍内，已告知听证；只罚款未移送",
        [threshold("tax-201-evasion/1", "少缴增值税合计人民币壹拾捌万肆仟元", 316000.0),
         fined_only("计人民币叁拾壹万陆仟元")], OVER),
    Doc("kx17_customs.txt", "customs",
        "个人旅检夹藏走私，偷逃关税21,460+增值税56,380+消费税35,920=113,760元≥10万元（个人线，customs-153-ordinary-goods/1，"
        "法释〔2014〕10号第十六条，刑法第153条）；罚8万在海关行政处罚实施条例第9条第一款第（三）项3倍以下内，已告知听证；"
        "只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "计核偷逃税款如下", 113760.0),
         fined_only("对当事人科处罚款人民币捌万元")], OVER),
    Doc("kx19_public_security.txt", "public_security",
        "出售租赁车辆实时定位及停留点86条，性质为行踪轨迹（在另一段）≥50条（pi-253-1-personal-information/1，"
        "法释〔2017〕10号第五条第一款第（三）项，刑法第253条之一）；违法所得2,580元<5000元不是唯一口径；罚违法所得8倍在网络安全法"
        "第64条第二款1-10倍内，已告知听证；只罚款未移送",
        [threshold("pi-253-1-personal-information/1", "共计86条", 86.0),
         fined_only("并处违法所得八倍罚款，计人民币贰万零陆佰肆拾元")], OVER),
    Doc("kx21_labor.txt", "other",
        "拖欠23名农民工工资71,200+48,300+32,400=151,900元≥3万元，经限期改正指令书责令支付逾期仍不支付且负责人失联"
        "（labor-276-1-wage-refusal/2，法释〔2013〕3号第三、四条，刑法第276条之一）；只作加付赔偿金50%处理未移送",
        [threshold("labor-276-1-wage-refusal/2", "拖欠情况如下", 151900.0),
         fined_only("计人民币柒万伍仟玖佰伍拾元")], OVER),
    Doc("kx23_work_safety.txt", "work_safety",
        "罐区重大事故隐患被责令停产停业整改后拒不执行、仍组织14人投料生产（safety-134-1a-dangerous-operation/2，刑法第134条之一"
        "第（二）项危险作业罪）；罚单位5万在安全生产法第102条五万元以下内、负责人6万在5万-10万内，已告知听证；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/2", "你单位对责令停产停业的决定拒不执行"),
         fined_only("对你单位处罚款人民币伍万元")], QUAL),
    Doc("kx25_fishery.txt", "fishery",
        "使用电鱼禁用方法捕捞（fishery-340-inland/5，刑法第340条，法释〔2022〕12号第三条第（三）项），渔获8.6千克不影响；罚5千"
        "在渔业法第38条内；只罚款未移送",
        [trigger("fishery-340-inland/5", "以电鱼方式捕捞"), fined_only("并处罚款人民币伍仟元")], QUAL),
    Doc("kx28_wildlife.txt", "wildlife",
        "收购野外来源画眉、红嘴相思鸟（国家二级保护，在另一段），价值36×380+22×300=20,280元≥2万元（wildlife-341-1-endangered/1，"
        "法释〔2022〕12号第六条，刑法第341条第一款）；收购均价45元不是计量口径；罚2倍在野生动物保护法第52条内，已告知听证；"
        "只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "画眉每只380元，红嘴相思鸟每只300元", 20280.0),
         fined_only("计人民币肆万零伍佰陆拾元")], OVER),
    Doc("kx29_environment.txt", "environment",
        "电镀废水总铅0.93mg/L、限值0.2mg/L，超标3.65倍≥3倍（铅，env-338-pollution/2，法释〔2023〕7号第一条第（四）项，"
        "刑法第338条）；总铬未超标；罚30万在水污染防治法第83条10万-100万内，已告知听证；只罚款未移送",
        [threshold("env-338-pollution/2", "总铅浓度超过排放标准3.65倍", 3.65), fined_only("处罚款人民币叁拾万元")], OVER),
    Doc("kx31_land.txt", "land",
        "开垦基本草原（打草场，在另一段）1.45公顷=21.75亩≥20亩，植被严重毁坏（land-342-grassland/1，法释〔2012〕15号第二条，"
        "刑法第342条）；罚3万在草原法第66条无违法所得五万元以下内，已告知听证；只罚款未移送",
        [threshold("land-342-grassland/1", "开垦地块面积1.45公顷", 21.75), fined_only("并处罚款人民币叁万元")], OVER),
    Doc("kx32_public_security.txt", "public_security",
        "出售酒店住客入住记录620条（住宿信息，重要信息，内容在另一段）≥500条（pi-253-1-personal-information/2，法释〔2017〕10号"
        "第五条第一款第（四）项，刑法第253条之一）；罚违法所得10倍在网络安全法第64条第二款1-10倍内，已告知听证；只罚款未移送",
        [threshold("pi-253-1-personal-information/2", "共计620条", 620.0),
         fined_only("并处违法所得十倍罚款，计人民币壹万捌仟陆佰元")], OVER),
    Doc("kx33_customs.txt", "customs",
        "单位伪报品名走私化妆品，偷逃关税4.38万+增值税11.56万+消费税7.66万=23.6万元≥20万元（单位线，"
        "customs-153-ordinary-goods/2，法释〔2014〕10号第二十四条，刑法第153条）；罚15万在实施条例第9条第一款第（三）项内，"
        "已告知听证；只罚款未移送",
        [threshold("customs-153-ordinary-goods/2", "该批货物偷逃应缴税款情况", 236000.0),
         fined_only("科处罚款人民币壹拾伍万元")], OVER),
    Doc("kx34_intellectual_property.txt", "intellectual_property",
        "在轴承上打印他人注册商标（假冒注册商标），非法经营数额=已售1,800×16+库存2,600×标价14=65,200元≥5万元"
        "（ip-213-counterfeit-trademark/1，法释〔2004〕19号第一条、第十二条，刑法第213条）；原料进货18,900元不是计量口径；"
        "罚3倍在商标法第60条内，已告知听证；只罚款未移送",
        [threshold("ip-213-counterfeit-trademark/1", "已销售打标轴承1,800套", 65200.0),
         fined_only("计人民币壹拾玖万伍仟陆佰元")], OVER),
    Doc("kx35_forestry.txt", "forestry",
        "擅自改变林地用途毁坏特种用途林（风景林，林种在另一段）3,640平方米=5.46亩≥5亩（land-342-forest/1，法释〔2023〕8号"
        "第一条，刑法第342条）；罚恢复费用2倍在森林法第73条三倍以下内，已告知听证；只罚款未移送",
        [threshold("land-342-forest/1", "毁坏林地面积3,640平方米", 5.46), fined_only("罚款计人民币捌万肆仟元")], OVER),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("kx37_environment.txt", "environment",
        "养殖废水经明沟直排杨柳河，责令停止后两次复查仍排放、下游1.2公里黑臭、村民无法灌溉（生态环境和资源保护领域）；"
        "COD、氨氮非重金属，不涉刑法第338条；罚5万在水污染防治法第84条第二款2万-10万内",
        [pil("ecology_resources", "排放仍未停止")], PIL),
    Doc("kx38_food_safety.txt", "food_safety",
        "校门口向学生销售过期辣条，责令下架后两次复查仍在销售（食品药品安全领域，不特定多数未成年人）；罚5万在食品安全法"
        "第124条货值不足1万5万-10万内，已告知听证",
        [pil("food_drug_safety", "当事人仍未停止销售")], PIL),
    Doc("kx39_mining.txt", "mining",
        "未经许可河道采砂，责令停止后两次暗访仍在采砂、堤脚淘刷扩大，行洪与堤防安全持续受威胁（生态环境和资源保护领域）；"
        "未认定采砂数量价值，不作刑法第343条线索；河道管理条例第44条第一款第（四）项可以并处罚款，罚3万，已告知听证",
        [pil("ecology_resources", "当事人未撤离机具，未回填深坑")], PIL),
    Doc("kx40_forestry.txt", "forestry",
        "毁坏商品林地1,420平方米=2.13亩<10亩（不涉刑法第342条），责令限期恢复逾期未补种，塌方、泥沙入溪，水土流失持续"
        "（生态环境和资源保护领域）；罚林木价值3倍在森林法第74条五倍以下内，已告知听证",
        [pil("ecology_resources", "水土流失仍在持续")], PIL),
    Doc("kx41_environment.txt", "environment",
        "一般工业固体废物（炉渣、除尘灰，经鉴别非危险废物）倾倒于湿地公园外围河滩，责令清运后两次复查仍未清运并新增倾倒，"
        "渗滤液入河（生态环境和资源保护领域）；罚处置费用按10万计的2倍=20万在固废法第102条第二款（七）1-3倍内，已告知听证",
        [pil("ecology_resources", "当事人仍未清运")], PIL),
    Doc("kx42_food_safety.txt", "food_safety",
        "无证学生午托班供餐、餐具消毒不合格，责令停止后两次复查仍每日供餐（食品药品安全领域，不特定多数未成年人）；罚5万在"
        "食品安全法第122条货值不足1万5万-10万内，已告知听证",
        [pil("food_drug_safety", "当事人仍在供餐")], PIL),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("kx45_environment.txt", "environment",
                 "超标排放（COD超标0.85倍），水污染防治法第83条罚10万-100万；罚6万低于下限，设备故障不是法定减轻情节，"
                 "文书未写明减轻处罚；单位6万<10万无需告知听证",
                 "处罚款人民币陆万元"),
    out_of_range("kx46_food_safety.txt", "food_safety",
                 "无证生产食品，货值6,380元不足1万元，食品安全法第122条第一款罚5万-10万；罚12万超出上限，无从重以外的依据；"
                 "已告知听证",
                 "并处罚款人民币壹拾贰万元"),
    no_hearing("kx47_food_safety.txt", "food_safety",
               "市场监管对个人罚款5万元≥1万元（hearing.yaml市场监管个人一万元，行政处罚法第63条），只告知陈述、申辩，"
               "未告知听证；罚款在食品安全法第122条货值不足1万5万-10万内",
               "并处罚款人民币伍万元"),
    no_hearing("kx48_public_security.txt", "public_security",
               "公安机关对个人罚款5,000元≥2,000元（公安机关办理行政案件程序规定第123条），只告知陈述、申辩，未告知听证；"
               "罚款在反电信网络诈骗法第44条二十万元以下内；未用于诈骗不涉刑法第287条之二",
               "并处罚款人民币伍仟元"),
    Doc("kx49_work_safety.txt", "work_safety",
        "安全生产法（2021修正）共119条，引用的第一百三十二条不存在（未教育培训的罚则为第97条第（三）项，十万元以下，"
        "3万元在内），已告知听证",
        [irregular("nonexistent_article", "《中华人民共和国安全生产法》第一百三十二条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("kx50_environment.txt", "environment",
        "2024年8月5日立案、2025年4月18日决定，历时256日，超过行政处罚法第60条九十日，文书明载未批准延期、无中止；"
        "罚5万在大气污染防治法第117条1万-10万内，已告知听证",
        [irregular("time_limit", "我局于2024年8月5日对当事人煤泥露天堆放、未采取防风抑尘措施一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives: each the near twin of a lead above, differing in one element ──
    Doc("kx02_fishery.txt", "fishery",
        "禁捕水域刺网捕捞，渔获204.5+131+96+32=463.5千克<500千克，网目合规、无电鱼等禁用工具（fishery-340-inland/1不达）；"
        "罚1.5万在渔业法第38条内，已告知听证",
        flags=near("under")),
    Doc("kx04_land.txt", "land",
        "占地3,940平方米=5.91亩，但地类为一般耕地（水浇地）不在永久基本农田内（地类在另一段），其他耕地线10亩未达"
        "（land-342-cultivated/2）；每平方米100元在实施条例第57条内，已告知听证",
        flags=near("under")),
    Doc("kx06_forestry.txt", "forestry",
        "持证采伐15立方米，实采21.5立方米；滥伐数量只计超出许可证的6.5立方米<20立方米（法释〔2023〕8号第六条），21.5是"
        "错误口径；罚超采价值3倍在森林法第76条第二款内，已告知听证",
        flags=near("under")),
    Doc("kx08_environment.txt", "environment",
        "17吨袋约3.4吨交无资质个人，但属性鉴别报告结论为一般工业固体废物、不具危险特性，不涉刑法第338条（危险废物3吨线）；"
        "罚15万在固废法第102条第二款（八）5万-20万、（九）10万-100万内，已告知听证",
        flags=near("not_detected")),
    Doc("kx10_food_safety.txt", "food_safety",
        "举报使用无根粉，两批次均未检出6-苄基腺嘌呤等，不涉刑法第144条；未查验进货、责令改正后拒不改正，罚5千在食品安全法第126条5千-5万内",
        flags=near("not_detected")),
    Doc("kx12_drugs.txt", "drugs",
        "举报假药，抽检按国家药品标准符合规定、批准文号真实，不是假药；购销记录不全依药品管理法第130条给予警告",
        flags=near("not_detected")),
    Doc("kx14_intellectual_property.txt", "intellectual_property",
        "销售假冒注册商标洗发水62,400元（超过5万元），但有合同、发票、付款凭证，进价与正品相当，机关认定不知道并能证明"
        "合法取得、说明提供者（商标法第60条第二款），缺刑法第214条“明知”；只责令停止销售、没收，未罚款",
        flags=near("lawful_source")),
    Doc("kx16_tax.txt", "tax",
        "少缴税款31.6万元且占23.1%，但首次被税务处理、五年内无逃税处罚，已补缴税款滞纳金并缴纳罚款，依刑法第201条第四款"
        "不予追究；罚50%在征管法第63条内，已告知听证",
        flags=near("tax_paid")),
    Doc("kx18_customs.txt", "customs",
        "单位低报价格走私，偷逃应缴税款16.3万元：超过个人线10万元，但单位走私线为20万元（法释〔2014〕10号第二十四条）"
        "未达；罚10万在实施条例第9条第一款第（三）项内，已告知听证",
        flags=near("under")),
    Doc("kx20_public_security.txt", "public_security",
        "出售客户登记表860条，仅姓名、手机号、意向小区面积，明载不含行踪轨迹、财产等（一般个人信息），5000条线未达；"
        "违法所得4,300元<5000元；罚违法所得5倍在网络安全法第64条第二款内，已告知听证",
        flags=near("under")),
    Doc("kx22_labor.txt", "other",
        "分包单位拖欠23人工资151,900元，但总包在限期改正指令书期限内（12月23日<12月26日）足额清偿，不是刑法第276条之一"
        "的经责令支付仍不支付；未开设专用账户逾期不改罚5万在保障农民工工资支付条例第55条5万-10万内，已告知听证",
        flags=near("remedied")),
    Doc("kx24_work_safety.txt", "work_safety",
        "同类重大事故隐患被责令停产停业整改，停产期间无投料、整改验收后恢复生产，未拒不执行，不涉刑法第134条之一；"
        "未维护检测安全设备罚3万在安全生产法第99条五万元以下内，已告知听证",
        flags=near("remedied")),
    Doc("kx26_fishery.txt", "fishery",
        "电鱼捕捞，已移送公安机关并立案侦查，不再罚款，不是隐匿的移送线索",
        flags=near("transferred", transferred=True)),
    Doc("kx27_forestry.txt", "forestry",
        "占用毁坏公益林地5.61亩≥5亩，已移送公安，公安出具不予立案通知书、复议维持后退回，机关依森林法第73条罚款；罚2倍在三倍以下内，"
        "已告知听证",
        flags=near("police_declined", police_declined=True)),
    Doc("kx30_environment.txt", "environment",
        "电镀废水总镍超标3.65倍（与kx29同一数字），但镍的线为10倍（法释〔2023〕7号，env-338-pollution/3）未达；总铜未超标；"
        "罚25万在水污染防治法第83条内，已告知听证",
        flags=near("under")),
    Doc("kx36_forestry.txt", "forestry",
        "毁坏林地3,640平方米=5.46亩，林种为一般用材林（商品林，在另一段），商品林线10亩未达（land-342-forest/2）；罚在森林法"
        "第73条内，已告知听证",
        flags=near("under")),
    Doc("kx43_environment.txt", "environment",
        "养殖废水明沟外排，次日封堵、建沼液池，两次复查无外排、下游断面恢复Ⅲ类，损害已消除，无持续损害；罚3万在水污染防治法"
        "第84条第二款2万-10万内",
        flags=near("pil_remedied", continuing_harm=False)),
    Doc("kx44_food_safety.txt", "food_safety",
        "校门口销售过期辣条，当日下架封存、召回，两次复查未再销售，无持续损害；罚5万在食品安全法第124条内，已告知听证",
        flags=near("pil_remedied", continuing_harm=False)),
]

GROUPS = [
    # ── 化整为零: one repair shop's three hand-overs of waste lead-acid batteries, cut into three decisions ──
    *[Doc(name, "environment",
          "同一单位（同一信用代码）三次将废铅蓄电池（HW31）交无证个人，同日拆成三案；累计1.1+1.2+150只×6千克=3.2吨≥3吨"
          "（env-338-pollution/1，法释〔2023〕7号第一条第（二）项，刑法第338条）；每案罚60万在固废法第112条第二款内，已告知听证",
          [split("env-338-pollution/1", quote, 3.2, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("kx51_environment.txt", "过磅重量1.1吨"),
                          ("kx52_environment.txt", "过磅单载明净重1,200千克"),
                          ("kx53_environment.txt", "该批电池共150只，每只约6千克"))],
    # ── repeat offender: the same credit code punished again about nine months later ──
    Doc("kx54_environment.txt", "environment",
        "挥发性有机物无组织排放，首次处罚，罚3万元在大气污染防治法第108条2万-20万内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("kx55_environment.txt", "environment",
        "同一统一社会信用代码的单位在2024年7月2日处罚后约九个月再犯同类违法，二年内再犯；罚8万元在第108条内",
        [repeat("苏州市吴中区锦华家具制造有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
