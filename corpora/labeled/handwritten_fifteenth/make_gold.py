"""Lead labels for the fifteenth hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``hgNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of city and county agencies in 安徽, 江西,
湖北, 黑龙江, 青海, 海南 and 上海 (all names, numbers, codes and addresses invented; credit codes carry
valid GB 32100-2015 check digits, identity numbers valid GB 11643 check digits). Labels come from the
law only: criminal thresholds from corpora/knowledge/thresholds.yaml (the version in force on the
facts' date), hearing figures from corpora/knowledge/hearing.yaml, fine ranges and article existence
from the statute text in force on the decision date. Each row's ``meta.reason`` gives the one-line
legal reason. Conventions are those of ``handwritten_fifth/make_gold.py``.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_fifteenth/make_gold.py``.
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
CREATED = "2026-11-22T14:50:00+00:00"
VERSION = "handwritten-fifteenth/1"

SPLIT, REPEAT = "split-hg-yiyang-cigarettes", "repeat-hg-hukou-vocs"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("hg01_food_safety.txt", "food_safety",
        "火锅底料加罂粟壳，检出吗啡、可待因（非食用物质），刑法第144条行为犯无金额门槛；罚10万在食品安全法第123条"
        "10万-15万内；只罚款未移送",
        [trigger("food-144-toxic/1", "两份样品均检出吗啡、可待因及那可丁成分"), fined_only("二、罚款人民币壹拾万元整")],
        QUAL),
    Doc("hg02_drugs.txt", "drugs",
        "以非药品冒充药品（批准文号不存在、无标示成分），药品管理法第98条第二款第（二）项为假药，销售假药为刑法第141条"
        "行为犯；罚150万为第116条货值不足10万按10万计15倍；只罚款吊证未移送",
        [trigger("drug-141-counterfeit/1", "该产品应按假药论处"), fined_only("罚款人民币壹佰伍拾万元")], QUAL),
    Doc("hg03_environment.txt", "environment",
        "电镀企业通过暗管排放含总铬、六价铬的废水（有毒物质），法释〔2023〕7号第一条逃避监管方式排放有毒物质无数量"
        "要求（刑法第338条）；罚85万在水污染防治法第83条20万-100万内；只罚款未移送",
        [trigger("env-338-pollution/9", "你公司利用暗管排放水污染物的行为"), fined_only("并处罚款人民币捌拾伍万元整")],
        QUAL),
    Doc("hg04_work_safety.txt", "work_safety",
        "关闭可燃气体报警系统并删除报警数据，装卸时库区可燃气体达爆炸下限18%，有现实危险（刑法第134条之一第（一）项"
        "危险作业罪）；罚5万在安全生产法第99条五万元以下内，已告知听证；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/1", "可燃气体检测报警系统处于关闭状态"),
         fined_only("处以罚款人民币伍万元")], QUAL),
    Doc("hg05_fishery.txt", "fishery",
        "长江常年禁捕水域（禁渔期禁渔区，在另一段）使用电鱼方法捕捞，法释〔2022〕12号第三条无数量要求（刑法第340条）；"
        "渔获14.6千克虽少不影响；二人各罚款；只罚款未移送",
        [trigger("fishery-340-inland/5", "陶某华承认使用上述工具电鱼"), fined_only("对陶某华罚款人民币4,000元")], QUAL),
    Doc("hg06_tobacco.txt", "tobacco",
        "无许可证批发卷烟，按零售指导价计非法经营数额73,650元≥5万元（法释〔2010〕7号第三条，刑法第225条）；415条"
        "（8.3万支）不足20万支不是唯一口径；罚50%在烟草专卖法实施条例第54条50%-1倍内；只罚款未移送",
        [threshold("tobacco-225-illegal-business/1", "货值金额合计人民币柒万叁仟陆佰伍拾元", 73650.0),
         fined_only("计人民币36,825元")], OVER),
    Doc("hg07_product_quality.txt", "product_quality",
        "以不合格电线冒充合格销售，销售金额56,400元≥5万元（立案追诉标准（一）第十六条，刑法第140条）；违法所得8,460元"
        "不是计量口径；罚80%在产品质量法第50条50%-3倍内；只罚款未移送",
        [threshold("product-140-fake-inferior/1", "销售收入合计五万六千四百元（56,400元）", 56400.0),
         fined_only("计人民币45,120元")], OVER),
    Doc("hg08_intellectual_property.txt", "intellectual_property",
        "在T恤上绣制、烫印与注册商标相同的标识（假冒注册商标），三批非法经营数额21,600+19,800+12,060=53,460元≥5万元"
        "（法释〔2004〕19号第一条，刑法第213条）；罚约3倍在商标法第60条五倍以下内；只罚款未移送",
        [threshold("ip-213-counterfeit-trademark/1", "三批货值分别为21,600元、19,800元、12,060元", 53460.0),
         fined_only("罚款人民币壹拾伍万玖仟肆佰陆拾元")], OVER),
    Doc("hg09_environment.txt", "environment",
        "废铅蓄电池（HW31危险废物，在另一段）3,860千克=3.86吨提供给无证个人处置≥3吨（法释〔2023〕7号第一条第（二）项，"
        "刑法第338条）；罚60万为固废法第112条第二款按20万计3倍；只罚款未移送",
        [threshold("env-338-pollution/1", "共交出废铅蓄电池三千八百六十千克", 3.86), fined_only("处以罚款人民币陆拾万元")],
        OVER),
    Doc("hg10_land.txt", "land",
        "非法占用永久基本农田（地类在另一段）4,860平方米=7.29亩≥5亩，耕作层剥离硬化（法释〔2000〕14号第三条，刑法第342条）；"
        "每平方米100元在土地管理法实施条例第57条内；只罚款未移送",
        [threshold("land-342-cultivated/1", "当事人共占用土地4,860平方米", 7.29), fined_only("计人民币肆拾捌万陆仟元")],
        OVER),
    Doc("hg11_forestry.txt", "forestry",
        "擅自占用国家级公益林地（类别在另一段）0.47公顷=7.05亩并毁坏≥5亩（法释〔2023〕8号第一条，刑法第342条）；罚2倍在"
        "森林法第73条三倍以下内；只罚款未移送",
        [threshold("land-342-forest/1", "被处罚人占用林地面积为0.47公顷", 7.05), fined_only("即人民币壹拾捌万陆仟元整")],
        OVER),
    Doc("hg12_mining.txt", "mining",
        "无证采砂，矿产品价值320,100元≥10万-30万元（各省所定数额均已超过；法释〔2016〕25号第三条，刑法第343条）；违法所得"
        "19.2万不是计量口径；罚50%在矿产资源法实施细则第42条内；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "开采的矿产品价值为320,100元", 320100.0), fined_only("计人民币玖万陆仟元")],
        OVER),
    Doc("hg13_forestry.txt", "forestry",
        "盗伐集体杉木，立木材积6.37立方米≥5立方米（法释〔2023〕8号第三条，刑法第345条第一款）；出材量3.82立方米是错误口径；"
        "罚5倍在森林法第76条第一款5-10倍内；只罚款未移送",
        [threshold("forest-345-1-theft/1", "被伐杉木立木材积6.37立方米", 6.37), fined_only("罚款计人民币贰万叁仟贰佰伍拾元")],
        OVER),
    Doc("hg14_wildlife.txt", "wildlife",
        "收购出售穿山甲鳞片（一级）、熊胆粉（二级），保护级别在另一句；价值17,920+6,600=24,520元≥2万元（法释〔2022〕12号"
        "第六条，刑法第341条第一款）；罚2倍在野生动物保护法第52条内；只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "查获的穿山甲鳞片价值人民币17,920元，熊胆粉制品价值人民币6,600元",
                   24520.0),
         fined_only("计人民币肆万玖仟零肆拾元")], OVER),
    Doc("hg15_tax.txt", "tax",
        "无真实交易虚开增值税专用发票47份，税额128,400元≥10万元（法释〔2024〕4号第十一条，刑法第205条）；罚30万在发票管理"
        "办法（2023）第35条5万-50万内；只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "税额合计壹拾贰万捌仟肆佰元整（128,400.00元）", 128400.0),
         fined_only("对你单位处以罚款人民币叁拾万元")], OVER),
    Doc("hg16_customs.txt", "customs",
        "低报价格走私进口化妆品，偷逃税款146,287.62元≥10万元（法释〔2014〕10号第十六条，刑法第153条）；海关定性为走私"
        "行为只罚款；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "偷逃税款共计人民币146,287.62元", 146287.62),
         fined_only("处罚款人民币壹拾肆万陆仟元整")], OVER),
    Doc("hg17_health.txt", "health",
        "无医师资格非法行医（医美注射），造成就诊人轻度残疾（十级）（法释〔2016〕27号第二条第（二）项，刑法第336条）；"
        "罚10倍在基本医疗卫生与健康促进法第99条5-20倍内；只罚款未移送",
        [trigger("health-336-illegal-medical-practice/2", "该患者左眼视力损害构成轻度残疾（十级）"),
         fined_only("计人民币叁拾壹万肆仟元")], QUAL),
    Doc("hg18_other.txt", "other",
        "拖欠23名农民工工资625,800元≥3万元，经限期改正指令逾期不付且法定代表人失联（法释〔2013〕3号第三、四条，"
        "刑法第276条之一）；只作加付赔偿金处理未移送",
        [threshold("labor-276-1-wage-refusal/2", "拖欠工资合计人民币陆拾贰万伍仟捌佰元", 625800.0),
         fined_only("计人民币叁拾壹万贰仟玖佰元")], OVER),
    Doc("hg19_public_security.txt", "public_security",
        "出售旅客住宿信息612条≥500条（法释〔2017〕10号第五条第一款第（四）项，刑法第253条之一）；违法所得680元<5000元"
        "不是唯一口径；罚5万在个人信息保护法第66条第一款内，已告知听证；只罚款未移送",
        [threshold("pi-253-1-personal-information/2", "共出售旅客住宿信息六百一十二条", 612.0),
         fined_only("并处罚款人民币伍万元")], OVER),
    Doc("hg20_agriculture.txt", "agriculture",
        "销售假种子（纯度71.3%，品种不符），致农户生产损失345,600元≥2万元（立案追诉标准（一）第二十三条，刑法第147条）；"
        "罚15倍在种子法第74条15-30倍内，已听证；只罚款吊证未移送",
        [threshold("product-147-agri-inputs/1", "造成直接经济损失合计叁拾肆万伍仟陆佰元", 345600.0),
         fined_only("计人民币壹佰叁拾伍万柒仟捌佰元")], OVER),
    Doc("hg21_forestry.txt", "forestry",
        "采挖野生土沉香3株，国家二级保护植物（级别在另一句）≥2株（法释〔2023〕8号第二条，刑法第344条）；罚违法所得5倍在"
        "野生植物保护条例第23条十倍以下内；只没收罚款未移送",
        [threshold("forest-344-protected-plants/3", "采挖野生土沉香树3株", 3.0), fined_only("计人民币陆仟元整")], OVER),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("hg22_environment.txt", "environment",
        "化学需氧量超标0.59倍（<3倍不涉罪），责令改正后两次复查仍超标，下游港汊黑臭、至今未整改（生态环境和资源保护领域）；"
        "罚25万在水污染防治法第83条内",
        [pil("ecology_resources", "下游金砂湾港汊水体发黑发臭")], {"scenario": "pil", "continuing_harm": True}),
    Doc("hg23_land.txt", "land",
        "国有建设用地使用权出让价款13,440万元三次催缴仍未缴（国有土地使用权出让领域）；城镇住宅用地不涉刑法第342条；"
        "每平方米100元在实施条例第57条内，已听证",
        [pil("state_land_transfer", "尚有出让价款13,440万元未缴纳")], {"scenario": "pil", "continuing_harm": True}),
    Doc("hg24_food_safety.txt", "food_safety",
        "校门口销售超范围使用苯甲酸的辣条，责令下架召回后两次回访仍向学生销售（食品药品安全领域，不特定未成年人）；"
        "不足以造成严重食物中毒不涉刑法第143条；罚5万在食品安全法第124条货值不足1万5万-10万内",
        [pil("food_drug_safety", "当事人仍在店内货架上向放学学生销售同一生产者的同款辣条")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("hg25_culture_tourism.txt", "culture_tourism",
        "全国重点文物保护单位保护范围内开挖建设，责令恢复原状后两次复查仍未回填，开挖面持续滑塌威胁遗址（文物和文化遗产"
        "保护领域）；本体未损毁不涉刑法第324条；2024修订文物保护法第28、83条，仅警告",
        [pil("cultural_relics", "当事人仍未回填开挖区域")], {"scenario": "pil", "continuing_harm": True}),
    Doc("hg26_grassland.txt", "forestry",
        "临时占用天然草原期满不恢复，限期改正后两次复查仍未清理，草场退化扩大（生态环境和资源保护领域）；0.72公顷=10.8亩"
        "临时占用系经批准，不是非法开垦；草原法第71条第二款无罚款，未罚款",
        [pil("ecology_resources", "当事人仍未清理")], {"scenario": "pil", "continuing_harm": True}),
    Doc("hg27_personal_information.txt", "other",
        "420万下载量的应用违规收集个人信息，责令整改后两次复测仍违规收集、仍在上架（个人信息保护领域，不特定多数人）；"
        "罚80万在个人信息保护法第66条第一款一百万元以下内",
        [pil("personal_information", "该应用仍在各应用商店正常下载")], {"scenario": "pil", "continuing_harm": True}),
    Doc("hg28_culture_tourism.txt", "culture_tourism",
        "网吧再次接纳未成年人，责令改正后两次夜间复查仍有未成年人上网（未成年人保护领域）；罚1.5万在互联网上网服务营业"
        "场所管理条例第31条15000元以下内并停业整顿",
        [pil("minors", "均又在场内发现未成年人上网")], {"scenario": "pil", "continuing_harm": True}),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("hg29_environment.txt", "environment",
                 "燃煤锅炉超标排放（1.56倍、1.37倍），大气污染防治法第99条罚10万-100万；罚5万低于下限，未写明减轻情节",
                 "并处罚款人民币伍万元整"),
    out_of_range("hg30_food_safety.txt", "food_safety",
                 "食品安全法第126条第一款罚5千-5万；罚8万超过上限，且写明无从重情节",
                 "罚款人民币捌万元整"),
    no_hearing("hg31_product_quality.txt", "product_quality",
               "市场监管对单位罚款14.4万元≥10万元（hearing.yaml市场监管单位十万元，行政处罚法第63条），只告知陈述申辩、"
               "未告知听证；罚款为货值48,000元的3倍在产品质量法第49条内；销售金额3万<5万不涉罪",
               "计人民币壹拾肆万肆仟元"),
    no_hearing("hg32_tax.txt", "tax",
               "税务对个人罚款5,000元≥2,000元（税务行政处罚听证程序实施办法第三条），只告知陈述申辩、未告知听证；罚款在"
               "税收征收管理法第60条情节严重2千-1万内",
               "决定处以罚款人民币伍仟元整"),
    Doc("hg33_other.txt", "other",
        "劳动保障监察条例（2004）共36条，引用的第四十一条不存在（超时加班罚则为第25条，每人100-500元，300元在内）；"
        "已告知听证",
        [irregular("nonexistent_article", "《劳动保障监察条例》第四十一条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("hg34_environment.txt", "environment",
        "2024年12月3日立案、2025年7月14日决定，历时223日，超过行政处罚法第60条九十日（生态环境行政处罚办法延长后亦不足），"
        "文书未记载延期批准；罚20万在建设项目环境保护管理条例第23条20万-100万内，已听证",
        [irregular("time_limit", "本局于2024年12月3日对当事人涉嫌未验收即投入生产一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("hg35_intellectual_property.txt", "intellectual_property",
        "销售侵权箱包，销售金额48,630元<5万元，与库存货值合计64,570元<15万元（法释〔2004〕19号、法发〔2011〕3号），不达刑法"
        "第214条；罚2倍在商标法第60条内，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hg36_tax.txt", "tax",
        "逃税341,577.60元占28.79%，但首次被税务处理、已补缴税款滞纳金并接受处罚，依刑法第201条第四款不予追究；罚50%在"
        "征管法第63条内，已告知听证",
        flags={"scenario": "tax_paid", "near_miss": True}),
    Doc("hg37_mining.txt", "mining",
        "无证采砂价值35.1万元≥标准，但已移送公安机关并立案侦查，不是隐匿的移送线索；罚款待刑事程序终结",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("hg38_forestry.txt", "forestry",
        "滥伐立木蓄积24.6立方米≥20立方米，已移送公安，公安以情节显著轻微不予立案并退回；罚3倍在森林法第76条第二款内，"
        "已告知听证",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("hg39_food_safety.txt", "food_safety",
        "举报添加罂粟壳，但三批次样品五种生物碱均未检出，无有毒有害物质；过期原料及无健康证罚8千在食品安全法第126条内",
        flags={"scenario": "not_detected", "near_miss": True}),
    Doc("hg40_environment.txt", "environment",
        "化学需氧量超标1.04倍（<3倍，法释〔2023〕7号），当日停产收集，管网清淤，两次复查达标、无持续影响；罚12万在水污染"
        "防治法第83条内，已告知听证",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("hg41_forestry.txt", "forestry",
        "超地点采伐，许可证外立木蓄积18.4立方米<20立方米（法释〔2023〕8号第六条），许可证内29.6立方米合法不计；不达刑法"
        "第345条第二款；罚4倍在森林法第76条第二款3-5倍内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hg42_product_quality.txt", "product_quality",
        "以不合格头盔冒充合格，销售金额3.2万<5万、库存货值4.1万，3.2×3+4.1=13.7万<15万；营业收入86.4万是错误口径；"
        "不达刑法第140条；罚50%在产品质量法第50条内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hg43_wildlife.txt", "wildlife",
        "以食用为目的收购出售“三有”陆生野生动物，价值8,640元<1万元（法释〔2022〕12号第十一条），不达刑法第341条第三款；"
        "已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hg44_public_security.txt", "public_security",
        "出售一般个人信息（明确不含敏感信息）4,310条<5000条、违法所得2,150元<5000元（法释〔2017〕10号第五条），不达刑法"
        "第253条之一；罚2万在个人信息保护法第66条内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hg45_other.txt", "other",
        "拖欠19人工资13.76万元，但在限期改正指令期限内足额支付，不是刑法第276条之一的经责令支付仍不支付；不予处罚",
        flags={"scenario": "remedied", "near_miss": True}),
    Doc("hg46_land.txt", "land",
        "占地0.3公顷=4.5亩，其中永久基本农田2,000平方米=3亩<5亩，其余为建设用地，不达刑法第342条；罚款在实施条例第57条"
        "100-1000元/平方米内，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hg47_construction.txt", "construction",
        "简易程序：占道设摊拒不改正，罚款100元，个人简易程序无听证要求，无任何线索",
        flags={"scenario": "minor"}),
    Doc("hg48_fishery.txt", "fishery",
        "禁捕水域一人多竿多钩垂钓，渔获3.6千克<500千克，未使用电鱼、网具等禁用方法工具（法释〔2022〕12号第三条），不达刑法"
        "第340条；简易程序罚100元",
        flags={"scenario": "under", "near_miss": True}),
]

GROUPS = [
    # ── 化整为零: one party's stock in shop, home and warehouse found in one inspection, cut into three decisions ──
    *[Doc(name, "tobacco",
          "同一经营者（同一信用代码）无零售许可证卖卷烟，同一次检查（2025年8月5日）按存放地点拆成三案同日决定；非法经营数额"
          "16,800+17,400+18,200=52,400元≥5万元（法释〔2010〕7号第三条，刑法第225条）；每案罚款在实施条例第57条20%-50%内",
          [split("tobacco-225-illegal-business/1", quote, 52400.0, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("hg49_tobacco.txt", "违法经营总额为人民币16,800元"),
                          ("hg50_tobacco.txt", "违法经营总额为壹万柒仟肆佰元"),
                          ("hg51_tobacco.txt", "违法经营总额人民币18,200元"))],
    # ── repeat offender: the same credit code punished again about nine months later ──
    Doc("hg52_environment.txt", "environment",
        "挥发性有机物无组织排放，首次处罚，罚5万元在大气污染防治法第108条2万-20万内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("hg53_environment.txt", "environment",
        "同一统一社会信用代码的单位在2024年10月22日处罚后约九个月再犯同类违法，二年内再犯；罚12万元在第108条内",
        [repeat("江西湖口赣北新材料科技有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
