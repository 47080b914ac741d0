"""Lead labels for the eleventh hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``hmNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of city and county agencies in 湖北, 湖南,
江西, 安徽, 四川, 黑龙江 and 河北 (all names, numbers, codes and addresses invented; credit codes carry
valid GB 32100-2015 check digits, identity numbers valid GB 11643 check digits). The weight is on
criminal transfer written the many ways clerks write it: the figure in a plain-text table the reader
must add (hm08, hm09, hm20), batches or periods to add (hm10, hm11, hm16, hm17, hm18, hm19), a quantity
times a unit price (hm07, hm12, hm13, hm18), units to convert (斤, 平方米, 条→支), the protected status
or land kind in another sentence than the figure (hm06, hm15, hm18, hm23), amounts partly in words,
and a wrong-measure figure beside the right one (hm19, hm21, hm46). Labels come from the law only:
criminal thresholds from corpora/knowledge/thresholds.yaml (version in force on the facts' date),
hearing figures from corpora/knowledge/hearing.yaml, fine ranges and article existence from the
statute text in force on the decision date. Each row's ``meta.reason`` gives the one-line legal reason.
Conventions are those of ``handwritten_fifth/make_gold.py``.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_eleventh/make_gold.py``.
"""

from __future__ import annotations

from pathlib import Path

from corpora.labeled import lead_gold
from corpora.labeled.lead_gold import (
    PIL,
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
VERSION = "handwritten-eleventh/1"

SPLIT, REPEAT = "split-hm-xupu-overcutting", "repeat-hm-hongan-sand"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("hm01_food_safety.txt", "food_safety",
        "凉皮中添加工业硼砂（《食品中可能违法添加的非食用物质名单》所列），刑法第144条行为犯无金额门槛；罚10万在食品"
        "安全法第123条货值不足1万10万-15万内，已告知听证；只罚款未移送",
        [trigger("food-144-toxic/1", "两批次样品中均检出硼酸（以硼砂计）"), fined_only("罚款人民币壹拾万元整")], QUAL),
    Doc("hm02_wildlife.txt", "wildlife",
        "禁猎期（3月1日-8月31日）内使用钢丝套（野生动物保护法第24条禁用工具）狩猎，法释〔2022〕12号第七条第（三）项"
        "情节严重，刑法第341条第二款无数额要求；价值4,100元<1万不是唯一口径；罚3倍在第49条1-10倍内；只罚款未移送",
        [trigger("wildlife-341-2-illegal-hunting/2", "被处罚人在禁猎期内使用钢丝套猎捕野生动物"),
         fined_only("计人民币壹万贰仟叁佰元")], QUAL),
    Doc("hm03_environment.txt", "environment",
        "通过暗管排放含镍电镀废水（有毒物质）逃避监管，法释〔2023〕7号第一条第（五）项，刑法第338条无数量要求；罚45万"
        "在水污染防治法第83条10万-100万内，已告知听证；只罚款未移送",
        [trigger("env-338-pollution/9", "你公司通过暗管排放含重金属的电镀废水"), fined_only("处罚款肆拾伍万元整")], QUAL),
    Doc("hm04_work_safety.txt", "work_safety",
        "关闭有毒气体报警仪、篡改报警值并删除报警数据，重大危险源投料中具有发生重大伤亡事故的现实危险（刑法第134条之一"
        "第（一）项危险作业罪）；罚5万在安全生产法第99条五万元以下内，已告知听证；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/1", "具有发生重大伤亡事故的现实危险"), fined_only("并处人民币伍万元罚款")],
        QUAL),
    Doc("hm05_food_safety.txt", "food_safety",
        "明知是病死猪仍收购、屠宰分割销售（非洲猪瘟核酸阳性），刑法第143条、法释〔2021〕24号第一条第（二）项足以造成"
        "严重食源性疾病；罚15倍在食品安全法第123条货值1万以上15-30倍内，已听证；只罚款未移送",
        [trigger("food-143-substandard/2", "该养殖户承认所售生猪均为猪场发病后死亡的猪只"),
         fined_only("计人民币贰拾万零叁仟肆佰元整")], QUAL),
    Doc("hm06_forestry.txt", "forestry",
        "采伐野生闽楠5株，国家二级保护（在另一句）≥2株（法释〔2023〕8号第二条第（二）项，刑法第344条）；蓄积3.86立方米<5、价值"
        "6,200<2万不达盗伐林木罪；罚5倍在森林法第76条第一款5-10倍内，已告知听证；只罚款未移送",
        [threshold("forest-344-protected-plants/3", "使用油锯采伐野生楠木5株", 5.0), fined_only("计人民币叁万壹仟元")],
        OVER),
    Doc("hm07_mining.txt", "mining",
        "无证采砂岩21,500吨×每吨16元=矿产品价值344,000元≥10万（省定10万-30万，均超）（法释〔2016〕25号第三条，刑法第343条）；"
        "罚违法所得30%在实施细则第42条50%以下内；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "采挖建筑用砂岩共计21,500吨", 344000.0),
         fined_only("计人民币捌万柒仟捌佰肆拾元整")], OVER),
    Doc("hm08_customs.txt", "customs",
        "个人5次携带物品无申报通道进境，表格逐次偷逃税款相加38,862+15,690+30,240+26,418+25,210=136,420元≥10万（法释"
        "〔2014〕10号第十六条，刑法第153条）；完税价格不是计量口径；罚0.5倍在海关行政处罚实施条例第9条3倍以下内，已告知"
        "听证；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "先后5次从境外携带物品进境", 136420.0),
         fined_only("科处罚款人民币陆万捌仟贰佰壹拾元整")], OVER),
    Doc("hm09_tax.txt", "tax",
        "无真实业务虚开增值税普通发票116份，票面金额合计618,450元≥50万（法释〔2024〕4号第十二条，刑法第205条之一；每家"
        "受票单位均不足50万）；罚20万在发票管理办法第35条5万-50万内，已告知听证；只罚款未移送",
        [threshold("tax-205-1-ordinary-invoice/1", "618,450.00", 618450.0), fined_only("并处罚款200,000元")], OVER),
    Doc("hm10_tax.txt", "tax",
        "假报出口骗取出口退税款126,430元（三季度相加，大写在前）≥10万（法释〔2024〕4号第七条，刑法第204条）；罚1倍在"
        "征管法第66条1-5倍内，已告知听证；只罚款未移送",
        [threshold("tax-204-export-rebate/1", "共计人民币壹拾贰万陆仟肆佰叁拾元", 126430.0),
         fined_only("并处骗取税款一倍的罚款126,430.00元")], OVER),
    Doc("hm11_intellectual_property.txt", "intellectual_property",
        "擅自制造一种注册商标标识三批8,000+9,500+6,500=24,000件≥2万件（刑法第215条，法释〔2004〕19号第三条，2025年解释"
        "沿用）；违法经营额4,320元不是唯一口径；罚6万在商标法第60条二十五万元以下内；只罚款未移送",
        [threshold("ip-215-trademark-labels/1", "5月28日交付第一批8,000枚", 24000.0), fined_only("罚款人民币陆万元整")],
        OVER),
    Doc("hm12_product_quality.txt", "product_quality",
        "销售不符合保障人身财产安全强制性国家标准的电暖器1,460台×每台42元=销售金额61,320元≥5万（刑法第146条、第149条"
        "兜底第140条）；罚货值等值在产品质量法第49条等值-3倍内；只罚款未移送",
        [threshold("product-146-unsafe/3", "共计销售1,460台", 61320.0), fined_only("并处货值金额等值罚款77,280元")], OVER),
    Doc("hm13_work_safety.txt", "work_safety",
        "个人无证经营成品油（柴油，危险化学品），9,800升×每升6.85元=非法经营数额67,130元≥5万（立案追诉标准（二）第七十九"
        "条第（八）项，刑法第225条）；罚10万在危险化学品安全管理条例第77条第三款10万-20万内，已告知听证；只罚款未移送",
        [threshold("market-225-general/1", "共销售0号柴油约9,800升", 67130.0), fined_only("处罚款人民币壹拾万元")], OVER),
    Doc("hm14_environment.txt", "environment",
        "外排废水总铬超标5.85倍≥3倍（法释〔2023〕7号第一条第（三）项，刑法第338条）；化学需氧量超标0.41倍不是该口径；罚32万"
        "在水污染防治法第83条内，已听证；只罚款未移送",
        [threshold("env-338-pollution/2", "外排废水总铬超标5.85倍", 5.85), fined_only("罚款人民币叁拾贰万元整")], OVER),
    Doc("hm15_forestry.txt", "forestry",
        "非法占用并毁坏国家级公益林地（在另一句）4,120平方米=6.18亩≥5亩（法释〔2023〕8号第一条，刑法第342条）；罚2倍在"
        "森林法第73条3倍以下内，已告知听证；只罚款未移送",
        [threshold("land-342-forest/1", "当事人占用林地面积为4,120平方米", 6.18), fined_only("即人民币壹拾陆万肆仟捌佰元")],
        OVER),
    Doc("hm16_forestry.txt", "forestry",
        "无证采伐村集体林木两次3.42+2.87=6.29立方米≥5立方米（法释〔2023〕8号第四条，刑法第345条第一款盗伐林木）；价值"
        "5,660<2万不是唯一口径；罚5倍在森林法第76条第一款内，已告知听证；只罚款未移送",
        [threshold("forest-345-1-theft/1", "先后两次在海林市长汀镇东升村集体所有的林地内采伐林木", 6.29),
         fined_only("计人民币贰万捌仟叁佰元")], OVER),
    Doc("hm17_fishery.txt", "fishery",
        "长江流域禁捕水域（在另一段）用密眼地笼捕捞，820斤+310斤=1,130斤=565千克≥500千克（法释〔2022〕12号第三条，"
        "刑法第340条）；价值9,040<1万不是唯一口径；罚8千在渔业法第38条五万元以下内；只罚款未移送",
        [threshold("fishery-340-inland/1", "以上渔获物共计1,130斤", 565.0), fined_only("罚款人民币捌仟元整")], OVER),
    Doc("hm18_wildlife.txt", "wildlife",
        "收购、出售国家二级保护豹猫（级别在另一句）三批共9只×每只4,200元=37,800元≥2万（法释〔2022〕12号第六条，刑法第"
        "341条第一款）；罚2倍在野生动物保护法第52条2-20倍内，已告知听证；只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "每只豹猫价值人民币4,200元", 37800.0),
         fined_only("计人民币柒万伍仟陆佰元")], OVER),
    Doc("hm19_tobacco.txt", "tobacco",
        "无证批发卷烟1,142条加查获待批发38条=1,180条=236,000支≥20万支（法释〔2010〕7号第三条，刑法第225条）；经营额47,200元<5万、违法所得2,950元"
        "<2万不是唯一口径；罚50%在烟草专卖法实施条例第54条50%-1倍内，已告知听证；只罚款未移送",
        [threshold("tobacco-225-illegal-business/3", "共计批发卷烟1,142条", 236000.0),
         fined_only("计人民币贰万叁仟陆佰元整")], OVER),
    Doc("hm20_other.txt", "other",
        "拖欠12名农民工工资，表格各行相加148,600元≥3万-10万（法释〔2013〕3号第三条），经限期改正指令逾期仍不支付、转移"
        "劳务费、负责人失联（第四条），刑法第276条之一；只作加付赔偿金处理未移送",
        [threshold("labor-276-1-wage-refusal/2", "逾期后你单位未支付任何款项", 148600.0),
         fined_only("计人民币柒万肆仟叁佰元")], OVER),
    Doc("hm21_public_security.txt", "public_security",
        "酒店前台提供旅客住宿信息1,260条≥500条（法释〔2017〕10号第五条第一款第（四）项，刑法第253条之一；履职获得还减半）；"
        "违法所得2,520元<5000元不是唯一口径；罚7.9倍在网络安全法第64条第二款1-10倍内，已告知听证；只罚款未移送",
        [threshold("pi-253-1-personal-information/2", "违法行为人共提供旅客住宿信息1,260条", 1260.0),
         fined_only("罚款人民币贰万元的处罚")], OVER),
    Doc("hm22_work_safety.txt", "work_safety",
        "起重伤害一般责任事故造成1人死亡（另直接经济损失168万元）≥死亡1人（立案追诉标准（一）第八条，刑法第134条第一款）；"
        "罚45万在安全生产法第114条30万-100万内，已告知听证；只罚单位，未记载移送",
        [threshold("safety-134-1-major-liability/1", "造成1名作业人员死亡", 1.0), fined_only("处人民币肆拾伍万元罚款")],
        OVER),
    Doc("hm23_land.txt", "land",
        "非法占用永久基本农田以外的耕地（水田，在另一段）7,800平方米=11.7亩≥10亩，耕作层剥离硬化（法释〔2000〕14号第三条，"
        "刑法第342条）；罚每平方米120元在实施条例第57条100-1000元内，已告知听证；只罚款未移送",
        [threshold("land-342-cultivated/2", "被处罚人非法占用土地共计7,800平方米", 11.7),
         fined_only("计人民币玖拾叁万陆仟元")], OVER),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("hm24_water.txt", "water",
        "河道内倾倒尾砂废石侵占行洪断面40%，责令清除期满两次复查仍未清除、下游淤积扩大（生态环境和资源保护领域）；"
        "罚6万在水法第65条1万-10万内",
        [pil("ecology_resources", "河道内仍堆存弃渣约6,200立方米，尚未清除")], PIL),
    Doc("hm25_environment.txt", "environment",
        "养殖废水未经处理直排龙河，限期治理期满两次复查仍在排放、3公里水体黑臭（生态环境和资源保护领域）；化学需氧量"
        "氨氮非重金属、不涉刑法第338条；罚4万在畜禽规模养殖污染防治条例第41条五万元以下内",
        [pil("ecology_resources", "仍有养殖废水经该土沟排入龙河")], PIL),
    Doc("hm26_land.txt", "land",
        "国有建设用地使用权出让价款4,280万元三次催缴仍未缴入国库、未批先建（国有土地使用权出让领域）；罚每平方米100元"
        "在实施条例第57条内，已听证",
        [pil("state_land_transfer", "当事人尚欠国有建设用地使用权出让价款人民币肆仟贰佰捌拾万元，仍未缴入国库")], PIL),
    Doc("hm27_food_safety.txt", "food_safety",
        "无证外卖厨房被责令停止后转移地点换店名继续向不特定消费者销售（食品药品安全领域）；货值不足1万，罚5万在食品安全法"
        "第122条5万-10万内，已告知听证",
        [pil("food_drug_safety", "仍以\"阿燕小厨\"新店铺名称在外卖平台接单")], PIL),
    Doc("hm28_culture_tourism.txt", "culture_tourism",
        "省级文物保护单位保护范围内违建，责令拆除期满两次复查未拆除、基槽未回填致墙基渗水（文物和文化遗产保护领域）；"
        "文物本体未损毁不涉刑法第324条；罚8万在文物保护法（2017）第66条5万-50万内",
        [pil("cultural_relics", "违法建筑未拆除任何部分")], PIL),
    Doc("hm29_work_safety.txt", "work_safety",
        "危化品仓库一般事故隐患经责令限期整改两次复查仍未消除，周边300户居民处于影响范围（安全生产领域）；未被责令停产停业"
        "不涉刑法第134条之一；罚4.5万在安全生产法第102条五万元以下内，已告知听证",
        [pil("work_safety", "防雷检测过期及报警联锁缺失的隐患均未消除")], PIL),
    Doc("hm30_culture_tourism.txt", "culture_tourism",
        "网吧两次警告后仍接纳未成年人，责令改正后两次复查仍有未成年人上网（未成年人保护领域）；罚1.2万在互联网上网服务"
        "营业场所管理条例第31条15000元以下内",
        [pil("minors", "仍分别发现2名、4名未成年人在当事人营业场所内上网")], PIL),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("hm31_market.txt", "market",
                 "违反明码标价，价格法第42条、价格违法行为行政处罚规定第13条可以并处五千元以下罚款；罚2万超出上限",
                 "罚款人民币贰万元整"),
    out_of_range("hm32_agriculture.txt", "agriculture",
                 "向无证商贩采购农药，农药管理条例第57条罚5000元-5万元；罚2000元低于下限且未写明减轻处罚情节",
                 "罚款人民币贰仟元"),
    no_hearing("hm33_tax.txt", "tax",
               "税务机关对个人罚款4,930元≥2,000元（国税发〔1996〕190号第三条），只告知陈述、申辩，未告知听证；"
               "罚50%在征管法第64条第二款内",
               "并处不缴税款百分之五十的罚款4,930元"),
    no_hearing("hm34_work_safety.txt", "work_safety",
               "应急管理对单位罚款6万元≥3万元（安全生产违法行为行政处罚办法第33条），只告知陈述、申辩，未告知听证；"
               "罚款在安全生产法第97条十万元以下内",
               "并处人民币陆万元罚款"),
    Doc("hm35_construction.txt", "construction",
        "城市市容和环境卫生管理条例（2017修订）共45条，引用的第四十八条不存在（擅自设置大型户外广告的罚则为第36条第（一）项，"
        "可处罚款）",
        [irregular("nonexistent_article", "《城市市容和环境卫生管理条例》第四十八条第（一）项")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("hm36_health.txt", "health",
        "2024年9月2日立案、2025年5月20日决定，历时260日，超过行政处罚法第60条九十日，文书未记载延期批准；罚5万为违法"
        "所得不足1万按1万计5倍，在基本医疗卫生与健康促进法第99条内，已告知听证；持乡村医生证不涉刑法第336条",
        [irregular("time_limit", "本局于2024年9月2日对当事人涉嫌未取得《医疗机构执业许可证》擅自执业一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEAR = {"near_miss": True}
NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("hm37_mining.txt", "mining",
        "无证采石6,400吨×每吨15元=96,000元<10万（法释〔2016〕25号第三条，省定10万-30万），非规划矿区禁采区、无前科；"
        "违法所得91,800元亦不达；罚40%在实施细则第42条内",
        flags={"scenario": "under", **NEAR}),
    Doc("hm38_tobacco.txt", "tobacco",
        "无证批发卷烟960条=192,000支<20万支，经营额48,000<5万、违法所得1,920<2万，无前科（法释〔2010〕7号第三条）；"
        "罚60%在实施条例第54条内，已告知听证",
        flags={"scenario": "under", **NEAR}),
    Doc("hm39_tax.txt", "tax",
        "逃税168,290元占24.3%达刑法第201条第一款，但首次被税务处理、已补缴税款滞纳金并接受处罚，依第201条第四款不予追究；"
        "罚60%在征管法第63条内，已告知听证",
        flags={"scenario": "tax_paid", **NEAR}),
    Doc("hm40_forestry.txt", "forestry",
        "超许可证滥伐27.4立方米≥20立方米，但已移送公安机关并立案侦查，不是隐匿的移送线索；只责令补种，罚款待刑事程序终结",
        flags={"scenario": "transferred", "transferred": True, **NEAR}),
    Doc("hm41_intellectual_property.txt", "intellectual_property",
        "销售假冒注册商标商品，销售金额56,380元≥5万已移送，公安以不能证明明知不予立案并退回；已售加未售117,580<15万；"
        "罚2倍在商标法第60条五倍以下内，已听证",
        flags={"scenario": "police_declined", "police_declined": True, **NEAR}),
    Doc("hm42_food_safety.txt", "food_safety",
        "举报非法添加西地那非但三批次均未检出，无有毒有害物质；普通食品标签声称保健功能，罚5千在食品安全法第125条"
        "5千-5万内",
        flags={"scenario": "not_detected", **NEAR}),
    Doc("hm43_environment.txt", "environment",
        "化学需氧量、氨氮超标（非重金属，不涉第338条数量标准），当日停排、清淤修复、两次复查达标、评估已恢复，无持续损害；"
        "罚15万在水污染防治法第83条内，已告知听证",
        flags={"scenario": "pil_remedied", "continuing_harm": False, **NEAR}),
    Doc("hm44_public_security.txt", "public_security",
        "提供车辆行踪轨迹信息46条<50条，违法所得920元<5000元，非履职获得、无前科（法释〔2017〕10号第五条）；罚5千在网络"
        "安全法第64条第二款1-10倍内，已告知听证",
        flags={"scenario": "under", **NEAR}),
    Doc("hm45_wildlife.txt", "wildlife",
        "使用猎夹（禁用工具）狩猎，但不在禁猎区、禁猎期，价值6,800元<1万（法释〔2022〕12号第七条），不达非法狩猎罪；罚2倍"
        "在野生动物保护法第49条第一款1-10倍内，已告知听证",
        flags={"scenario": "under", **NEAR}),
    Doc("hm46_fishery.txt", "fishery",
        "禁捕水域单层刺网捕捞，连网具冰块毛重612公斤（错误口径）但渔获净重438公斤<500公斤、价值8,760元<1万，非电毒炸"
        "（法释〔2022〕12号第三条）；罚6千在渔业法第38条内",
        flags={"scenario": "wrong_measure", **NEAR}),
    Doc("hm47_work_safety.txt", "work_safety",
        "一般事故重伤2人<3人、无死亡、直接经济损失68万元<100万元（立案追诉标准（一）第八条），不达刑法第134条；罚35万在"
        "安全生产法第114条30万-100万内，已告知听证",
        flags={"scenario": "under", **NEAR}),
    Doc("hm48_land.txt", "land",
        "非法占用永久基本农田3,060平方米=4.59亩<5亩（法释〔2000〕14号第三条），不达刑法第342条；罚每平方米150元在实施"
        "条例第57条内，已告知听证",
        flags={"scenario": "under", **NEAR}),
    Doc("hm49_environment.txt", "environment",
        "废乳化液（HW09）三批0.95+1.10+0.80=2.85吨<3吨交无证个人，无敏感区域、无倾倒、无前科（法释〔2023〕7号第一条）；"
        "罚60万为固废法第112条第二款处置费用按20万计的3倍，已听证",
        flags={"scenario": "under", **NEAR}),
    Doc("hm50_construction.txt", "construction",
        "简易程序：占用人行道堆放货物摆摊，当场改正，警告并罚款100元在市容条例第36条内，行政处罚法第51条二百元以下",
        flags={"scenario": "ordinary"}),
]

GROUPS = [
    # ── 化整为零: one person's two unlicensed fellings of Jan-Feb 2025, cut into two decisions ──
    *[Doc(name, "forestry",
          "同一人（同一身份证号）2025年1月、2月两次无证滥伐自有林木，均未经处理却分两案处罚；累计立木蓄积11.6+10.2="
          "21.8立方米≥20立方米（法释〔2023〕8号第六条，多次滥伐未经处理的累计计算，刑法第345条第二款）；每案罚3倍在森林法第76条"
          "第二款3-5倍内，已告知听证",
          [split("forest-345-2-overcutting/1", quote, 21.8, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("hm51_forestry.txt", "被采伐林木立木蓄积为11.6立方米"),
                          ("hm52_forestry.txt", "采伐林木立木蓄积10.2立方米"))],
    # ── repeat offender: the same credit code punished again eleven months later for river sand mining ──
    Doc("hm53_water.txt", "water",
        "无许可河道采砂1,200立方米，首次处罚，已恢复原状；不影响河势不涉刑法第343条；河道管理条例第44条罚款未定幅度",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("hm54_water.txt", "water",
        "同一统一社会信用代码的单位于2024年6月18日处罚后约十一个月再次无许可河道采砂，二年内再犯；前科仅一次不达"
        "法释〔2016〕25号第三条第一款第（三）项两次",
        [repeat("红安县顺达砂石贸易有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
