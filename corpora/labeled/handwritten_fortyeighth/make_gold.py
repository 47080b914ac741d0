"""Lead labels for the forty-eighth hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``kaNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of city and county agencies in 四川, 重庆,
贵州 and 云南 (all names, numbers, codes and addresses invented; credit codes carry valid
GB 32100-2015 check digits, identity numbers valid GB 11643 check digits). Facts are written the
ways clerks write them: totals left to the reader (parts, count × unit price, several grades or
species at several prices, square metres and 公顷 to convert to 亩, a concentration and its limit
instead of the multiple), plain-text tables, the protected status or land kind in another sentence
than the figure, wrong-measure figures over the line beside the right one (违法所得, 完税价格, 运费,
the fine), 大写 and 万元 amounts, several date styles, 税务, 海关, 公安 and 人社 forms. Labels come from
the law only: criminal thresholds from corpora/knowledge/thresholds.yaml, hearing figures from
corpora/knowledge/hearing.yaml, fine ranges and article existence from the statute text in force on
the decision date. Each row's ``meta.reason`` gives the one-line legal reason.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_fortyeighth/make_gold.py``.
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
CREATED = "2026-11-22T19:45:00+00:00"
VERSION = "handwritten-fortyeighth/1"

SPLIT, REPEAT = "split-ka-liupanshui-wire", "repeat-ka-yanyuan-silicon"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("ka01_food_safety.txt", "food_safety",
        "火锅底料加罂粟壳，检出吗啡、可待因、那可丁（非食用物质），刑法第144条行为犯无金额门槛（food-144-toxic/1）；"
        "罚10万在食品安全法第123条货值不足1万10万-15万内；只罚款吊证未移送",
        [trigger("food-144-toxic/1", "送检的两份火锅底料中均检出吗啡、可待因、那可丁成分"),
         fined_only("二、罚款人民币壹拾万元整（100,000.00元）")], QUAL),
    Doc("ka02_environment.txt", "environment",
        "水环境重点排污单位修改在线监测仪校准系数使化学需氧量数据失真（法释〔2023〕7号第十条，env-338-pollution/10，"
        "刑法第338条）；罚80万在水污染防治法第83条10万-100万内；只罚款未移送",
        [trigger("env-338-pollution/10", "被人为从1.000修改为0.350"),
         fined_only("罚款人民币捌拾万元")], QUAL),
    Doc("ka03_fishery.txt", "fishery",
        "长江干流禁捕水域禁渔期使用电鱼方法捕捞，无数量要求（法释〔2022〕12号第三条，fishery-340-inland/5，刑法第340条）；"
        "渔获8.6公斤不影响；罚5万在渔业法第38条五万元以下内；只罚款未移送",
        [trigger("fishery-340-inland/5", "使用电瓶、逆变器、抄网组成的电捕鱼工具进行捕捞作业"),
         fined_only("2. 罚款人民币伍万元")], QUAL),
    Doc("ka04_drugs.txt", "drugs",
        "成分与国家药品标准不符（检出双氯芬酸钠），依药品管理法第98条第二款第（一）项为假药，销售假药为刑法第141条"
        "行为犯（drug-141-counterfeit/1）；罚150万为第116条货值不足10万按10万计15倍，已听证；只罚款吊证未移送",
        [trigger("drug-141-counterfeit/1", "应按假药论处"), fined_only("（三）并处罚款人民币壹佰伍拾万元（1,500,000元）")],
        QUAL),
    Doc("ka05_environment.txt", "environment",
        "HW08/HW09危险废物（类别在另一段）三次交无证个人，1.2+0.95+1.38=3.53吨≥3吨（法释〔2023〕7号第一条第（二）项，"
        "env-338-pollution/1，刑法第338条）；罚60万为固废法第112条第二款处置费按20万计的3倍；只罚款未移送",
        [threshold("env-338-pollution/1", "1月22日1.2吨，3月9日0.95吨，5月17日1.38吨", 3.53),
         fined_only("二、处罚款人民币陆拾万元")], OVER),
    Doc("ka06_environment.txt", "environment",
        "电镀废水总铬实测2.62mg/L、限值0.5mg/L（表格），超标4.24倍≥3倍（法释〔2023〕7号第一条第（四）项，"
        "env-338-pollution/2，刑法第338条）；六价铬亦超标2.7倍；罚45万在水污染防治法第83条10万-100万内；只罚款未移送",
        [threshold("env-338-pollution/2", "总排口　　　总铬　　　　2.62", 4.24),
         fined_only("并处罚款人民币肆拾伍万元整")], OVER),
    Doc("ka07_mining.txt", "mining",
        "无证采矿，矿石42,600吨×8.5元/吨=362,100元≥30万（省定幅度上限）≥10万（法释〔2016〕25号第三条第一款第（一）项，"
        "mining-343-1-illegal/1，刑法第343条）；销售收入61.3万亦超；违法所得19.8万不是口径；罚30%在实施细则第42条"
        "50%以下内；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "开采矿石量42,600吨", 362100.0),
         fined_only("并处违法所得百分之三十的罚款，计人民币伍万玖仟肆佰元")], OVER),
    Doc("ka08_land.txt", "land",
        "非法占用永久基本农田4,120平方米=6.18亩≥5亩（地类在另一段），耕作层清除后浇筑混凝土、种植条件严重毁坏"
        "（法释〔2000〕14号第三条，land-342-cultivated/1，刑法第342条）；每平方米100元在实施条例第57条内；只罚款未移送",
        [threshold("land-342-cultivated/1", "占用土地面积4,120平方米", 6.18),
         fined_only("计人民币肆拾壹万贰仟元整（412,000元）")], OVER),
    Doc("ka09_forestry.txt", "forestry",
        "违反采伐许可证规定地点采伐本人承包林木，杉木14.6+柏木9.3=23.9立方米≥20立方米（法释〔2023〕8号第六条，"
        "forest-345-2-overcutting/1，刑法第345条第二款）；价值2.39万<5万不是唯一口径；罚3倍在森林法第76条第二款3-5倍内；"
        "只罚款未移送",
        [threshold("forest-345-2-overcutting/1", "立木蓄积14.6立方米", 23.9),
         fined_only("罚款计人民币柒万壹仟柒佰元")], OVER),
    Doc("ka10_forestry.txt", "forestry",
        "无证伐倒野生云南红豆杉2株，红豆杉属为国家一级保护野生植物（级别在另一段），≥1株（法释〔2023〕8号第二条，"
        "forest-344-protected-plants/1，刑法第344条）；蓄积1.86立方米亦≥1立方米；罚3倍在森林法第76条第二款内；只罚款未移送",
        [threshold("forest-344-protected-plants/1", "伐倒生长在其承包经营的勐戛镇××村\"回龙箐\"集体林内的野生红豆杉两株", 2.0),
         fined_only("罚款计人民币柒仟捌佰元")], OVER),
    Doc("ka11_wildlife.txt", "wildlife",
        "收购出售国家二级保护猕猴3只（查获2只+已售1只）×8,000+缅甸蟒1条×9,500=33,500元≥2万元（级别、单价在另一段；"
        "法释〔2022〕12号第六条，wildlife-341-1-endangered/1，刑法第341条第一款）；罚2倍在野生动物保护法第52条内；"
        "只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "猕猴每只价值8,000元，缅甸蟒每条价值9,500元", 33500.0),
         fined_only("计人民币陆万柒仟元")], OVER),
    Doc("ka12_fishery.txt", "fishery",
        "长江重点水域禁捕期间用刺网捕捞，渔获三袋212+186+139=537公斤≥500公斤（法释〔2022〕12号第三条，"
        "fishery-340-inland/1，刑法第340条）；罚3万在渔业法第38条五万元以下内；只罚款未移送",
        [threshold("fishery-340-inland/1", "第一袋212公斤", 537.0), fined_only("三、罚款人民币叁万元")], OVER),
    Doc("ka13_intellectual_property.txt", "intellectual_property",
        "销售假冒五粮液，销售金额96瓶×468+40瓶×258=55,248元≥5万元（表格；法释〔2004〕19号第二条/2025年解释，"
        "ip-214-sell-counterfeit/2，刑法第214条）；进货支出24,660元不是口径；罚3倍在商标法第60条五倍以下内；只罚款未移送",
        [threshold("ip-214-sell-counterfeit/2", "96瓶", 55248.0),
         fined_only("罚款人民币壹拾陆万伍仟柒佰肆拾肆元")], OVER),
    Doc("ka14_product_quality.txt", "product_quality",
        "以不合格化肥冒充合格，库存未售58吨×2,900元=168,200元≥15万元（刑法第140条未遂，法释〔2001〕10号/立案追诉标准"
        "第十六条，product-140-fake-inferior/2）；已售5,800元<5万不是唯一口径；罚50%在产品质量法第50条内；只罚款未移送",
        [threshold("product-140-fake-inferior/2", "库存化肥货值为壹拾陆万捌仟贰佰元", 168200.0),
         fined_only("计人民币捌万柒仟元")], OVER),
    Doc("ka15_tax.txt", "tax",
        "隐匿收入偷税，增值税78,400+企业所得税54,300=132,700元≥10万，占应纳税额562,700元的23.6%≥10%（刑法第201条，"
        "tax-201-evasion/1）；税款滞纳金至今未缴，不适用第四款；罚60%在征管法第63条内，已告知听证；只罚款未移送",
        [threshold("tax-201-evasion/1", "少缴增值税78,400元", 132700.0),
         fined_only("处以少缴税款百分之六十的罚款，计79,620.00元")], OVER),
    Doc("ka16_customs.txt", "customs",
        "个人夹藏走私普通货物，偷逃税款26,410+52,780+11,930+27,720=118,840元≥10万元（法释〔2014〕10号第十六条，"
        "customs-153-ordinary-goods/1，刑法第153条）；完税价格43.86万不是口径；罚5万在海关行政处罚实施条例第9条"
        "第（三）项30%-2倍内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "关税人民币26,410元", 118840.0),
         fined_only("二、对当事人处罚款人民币伍万元")], OVER),
    Doc("ka17_public_security.txt", "public_security",
        "出售银行卡号、账户余额等财产信息87条≥50条（信息性质在另一段；法释〔2017〕10号第五条第一款第（三）项，"
        "pi-253-1-personal-information/1，刑法第253条之一；且系履职中获得）；违法所得1,740元<5000元不是唯一口径；"
        "只罚款未移送",
        [threshold("pi-253-1-personal-information/1", "其发送的资料共涉及87人，每人一条", 87.0),
         fined_only("现决定对冉某处以罚款人民币伍仟元")], OVER),
    Doc("ka18_other.txt", "other",
        "拖欠12名劳动者工资58,400+46,200+32,200=136,800元≥3万至10万（表格无合计），经指令书责令逾期仍不支付、"
        "负责人失联（法释〔2013〕3号第三、四条，labor-276-1-wage-refusal/2，刑法第276条之一）；只加付赔偿金未移送",
        [threshold("labor-276-1-wage-refusal/2", "钢筋班　　5　　　7-11月　　　　58,400", 136800.0),
         fined_only("计人民币陆万捌仟肆佰元")], OVER),
    Doc("ka19_tobacco.txt", "tobacco",
        "无批发许可证批发卷烟420+380+260+200=1,260条=252,000支≥20万支（法释〔2010〕7号第三条，"
        "tobacco-225-illegal-business/3，刑法第225条）；价值24.87万亦≥5万；罚50%在实施条例第54条50%-1倍内；只罚款未移送",
        [threshold("tobacco-225-illegal-business/3", "\"云烟（软珍品）\"420条", 252000.0),
         fined_only("计人民币壹拾贰万肆仟叁佰伍拾元")], OVER),
    Doc("ka20_health.txt", "health",
        "非医师行医，曾于2022年、2023年两次因非法行医受卫生行政处罚后再次行医（法释〔2016〕27号第二条第（五）项，"
        "health-336-illegal-medical-practice/1，刑法第336条）；罚5万在医师法第59条按1万计2-10倍内；只罚款未移送",
        [threshold("health-336-illegal-medical-practice/1", "被处罚人曾于2022年8月16日因未取得《医疗机构执业许可证》擅自执业", 2.0),
         fined_only("计人民币伍万元")], OVER),
    Doc("ka21_forestry.txt", "forestry",
        "非法占用并毁坏国家级重点公益林地0.41公顷=6.15亩≥5亩（森林类别在另一句；法释〔2023〕8号第八条，"
        "land-342-forest/1，刑法第342条）；罚3倍在森林法第73条三倍以下内，已听证；只罚款未移送",
        [threshold("land-342-forest/1", "被占用林地面积0.41公顷", 6.15),
         fined_only("计人民币贰拾贰万伍仟元")], OVER),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("ka22_environment.txt", "environment",
        "洗煤废水悬浮物超标直排河流（非重金属，无刑事门槛），责令改正后两次复查仍外溢、河道煤泥未清、农田受污"
        "（生态环境和资源保护领域）；罚20万在水污染防治法第83条内",
        [pil("ecology_resources", "降雨后废水仍从沙袋缝隙及池壁破损处持续外溢进入排洪沟")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("ka23_forestry.txt", "forestry",
        "毁林开垦集体商品林地3.2亩<10亩不达刑法第342条，限期恢复植被逾期未恢复、水土流失入水库支沟（生态环境和资源"
        "保护领域）；罚1倍在森林法第73条三倍以下内",
        [pil("ecology_resources", "当事人未清除坚果苗，未补植一株林木")], {"scenario": "pil", "continuing_harm": True}),
    Doc("ka24_food_safety.txt", "food_safety",
        "小学门口销售无标签预包装食品，责令下架后两次复查仍向学生销售，已有学生不适（食品药品安全领域，不特定多数"
        "未成年人）；货值2,360元，未达刑法第143条；罚1.5万在食品安全法第125条5千-5万内，已告知听证",
        [pil("food_drug_safety", "当事人仍在货架上及收银台旁向学生出售同类无标签辣片、糖果")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("ka25_state_assets.txt", "state_assets",
        "虚报农机骗取中央财政补贴24.2万元，责令退回逾期未退、财政资金未追回（国有财产保护领域）；罚50%在财政违法行为"
        "处罚处分条例第14条10%-50%内，已告知听证",
        [pil("state_assets", "当事人未退回任何款项，该笔财政资金仍未追回")], {"scenario": "pil", "continuing_harm": True}),
    Doc("ka26_land.txt", "land",
        "国有建设用地使用权出让价款尚欠6,636万元三次催缴未缴入国库，未办证即开工（国有土地使用权出让领域）；"
        "每平方米100元在实施条例第57条内，已听证",
        [pil("state_land_transfer", "尚欠6,636万元未缴入国库")], {"scenario": "pil", "continuing_harm": True}),
    Doc("ka27_environment.txt", "environment",
        "渠江河道内倾倒弃渣1.2万立方米，责令清除逾期仅清运约800立方米，弃渣体仍堵占行洪断面、岸坡植被未恢复"
        "（生态环境和资源保护领域）；罚5万在防洪法第56条五万元以下内",
        [pil("ecology_resources", "主体弃渣体仍堵占河道")], {"scenario": "pil", "continuing_harm": True}),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("ka28_food_safety.txt", "food_safety",
                 "无合规标签预包装食品货值7,365.6元不足1万元，食品安全法第125条第一款罚5千-5万；罚8万超出上限",
                 "三、罚款人民币捌万元"),
    out_of_range("ka29_environment.txt", "environment",
                 "未按标准贮存危险废物，固废法第112条第一款第（六）项依第二款罚10万-100万；罚3万低于下限且未写明减轻情节；"
                 "1.8吨<3吨不涉刑",
                 "二、处罚款人民币叁万元"),
    no_hearing("ka30_food_safety.txt", "food_safety",
               "市场监管对个人罚款3万元≥1万元（hearing.yaml市场监管个人一万元，行政处罚法第63条），只告知陈述、申辩，"
               "未告知听证；罚款在食品安全法第126条5千-5万内",
               "本局决定：罚款人民币叁万元"),
    no_hearing("ka31_tax.txt", "tax",
               "税务机关对单位罚款14,000元≥1万元（税务行政处罚听证程序实施办法第三条），只告知陈述、申辩，未告知听证；"
               "罚50%在征管法第63条内；少缴2.8万<10万不涉刑",
               "对你单位处以少缴税款百分之五十的罚款14,000.00元"),
    Doc("ka32_food_safety.txt", "food_safety",
        "食品安全法（2021修正）共154条，引用的第一百六十二条不存在（超限量使用添加剂的罚则为第124条，货值1万以上"
        "10-20倍，罚10倍在内）；已告知听证",
        [irregular("nonexistent_article", "《中华人民共和国食品安全法》第一百六十二条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("ka33_land.txt", "land",
        "二〇二四年三月四日立案、二〇二四年十月二十九日决定，历时239日，超过行政处罚法第60条九十日，文书未记载延期"
        "批准或中止；每平方米100元在实施条例第57条内，已听证",
        [irregular("time_limit", "本局于二〇二四年三月四日对当事人涉嫌未经批准占用土地建设石材加工厂房一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("ka34_environment.txt", "environment",
        "HW08废机油交无证个人三次1.12+0.98+0.76=2.86吨<3吨，无重点保护区域或倾倒情节（法释〔2023〕7号第一条）；"
        "罚60万为固废法第112条第二款按20万计3倍（罚款数额大不是口径），已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("ka35_tax.txt", "tax",
        "逃税152,200元占31.4%，但首次被税务处理、已补缴税款滞纳金并接受处罚，依刑法第201条第四款不予追究；"
        "罚50%在征管法第63条内",
        flags={"scenario": "tax_paid", "near_miss": True}),
    Doc("ka36_forestry.txt", "forestry",
        "滥伐云南松28.4立方米≥20立方米，但已移送公安机关并立案侦查，不是隐匿的移送线索；罚款待刑事诉讼终结",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("ka37_fishery.txt", "fishery",
        "长江禁捕水域地笼捕捞，船上渔获590公斤，已移送公安，公安以可认定禁捕水域捕获不足500公斤不予立案并退回；"
        "罚2万在渔业法第38条内，已告知听证",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("ka38_food_safety.txt", "food_safety",
        "举报火锅底料加罂粟壳，三批次五项指标均未检出，无有毒有害物质；生熟混放拒不改正罚5千在食品安全法第126条内",
        flags={"scenario": "not_detected", "near_miss": True}),
    Doc("ka39_environment.txt", "environment",
        "电镀废水总镍超标2.72倍<10倍、总锌超标1.6倍<10倍（法释〔2023〕7号第一条第（五）项），无铅汞镉铬砷；当日停排，"
        "两次复查达标、未污染下游，无持续损害；罚15万在水污染防治法第83条内，已告知听证",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("ka40_other.txt", "other",
        "拖欠19人工资27.3万元，但在指令书期限内足额支付，不是刑法第276条之一的经责令支付仍不支付；专用账户只责令改正",
        flags={"scenario": "remedied", "near_miss": True}),
    Doc("ka41_public_security.txt", "public_security",
        "提供车辆实时位置（行踪轨迹）23条<50条，且系工作中获得按一半标准仍<25条；违法所得460元<5000元（法释〔2017〕10号"
        "第五条）；罚3千在个人信息保护法第66条内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("ka42_intellectual_property.txt", "intellectual_property",
        "销售侵权运动鞋，销售金额46,720元<5万、违法所得约1.8万<3万、库存货值12,160元（合计5.89万<15万），不达刑法"
        "第214条；罚款11.78万（数字大于门槛但不是口径）在商标法第60条内，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("ka43_land.txt", "land",
        "非法占用永久基本农田3,050平方米=4.575亩<5亩（法释〔2000〕14号第三条），不达刑法第342条；"
        "每平方米150元在实施条例第57条内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("ka44_wildlife.txt", "wildlife",
        "收购国家二级保护动物死体，豹猫2×5,000+白鹇4,800+红腹锦鸡3,800=18,600元<2万元（法释〔2022〕12号第六条）；"
        "系收购非狩猎；罚2倍在野生动物保护法第52条内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("ka45_mining.txt", "mining",
        "无证采石11,500吨×8元=92,000元、石料销售款9.66万元，均<10万元（法释〔2016〕25号第三条、第十三条）；"
        "收款总额13.76万含运费4.1万不是矿产品价值；非规划矿区、禁采区；罚50%在实施细则第42条内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("ka46_customs.txt", "customs",
        "个人走私普通货物偷逃税款8.74万元<10万元（法释〔2014〕10号第十六条），完税价格43.2万不是口径，板材非保护物种，"
        "此前未受走私处罚；罚4万在海关行政处罚实施条例第9条第（三）项内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("ka47_market.txt", "market",
        "不予行政处罚决定书：散装茶叶未标日期，初次违法危害轻微并及时改正（行政处罚法第33条第一款）",
        flags={"scenario": "no_penalty"}),
]

GROUPS = [
    # ── 化整为零: one business's three shops selling substandard wire, cut into three decisions the same day ──
    *[Doc(name, "product_quality",
          "同一经营者（同一信用代码）三门店以不合格电线冒充合格销售，同日拆成三案；累计销售金额17,400+19,850+15,900="
          "53,150元≥5万元（立案追诉标准第十六条，刑法第140条）；每案罚款在产品质量法第50条50%-3倍内",
          [split("product-140-fake-inferior/1", quote, 53150.0, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("ka48_product_quality.txt", "销售金额为人民币17,400元"),
                          ("ka49_product_quality.txt", "合计销售金额人民币19,850元"),
                          ("ka50_product_quality.txt", "销售金额壹万伍仟玖佰元（15,900元）"))],
    # ── repeat offender: the same credit code punished again nine months later ──
    Doc("ka51_environment.txt", "environment",
        "工业硅冶炼烟尘无组织排放、料场未覆盖，首次处罚，罚6万在大气污染防治法第108条2万-20万内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("ka52_environment.txt", "environment",
        "同一统一社会信用代码的单位在2024年4月12日处罚后约九个月再犯同类违法，二年内再犯；罚9万在第108条内",
        [repeat("盐源县金河硅业有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
