"""Lead labels for the seventh hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the earlier hand-written sets, nor the screening code, nor the corpus generator. Every decision
``hrNN_<domain>.txt`` was written by hand in the manner of published 行政处罚决定书 of city and county
agencies in 福建, 湖南, 贵州, 新疆, 天津, 黑龙江 and 海南 (all names, numbers, codes and addresses
invented; credit codes carry valid GB 32100-2015 check digits, identity numbers valid GB 11643 check
digits). Labels come from the law only: criminal thresholds from corpora/knowledge/thresholds.yaml
(the version in force on the facts' date), hearing figures from corpora/knowledge/hearing.yaml, fine
ranges and article existence from the statute text in force on the decision date. Each row's
``meta.reason`` gives the one-line legal reason. Conventions are those of
``handwritten_fifth/make_gold.py``.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_seventh/make_gold.py``.
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
CREATED = "2026-11-22T14:00:00+00:00"
VERSION = "handwritten-seventh/1"

SPLIT, REPEAT = "split-hr-dongning-cigarettes", "repeat-hr-binhai-dust"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}
NEAR = {"scenario": "under", "near_miss": True}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("hr01_intellectual_property.txt", "intellectual_property",
        "自行粘贴他人注册商标于同种商品（假冒注册商标，刑法第213条）；非法经营数额=已售1,200+900个与库存1,140个按均价"
        "18元计=58,320元≥5万元（法释〔2004〕19号第一条、第十二条；事实止于2025-04-09，适用2004年解释）；罚2倍在商标法"
        "第60条五倍以下内，已告知听证；只罚款未移送",
        [threshold("ip-213-counterfeit-trademark@2004/1", "仓库扣押的1,140个尚未售出，按实际销售平均价格计算", 58320.0),
         fined_only("处违法经营额二倍罚款，计人民币壹拾壹万陆仟陆佰肆拾元")], OVER),
    Doc("hr02_tobacco.txt", "tobacco",
        "无零售许可证经营卷烟1,230条=246,000支≥20万支（法释〔2010〕7号第三条，刑法第225条）；货值4.62万元<5万元是另一"
        "口径；罚30%在烟草专卖法实施条例第57条20%-50%内，已告知听证；只罚款没收未移送",
        [threshold("tobacco-225-illegal-business/3", "共计1,230条", 246000.0),
         fined_only("处违法经营总额百分之三十的罚款，计人民币壹万叁仟捌佰陆拾元整")], OVER),
    Doc("hr03_mining.txt", "mining",
        "无证采石，资源破坏价值16,800吨×4.4元+10,470吨×3.9元=114,753元≥10万元（法释〔2016〕25号第三条第一款第（一）项，"
        "刑法第343条）；违法所得3.62万元不是计量口径；罚40%在矿产资源法实施细则第42条50%以下内（决定早于2025-07-01"
        "新法施行）；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "东侧采坑动用灰岩资源量16,800吨", 114753.0),
         fined_only("并处违法所得百分之四十的罚款，计人民币壹万肆仟肆佰捌拾元")], OVER),
    Doc("hr04_forestry.txt", "forestry",
        "滥伐立木蓄积=许可地块超量(35.2-32)+许可外地块18.6=21.8立方米≥20立方米（法释〔2023〕8号第六条，刑法第345条"
        "第二款）；合计采伐53.8立方米不是滥伐量；罚3倍在森林法第76条第二款3-5倍内，已告知听证；只罚款未移送",
        [threshold("forest-345-2-overcutting/1", "9号地块采伐立木蓄积18.6立方米", 21.8),
         fined_only("处滥伐林木价值三倍的罚款，计人民币贰万玖仟肆佰叁拾元整")], OVER),
    Doc("hr05_forestry.txt", "forestry",
        "无证采伐村集体林木（权属在另一段），三次立木蓄积3.46+2.11+1.63=7.20立方米≥5立方米（法释〔2023〕8号第三条，"
        "刑法第345条第一款盗伐）；原木材积4.32立方米<5是错误口径；罚5倍在森林法第76条第一款5-10倍内；只罚款未移送",
        [threshold("forest-345-1-theft/1", "第一次砍伐落叶松19株，立木蓄积3.46立方米", 7.2),
         fined_only("并处盗伐林木价值五倍的罚款，计人民币贰万捌仟捌佰元整")], OVER),
    Doc("hr06_fishery.txt", "fishery",
        "南海伏季休渔期内以电脉冲方法捕捞（休渔期与方法在不同句），海洋水域禁渔期使用禁用方法即入罪（法释〔2016〕17号"
        "第四条，法释〔2022〕12号第十九条，刑法第340条），渔获380公斤不是门槛；二人罚款在渔业法第38条五万元以下内；"
        "只罚款未移送",
        [trigger("fishery-340-marine/5", "在船尾加装电脉冲发生器，以电脉冲配合拖网进行捕捞"),
         fined_only("对当事人一符海清罚款人民币叁万元")], QUAL),
    Doc("hr07_fishery.txt", "fishery",
        "长江流域常年禁捕水域以禁用密眼地笼捕捞，渔获386+412+247=1,045斤=522.5千克≥500千克（法释〔2022〕12号第三条，"
        "刑法第340条）；价值8,360元<1万元是另一口径；罚2万在渔业法第38条内，已告知听证；只罚款未移送",
        [threshold("fishery-340-inland/1", "当事人9月6日出售渔获386斤", 522.5), fined_only("罚款人民币贰万元整")], OVER),
    Doc("hr08_environment.txt", "environment",
        "电镀废水总铬4.62mg/L、4.18mg/L，限值1.0mg/L，超标3.62倍、3.18倍，均≥3倍（法释〔2023〕7号第一条第（四）项，"
        "刑法第338条）；罚30万在水污染防治法第83条10万-100万内，已告知听证；只罚款未移送",
        [threshold("env-338-pollution/2", "第一次样品总铬浓度为4.62mg/L", 3.62), fined_only("处以罚款人民币叁拾万元整")],
        OVER),
    Doc("hr09_tax.txt", "tax",
        "隐匿收入不申报，两年逃税68,400+57,900=126,300元≥10万元，最高年度比例14.2%≥10%（法释〔2024〕4号第一条至第四条，"
        "多年累计数额、取最高比例；事实2022-2023年适用2022年标准，同为10万元和10%）；追缴通知逾期未补缴，不适用201条"
        "第四款；罚1倍在征管法第63条50%-5倍内，已告知听证；只罚款未移送",
        [threshold("tax-201-evasion@2022/1", "2022年度少缴增值税及附加、企业所得税合计68,400.00元", 126300.0),
         fined_only("对你单位少缴的税款处一倍的罚款，计人民币壹拾贰万陆仟叁佰元整")], OVER),
    Doc("hr10_tax.txt", "tax",
        "无真实交易为他人虚开增值税专用发票31份，税额42,380.53+37,915.04+28,660.18=108,955.75元≥10万元（法释〔2024〕4号"
        "第十一条，刑法第205条）；罚30万在发票管理办法（2023）第35条5万-50万内，已听证；只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "第1批　鼎城区锦达建材经营部　12　　326,004.08　　42,380.53", 108955.75),
         fined_only("并处罚款人民币叁拾万元整")], OVER),
    Doc("hr11_health.txt", "health",
        "未取得医师资格非法行医，2023、2024年两次受卫生行政处罚后再次非法行医（法释〔2016〕27号修正后第二条第（五）项，"
        "刑法第336条）；罚3万在医师法第59条违法所得不足1万按1万计2-10倍内，已告知听证；只罚款未移送",
        [threshold("health-336-illegal-medical-practice/1", "分别于2023年7月被我局作出钟卫医罚〔2023〕第41号行政处罚", 2.0),
         fined_only("罚款人民币叁万元整")], OVER),
    Doc("hr12_public_security.txt", "public_security",
        "出售宾馆住宿登记信息1,326条≥500条（性质在另一句；法释〔2017〕10号第五条第一款第（四）项，刑法第253条之一）；"
        "违法所得2,400元<5,000元是另一口径；罚5倍在网络安全法第64条第二款1-10倍内，已告知听证；只罚款未移送",
        [threshold("pi-253-1-personal-information/2", "其出售的数据共1,326条", 1326.0),
         fined_only("并处违法所得五倍罚款，计人民币壹万贰仟元整")], OVER),
    Doc("hr13_product_quality.txt", "product_quality",
        "以铜包铝冒充纯铜电线（以不合格冒充合格），三笔销售额23,400+19,850+12,600=55,850元≥5万元（立案追诉标准（一）"
        "第十六条，刑法第140条）；罚货值1倍在产品质量法第50条50%-3倍内；只罚款未移送",
        [threshold("product-140-fake-inferior/1", "乌鲁木齐金阳装饰工程有限公司　　180　　　　23,400", 55850.0),
         fined_only("并处违法销售产品货值金额一倍的罚款，计人民币陆万零壹佰伍拾元整")], OVER),
    Doc("hr14_customs.txt", "customs",
        "离岛免税套购走私，偷逃应缴税款123,406.5元（大写）≥10万元（法释〔2014〕10号第十六条，刑法第153条）；完税价格"
        "46.8万元不是计量口径；罚0.5倍在海关行政处罚实施条例第9条第一款第（三）项3倍以下内，已告知听证；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "偷逃应缴税款共计人民币壹拾贰万叁仟肆佰零陆元伍角", 123406.5),
         fined_only("科处罚款人民币陆万壹仟柒佰元整")], OVER),
    Doc("hr15_labor.txt", "other",
        "拖欠12名劳动者报酬，表中合计84,650元≥3万元（十人以上；法释〔2013〕3号第三条），经限期改正指令责令支付后逾期"
        "不支付且负责人失联、文书已张贴录像（第四条），刑法第276条之一；只作加付赔偿金处理未移送",
        [threshold("labor-276-1-wage-refusal/2", "拖欠12名劳动者劳动报酬未支付", 84650.0),
         fined_only("共计人民币肆万贰仟叁佰贰拾伍元")], OVER),
    Doc("hr16_land.txt", "land",
        "非法占用耕地（水田，非永久基本农田，地类在另一句）8,126平方米=12.19亩≥10亩且耕作层严重破坏（法释〔2000〕14号"
        "第三条，刑法第342条）；每平方米100元在土地管理法实施条例第57条100-1000元内，已告知听证；只罚款未移送",
        [threshold("land-342-cultivated/2", "当事人占用土地面积为8,126平方米", 12.19),
         fined_only("计人民币捌拾壹万贰仟陆佰元整")], OVER),
    Doc("hr17_forestry.txt", "forestry",
        "采挖野生闽楠3株≥2株，国家二级保护（级别在另一段；法释〔2023〕8号第二条，刑法第344条）；罚3倍在野生植物保护"
        "条例第23条十倍以下内，已告知听证；只罚款未移送",
        [threshold("forest-344-protected-plants/3", "采挖天然生长的闽楠3株", 3.0),
         fined_only("并处违法所得三倍罚款，计人民币壹万叁仟伍佰元整")], OVER),
    Doc("hr18_wildlife.txt", "wildlife",
        "出售国家一级保护玳瑁制品，价值36,400元（大写）≥2万元（级别在另一段；法释〔2022〕12号第六条，刑法第341条"
        "第一款）；违法所得4,800元不是口径；罚2倍在野生动物保护法（2022）第52条第一款2-20倍内；只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "上述19件玳瑁制品价值共计人民币叁万陆仟肆佰元", 36400.0),
         fined_only("并处野生动物制品价值二倍的罚款，计人民币柒万贰仟捌佰元")], OVER),
    Doc("hr19_work_safety.txt", "work_safety",
        "人为拔除可燃气体报警探头、屏蔽报警控制器、旁路联锁，现场甲苯达爆炸下限28%且6人作业，具有现实危险（刑法第134条"
        "之一第（一）项危险作业罪，法释〔2022〕19号）；罚4.5万在安全生产法第99条五万元以下内，已告知听证；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/1", "有5个被人为拔除电源线"), fined_only("决定给予罚款人民币肆万伍仟元整")],
        QUAL),
    Doc("hr20_food_safety.txt", "food_safety",
        "压片糖果检出西地那非（国家禁用于食品的药物，有毒有害非食品原料；法释〔2021〕24号第九条、第十条，刑法第144条"
        "行为犯）；罚12万在食品安全法第123条货值不足1万10-15万内，已听证；只罚款未移送",
        [trigger("food-144-toxic/3", "该样品中检出西地那非"), fined_only("罚款人民币壹拾贰万元整")], QUAL),
    Doc("hr21_environment.txt", "environment",
        "私设暗管将含锌、镍强酸废水排入戈壁渗坑（暗管、渗坑排放有毒物质，法释〔2023〕7号第一条第（九）项，刑法第338条，"
        "无数量要求）；罚50万在水污染防治法第83条第（三）项10万-100万内，已告知听证；只罚款未移送",
        [trigger("env-338-pollution/9", "埋设一根直径110毫米的PVC暗管"), fined_only("罚款人民币伍拾万元整")], QUAL),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("hr22_environment.txt", "environment",
        "饮用水水源二级保护区内养殖场，政府责令关闭后逾期复查仍存栏420头、废水仍入水库上游支流（生态环境和资源保护领域）；"
        "COD/氨氮非有毒物质不涉刑法第338条保护区触发；罚20万在水污染防治法第91条10万-50万内，已告知听证",
        [pil("ecology_resources", "沉淀池出水口仍有废水流入福庭溪")], {"scenario": "pil", "continuing_harm": True}),
    Doc("hr23_land.txt", "land",
        "国有建设用地出让价款1.26亿元三次催缴仍未缴入国库，未领证即开工（国有土地使用权出让领域）；罚工程造价5%在城乡"
        "规划法第64条5%-10%内，已听证",
        [pil("state_land_transfer", "当事人至今尚欠土地出让价款1.26亿元未缴入国库")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("hr24_culture_tourism.txt", "culture_tourism",
        "省级文物保护单位保护范围内擅自建房，责令拆除后两次复查仍施工、未拆除、弃土压占古道（文物和文化遗产保护领域）；"
        "未损坏文物本体不涉刑法第324条；文物保护法（2024）第83条警告在内",
        [pil("cultural_relics", "未拆除任何部分")], {"scenario": "pil", "continuing_harm": True}),
    Doc("hr25_grassland.txt", "forestry",
        "开垦天然草原0.8公顷=12亩<20亩不达刑法第342条（首次，无再犯），责令限期恢复植被后逾期未恢复且再次翻耕、周边沙化"
        "（生态环境和资源保护领域）；罚2倍在草原法第66条1-5倍内",
        [pil("ecology_resources", "当事人未采取任何补播、围栏等恢复措施")], {"scenario": "pil", "continuing_harm": True}),
    Doc("hr26_culture_tourism.txt", "culture_tourism",
        "网吧当场责令改正后两次复查仍接纳未成年人通宵上网、用他人身份证开机（未成年人保护领域）；罚1.5万在互联网上网服务"
        "营业场所管理条例第31条15000元以下内，已告知听证",
        [pil("minors", "每次均在场内发现未成年人上网")], {"scenario": "pil", "continuing_harm": True}),
    Doc("hr27_work_safety.txt", "work_safety",
        "液氨冷库未设氨气报警、安全阀过期，责令限期整改后两次复查仍未改正、照常运行，周边有居民区（安全生产领域）；专家"
        "判定非重大事故隐患、未责令停产，不涉危险作业罪；罚8万、1.2万在安全生产法第99条逾期未改正档内，已告知听证",
        [pil("work_safety", "你单位仍未安装氨气浓度检测报警装置")], {"scenario": "pil", "continuing_harm": True}),
    Doc("hr28_public_security.txt", "public_security",
        "物业公司约3,900人人脸和身份证号存于无口令外网服务器，责令改正后复查仍可访问、有境外下载（个人信息保护领域）；"
        "非故意出售提供不涉刑法第253条之一；罚5万、1万在个人信息保护法第66条第一款内，已告知听证",
        [pil("personal_information", "上述服务器仍可通过互联网无需口令访问")], {"scenario": "pil", "continuing_harm": True}),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("hr29_food_safety.txt", "food_safety",
                 "用超过保质期原料生产食品，货值2,380元不足1万元，食品安全法第124条第一款罚5万-10万；罚3万低于下限且未写明"
                 "减轻处罚的法定情节",
                 "罚款人民币叁万元"),
    out_of_range("hr30_fishery.txt", "fishery",
                 "禁渔期挂网捕捞渔获46公斤（非禁用方法，远低于500千克/1万元，不涉刑）；渔业法第38条第一款五万元以下，罚8万"
                 "超出上限",
                 "罚款人民币捌万元整"),
    no_hearing("hr31_tax.txt", "tax",
               "税务机关对个人罚款3,500元≥2,000元（hearing.yaml税务个人二千元），只告知陈述、申辩，未告知听证；罚款在征管法"
               "第62条情节严重二千元以上一万元以下内",
               "对你处以罚款人民币叁仟伍佰元整"),
    no_hearing("hr32_work_safety.txt", "work_safety",
               "应急管理部门对单位罚款4万元≥3万元（hearing.yaml应急管理单位三万元），只告知陈述、申辩，未告知听证；罚款在"
               "安全生产法第97条十万元以下内",
               "决定给予你单位罚款人民币肆万元整"),
    Doc("hr33_environment.txt", "environment",
        "大气污染防治法（2018修正）共129条，引用的第一百三十一条不存在（堆场扬尘罚则为第117条第（一）项，1万-10万，5万在内）",
        [irregular("nonexistent_article", "《中华人民共和国大气污染防治法》第一百三十一条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("hr34_tourism.txt", "culture_tourism",
        "2024年11月5日立案、2025年6月20日决定，历时227日，超过行政处罚法第60条九十日，文书未记载延期或中止；罚2万在旅游法"
        "第95条1万-10万内，已告知听证",
        [irregular("time_limit", "本局于2024年11月5日对当事人涉嫌未经许可经营旅行社业务一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("hr35_forestry.txt", "forestry",
        "无证采伐本人承包商品林，立木蓄积18.6立方米<20立方米、价值12,648元<5万元、276株非幼树，不达刑法第345条第二款；罚3倍"
        "在森林法第76条第二款内，已告知听证",
        flags=NEAR),
    Doc("hr36_tax.txt", "tax",
        "逃税15.3万元且占18.3%，但首次、已依处理决定补缴税款和滞纳金并接受处罚，依刑法第201条第四款不予追究；罚50%在征管法"
        "第63条内，已告知听证",
        flags={"scenario": "tax_paid", "near_miss": True}),
    Doc("hr37_environment.txt", "environment",
        "危险废物5.2吨交无证个人并被倾倒≥3吨，但已移送公安机关并立案侦查，不是隐匿的移送线索；罚60万为固废法第112条第二款"
        "处置费用按20万计的3倍，已告知听证",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("hr38_forestry.txt", "forestry",
        "采伐6.1立方米，作盗伐≥5立方米但已移送公安，公安因权属争议不予立案退回；作滥伐<20立方米；罚3倍在森林法第76条第二款内",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("hr39_food_safety.txt", "food_safety",
        "举报甲醛浸泡海产品，4批次均未检出；未查验进货证明已按期改正，依食品安全法第126条给予警告",
        flags={"scenario": "not_detected", "near_miss": True}),
    Doc("hr40_environment.txt", "environment",
        "总镍超标8.6倍<10倍（镍属十倍档，法释〔2023〕7号第一条第（四）项），铬未超标，不达刑法第338条；罚25万在水污染防治法"
        "第83条内，已告知听证",
        flags=NEAR),
    Doc("hr41_intellectual_property.txt", "intellectual_property",
        "销售假冒注册商标服装，销售金额38,040元<5万元、违法所得约1.59万元<3万元、已售加未售货值134,040元<15万元，均不达刑法"
        "第214条；违法经营额13.4万和罚款18.8万是错误口径；罚款在商标法第60条内，已听证",
        flags=NEAR),
    Doc("hr42_work_safety.txt", "work_safety",
        "个人无证经营柴油，非法经营数额42,500元销售加4,300元库存=46,800元<5万元、违法所得6,100元<1万元，不达刑法第225条"
        "（立案追诉标准（二）个人标准）；罚10万为危险化学品安全管理条例第77条第三款下限，已听证",
        flags=NEAR),
    Doc("hr43_public_security.txt", "public_security",
        "出售一般个人信息4,210条<5,000条、违法所得3,900元<5,000元，不含敏感或重要信息（法释〔2017〕10号第五条），不达刑法"
        "第253条之一；罚3倍在网络安全法第64条第二款内，已告知听证",
        flags=NEAR),
    Doc("hr44_mining.txt", "mining",
        "无证采山砂，资源价值91,980元<10万元，主要自用无销赃数额，非禁采区、无严重生态损害（法释〔2016〕25号第三条、"
        "第十三条）；工程合同价款48万元不是口径；罚50%在实施细则第42条内",
        flags=NEAR),
    Doc("hr45_labor.txt", "other",
        "拖欠19人工资11.37万元，但在责令期限内足额支付，不是刑法第276条之一的经责令支付仍不支付；超时加班每人300元在劳动保障"
        "监察条例第25条100-500元内",
        flags={"scenario": "remedied", "near_miss": True}),
    Doc("hr46_environment.txt", "environment",
        "茶厂清洗废水溢流入溪（COD，无有毒物质），当日停产封堵、清淤放流，两次监测恢复Ⅱ类，无持续损害；罚15万在水污染防治法"
        "第83条内，已告知听证",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("hr47_market.txt", "market",
        "当场处罚：价签未标产地等级，警告并罚200元，在价格违法行为行政处罚规定第13条5000元以下内，适用行政处罚法第51条简易程序",
        flags={"scenario": "minor"}),
]

GROUPS = [
    # ── 化整为零: one shop's cigarettes at two places, cut into two decisions the same day ──
    *[Doc(name, "tobacco",
          "同一个体户（同一信用代码）店面与租用仓房的无证卷烟同日拆成两案；违法经营总额28,300+26,100=54,400元≥5万元"
          "（法释〔2010〕7号第三条，刑法第225条）；各罚20%在实施条例第57条内",
          [split("tobacco-225-illegal-business/1", quote, 54400.0, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("hr48_tobacco.txt", "违法经营总额为人民币贰万捌仟叁佰元（28,300元）"),
                          ("hr49_tobacco.txt", "违法经营总额为人民币贰万陆仟壹佰元（26,100元）"))],
    # ── repeat offender: the same credit code punished again nine months later ──
    Doc("hr50_construction.txt", "construction",
        "施工扬尘，首次处罚，罚3万在大气污染防治法第115条1万-10万内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("hr51_construction.txt", "construction",
        "同一统一社会信用代码的施工单位在2024年9月25日处罚后约九个半月再犯同类扬尘违法，二年内再犯（第二份文书未提前次处罚）；"
        "罚6万在第115条内",
        [repeat("天津滨海泰宏建筑工程有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
