"""Lead labels for the sixty-eighth hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-23 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``kuNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of agencies across the country (市场监管, 药监,
应急管理, 生态环境, 自然资源, 林业, 渔政, 烟草, 税务, 海关, 公安, 人社, 文旅, 城管); all names, numbers,
codes and addresses are invented; credit codes carry valid GB 32100-2015 check digits, identity numbers
valid GB 11643 check digits (some masked). The set is written the way clerks write long decisions: the
figure in one paragraph and its qualifier (protection level, land kind, information kind, waste code) in
another, several parties with separate fines, totals left for the reader to add, quantities times prices
per grade, batches listed by date, figures in 大写 or 万元, and hard near misses. Labels come from the law
only: criminal thresholds from corpora/knowledge/thresholds.yaml, hearing figures from
corpora/knowledge/hearing.yaml, fine ranges and article existence from the statute text in force on the
decision date. Each row's ``meta.reason`` gives the one-line legal reason.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_sixtyeighth/make_gold.py``.
"""

from __future__ import annotations

from pathlib import Path

from corpora.labeled import lead_gold
from corpora.labeled.lead_gold import (
    PIL,
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
CREATED = "2026-11-23T02:00:00+00:00"
VERSION = "handwritten-sixtyeighth/1"

SPLIT, REPEAT = "split-ku-wuzhou-fishery", "repeat-ku-dongguan-vocs"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("ku01_food_safety.txt", "food_safety",
        "压片糖果检出西地那非（药品成分，非食品原料），刑法第144条行为犯无金额门槛（food-144-toxic/1）；罚12万在食品安全法"
        "第123条货值不足1万10万-15万内；只罚款未移送",
        [trigger("food-144-toxic/1", "送检样品中检出西地那非成分"), fined_only("三、罚款人民币壹拾贰万元整")], QUAL),
    Doc("ku02_drugs.txt", "drugs",
        "以非药品冒充药品，依药品管理法第98条第二款第（二）项为假药，销售假药为刑法第141条行为犯（drug-141-counterfeit/1）；"
        "罚150万为第116条货值不足10万按10万计15倍下限；只罚款吊证未移送",
        [trigger("drug-141-counterfeit/1", "上述产品为假药"), fined_only("并处罚款人民币150万元")], QUAL),
    Doc("ku03_work_safety.txt", "work_safety",
        "重大事故隐患被责令停止使用储罐区后拒不执行、继续装卸11车次（刑法第134条之一第（二）项，"
        "safety-134-1a-dangerous-operation/2）；单位5万在安全生产法第102条五万元以下内、总经理6万在5万-10万内，已告知听证；"
        "只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/2", "该公司仍继续使用该储罐区进行装卸作业"),
         fined_only("对该公司处以罚款人民币伍万元")], QUAL),
    Doc("ku04_environment.txt", "environment",
        "通过地下暗管排放含镍、六价铬电镀漂洗废水（有毒物质，在另一段），法释〔2023〕7号第一条第（四）项无数量要求"
        "（env-338-pollution/9）；罚45万在水污染防治法第83条10万-100万内，已听证；只罚款未移送",
        [trigger("env-338-pollution/9", "车间西北角地面下埋设有一根直径约5厘米的PVC管"),
         fined_only("2.罚款人民币肆拾伍万元")], QUAL),
    Doc("ku05_environment.txt", "environment",
        "废矿物油（HW08，另一段）三次提供给无证收购人1.26+0.98+1.22=3.46吨≥3吨（法释〔2023〕7号第一条第（二）项，"
        "env-338-pollution/1，合计栏空白）；罚60万为固废法第112条第二款处置费按20万计的3倍；只罚款未移送",
        [threshold("env-338-pollution/1", "2024年5月11日　　1.26", 3.46), fined_only("罚款人民币陆拾万元整")], OVER),
    Doc("ku06_land.txt", "land",
        "非法占用永久基本农田（地类在另一段）A 1,862.4+B 2,307.6=4,170平方米=6.255亩≥5亩且耕作层严重毁坏"
        "（land-342-cultivated/1，刑法第342条）；每平方米200元在实施条例第57条100-1000元内；只罚款未移送",
        [threshold("land-342-cultivated/1", "A地块1,862.4平方米", 6.255), fined_only("计人民币捌拾叁万肆仟元")], OVER),
    Doc("ku07_forestry.txt", "forestry",
        "无证采伐自有承包林，杉木14.62+马尾松7.93=22.55立方米≥20立方米（forest-345-2-overcutting/1，刑法第345条第二款）；"
        "罚3倍在森林法第76条第二款3-5倍内；只罚款未移送",
        [threshold("forest-345-2-overcutting/1", "折合立木蓄积14.62立方米", 22.55),
         fined_only("计人民币肆万陆仟元零贰元（46,002元）")], OVER),
    Doc("ku08_wildlife.txt", "wildlife",
        "收购出售国家二级保护野生动物（级别在另一段），价值3×3,000+5×2,400+2×1,500=24,000元≥2万元"
        "（wildlife-341-1-endangered/1）；收购价1,860元不是计量口径；两人各罚，李2倍在野生动物保护法第52条2-20倍内；"
        "只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "白鹇3只", 24000.0), fined_only("计人民币肆万捌仟元")], OVER),
    Doc("ku09_fishery.txt", "fishery",
        "黄河禁渔期内以合规刺网捕捞，四批次126.5+138+142+139.5=546公斤≥500千克（fishery-340-inland/1，刑法第340条）；"
        "父子各罚在渔业法第38条内；只罚款未移送",
        [threshold("fishery-340-inland/1", "4月2日　 126.5公斤", 546.0), fined_only("对陈大勇罚款人民币贰万元")], OVER),
    Doc("ku10_mining.txt", "mining",
        "无证采花岗岩，碎石3,120吨×28+石粉1,460吨×19=115,100元≥10万元（mining-343-1-illegal/1，刑法第343条）；"
        "违法所得4.6万不是计量口径；罚50%在实施细则第42条违法所得50%以下内；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "碎石（规格10-30mm）3,120吨", 115100.0),
         fined_only("计人民币贰万叁仟元")], OVER),
    Doc("ku11_intellectual_property.txt", "intellectual_property",
        "销售假冒注册商标运动鞋，销售金额412×95+236×78=57,548元≥5万元（ip-214-sell-counterfeit/2，刑法第214条）；"
        "罚12.593万在商标法第60条违法经营额（含库存66,395元）五倍以下内，已听证；只罚款未移送",
        [threshold("ip-214-sell-counterfeit/2", "款式A（气垫款）销售412双", 57548.0),
         fined_only("罚款人民币拾贰万伍仟玖佰叁拾元")], OVER),
    Doc("ku12_tobacco.txt", "tobacco",
        "无许可证经营卷烟，86×260+120×230+45×190=58,510元≥5万元（tobacco-225-illegal-business/1，刑法第225条）；"
        "罚20%在烟草专卖法实施条例第57条20%-50%内；只罚款未移送",
        [threshold("tobacco-225-illegal-business/1", "芙蓉王（硬）86条", 58510.0),
         fined_only("计人民币壹万壹仟柒佰零贰元")], OVER),
    Doc("ku13_tax.txt", "tax",
        "无真实交易虚开增值税专用发票28份，税额38,216.81+41,522.12+29,734.51=109,473.44元≥10万元"
        "（tax-205-vat-invoice/1，法释〔2024〕4号第十一条）；罚30万在发票管理办法第35条5万-50万内；只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "税额38,216.81元", 109473.44), fined_only("并处罚款人民币叁拾万元")], OVER),
    Doc("ku14_tax.txt", "tax",
        "隐匿收入不申报，少缴税款86,420+6,049.40+52,300=144,769.40元≥10万元且占14.19%≥10%（tax-201-evasion/1）；"
        "经税务处理决定追缴后未补缴，不适用刑法第201条第四款；罚80%在征管法第63条50%-5倍内；只罚款未移送",
        [threshold("tax-201-evasion/1", "少缴增值税86,420元", 144769.4),
         fined_only("计人民币壹拾壹万伍仟捌佰壹拾伍元伍角贰分")], OVER),
    Doc("ku15_other.txt", "other",
        "拖欠23名农民工工资8×6,200×2+15×4,300=163,700元≥3万元，经责令限期支付逾期仍不支付且负责人逃匿"
        "（labor-276-1-wage-refusal/2，刑法第276条之一）；只作加付赔偿金处理未移送",
        [threshold("labor-276-1-wage-refusal/2", "按约定每人每月6,200元", 163700.0),
         fined_only("并按应付金额百分之五十的标准向劳动者加付赔偿金")], OVER),
    Doc("ku16_customs.txt", "customs",
        "伪报价格走私进口葡萄酒，偷逃关税48,620.35+增值税59,318.22+消费税42,100.11=150,038.68元≥10万元"
        "（customs-153-ordinary-goods/1，刑法第153条）；海关只科处罚款追缴等值价款未移送缉私立案",
        [threshold("customs-153-ordinary-goods/1", "关税48,620.35元", 150038.68),
         fined_only("对当事人科处罚款人民币壹拾伍万元整")], OVER),
    Doc("ku17_public_security.txt", "public_security",
        "出售车辆实时位置（行踪轨迹信息，性质在另一段）23+19+14=56条≥50条（pi-253-1-personal-information/1，刑法第253条"
        "之一）；违法所得2,800元<5,000元不是唯一口径；罚5倍在网络安全法第64条第二款1-10倍内，已告知听证；只罚款未移送",
        [threshold("pi-253-1-personal-information/1", "3月份出售23条", 56.0),
         fined_only("并处违法所得五倍罚款人民币14,000元")], OVER),
    Doc("ku18_product_quality.txt", "product_quality",
        "以不合格电线冒充合格，销售金额186×158+97×246=53,250元≥5万元（product-140-fake-inferior/1，刑法第140条）；"
        "进货款4.18万不是计量口径；罚57,730元为货值（含库存4,480）1倍，在产品质量法第50条50%-3倍内，已听证；只罚款未移送",
        [threshold("product-140-fake-inferior/1", "BV2.5型销售186卷", 53250.0),
         fined_only("并处罚款人民币伍万柒仟柒佰叁拾元")], OVER),
    Doc("ku19_forestry.txt", "forestry",
        "采挖野生南方红豆杉（国家一级保护，级别在另一段）4株≥1株（forest-344-protected-plants/1，刑法第344条）；"
        "无违法所得不罚款（野生植物保护条例第23条）；只没收未移送",
        [threshold("forest-344-protected-plants/1", "采挖野生南方红豆杉4株", 4.0),
         fined_only("没收所采挖的南方红豆杉4株，移交独坡镇林业站就近移栽管护")], OVER),
    Doc("ku20_drugs.txt", "drugs",
        "销售不符合标准的一次性使用医用口罩（医用卫生材料），三批1,200×18+900×18+700×19.5=51,450元≥5万元"
        "（product-145-medical-devices/2，刑法第145条）；罚5倍在医疗器械监督管理条例第86条5-20倍内；只罚款未移送",
        [threshold("product-145-medical-devices/2", "2025年1月8日，1,200盒，每盒18元", 51450.0),
         fined_only("罚款人民币贰拾伍万柒仟贰佰伍拾元")], OVER),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("ku21_environment.txt", "environment",
        "磷石膏渣场渗滤液入河，总磷超标1.9倍（<3倍，非重金属），责令改正后两次复查仍持续外渗、下游无法灌溉（生态环境和"
        "资源保护领域）；罚20万在水污染防治法第83条10万-100万内",
        [pil("ecology_resources", "渗滤液仍从截洪沟破损处持续外渗")], PIL),
    Doc("ku22_food_safety.txt", "food_safety",
        "校门对面销售超范围使用甜蜜素的调味面制品，责令下架召回后两次复查仍向学生出售（食品药品安全领域）；未达刑法"
        "第143条严重后果；罚5万在食品安全法第124条货值不足1万5万-10万内",
        [pil("food_drug_safety", "并向放学学生出售")], PIL),
    Doc("ku23_land.txt", "land",
        "国有建设用地使用权出让价款7,680万元三次催缴仍未缴入国库，未办证即开工、责令停工后仍施工（国有土地使用权"
        "出让领域）；处理决定无罚款",
        [pil("state_land_transfer", "尚欠国有建设用地使用权出让价款7,680万元未缴入国库")], PIL),
    Doc("ku24_culture_tourism.txt", "culture_tourism",
        "省级文物保护单位保护范围内擅自施工致宗祠墙体开裂，责令停工后两次复查仍施工、裂缝扩大（文物和文化遗产保护领域）；"
        "未达刑法第324条；罚10万在文物保护法（2017）第66条5万-50万内",
        [pil("cultural_relics", "宗祠东墙裂缝有扩大趋势")], PIL),
    Doc("ku25_public_security.txt", "public_security",
        "应用程序强制收集约37万用户通讯录、定位并向第三方传输，责令限期改正后复测仍未改正（个人信息保护领域）；"
        "罚10万在个人信息保护法第66条第一款一百万元以下内",
        [pil("personal_information", "新版本仍强制收集通讯录信息")], PIL),
    Doc("ku26_culture_tourism.txt", "culture_tourism",
        "网吧接纳未成年人，责令改正后两次复查仍有未成年人上网（未成年人保护领域）；罚1.5万在互联网上网服务营业场所"
        "管理条例第31条一万五千元以下内，已告知听证",
        [pil("minors", "当事人场所内仍分别有3名、5名未成年人上网")], PIL),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("ku27_food_safety.txt", "food_safety",
                 "用超过保质期的食品原料，货值1,260元不足1万元，食品安全法第124条第一款罚5万-10万；罚3万低于下限，"
                 "只有从轻请求而无减轻处罚的法定情节",
                 "并处罚款人民币叁万元"),
    out_of_range("ku28_environment.txt", "environment",
                 "超标排放大气污染物，大气污染防治法第99条罚10万-100万；罚120万超出上限",
                 "罚款人民币壹佰贰拾万元"),
    no_hearing("ku29_market.txt", "market",
               "市场监管对组织罚款12万元≥10万元（hearing.yaml市场监管组织十万元，行政处罚法第63条），只告知陈述、申辩，"
               "未告知听证；罚款在价格违法行为行政处罚规定第7条5万-50万内",
               "本局决定：罚款人民币拾贰万元"),
    no_hearing("ku30_tax.txt", "tax",
               "税务机关对个人罚款3万元≥2,000元（hearing.yaml税务个人二千元），只告知陈述、申辩，未告知听证；罚款在发票"
               "管理办法（2023）第37条第一款1万-5万内",
               "决定：对你处以罚款人民币叁万元"),
    Doc("ku31_food_safety.txt", "food_safety",
        "食品安全法（2021修正）共154条，引用的第一百六十二条不存在（无证经营罚则为第122条，货值不足1万5万-10万，"
        "罚5万在内），已听证",
        [irregular("nonexistent_article", "《中华人民共和国食品安全法》第一百六十二条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("ku32_construction.txt", "construction",
        "2023年12月4日立案、2024年7月10日决定，历时219日，超过行政处罚法第60条九十日，文书未记载延期批准或中止；"
        "罚3万依城市绿化条例第27条",
        [irregular("time_limit", "本局于2023年12月4日对当事人涉嫌擅自将小区内绿地改建为停车场一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("ku33_environment.txt", "environment",
        "危险废物交无证个人0.92+0.87+1.06=2.85吨<3吨（法释〔2023〕7号第一条第（二）项），未倾倒于外环境；罚60万"
        "（大于门槛的数字不是计量口径）为固废法第112条第二款处置费按20万计的3倍，已听证",
        flags=near("under")),
    Doc("ku34_tax.txt", "tax",
        "逃税139,162.60元且占23.4%，但首次被税务处理即全额补缴税款滞纳金、五年内无刑事处罚或二次以上行政处罚，"
        "依刑法第201条第四款不予追究；罚50%在征管法第63条内",
        flags=near("tax_paid")),
    Doc("ku35_forestry.txt", "forestry",
        "滥伐25.36立方米≥20立方米，但已移送公安机关并立案侦查，罚款待刑事程序终结，不是以罚代刑",
        flags=near("transferred", transferred=True)),
    Doc("ku36_fishery.txt", "fishery",
        "禁渔期渔获236+198+104=538公斤≥500千克，已移送公安，公安以实际捕捞数量无法查清不予立案并退回；罚3万在渔业法"
        "第38条内，已告知听证",
        flags=near("police_declined", police_declined=True)),
    Doc("ku37_food_safety.txt", "food_safety",
        "举报添加罂粟壳但三个样品五项罂粟碱类成分均未检出；生熟混放拒不改正罚5千在食品安全法第126条5千-5万内",
        flags=near("not_detected")),
    Doc("ku38_environment.txt", "environment",
        "含铅废水超标1.76倍（<3倍，法释〔2023〕7号），当日停排、底泥清挖，两次复查恢复至背景值，无持续损害；罚50万在"
        "水污染防治法第83条内，已听证",
        flags=near("pil_remedied", continuing_harm=False)),
    Doc("ku39_other.txt", "other",
        "拖欠14人工资152,800元，但在责令限期内足额支付，不是刑法第276条之一的经责令支付仍不支付；超时加班每人300元"
        "在劳动保障监察条例第25条100-500元内",
        flags=near("remedied")),
    Doc("ku40_intellectual_property.txt", "intellectual_property",
        "销售侵权挎包，销售金额182×130+124×178=45,732元<5万元，与库存货值11,978元合计57,710元<15万元，均不达刑法"
        "第214条；罚12.95万（大于门槛但不是计量口径）在商标法第60条违法经营额五倍以下内，已听证",
        flags=near("under")),
    Doc("ku41_wildlife.txt", "wildlife",
        "出售国家二级保护鸟类，价值4×1,500+6×1,200+1×3,000=16,200元<2万元（wildlife-341-1-endangered/1）；"
        "罚48,600元为价值三倍（不是计量口径），在野生动物保护法第52条2-20倍内",
        flags=near("under")),
    Doc("ku42_mining.txt", "mining",
        "无证采砂岩，矿产品价值1,850×32+920×27=84,040元<10万元（mining-343-1-illegal/1），非特定区域或矿种；"
        "赔偿损失168,080元与违法所得罚款均不是计量口径",
        flags=near("under")),
    Doc("ku43_tobacco.txt", "tobacco",
        "无证零售卷烟，96×200+110×115+76×220=48,570元<5万元（tobacco-225-illegal-business/1），282条<20万支，"
        "无违法所得认定；罚30%在烟草专卖法实施条例第57条20%-50%内",
        flags=near("under")),
    Doc("ku44_land.txt", "land",
        "非法占用永久基本农田1,206+1,974=3,180平方米=4.77亩<5亩（land-342-cultivated/1）；罚95.4万（不是计量口径）"
        "为每平方米300元，在实施条例第57条100-1000元内",
        flags=near("under")),
    Doc("ku45_market.txt", "market",
        "不予行政处罚决定书：经营场所变更未及时登记，初次违法危害轻微并已改正（行政处罚法第33条第一款）",
        flags={"scenario": "no_penalty"}),
    Doc("ku46_public_security.txt", "public_security",
        "提供行踪轨迹信息17+15+14=46条<50条，另一般个人信息200条；按比例合计46/50+200/5000=0.96<1（法释〔2017〕10号"
        "第五条第一款第（六）项），违法所得920元<5000元；罚5千在网络安全法第64条第二款1-10倍内",
        flags=near("under")),
]

GROUPS = [
    # ── 化整为零: one fisher's three catches in the 珠江 closed season cut into three decisions the same day ──
    *[Doc(name, "fishery",
          "同一当事人（同一身份证号、同一船只）珠江禁渔期三次以合规刺网捕捞，同日拆成三案；渔获176+168+183=527公斤≥500千克"
          "（fishery-340-inland/1，刑法第340条）；每案罚5千在渔业法第38条内",
          [split("fishery-340-inland/1", quote, 527.0, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("ku47_fishery.txt", "经过磅为鲫鱼、鲤鱼等176公斤"),
                          ("ku48_fishery.txt", "经过磅为黄颡鱼、鲶鱼及河虾合计168公斤"),
                          ("ku49_fishery.txt", "渔获物共计一百八十三公斤"))],
    # ── repeat offender: the same credit code punished again ten months later ──
    Doc("ku50_environment.txt", "environment",
        "挥发性有机物无组织排放，首次处罚，罚3万元在大气污染防治法第108条2万-20万内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("ku51_environment.txt", "environment",
        "同一统一社会信用代码的单位在2024年4月8日处罚后约十个月再犯同类违法，二年内再犯；罚8万元在第108条内",
        [repeat("东莞市厚街嘉美家具有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
