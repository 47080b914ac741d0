"""Lead labels for the thirty-sixth hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``joNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of agencies across China (湖南, 山西, 江西,
内蒙古, 贵州, 广东, 福建, 陕西, 甘肃, 云南, 湖北, 山东, 浙江, 安徽, 四川, 黑龙江, 辽宁, 河北, 宁夏,
广西): market regulation, environment, natural resources, forestry, fishery, work safety, 税务, 海关,
公安, 人社, 卫健, 文旅 and 烟草. All names, numbers, codes and addresses are invented; credit codes
carry valid GB 32100-2015 check digits, identity numbers valid GB 11643 check digits (or masked tails).
Labels come from the law only: criminal thresholds from corpora/knowledge/thresholds.yaml, hearing
figures from corpora/knowledge/hearing.yaml, fine ranges and article existence from the statute text
in force on the decision date. Each row's ``meta.reason`` gives the one-line legal reason.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_thirtysixth/make_gold.py``.
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
CREATED = "2026-11-22T17:40:00+00:00"
VERSION = "handwritten-thirtysixth/1"

SPLIT, REPEAT = "split-jo-shuangfeng-sand", "repeat-jo-guigang-dust"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("jo01_food_safety.txt", "food_safety",
        "火锅锅底加罂粟壳，检出罂粟碱、吗啡（非食用物质），刑法第144条行为犯无数额门槛；货值4,380元不足1万，罚15万"
        "在食品安全法第123条10万-15万内；只罚款未移送",
        [trigger("food-144-toxic/1", "两份样品中均检出罂粟碱、那可丁、吗啡成分"),
         fined_only("三、并处罚款人民币壹拾伍万元整")], QUAL),
    Doc("jo02_environment.txt", "environment",
        "私设暗管绕开监测排放含镍废水（重金属有毒物质，在另一句），法释〔2023〕7号第一条第（四）项，刑法第338条"
        "（env-338-pollution/9）；罚80万在水污染防治法第83条10万-100万内；只罚款未移送",
        [trigger("env-338-pollution/9", "该暗管于2024年4月铺设"), fined_only("罚款人民币捌拾万元")], QUAL),
    Doc("jo03_fishery.txt", "fishery",
        "长江流域重点水域常年禁捕期内电鱼（禁渔期/区与禁用方法同时满足，法释〔2022〕12号第三条，刑法第340条，"
        "fishery-340-inland/5），渔获仅21.5公斤无数量要求；电鱼罚5万在长江保护法第86条第一款5万-50万内（渔业法第38条五万元以下），已告知听证；只罚款未移送",
        [trigger("fishery-340-inland/5", "使用上述电瓶及逆变器升压后放电捕鱼"), fined_only("3. 罚款人民币伍万元。")], QUAL),
    Doc("jo04_wildlife.txt", "wildlife",
        "禁猎区、禁猎期使用钢丝套、铁夹（禁用工具）狩猎（法释〔2022〕12号第七条第一款第（二）项，刑法第341条第二款，"
        "wildlife-341-2-illegal-hunting/2），价值1,380元无数额要求；价值不足二千元罚2千-2万，6,900元在野保法第49条内；"
        "只罚款未移送",
        [trigger("wildlife-341-2-illegal-hunting/2", "该区域全年为禁猎区，每年3月1日至8月31日为禁猎期"),
         fined_only("（二）处罚款人民币陆仟玖佰元整。")], QUAL),
    Doc("jo05_tax.txt", "tax",
        "隐匿收入少缴税款131,612+9,212.84+76,930=217,754.84元≥10万元，占应纳税额1,086,300元的20.0%≥10%"
        "（tax-201-evasion/1，刑法第201条）；2024年4-12月事实适用2024年标准；限期内未补缴税款滞纳金，不适用第201条第四款（2021年一次处罚只是旁述）；罚1倍在征管法"
        "第63条50%-5倍内；只罚款未移送",
        [threshold("tax-201-evasion/1", "以上三项少缴税款合计人民币217,754.84元", 217754.84),
         fined_only("对你单位处少缴税款一倍的罚款，即人民币217,754.84元")], OVER),
    Doc("jo06_customs.txt", "customs",
        "单位低报价格走私，偷逃税款关税52,740+增值税171,405=224,145元≥单位20万元（customs-153-ordinary-goods/2，"
        "刑法第153条）；货物价值486万不是计量口径；罚18万在海关行政处罚实施条例第9条第1款第（三）项偷逃税款1倍以下内；"
        "只罚款未移送",
        [threshold("customs-153-ordinary-goods/2", "以上合计偷逃应缴税款人民币贰拾贰万肆仟壹佰肆拾伍元", 224145.0),
         fined_only("科处罚款人民币壹拾捌万元整")], OVER),
    Doc("jo07_public_security.txt", "public_security",
        "出售酒店住宿信息216+189+247=652条≥500条（住宿信息性质在另一句，法释〔2017〕10号第五条第一款第（四）项，"
        "pi-253-1-personal-information/2，刑法第253条之一）；违法所得4,200元<5000不是唯一口径；罚8万在个保法第66条内；"
        "只罚款未移送",
        [threshold("pi-253-1-personal-information/2", "第一批216条，第二批189条，第三批247条", 652.0),
         fined_only("并处罚款人民币捌万元")], OVER),
    Doc("jo08_other.txt", "other",
        "拖欠12名劳动者工资（表中8人103,600元+4人×4,800元）合计122,800元≥3万元，经责令限期支付逾期仍不支付、负责人"
        "失联（法释〔2013〕3号第三、四条，labor-276-1-wage-refusal/2，刑法第276条之一）；只加付赔偿金未移送",
        [threshold("labor-276-1-wage-refusal/2", "另有李某等四名杂工每人4,800元", 122800.0),
         fined_only("合计人民币陆万壹仟肆佰元")], OVER),
    Doc("jo09_forestry.txt", "forestry",
        "无采伐许可证采伐集体林木，立木蓄积3.47+2.61=6.08立方米≥5立方米（法释〔2023〕8号，forest-345-1-theft/1，"
        "刑法第345条第一款）；获利8,650元不是口径；罚价值5倍在森林法第76条第一款5-10倍内；只罚款未移送",
        [threshold("forest-345-1-theft/1", "折合立木蓄积2.61立方米", 6.08),
         fined_only("计人民币贰万柒仟玖佰元")], OVER),
    Doc("jo10_land.txt", "land",
        "非法占用永久基本农田0.387公顷=5.8亩≥5亩且耕作层硬化破坏（地类在另一段，法释〔2000〕14号第三条，"
        "land-342-cultivated/1，刑法第342条）；每平方米1,000元在土地管理法实施条例第57条100-1000元内；只罚款未移送",
        [threshold("land-342-cultivated/1", "当事人共占用土地0.387公顷", 5.805),
         fined_only("计人民币叁佰捌拾柒万元整")], OVER),
    Doc("jo11_mining.txt", "mining",
        "无证采砂，河砂6,280吨×26元+卵石5,180吨×18元=256,520元≥10万元（法释〔2016〕25号第三条，"
        "mining-343-1-illegal/1，刑法第343条）；违法所得8.74万元低于线但不是口径；罚违法所得40%在实施细则第42条50%以下内；"
        "只罚款未移送",
        [threshold("mining-343-1-illegal/1", "河砂　6,280吨，按当地同期市场价每吨26元计算", 256520.0),
         fined_only("计人民币叁万肆仟玖佰陆拾元")], OVER),
    Doc("jo12_product_quality.txt", "product_quality",
        "以不合格电线冒充合格销售，销售金额412×68+296×105+138×152=80,072元≥5万元（立案追诉标准（一）第十六条，"
        "product-140-fake-inferior/1，刑法第140条）；违法所得1.98万不是口径；罚货值60%在产品质量法第50条50%-3倍内；"
        "只罚款未移送",
        [threshold("product-140-fake-inferior/1", "BV4平方毫米　　销售296盘，每盘售价105元", 80072.0),
         fined_only("四、并处违法销售产品货值金额百分之六十的罚款")], OVER),
    Doc("jo13_intellectual_property.txt", "intellectual_property",
        "销售假冒注册商标的包袋，销售金额6.42万元≥5万元（ip-214-sell-counterfeit/2，刑法第214条）；违法所得2.37万<3万、"
        "库存货值2.98万均不是唯一口径；罚3倍在商标法第60条五倍以下内，已听证；只罚款未移送",
        [threshold("ip-214-sell-counterfeit/2", "销售金额6.42万元", 64200.0),
         fined_only("罚款人民币壹拾玖万贰仟陆佰元整")], OVER),
    Doc("jo14_wildlife.txt", "wildlife",
        "出售国家二级保护鸟类（级别在表后另一句），价值8×1,000+20×300+3×3,000+1×5,000=28,000元≥2万元"
        "（法释〔2022〕12号第六条，wildlife-341-1-endangered/1，刑法第341条第一款）；罚2倍在野保法第52条2-20倍内；只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "红嘴相思鸟　20只　　 300", 28000.0),
         fined_only("计人民币伍万陆仟元整")], OVER),
    Doc("jo15_forestry.txt", "forestry",
        "采挖野生南方红豆杉2株（国家一级保护，级别在另一句）≥1株（法释〔2023〕8号第二条，forest-344-protected-plants/1，"
        "刑法第344条）；只没收未移送",
        [threshold("forest-344-protected-plants/1", "遂使用锄头将其中2株连根挖出", 2.0),
         fined_only("没收所采集的南方红豆杉2株。")], OVER),
    Doc("jo16_environment.txt", "environment",
        "电镀废水总铬4.86mg/L，限值1.0mg/L，超标3.86倍≥3倍（读者自表中计算，法释〔2023〕7号第一条第（五）项，"
        "env-338-pollution/2，刑法第338条）；COD超标0.41倍不相关；罚45万在水污染防治法第83条内；只罚款未移送",
        [threshold("env-338-pollution/2", "总铬　　　　　4.86　　　　　　　　1.0", 3.86),
         fined_only("我分局决定对你公司处以罚款肆拾伍万元")], OVER),
    Doc("jo17_environment.txt", "environment",
        "废铅蓄电池（HW31危险废物，在另一句）1.26+0.94+1.18=3.38吨提供给无证个人、废酸倒入渗坑，≥3吨（法释〔2023〕7号"
        "第一条第（二）项，env-338-pollution/1，刑法第338条）；罚60万为固废法第112条第二款处置费按20万计3倍；只罚款未移送",
        [threshold("env-338-pollution/1", "第二次（2024年2月3日）0.94吨", 3.38),
         fined_only("即人民币陆拾万元")], OVER),
    Doc("jo18_health.txt", "health",
        "未取得医师资格非法行医，此前两次受卫生行政处罚后再次行医（法释〔2016〕27号第二条第（五）项，"
        "health-336-illegal-medical-practice/1，刑法第336条）；违法所得不足1万按1万计，罚3万在医师法第59条2-10倍内；只罚款未移送",
        [threshold("health-336-illegal-medical-practice/1", "两次因同样的非医师行医行为被我局查处", 2.0),
         fined_only("3. 罚款人民币叁万元整")], OVER),
    Doc("jo19_tobacco.txt", "tobacco",
        "无烟草专卖批发许可证批发卷烟，涉案卷烟46×450+60×220+85×250+70×180=67,750元≥5万元（法释〔2010〕7号第三条，"
        "tobacco-225-illegal-business/1，刑法第225条）；获利9,800元不是口径；罚50%在实施条例第54条50%-1倍内；只罚款未移送",
        [threshold("tobacco-225-illegal-business/1", "芙蓉王（硬）　 85条　每条单价250元", 67750.0),
         fined_only("计人民币叁万叁仟捌佰柒拾伍元")], OVER),
    Doc("jo20_culture_tourism.txt", "culture_tourism",
        "未经许可网络传播文字作品牟利，违法所得14,260+18,940−2,100=31,100元≥3万元（法释〔2004〕19号第五条，"
        "ip-217-218-copyright/1，刑法第217条）；作品312部<500部；经营额3.32万不足5万，罚10万在著作权法第53条25万以下内；"
        "只罚款未移送",
        [threshold("ip-217-218-copyright/1", "上述收入扣除服务器租赁费用2,100元后，即为当事人的违法所得", 31100.0),
         fined_only("三、罚款人民币拾万元整")], OVER),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("jo21_environment.txt", "environment",
        "养殖废水超标入河（COD超标2.15倍，非重金属不达刑法第338条），责令改正后两次复查仍在排放、河段发黑鱼死、"
        "下游两村灌溉取水（生态环境和资源保护领域）；罚20万在水污染防治法第83条10万-100万内",
        [pil("ecology_resources", "养殖废水仍经排水沟排入新塘河")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jo22_land.txt", "land",
        "国有建设用地使用权出让价款尚欠7,542.4万元，三次催缴仍未缴、未办证即开工（国有土地使用权出让领域）；每平方米"
        "150元在土地管理法实施条例第57条100-1000元内，已听证",
        [pil("state_land_transfer", "限期缴清尚欠的国有建设用地使用权出让价款7,542.4万元")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("jo23_food_safety.txt", "food_safety",
        "黄曲霉毒素B1超标（26.4对限量20μg/kg，为限量1.32倍，非严重超出）花生油在集市向不特定赶集群众销售，"
        "责令停售召回后两次复查仍在销售、未召回（食品药品安全领域）；"
        "未见严重食物中毒、销售金额远不足5万，不达刑法第143条；货值不足1万罚5万在食品安全法第124条5万-10万内",
        [pil("food_drug_safety", "当事人仍以“自家榨、没问题”招揽赶集群众购买同一批次花生油")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("jo24_culture_tourism.txt", "culture_tourism",
        "省级文物保护单位保护范围内违建，责令停工拆除后两次复查未拆除反而封顶营业、相邻文物墙基浸泡（文物和文化遗产"
        "保护领域）；未损毁文物本体（拆的是后院围墙，非文物本体认定），不作刑法第324条线索；罚20万在文物保护法（2017）"
        "第66条5万-50万内，已听证",
        [pil("cultural_relics", "当事人不但未拆除，反而完成了主体封顶并开始对外营业")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("jo25_public_security.txt", "public_security",
        "约7万名用户个人信息的数据库无口令、未加密、公网可访问，责令改正后两次复测仍未整改（个人信息保护领域，不特定"
        "多数）；经授权收集、未见出售提供或泄露后果，不作刑法第253条之一或第286条之一线索；罚50万在个保法第66条第一款内",
        [pil("personal_information", "该数据库仍未设置访问口令，仍可通过公网直接访问")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("jo26_culture_tourism.txt", "culture_tourism",
        "网吧接纳未成年人，责令改正后两次暗访复查仍接纳周边中学生上网（未成年人保护领域）；罚1.5万在互联网上网服务"
        "营业场所管理条例第31条15000元以下内，已告知听证",
        [pil("minors", "当事人网吧内仍分别有3名、5名未成年人上网")], {"scenario": "pil", "continuing_harm": True}),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("jo27_environment.txt", "environment",
                 "超标排放大气污染物，大气污染防治法第99条第（二）项罚10万-100万；罚6万低于下限，未写明减轻处罚的法定情节"
                 "（经营困难的申辩已不采纳）",
                 "罚款人民币陆万元整"),
    out_of_range("jo28_food_safety.txt", "food_safety",
                 "未建立进货查验记录拒不改正，食品安全法第126条第一款罚5千-5万；罚8万超过上限（已告知听证）",
                 "二、处罚款人民币捌万元。"),
    no_hearing("jo29_tax.txt", "tax",
               "税务机关对单位罚款23,100元≥1万元（hearing.yaml税务单位一万元，国税发〔1996〕190号第三条），只告知陈述、"
               "申辩，未告知听证；少缴税款46,200元<10万不达刑法第201条；罚50%在征管法第64条第二款50%-5倍内",
               "计人民币23,100.00元"),
    no_hearing("jo30_work_safety.txt", "work_safety",
               "应急管理部门对单位罚款4.5万元≥3万元（hearing.yaml应急管理单位三万元，安全生产违法行为行政处罚办法第33条），"
               "只告知陈述、申辩，未告知听证；罚款在安全生产法第97条十万元以下内",
               "并处罚款人民币肆万伍仟元的行政处罚"),
    Doc("jo31_work_safety.txt", "work_safety",
        "消防法（2021修正）共74条，引用的第八十六条不存在（封闭安全出口、堵塞疏散通道的罚则为第60条第一款，单位"
        "5千-5万元，3万元在内），已告知听证",
        [irregular("nonexistent_article", "《中华人民共和国消防法》第八十六条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("jo32_land.txt", "land",
        "2023年12月4日立案、2024年7月15日决定，历时224日，超过行政处罚法第60条九十日，文书未记载延期批准或中止；"
        "非耕地，每平方米100元在土地管理法实施条例第57条内，已告知听证",
        [irregular("time_limit", "本局于2023年12月4日对当事人涉嫌未经批准占用集体土地建设农贸市场一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEAR = {"near_miss": True}
NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("jo33_tax.txt", "tax",
        "逃税153,470元占17.6%，但首次被税务处理、已补缴税款滞纳金并接受处罚，依刑法第201条第四款不予追究；罚50%在"
        "征管法第63条内，已告知听证",
        flags={"scenario": "tax_paid", **NEAR}),
    Doc("jo34_environment.txt", "environment",
        "电镀污泥（HW17）4.27吨非法贮存≥3吨，但已移送公安机关并立案侦查，不是隐匿的移送线索；罚款待刑事程序终结",
        flags={"scenario": "transferred", "transferred": True, **NEAR}),
    Doc("jo35_mining.txt", "mining",
        "无证采石价值117,260元≥10万元，但已移送公安，公安以证据不足不予立案并退回，不是隐匿线索；罚违法所得30%在"
        "实施细则第42条内，已告知听证",
        flags={"scenario": "police_declined", "police_declined": True, **NEAR}),
    Doc("jo36_food_safety.txt", "food_safety",
        "举报添加瘦肉精、亚硝酸盐超量，但3批次克伦特罗等未检出、亚硝酸盐在限量内，无有毒有害物质；生熟混用拒不改正"
        "罚5千在食品安全法第126条5千-5万内",
        flags={"scenario": "not_detected", **NEAR}),
    Doc("jo37_environment.txt", "environment",
        "废水COD超标3.18倍（非重金属，不达3倍线所指的重金属；也远不足10倍），当日停产封堵、河道清淤，两次复测水质恢复、"
        "费用已赔付，无持续损害；罚15万在水污染防治法第83条内",
        flags={"scenario": "pil_remedied", "continuing_harm": False, **NEAR}),
    Doc("jo38_other.txt", "other",
        "拖欠34人三个月工资41.76万元，但在责令限期内足额支付，不是刑法第276条之一的经责令支付仍不支付；超时加班罚"
        "每人200元在劳动保障监察条例第25条100-500元内",
        flags={"scenario": "remedied", **NEAR}),
    Doc("jo39_forestry.txt", "forestry",
        "盗伐立木蓄积2.95+1.67=4.62立方米<5立方米（法释〔2023〕8号，forest-345-1-theft/1），57株<200株，价值3,230元"
        "<2万；罚5倍在森林法第76条第一款内",
        flags={"scenario": "under", **NEAR}),
    Doc("jo40_wildlife.txt", "wildlife",
        "出售国家二级保护猛禽，价值6,000+3,000+6,000+2,100=17,100元<2万元（wildlife-341-1-endangered/1）；罚款85,500元"
        "大于线但不是计量口径；罚5倍在野保法第52条2-20倍内，已听证",
        flags={"scenario": "under", **NEAR}),
    Doc("jo41_customs.txt", "customs",
        "单位申报不实漏缴税款两票合计96,552.92元<单位20万元（也<个人10万元，customs-153-ordinary-goods）；货值128.76万"
        "不是计量口径；罚9万在海关行政处罚实施条例第9条第1款第（三）项1倍以下内，已听证",
        flags={"scenario": "under", **NEAR}),
    Doc("jo42_intellectual_property.txt", "intellectual_property",
        "销售假冒注册商标运动鞋，销售金额47,520元<5万元，已售加库存货值55,440元<15万元，违法所得1.06万<3万；进货金额5.86万"
        "与罚款15万大于线但不是计量口径；罚15万在商标法第60条25万以下内，已听证",
        flags={"scenario": "under", **NEAR}),
    Doc("jo43_land.txt", "land",
        "占用永久基本农田3,080平方米=0.308公顷=4.62亩<5亩（法释〔2000〕14号第三条，land-342-cultivated/1）；"
        "每平方米800元在土地管理法实施条例第57条内",
        flags={"scenario": "under", **NEAR}),
    Doc("jo44_market.txt", "market",
        "不予行政处罚决定书：经营场所变更未登记，初次违法危害轻微并及时改正（行政处罚法第33条第一款）",
        flags={"scenario": "no_penalty"}),
    Doc("jo45_public_security.txt", "public_security",
        "转卖一般个人信息4,730条（去重4,612条）<5000条，不含敏感或重要信息，非履职获得，违法所得2,960元<5000元，无前科"
        "（法释〔2017〕10号第五条）；罚3万在个保法第66条内，已告知听证",
        flags={"scenario": "under", **NEAR}),
    Doc("jo46_fishery.txt", "fishery",
        "禁渔期用合规刺网捕捞，渔获286+97+71=454公斤<500公斤、价值5,620元<1万元，未用禁用工具方法（法释〔2022〕12号"
        "第三条）；罚1.2万在渔业法第38条五万元以下内",
        flags={"scenario": "under", **NEAR}),
]

SPLIT_REASON = ("同一单位（同一信用代码）无证在涟水河三个河段采砂，拆成三案；价值38,000+34,500+31,200=103,700元"
                "≥10万元（法释〔2016〕25号第三条，mining-343-1-illegal/1，刑法第343条），每案均不足；每案罚违法所得30%"
                "在实施细则第42条50%以下内")

GROUPS = [
    # ── 化整为零: one sand company's river-sand mining cut into three decisions over two months ──
    *[Doc(name, "mining", SPLIT_REASON, [split("mining-343-1-illegal/1", quote, 103700.0, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("jo47_mining.txt", "价值人民币38,000元"),
                          ("jo48_mining.txt", "价值人民币叁万肆仟伍佰元"),
                          ("jo49_mining.txt", "价值人民币31,200元"))],
    # ── repeat offender: the same credit code punished again about ten months later ──
    Doc("jo50_work_safety.txt", "work_safety",
        "木业粉尘除尘系统一般事故隐患，首次处罚，罚2万在安全生产法第102条五万元以下内（<3万无须告知听证）",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("jo51_work_safety.txt", "work_safety",
        "同一统一社会信用代码的单位在2024年5月6日处罚后约十个月再犯同类事故隐患，二年内再犯；罚4.5万在第102条内，"
        "已告知听证",
        [repeat("贵港市港北区林丰木业有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
