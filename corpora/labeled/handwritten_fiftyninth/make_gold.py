"""Lead labels for the fifty-ninth hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``klNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of agencies across the country (湖南, 广西,
江西, 贵州, 河北, 山西, 福建, 浙江, 广东, 四川, 重庆, 云南, 陕西, 湖北, 山东, 辽宁, 吉林, 内蒙古,
宁夏, 甘肃, 河南, 江苏, 天津, 安徽, 海关, 税务, 公安, 人社). All names, numbers, codes and addresses
are invented; credit codes carry valid GB 32100-2015 check digits, identity numbers valid GB 11643
check digits (some tails masked). The focus is pairs: for most offences a true lead and a near miss
that differ in ONE element (protected species or not, 禁渔期 or not, 永久基本农田 or 一般耕地, 公益林 or
商品林, 危险废物 or not, 检出 or 未检出, 明知 or 不知情, 补缴 or not, a figure just over or under,
wages refused or paid in time), the element stated in a sentence apart from the figure. Labels
come from the law only: criminal thresholds from corpora/knowledge/thresholds.yaml, hearing
figures from corpora/knowledge/hearing.yaml, fine ranges and article existence from the statute
text in force on the decision date. Each row's ``meta.reason`` gives the one-line legal reason.
Conventions are those of ``handwritten_fifth/make_gold.py``.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_fiftyninth/make_gold.py``.
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
CREATED = "2026-11-22T22:20:00+00:00"
VERSION = "handwritten-fiftyninth/1"

SPLIT, REPEAT = "split-kl-liujiang-sand", "repeat-kl-jiangyin-foundry"



CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("kl01_wildlife.txt", "wildlife",
        "收购出售国家二级保护猛禽（级别在另一段），价值5×3,000+3×3,200=24,600元≥2万元（法释〔2022〕12号第六条，"
        "wildlife-341-1-endangered/1，刑法第341条第一款）；罚2倍在野保法第52条第一款2-20倍内；只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "红隼      5只      3,000", 24600.0),
         fined_only("并处罚款人民币肆万玖仟贰佰元整")], OVER),
    Doc("kl03_fishery.txt", "fishery",
        "长江十年禁捕水域禁渔期内使用电鱼方法捕捞（禁渔期在另一段），渔获仅23.6公斤但属法释〔2022〕12号第三条"
        "禁渔期使用禁用方法（fishery-340-inland/5，刑法第340条，无数量要求）；二人各罚款；只罚款未移送",
        [trigger("fishery-340-inland/5", "当事人承认系使用电鱼方法捕捞"), fined_only("对胡某某罚款人民币伍仟元")], QUAL),
    Doc("kl05_land.txt", "land",
        "非法占用永久基本农田（地类在另一段）0.38公顷=5.7亩≥5亩，种植条件严重破坏（法释〔2000〕14号第三条，"
        "land-342-cultivated/1，刑法第342条）；每平方米150元在实施条例第57条100-1000元内，已告知听证；只罚款未移送",
        [threshold("land-342-cultivated/1", "当事人共计占用土地0.38公顷", 5.7),
         fined_only("计罚款人民币伍拾柒万元整")], OVER),
    Doc("kl07_forestry.txt", "forestry",
        "超许可证范围采伐即滥伐，14.2+9.4=23.6立方米≥20立方米（法释〔2023〕8号第六条，forest-345-2-overcutting/1，"
        "刑法第345条第二款）；价值17,346元（<5万，不是唯一口径）；罚3倍在森林法第76条第二款3-5倍内；只罚款未移送",
        [threshold("forest-345-2-overcutting/1", "第5小班：杉木，蓄积14.2立方米", 23.6),
         fined_only("计人民币伍万贰仟零叁拾捌元")], OVER),
    Doc("kl09_environment.txt", "environment",
        "HW08/HW09危险废物（类别在另一段）三车1.6+1.1+0.7=3.4吨交无证个人倾倒≥3吨（法释〔2023〕7号第一条，"
        "env-338-pollution/1，刑法第338条）；罚60万为固废法第112条第二款处置费用按20万计的3倍；只罚款未移送",
        [threshold("env-338-pollution/1", "3月22日   1.6吨", 3.4), fined_only("即罚款人民币陆拾万元整")], OVER),
    Doc("kl11_food_safety.txt", "food_safety",
        "火锅锅底加罂粟壳，两批次检出吗啡、可待因（非食用物质），刑法第144条行为犯（food-144-toxic/1）；罚货值"
        "43,320元的15倍在食品安全法第123条15-30倍内，已告知听证；只罚款吊证未移送",
        [trigger("food-144-toxic/1", "所抽两批次锅底均检出吗啡、可待因成分"),
         fined_only("计人民币陆拾肆万玖仟捌佰元")], QUAL),
    Doc("kl13_drugs.txt", "drugs",
        "以非药品冒充药品，依药品管理法第98条第二款第（四）项按假药论处，销售假药为刑法第141条行为犯"
        "（drug-141-counterfeit/1）；罚150万为第116条货值不足10万按10万计15倍；只罚款吊证未移送",
        [trigger("drug-141-counterfeit/1", "上述产品应按假药论处"), fined_only("并处罚款人民币壹佰伍拾万元")], QUAL),
    Doc("kl14_intellectual_property.txt", "intellectual_property",
        "明知（聊天记录，在另一段）销售假冒注册商标的箱包，销售金额96×298+104×189+91×69=54,543元≥5万元"
        "（ip-214-sell-counterfeit/2，刑法第214条）；进货价31,520不是口径；罚约2.9倍在商标法第60条五倍以下内；"
        "只罚款未移送",
        [threshold("ip-214-sell-counterfeit/2", "大号托特包", 54543.0), fined_only("处罚款人民币壹拾伍万玖仟元")],
        OVER),
    Doc("kl16_tax.txt", "tax",
        "隐匿收入虚假申报，逃税114,300+8,001+33,900=156,201元≥10万元且占应纳税额679,200元的23%≥10%"
        "（tax-201-evasion/1，刑法第201条）；经追缴通知逾期未补缴，不适用第四款；罚80%在征管法第63条内；只罚款未移送",
        [threshold("tax-201-evasion/1", "少缴增值税114,300元", 156201.0), fined_only("计人民币124,961元")], OVER),
    Doc("kl18_customs.txt", "customs",
        "个人走私普通物品，偷逃税款21,760+58,930+37,720=118,410元≥10万元（customs-153-ordinary-goods/1，刑法"
        "第153条）；罚20万在海关行政处罚实施条例第9条第一款第（三）项三倍以下内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "人民币21,760元", 118410.0),
         fined_only("对当事人科处罚款人民币贰拾万元")], OVER),
    Doc("kl20_public_security.txt", "public_security",
        "出售行踪轨迹信息（性质在另一段）22+19+17=58条≥50条（法释〔2017〕10号第五条第一款第（三）项，"
        "pi-253-1-personal-information/1，刑法第253条之一）；违法所得1,650元不是唯一口径；罚1.5万为违法所得约9倍，在网络安全法第64条第二款1-10倍内；"
        "只罚款未移送",
        [threshold("pi-253-1-personal-information/1", "通过微信分三次出售给他人", 58.0),
         fined_only("并处罚款人民币壹万伍仟元")], OVER),
    Doc("kl22_other.txt", "other",
        "拖欠12名农民工工资合计84,600元（表内相加）≥3万元，经限期改正指令仍不支付、负责人失联（法释〔2013〕3号"
        "第三、四条，labor-276-1-wage-refusal/2，刑法第276条之一）；只作加付赔偿金处理未移送",
        [threshold("labor-276-1-wage-refusal/2", "用人单位拖欠12名劳动者2024年9月至12月工资", 84600.0),
         fined_only("计人民币捌万肆仟陆佰元")], OVER),
    Doc("kl24_mining.txt", "mining",
        "无证采河砂8,600吨×14元=120,400元≥10万元（法释〔2016〕25号第三条第一款第（一）项，mining-343-1-illegal/1，"
        "刑法第343条；部分销售8.26万、违法所得6.3万均不是全部价值；非禁采区期）；罚30%在实施细则第42条50%以下内；"
        "只罚款未移送",
        [threshold("mining-343-1-illegal/1", "当事人共采挖河砂8,600吨", 120400.0),
         fined_only("计人民币壹万捌仟玖佰元")], OVER),
    Doc("kl25_tobacco.txt", "tobacco",
        "零售许可证注销后无证经营卷烟，违法经营额80×450+95×230+70×160=69,050元≥5万元（另有库存未计；法释〔2010〕7号"
        "第三条，tobacco-225-illegal-business/1，刑法第225条）；获利6,900元不是口径；罚20%在实施条例第57条内；"
        "只罚款未移送",
        [threshold("tobacco-225-illegal-business/1", "中华（硬）", 69050.0),
         fined_only("计人民币壹万叁仟捌佰壹拾元")], OVER),
    Doc("kl26_forestry.txt", "forestry",
        "采挖野生南方红豆杉3株，国家一级保护（级别在另一段）≥1株（法释〔2023〕8号第二条，"
        "forest-344-protected-plants/1，刑法第344条）；只没收警告未移送",
        [threshold("forest-344-protected-plants/1", "采挖野生南方红豆杉幼树3株", 3.0),
         fined_only("没收所采挖的南方红豆杉3株")], OVER),
    Doc("kl27_environment.txt", "environment",
        "私设暗管排放含总铬、总镍的电镀退镀废液（有毒物质），法释〔2023〕7号第一条通过暗管等逃避监管方式排放有毒物质"
        "（env-338-pollution/9，刑法第338条，无数量要求）；罚80万在水污染防治法第83条10万-100万内；只罚款未移送",
        [trigger("env-338-pollution/9", "自2025年2月起夜间通过该管道将部分退镀废液直接排出"),
         fined_only("罚款人民币捌拾万元整")], QUAL),
    Doc("kl28_product_quality.txt", "product_quality",
        "以不合格翻新轴承齿轮冒充合格新品，销售金额39,120+18,260=57,380元≥5万元（立案追诉标准（一）第十六条，"
        "product-140-fake-inferior/1，刑法第140条）；违法所得45,530元、成本11,850元不是口径；罚50%在产品质量法"
        "第50条内；只罚款未移送",
        [threshold("product-140-fake-inferior/1", "轴承类 售出3,260套", 57380.0),
         fined_only("计人民币贰万捌仟陆佰玖拾元")], OVER),
    Doc("kl29_forestry.txt", "forestry",
        "采石修路毁坏国家级公益林（防护林，类别在另一段）0.41公顷=6.15亩≥5亩（法释〔2023〕8号第一条，"
        "land-342-forest/1，刑法第342条）；罚2倍在森林法第73条三倍以下内；只罚款未移送",
        [threshold("land-342-forest/1", "被占用林地面积为0.41公顷", 6.15),
         fined_only("计人民币贰拾肆万陆仟元")], OVER),
    Doc("kl31_tax.txt", "tax",
        "无真实交易虚开增值税专用发票，税额38,610+47,320+38,470=124,400元≥10万元（法释〔2024〕4号第十一条，"
        "tax-205-vat-invoice/1，刑法第205条）；开票费57,388元不是口径；罚50万在发票管理办法第35条5万-50万内；"
        "只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "开具专用发票11份，税额38,610元", 124400.0),
         fined_only("并处罚款人民币伍拾万元")], OVER),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("kl32_environment.txt", "environment",
        "尾矿库回水渗漏污染河道草场（超标<1倍，不达刑事），责令改正后两次复查仍渗漏、约6亩草地未恢复（<10亩其他农用地，不达刑事；生态环境和资源"
        "保护领域）；罚35万在水污染防治法第83条内",
        [pil("ecology_resources", "回水仍在持续渗入沟道")], {"scenario": "pil", "continuing_harm": True}),
    Doc("kl33_land.txt", "land",
        "国有建设用地出让价款13,020万元三次催缴仍未缴入国库，未办证开工（国有土地使用权出让领域；建设用地不涉刑法"
        "第342条）；每平方米100元在实施条例第57条内，已听证",
        [pil("state_land_transfer", "剩余13,020万元经本局于2024年7月、2024年12月、2025年3月三次书面催缴，至今未缴入国库")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("kl34_food_safety.txt", "food_safety",
        "小学门口向学生销售过期食品，当场责令后两次复查仍销售（食品药品安全领域，不特定多数未成年人）；货值不足1万"
        "罚5万在食品安全法第124条5万-10万内，已告知听证",
        [pil("food_drug_safety", "当事人仍在销售超过保质期的乳饮料和糖果")], {"scenario": "pil", "continuing_harm": True}),
    Doc("kl35_public_security.txt", "public_security",
        "App默认勾选同意、无注销功能、约21万张身份证件照片明文存储，责令整改逾期后复测仍未改正（个人信息保护领域）；罚80万在个保法第66条"
        "第一款一百万以下内，主管人员5万在1万-10万内，已听证；未出售、提供或非法获取，不涉刑法第253条之一",
        [pil("personal_information", "存储的约21万张身份证件照片仍未加密")], {"scenario": "pil", "continuing_harm": True}),
    Doc("kl36_culture_tourism.txt", "culture_tourism",
        "全国重点文物保护单位保护范围内违建，责令拆除后两次复查未拆除、山墙抹灰油污剥落（文物和文化遗产保护领域；过失轻微损坏，非故意损毁本体，不涉刑法第324条）；"
        "罚50万在文物保护法（2024修订）第83条单位造成损坏50万-500万内，已听证",
        [pil("cultural_relics", "发现违法建筑未拆除")], {"scenario": "pil", "continuing_harm": True}),
    Doc("kl37_work_safety.txt", "work_safety",
        "未取得燃气经营许可在住宅楼下车库储存、销售液化石油气（危险物品），责令停止、清运后又存放27瓶且居民投诉"
        "液化气异味，具有发生重大伤亡事故的现实危险（刑法第134条之一第（三）项，safety-134-1a-dangerous-operation/3）；"
        "同时两次复查仍在经营（安全生产领域，不特定多数居民）；罚8万在城镇燃气管理条例第45条第一款5万-50万内；"
        "只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/3", "当事人又从外地购进钢瓶，仍在该车库内存放并对外销售液化气"),
         fined_only("三、处罚款人民币捌万元"),
         pil("work_safety", "仍在该车库内存放并对外销售液化气")],
        {"scenario": "pil", "continuing_harm": True}),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("kl39_food_safety.txt", "food_safety",
                 "亚硝酸盐超限量，货值2,436元不足1万元，食品安全法第124条第一款罚5万-10万；罚2万低于下限且未写明减轻"
                 "处罚的法定情节（已告知听证）",
                 "并处罚款人民币贰万元整"),
    out_of_range("kl40_environment.txt", "environment",
                 "VOCs无组织排放，大气污染防治法第108条第（一）项罚2万-20万；罚26万超出上限",
                 "罚款人民币贰拾陆万元"),
    no_hearing("kl41_market.txt", "market",
               "市场监管对个人罚款3万元≥1万元（hearing.yaml市场监管个人一万元，行政处罚法第63条），只告知陈述、申辩，"
               "未告知听证；罚款在食品安全法第126条5千-5万内",
               "本局决定对当事人处以罚款人民币叁万元"),
    no_hearing("kl42_tax.txt", "tax",
               "税务机关对个体工商户罚款5,000元≥2,000元（hearing.yaml税务个人二千元），只告知陈述、申辩，未告知听证；"
               "罚款在征管法第62条情节严重2千-1万内",
               "对你户处以罚款人民币伍仟元"),
    Doc("kl43_food_safety.txt", "food_safety",
        "食品安全法（2021修正）共154条，引用的第一百六十二条不存在（应为第124条，货值不足1万罚5万-10万，5万在内）；"
        "已告知听证",
        [irregular("nonexistent_article", "《中华人民共和国食品安全法》第一百六十二条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("kl44_transport.txt", "transport",
        "2025年1月6日立案、2025年7月14日决定，历时189日，超过行政处罚法第60条九十日，文书未记载延期批准或中止；"
        "违法所得14,400元超过1万，罚3倍在道路运输条例第63条第（一）项1-5倍内，已告知听证",
        [irregular("time_limit", "本机关于2025年1月6日对当事人涉嫌未取得道路运输经营许可擅自从事道路普通货物运输经营一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives: each the near twin of a lead above, differing in one element ──
    Doc("kl02_wildlife.txt", "wildlife",
        "出售八哥、红嘴蓝鹊价值24,600元（与kl01同额），但鉴定不属于国家重点保护（三有动物）、非以食用为目的，不涉刑法"
        "第341条；罚1倍在野保法第52条第二款内",
        flags=near("not_protected")),
    Doc("kl04_fishery.txt", "fishery",
        "电鱼31公斤、价值1,240元，但非禁渔区、非禁渔期（在另一段），不达法释〔2022〕12号第三条（500公斤/1万元），"
        "不涉刑法第340条",
        flags=near("not_closed_season")),
    Doc("kl06_land.txt", "land",
        "占地0.38公顷=5.7亩（与kl05同额），但为一般耕地，其他耕地线10亩（land-342-cultivated/2）未达；每平方米100元"
        "在实施条例第57条内，已告知听证",
        flags=near("under")),
    Doc("kl08_forestry.txt", "forestry",
        "无证滥伐12.5+7.2=19.7立方米<20立方米（法释〔2023〕8号第六条），价值13,790<5万；罚3倍在森林法第76条第二款内",
        flags=near("under")),
    Doc("kl10_environment.txt", "environment",
        "交无处理能力个人4.2吨固废，但鉴别不属于危险废物（一般工业固废），不涉刑法第338条危险废物3吨线；罚20万在"
        "固废法第102条内，已告知听证",
        flags=near("not_hazardous")),
    Doc("kl12_food_safety.txt", "food_safety",
        "举报添加罂粟壳，三批次均未检出；仅健康证拒不改正罚5千在食品安全法第126条5千-5万内",
        flags=near("not_detected")),
    Doc("kl15_intellectual_property.txt", "intellectual_property",
        "销售侵权运动鞋销售金额138×260+127×199=61,153元≥5万，但能证明合法取得并说明提供者、无证据证明明知，不具"
        "刑法第214条明知要件；依商标法第60条第二款责令停止销售不罚款",
        flags=near("not_known")),
    Doc("kl17_tax.txt", "tax",
        "逃税156,201元占23%（与kl16同额），但首次被税务处理后已补缴税款和滞纳金并接受处罚，依刑法第201条第四款"
        "不予追究；罚50%在征管法第63条内",
        flags=near("tax_paid")),
    Doc("kl19_customs.txt", "customs",
        "个人走私偷逃税款97,420元<10万元，此前无走私处罚记录（customs-153-ordinary-goods/1未达）；罚15万（大于门槛但"
        "不是计量口径）在三倍以下内，已告知听证",
        flags=near("under")),
    Doc("kl21_public_security.txt", "public_security",
        "出售快递面单一般个人信息4,920条<5000条、违法所得2,460元<5000元，无敏感或重要信息（法释〔2017〕10号第五条）；"
        "罚2万为违法所得约8倍，在网络安全法第64条第二款1-10倍内，已告知听证",
        flags=near("under")),
    Doc("kl23_other.txt", "other",
        "拖欠13人工资71,200元，但在指令期限内足额支付，不是刑法第276条之一的经责令支付仍不支付；超时加班罚每人300元"
        "在劳动保障监察条例第25条100-500元内",
        flags=near("remedied")),
    Doc("kl30_forestry.txt", "forestry",
        "占用林地0.41公顷=6.15亩（与kl29同额），但为商品林地（用材林），商品林线10亩（land-342-forest/2）未达；"
        "罚2倍在森林法第73条内",
        flags=near("under")),
    Doc("kl38_environment.txt", "environment",
        "含铅废水经登记排口超标1.3倍（<3倍，法释〔2023〕7号），当日停产、底泥清挖修复，两次复查恢复背景值，无持续损害；"
        "罚50万在水污染防治法第83条内，已告知听证",
        flags=near("pil_remedied", continuing_harm=False)),
    Doc("kl45_fishery.txt", "fishery",
        "禁捕期禁捕水域非法捕捞620公斤≥500公斤，但已移送公安机关并立案侦查，不是隐匿的移送线索；罚款待刑事程序终结",
        flags=near("transferred", transferred=True)),
    Doc("kl46_forestry.txt", "forestry",
        "涉嫌盗伐6.2立方米≥5立方米，已移送，公安以林木权属争议、不能证明非法占有故意不予立案并退回；按滥伐处罚（6.2<20"
        "立方米），罚3倍在森林法第76条第二款内，已告知听证",
        flags=near("police_declined", police_declined=True)),
]

SPLIT_QUOTES = (("kl47_mining.txt", "当事人在该河段共非法采挖河砂2,700吨"),
                ("kl48_mining.txt", "当事人在该河段共非法采挖河砂贰仟伍佰柒拾吨"),
                ("kl49_mining.txt", "当事人在该河段共非法采挖河砂2230吨"))

GROUPS = [
    # ── 化整为零: one company's unlicensed sand mining on three river sections, cut into three decisions ──
    *[Doc(name, "mining",
          "同一公司（同一信用代码）无证采砂拆成三案，每案价值37,800/35,980/31,220元均<10万元，累计(2,700+2,570+2,230)吨"
          "×14元=105,000元≥10万元（法释〔2016〕25号第三条第一款第（一）项，刑法第343条；非禁采区期）",
          [split("mining-343-1-illegal/1", quote, 105000.0, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in SPLIT_QUOTES],
    # ── repeat offender: the same credit code punished again nine months later ──
    Doc("kl50_environment.txt", "environment",
        "铸造颗粒物超标排放0.47倍，首次处罚，罚12万在大气污染防治法第99条10万-100万内，已告知听证",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("kl51_environment.txt", "environment",
        "同一统一社会信用代码的单位2024年11月22日处罚后约九个月再犯同类违法，二年内再犯；罚35万在第99条内，已听证",
        [repeat("江阴恒昌铸造有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
