"""Lead labels for the fifty-fourth hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``kgNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of agencies across China (苏州, 汕尾, 监利,
遵义, 宝鸡, 赣州, 晋州, 敦化, 明溪, 湘潭, 余干, 阜南, 义乌, 茂名, 临沂, 拱北, 郑州, 成都, 怀化, 宁波 …;
all names, numbers, codes and addresses invented; credit codes carry valid GB 32100-2015 check
digits, identity numbers are masked). The set leans on arithmetic and time: totals added from
monthly or per-batch rows, per-row products of several grades or species, 毛重 against 净重, amounts
in 万元 and 大写, a figure of the wrong measure over the line beside the right one, and facts dated
under an earlier threshold version (法释〔2016〕29号, 法释〔2005〕15号, 2010 立案追诉标准（二）,
the 2004 IP interpretation against the 2025 one). Labels come from the law only: criminal
thresholds from corpora/knowledge/thresholds.yaml (the version in force on the facts' date),
hearing figures from corpora/knowledge/hearing.yaml, fine ranges and article existence from the
statute text in force on the decision date. Each row's ``meta.reason`` gives the one-line legal
reason.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_fiftyfourth/make_gold.py``.
"""

from __future__ import annotations

from pathlib import Path

from corpora.labeled import lead_gold
from corpora.labeled.lead_gold import (
    OVER,
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
CREATED = "2026-11-22T21:25:00+00:00"
VERSION = "handwritten-fiftyfourth/1"

SPLIT, REPEAT = "split-kg-xixian-pesticide", "repeat-kg-yubei-tofu"



CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("kg01_environment.txt", "environment",
        "危险废物（HW08/HW09，认定在另一段）交无证个人倾倒：四个月毛重3,847千克减19只桶×18千克=净3.505吨≥3吨"
        "（env-338-pollution/1，法释〔2023〕7号第一条，刑法第338条）；罚68万为固废法第112条第二款处置费用按20万计3.4倍，"
        "在3-5倍内，已告知听证；只罚款未移送",
        [threshold("env-338-pollution/1", "各月拉运情况如下（重量为地磅过磅毛重，含铁桶）", 3.505),
         fined_only("罚款人民币陆拾捌万元（680,000元）")], OVER),
    Doc("kg02_environment.txt", "environment",
        "事实2022年9月（版本env-338-pollution@2017，法释〔2016〕29号第一条）：总铬5.26mg/L对限值1.0mg/L超标4.26倍≥3倍"
        "（铬在另一段；现行2023版同为3倍）；罚45万在水污染防治法第83条10万-100万内，已告知听证；只罚款未移送",
        [threshold("env-338-pollution@2017/2", "总铬浓度为5.26毫克/升", 4.26),
         fined_only("处罚款人民币肆拾伍万元整")], OVER),
    Doc("kg03_food_safety.txt", "food_safety",
        "食品动物养殖中使用禁用化合物孔雀石绿（农业农村部公告第250号，在另一段）并上市销售，刑法第144条、法释〔2021〕24号"
        "第九条行为犯（food-144-toxic/2）；罚3万在兽药管理条例第62条内；只罚款未移送",
        [trigger("food-144-toxic/2", "检出孔雀石绿及其代谢物隐色孔雀石绿"), fined_only("罚款人民币叁万元")], QUAL),
    Doc("kg04_drugs.txt", "drugs",
        "以他种药品冒充此种药品，依药品管理法第98条第二款第（二）项为假药，销售假药为刑法第141条行为犯"
        "（drug-141-counterfeit/1）；罚150万为第116条货值不足10万按10万计15倍下限，已听证；只罚款未移送",
        [trigger("drug-141-counterfeit/1", "上述药品为假药"), fined_only("并处罚款人民币壹佰伍拾万元")], QUAL),
    Doc("kg05_work_safety.txt", "work_safety",
        "关闭可燃气体报警、固定紧急切断阀，专家论证有发生重大伤亡事故的现实危险（刑法第134条之一第（一）项危险作业罪，"
        "safety-134-1a-dangerous-operation/1）；罚4.5万在安全生产法第99条五万元以下内，已告知听证；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/1", "具有发生重大伤亡事故的现实危险"),
         fined_only("处人民币肆万伍仟元罚款")], QUAL),
    Doc("kg06_environment.txt", "environment",
        "水环境重点排污单位把化学需氧量在线监测采样管插入自来水桶（干扰自动监测，法释〔2023〕7号第一条第（七）项、"
        "第十条，env-338-pollution/10）；罚35万在水污染防治法第83条内，已听证；只罚款未移送",
        [trigger("env-338-pollution/10", "插入一只装有自来水的塑料桶内"), fined_only("处罚款人民币叁拾伍万元")], QUAL),
    Doc("kg07_land.txt", "land",
        "永久基本农田（在另一段）A+B=2,046.5+1,417.3=3,463.8㎡=5.2亩≥5亩，混凝土硬化破坏耕作层（法释〔2000〕14号第三条，"
        "刑法第342条，land-342-cultivated/1）；C块一般耕地不计入；罚每㎡300元，已告知听证；只罚款未移送",
        [threshold("land-342-cultivated/1", "A、B两地块位于已划定的永久基本农田保护范围内", 5.2),
         fined_only("计人民币壹佰壹拾万零肆佰元整（1,100,400元）")], OVER),
    Doc("kg08_forestry.txt", "forestry",
        "事实2022年6月（版本land-342-forest@2005，法释〔2005〕15号）：占用并毁坏特种用途林地（林种在另一段）0.41公顷="
        "6.15亩≥5亩（现行2023版公益林地同为5亩）；罚恢复费用2倍在森林法第73条三倍以下内；只罚款未移送",
        [threshold("land-342-forest@2005/1", "占用林地面积共计0.41公顷", 6.15),
         fined_only("计人民币肆万玖仟贰佰元")], OVER),
    Doc("kg09_forestry.txt", "forestry",
        "无证越界采伐自留山林木，立木蓄积14.63+7.91=22.54立方米≥20立方米（法释〔2023〕8号第六条，刑法第345条第二款，"
        "forest-345-2-overcutting/1）；出材量13.52不是计量口径；罚3倍在森林法第76条第二款3-5倍内；只罚款未移送",
        [threshold("forest-345-2-overcutting/1", "经明溪县林业调查规划队对“石坑背”伐区伐根逐株检尺", 22.54),
         fined_only("计人民币肆万伍仟玖佰捌拾壹元")], OVER),
    Doc("kg10_forestry.txt", "forestry",
        "非法采伐野生闽楠3株≥2株，国家二级保护（级别在另一段；法释〔2023〕8号第二条，刑法第344条，"
        "forest-344-protected-plants/3）；只没收未移送",
        [threshold("forest-344-protected-plants/3", "伐倒胸径分别为28厘米、31厘米、36厘米的野生楠木3株", 3.0),
         fined_only("没收非法采伐的闽楠原木3段")], OVER),
    Doc("kg11_wildlife.txt", "wildlife",
        "收购出售国家二级保护鸣禽（级别在另一段），价值24×600+18×400=21,600元≥2万元（法释〔2022〕12号第六条，刑法第341条"
        "第一款）；违法所得3,860元与罚款43,200元不是计量口径；罚2倍在野保法（2022）第52条2-20倍内，已听证；只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "画眉每只价值人民币600元，红嘴相思鸟每只价值人民币400元", 21600.0),
         fined_only("计人民币肆万叁仟贰佰元")], OVER),
    Doc("kg12_fishery.txt", "fishery",
        "鄱阳湖禁渔期禁渔区用禁用地笼捕捞，渔获物净重538公斤≥500公斤（毛重612含网箱冰块；法释〔2022〕12号第三条，"
        "刑法第340条，fishery-340-inland/1）；罚1.2万在渔业法第38条五万元以下内，已告知听证；只罚款未移送",
        [threshold("fishery-340-inland/1", "渔获物净重为538公斤", 538.0), fined_only("罚款人民币壹万贰仟元")], OVER),
    Doc("kg13_agriculture.txt", "agriculture",
        "不合格复合肥冒充合格销售，销售金额18.5×2,650+12×2,380=77,585元≥5万元（刑法第147条未致损失但销售金额五万元以上"
        "依第149条，product-147-agri-inputs/2）；罚1倍在产品质量法第50条50%-3倍内；只罚款未移送",
        [threshold("product-147-agri-inputs/2", "当事人销售记录显示", 77585.0),
         fined_only("并处违法销售产品货值金额一倍罚款人民币柒万柒仟伍佰捌拾伍元")], OVER),
    Doc("kg14_agriculture.txt", "agriculture",
        "销售假种子致生产损失126亩×185公斤×2.60元=60,606元≥2万元（立案追诉标准（一）第二十三条，刑法第147条，"
        "product-147-agri-inputs/1）；罚6万在种子法第74条货值不足2万时2万-20万内，已听证；只罚款吊证未移送",
        [threshold("product-147-agri-inputs/1", "平均每亩减产鲜穗185公斤", 60606.0), fined_only("并处罚款人民币陆万元")],
        OVER),
    Doc("kg15_tax.txt", "tax",
        "事实2021年度（版本tax-201-evasion@2010，立案追诉标准（二）（2010）第57条）：少缴增值税72,389.00+企业所得税"
        "56,027.85=128,416.85元≥5万元且占543,900元的23.6%≥10%（现行10万元亦达）；未补缴，不适用第201条第四款；"
        "罚50%在征管法第63条内，已告知听证；只罚款未移送",
        [threshold("tax-201-evasion@2010/1", "应补缴企业所得税56,027.85元", 128416.85),
         fined_only("处百分之五十的罚款，计64,208.43元")], OVER),
    Doc("kg16_tax.txt", "tax",
        "无真实交易虚开增值税专用发票27份，税额31,200.00+28,740.50+45,316.80=105,257.30元≥10万元（法释〔2024〕4号第十一条，"
        "刑法第205条）；价税合计、金额不是计量口径；罚30万在发票管理办法第35条5万-50万内；只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "具体开具情况", 105257.3), fined_only("并处罚款叁拾万元")], OVER),
    Doc("kg17_customs.txt", "customs",
        "个人走私普通物品偷逃税款11.37万元≥10万元（法释〔2014〕10号第十六条，刑法第153条，customs-153-ordinary-goods/1）；"
        "完税价格58.6万元不是计量口径；罚1倍在海关行政处罚实施条例第9条第一款第（三）项3倍以下内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "涉嫌偷逃税款共计人民币11.37万元", 113700.0),
         fined_only("科处当事人罚款人民币拾壹万叁仟柒佰元")], OVER),
    Doc("kg18_public_security.txt", "public_security",
        "出售一般个人信息三批1,850+2,240+1,390=5,480条≥5,000条（且系履职中获得，一半标准亦达；法释〔2017〕10号第五条，"
        "刑法第253条之一）；违法所得2,740元<5,000元不是唯一口径；罚5倍在网络安全法第64条第二款内；只罚款未移送",
        [threshold("pi-253-1-personal-information/3", "2月23日出售1,850条，3月30日出售2,240条，5月14日出售1,390条",
                   5480.0),
         fined_only("并处违法所得五倍罚款计人民币13,700元")], OVER),
    Doc("kg19_other.txt", "other",
        "拖欠12名劳动者工资，应发减已发9,860+10,240+10,120+9,780=40,000元≥3万元，经限期整改指令书责令后逾期仍不支付、"
        "负责人更换号码（法释〔2013〕3号第三、四条，刑法第276条之一）；罚1.5万在劳动保障监察条例第30条内；只罚款未移送",
        [threshold("labor-276-1-wage-refusal/2", "欠薪情况如下", 40000.0), fined_only("处以罚款人民币壹万伍仟元整")],
        OVER),
    Doc("kg20_mining.txt", "mining",
        "无证采河砂3,260立方米×38元=123,880元≥10万元（法释〔2016〕25号第三条，刑法第343条，mining-343-1-illegal/1）；"
        "违法所得8.1万元不是计量口径；罚40%在矿产资源法实施细则第42条第（一）项50%以下内，已听证；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "上述河砂在采区的价格为每立方米38元", 123880.0),
         fined_only("计人民币叁万贰仟肆佰元")], OVER),
    Doc("kg21_intellectual_property.txt", "intellectual_property",
        "事实2025年6-8月（2025年解释施行后，ip-214-sell-counterfeit/1）：明知（收警告函后）销售假冒注册商标运动鞋，"
        "违法所得44,838-10,854=33,984元≥3万元；销售金额44,838元<5万元不是唯一口径；罚13万在商标法第60条违法经营额"
        "五倍以下内，已告知听证；只罚款未移送",
        [threshold("ip-214-sell-counterfeit/1", "合计人民币33,984元", 33984.0), fined_only("罚款人民币壹拾叁万元")], OVER),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("kg22_environment.txt", "environment",
        "河道管理范围内倾倒一般工业固废约1,800吨，责令清运后两次复查仅清运300吨、渗出液入河影响下游取水口（生态环境和资源"
        "保护领域）；非危险废物无数量门槛；罚30万为固废法第102条第二款处置费用按10万计3倍，在1-3倍内",
        [pil("ecology_resources", "其余仍堆存于河道管理范围内")], {"scenario": "pil", "continuing_harm": True}),
    Doc("kg23_land.txt", "land",
        "国有建设用地使用权出让价款余款3,364万元三次催缴仍未缴、未办证即开工（国有土地使用权出让领域）；只作责令缴纳的处理",
        [pil("state_land_transfer", "尚欠国有建设用地使用权出让价款3,364万元及违约金")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("kg24_public_security.txt", "public_security",
        "APP强制索取并上传约21.3万用户通讯录，责令改正后两次复查仍持续上传、未删除（个人信息保护领域，不特定多数人）；"
        "经授权的过度收集而非出售、提供，不按第253条之一计；罚5万在个保法第66条第一款内，已告知听证",
        [pil("personal_information", "新注册用户的通讯录仍在持续上传")], {"scenario": "pil", "continuing_harm": True}),
    Doc("kg25_forestry.txt", "forestry",
        "毁坏商品林地3.2亩<10亩不达刑法第342条，责令补种270株后两次复查未补种、水土流失淤积山塘（生态环境和资源保护领域）；"
        "罚2倍在森林法第74条五倍以下内，已告知听证",
        [pil("ecology_resources", "当事人未补种任何树木")], {"scenario": "pil", "continuing_harm": True}),
    Doc("kg26_culture_tourism.txt", "culture_tourism",
        "全国重点文物保护单位建设控制地带内擅自建设、开挖，责令拆除后复查未拆除并投入经营、城墙裂缝仍在扩展（文物和文化遗产"
        "保护领域）；未达第324条本体严重损毁；罚15万在文物保护法（2017）第66条5万-50万内，已听证",
        [pil("cultural_relics", "裂缝仍在扩展")], {"scenario": "pil", "continuing_harm": True}),
    Doc("kg27_culture_tourism.txt", "culture_tourism",
        "网吧接纳未成年人，警告后再犯，处罚前两次复查仍接纳未成年学生（未成年人保护领域）；罚1.5万在互联网上网服务营业场所"
        "管理条例第31条15000元以下内",
        [pil("minors", "当事人场内仍有未成年学生上网")], {"scenario": "pil", "continuing_harm": True}),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("kg28_food_safety.txt", "food_safety",
                 "超限量使用山梨酸，货值600×11.5=6,900元<1万元，食品安全法第124条第一款罚5万-10万；罚3万低于下限且未写明减轻"
                 "处罚的法定情节；山梨酸超限量不足以造成严重食物中毒，不按刑法第143条计",
                 "罚款人民币叁万元"),
    out_of_range("kg29_fishery.txt", "fishery",
                 "禁渔期刺网捕捞86公斤、价值2,580元（不达刑法第340条），渔业法第38条第一款罚五万元以下；罚8万超出上限",
                 "罚款人民币捌万元整"),
    no_hearing("kg30_tax.txt", "tax",
               "税务机关对公民罚款3,000元≥2,000元（hearing.yaml税务个人二千元，国税发〔1996〕190号第三条），只告知陈述、申辩，"
               "未告知听证；罚款在征管法第62条情节严重2,000-10,000元内",
               "对你处以罚款叁仟元"),
    no_hearing("kg31_public_security.txt", "public_security",
               "公安机关对单位罚款2万元≥1万元（公安机关办理行政案件程序规定第123条），只告知陈述、申辩，未告知听证；罚款在网络"
               "安全法第59条第一款1万-10万内",
               "并处罚款人民币贰万元"),
    Doc("kg32_land.txt", "land",
        "草原法（2021修正）共75条，引用的第七十九条不存在（非法开垦草原的罚则为第66条，无违法所得时五万元以下，8,000元在内）；"
        "开垦7.95亩<20亩不达刑法第342条",
        [irregular("nonexistent_article", "《中华人民共和国草原法》第七十九条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("kg33_food_safety.txt", "food_safety",
        "2024年3月5日立案、2024年9月20日决定，历时199日，超过行政处罚法第60条九十日，文书未记载延期批准或中止；"
        "罚5万在食品安全法第124条货值不足1万5万-10万内，已告知听证",
        [irregular("time_limit", "本局于2024年3月5日对当事人涉嫌经营腐败变质熟肉制品一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("kg34_fishery.txt", "fishery",
        "禁渔期禁用地笼捕捞，毛重546公斤（含网箱、泡沫箱、冰）而渔获物净重471公斤<500公斤，价值6,594元<1万元，未用电毒炸"
        "（法释〔2022〕12号第三条）；不达刑法第340条；二人分别罚5千、3千在渔业法第38条内",
        flags=near("under")),
    Doc("kg35_intellectual_property.txt", "intellectual_property",
        "事实2024年、决定2025年3月（均在2025年解释施行前，ip-214-sell-counterfeit@2004）：销售金额47,160元<5万元，"
        "与库存1,920元合计49,080元<15万元；违法所得35,640元≥3万元但2004年解释不以违法所得为标准；罚10万在商标法第60条内",
        flags=near("under")),
    Doc("kg36_tax.txt", "tax",
        "逃税162,257.57元占25%，但首次受税务行政处罚、已补缴税款滞纳金并接受处罚，依刑法第201条第四款不予追究；"
        "罚50%在征管法第63条内，已告知听证",
        flags=near("tax_paid")),
    Doc("kg37_forestry.txt", "forestry",
        "滥伐立木蓄积31.4立方米≥20立方米，但已移送公安机关并立案侦查，不是隐匿的移送线索；仅责令补种，罚款待刑事程序终结",
        flags=near("transferred", transferred=True)),
    Doc("kg38_wildlife.txt", "wildlife",
        "出售国家二级保护野生动物价值2.6万元≥2万元，已移送公安机关，公安以证据不足不予立案并退回；罚2倍在野保法第52条内，"
        "已听证",
        flags=near("police_declined", police_declined=True)),
    Doc("kg39_food_safety.txt", "food_safety",
        "举报压片糖果添加西地那非，三批次11种药物均未检出，无有毒有害物质；只按标签虚假功能罚货值5倍在食品安全法第125条"
        "5-10倍内，已告知听证",
        flags=near("not_detected")),
    Doc("kg40_environment.txt", "environment",
        "化学需氧量超标1.81倍（非重金属），当日停产，四次复查达标，河段生态损害评估已修复完毕，无持续损害；罚15万在水污染"
        "防治法第83条内，已告知听证",
        flags=near("pil_remedied", continuing_harm=False)),
    Doc("kg41_other.txt", "other",
        "拖欠15人工资52,380元，但在责令限期内足额支付，不是刑法第276条之一的经责令支付仍不支付；超时加班罚每人300元在"
        "劳动保障监察条例第25条100-500元内",
        flags=near("remedied")),
    Doc("kg42_land.txt", "land",
        "占地合计3,668㎡=5.5亩，但永久基本农田仅甲乙两块3,053.8㎡=4.58亩<5亩，余614.2㎡一般耕地，耕地合计5.5亩<10亩"
        "（法释〔2000〕14号第三条），不达刑法第342条；罚每㎡200元，已告知听证",
        flags=near("under")),
    Doc("kg43_customs.txt", "customs",
        "个人走私偷逃税款9.46万元<10万元（法释〔2014〕10号第十六条）；完税价格72.8万元、营业额81万元不是计量口径；"
        "罚2倍在海关行政处罚实施条例第9条3倍以下内，已听证",
        flags=near("under")),
    Doc("kg44_mining.txt", "mining",
        "无证采石灰岩2,320吨×40元=9.28万元<10万元（法释〔2016〕25号第三条）；挖掘机、破碎机价值47万元不是计量口径；"
        "罚50%在实施细则第42条第（一）项内，已告知听证",
        flags=near("under")),
    Doc("kg45_public_security.txt", "public_security",
        "提供一般个人信息2,630+2,130=4,760条<5,000条、违法所得2,400+2,500=4,900元<5,000元，信息系从网络群组收集而非履职"
        "获得（法释〔2017〕10号第五条）；罚3倍在网络安全法第64条第二款内，已告知听证",
        flags=near("under")),
    Doc("kg46_environment.txt", "environment",
        "事实2023年6月（版本env-338-pollution@2017）：总镍0.936mg/L对限值0.1mg/L超标8.36倍<10倍（镍在另一段；"
        "现行版同为10倍）；罚38万在水污染防治法第83条内，已告知听证",
        flags=near("under")),
]

GROUPS = [
    # ── 化整为零: one pesticide chain's three shops in 息县, three decisions the same day ──
    *[Doc(name, "agriculture",
          "同一公司三门市部销售劣质农药，同日拆成三案；累计销售金额18,200+16,700+17,400=52,300元≥5万元（刑法第147条未致损失"
          "但销售金额五万元以上依第149条，product-147-agri-inputs/2）；每案罚货值2倍在农药管理条例第56条2-5倍内",
          [split("product-147-agri-inputs/2", quote, 52300.0, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("kg47_agriculture.txt", "合计销售金额人民币18,200元"),
                          ("kg48_agriculture.txt", "销售金额共计人民币壹万陆仟柒佰元"),
                          ("kg49_agriculture.txt", "销售金额合计1.74万元"))],
    # ── repeat offender: the same credit code punished again eleven months later ──
    Doc("kg50_food_safety.txt", "food_safety",
        "预包装食品标签未标注生产日期，首次处罚，货值5,670元<1万元，罚8千在食品安全法第125条5千-5万内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("kg51_food_safety.txt", "food_safety",
        "同一统一社会信用代码的单位在2024年4月16日处罚后约十一个月再犯同类标签违法，二年内再犯；罚货值11,832元的7倍在"
        "第125条5-10倍内，已听证",
        [repeat("重庆巴渝坊食品有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
