"""Lead labels for the sixty-ninth hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-23 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``kvNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of city, prefecture and county agencies in
云南, 贵州, 甘肃, 宁夏 and 新疆 (林草, 自然资源, 生态环境, 市场监管, 税务, 海关, 人社, 文旅; all names,
numbers, codes and addresses invented; credit codes carry valid GB 32100-2015 check digits, identity
numbers valid GB 11643 check digits). Labels come from the law only: criminal thresholds from
corpora/knowledge/thresholds.yaml (the version in force on the dates of the facts), hearing figures
from corpora/knowledge/hearing.yaml, fine ranges and article existence from the statute text in force
on the decision date. Each row's ``meta.reason`` gives the one-line legal reason. Conventions are
those of ``handwritten_fifth/make_gold.py``.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_sixtyninth/make_gold.py``.
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
VERSION = "handwritten-sixtyninth/1"

SPLIT, REPEAT = "split-kv-pingluo-stone", "repeat-kv-korla-vocs"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("kv01_wildlife.txt", "wildlife",
        "收购出售国家二级保护野生动物（级别在表后另一段）：猕猴3只×8,000+白鹇2只×3,500=31,000元≥2万元（法释〔2022〕12号"
        "第六条，刑法第341条第一款，wildlife-341-1-endangered/1）；表中合计35,800含非重点保护的赤麂4,800不计；罚2倍在"
        "野生动物保护法（2022）第52条第一款2-20倍内；只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "猕猴　　　　　　　3只　　　　8,000", 31000.0),
         fined_only("计人民币陆万贰仟元整")], OVER),
    Doc("kv02_wildlife.txt", "wildlife",
        "禁猎期使用电猫、铁夹（禁用工具）猎捕，法释〔2022〕12号第七条第（三）项“在禁猎期使用禁用的工具”即属情节严重"
        "（刑法第341条第二款，wildlife-341-2-illegal-hunting/2），猎获物价值2,760元虽不足1万元；罚2倍在野保法第49条"
        "第一款1-10倍内；只罚款未移送",
        [trigger("wildlife-341-2-illegal-hunting/2", "在禁猎期使用禁用工具猎捕野生动物"),
         fined_only("罚款人民币伍仟伍佰贰拾元")], QUAL),
    Doc("kv03_forestry.txt", "forestry",
        "超出采伐许可证地点滥伐，三个小班8.4+7.9+6.1=22.4立方米≥20立方米（法释〔2023〕8号第六条，刑法第345条第二款，"
        "forest-345-2-overcutting/1）；罚3倍在森林法第76条第二款3-5倍内，补种3倍在1-3倍内；只罚款未移送",
        [threshold("forest-345-2-overcutting/1", "12林班6小班　伐桩61个，立木蓄积8.4立方米", 22.4),
         fined_only("计人民币肆万捌仟叁佰捌拾肆元整")], OVER),
    Doc("kv04_forestry.txt", "forestry",
        "盗伐集体林木立木蓄积5.6立方米≥5立方米（法释〔2023〕8号第四条，刑法第345条第一款，forest-345-1-theft/1）；"
        "林木价值4,480元<2万元不是唯一口径；罚5倍在森林法第76条第一款5-10倍内；只罚款未移送",
        [threshold("forest-345-1-theft/1", "立木蓄积合计5.6立方米", 5.6), fined_only("即人民币贰万贰仟肆佰元")], OVER),
    Doc("kv05_grassland.txt", "forestry",
        "非法开垦天然草原（基本草原，性质在下一段）0.9+0.7=1.6公顷=24亩≥20亩（法释〔2012〕15号第二条，刑法第342条，"
        "land-342-grassland/1）；无违法所得罚3万在草原法第66条五万元以下内；只罚款未移送",
        [threshold("land-342-grassland/1", "东块0.9公顷，西块0.7公顷", 24.0), fined_only("处罚款人民币叁万元整")], OVER),
    Doc("kv06_forestry.txt", "forestry",
        "擅自改变用途毁坏国家级公益林地（性质在下一段）0.21+0.18=0.39公顷=5.85亩≥5亩（法释〔2023〕8号第一条，刑法第342条，"
        "land-342-forest/1）；罚恢复费用2倍在森林法第73条第一款三倍以下内；只罚款未移送",
        [threshold("land-342-forest/1", "1号地块毁坏林地面积0.21公顷", 5.85), fined_only("计人民币柒万捌仟元整")], OVER),
    Doc("kv07_mining.txt", "mining",
        "无证采砂3,860立方米×32元=123,520元≥10万元（法释〔2016〕25号第三条第一款，刑法第343条第一款，"
        "mining-343-1-illegal/1）；已售部分的违法所得99,200元<10万不是唯一口径（未售760立方米亦为采出矿产品）；罚30%在"
        "实施细则第42条50%以下内；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "共计开采建筑用砂3,860立方米", 123520.0),
         fined_only("处违法所得30%的罚款，计人民币29,760元")], OVER),
    Doc("kv08_mining.txt", "mining",
        "国家规划矿区内（另一段）无证采石：块石1,200×45+碎石900×38=88,200元≥5万元（法释〔2016〕25号第三条第二款，"
        "mining-343-1-illegal/2）；罚20%在实施细则第42条内；只罚款未移送",
        [threshold("mining-343-1-illegal/2", "块石　1,200立方米，出售价每立方米45元", 88200.0),
         fined_only("即人民币壹万柒仟陆佰肆拾元整")], OVER),
    Doc("kv09_environment.txt", "environment",
        "废矿物油HW08分三批1.2+0.85+1.35=3.4吨提供给无证个人≥3吨（法释〔2023〕7号第一条第（二）项，刑法第338条，"
        "env-338-pollution/1）；罚60万为固废法第112条第二款处置费用按20万计3倍，在3-5倍内；只罚款未移送",
        [threshold("env-338-pollution/1", "第一次　2024年6月21日　1.2吨", 3.4), fined_only("计人民币陆拾万元")], OVER),
    Doc("kv10_environment.txt", "environment",
        "总铬实测7.8mg/L、限值1.0mg/L（GB 21900-2008表2；表中未写倍数），超标6.8倍（为限值7.8倍），两种算法均≥3倍（法释〔2023〕7号第一条"
        "第（四）项，刑法第338条，env-338-pollution/2）；六价铬未超标，总镍0.2倍<10倍；罚36万在水污染防治法第83条10万-100万内；只罚款未移送",
        [threshold("env-338-pollution/2", "｜总铬　　｜7.8", 6.8), fined_only("处罚款人民币叁拾陆万元整")], OVER),
    Doc("kv11_food_safety.txt", "food_safety",
        "米线中添加硼砂（非食用物质名单所列），刑法第144条行为犯（法释〔2021〕24号，food-144-toxic/1）；货值6,600元<1万"
        "罚10万在食品安全法第123条10万-15万内；只罚款未移送",
        [trigger("food-144-toxic/1", "白色粉末为十水合四硼酸钠（俗称硼砂）"),
         fined_only("罚款100,000元（大写：壹拾万元整）")], QUAL),
    Doc("kv12_drugs.txt", "drugs",
        "以非药品冒充药品、检出化学药，依药品管理法第98条第二款第（二）项按假药论处，销售假药为刑法第141条行为犯"
        "（drug-141-counterfeit/1）；罚150万为第116条货值不足10万按10万计15倍；只罚款未移送",
        [trigger("drug-141-counterfeit/1", "应按假药论处"), fined_only("计人民币壹佰伍拾万元整")], QUAL),
    Doc("kv13_environment.txt", "environment",
        "私设暗管排放含铬废水（含重金属的污染物为有毒物质，法释〔2023〕7号第十七条），通过暗管排放有毒物质为第一条第（五）项（刑法第338条，env-338-pollution/9），总铬超标倍数不足3倍不影响；罚50万在水污染防治法"
        "第83条10万-100万内，已听证；只罚款未移送",
        [trigger("env-338-pollution/9", "利用私设的暗管排放水污染物"), fined_only("罚款人民币伍拾万元")], QUAL),
    Doc("kv14_tax.txt", "tax",
        "2024年度隐匿收入逃税：增值税31,200+37,200+企业所得税52,300=120,700元≥10万元且占16.3%≥10%（法释〔2024〕4号"
        "第一条，刑法第201条，tax-201-evasion/1）；已下达处理决定仍未补缴，不适用第201条第四款；罚60%在征管法第63条"
        "50%-5倍内；只罚款未移送",
        [threshold("tax-201-evasion/1", "2024年4月至6月少缴增值税31,200.00元", 120700.0),
         fined_only("计人民币柒万贰仟肆佰贰拾元整")], OVER),
    Doc("kv15_tax.txt", "tax",
        "无真实交易虚开增值税专用发票25份，价税合计1,186,500元按13%折算税额136,500元≥10万元（法释〔2024〕4号第十一条，"
        "刑法第205条，tax-205-vat-invoice/1）；开票费59,325元不是口径；罚30万在发票管理办法第35条5万-50万内；只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "价税合计1,186,500元，适用税率13%", 136500.0),
         fined_only("处罚款300,000.00元（叁拾万元整）")], OVER),
    Doc("kv16_labor.txt", "other",
        "拖欠18名农民工工资12×4,200×3+6×3,800×2=196,800元≥3万元，经责令限期支付逾期不付、负责人失联（法释〔2013〕3号"
        "第三、四条，刑法第276条之一，labor-276-1-wage-refusal/2）；只作加付赔偿金50%处理未移送",
        [threshold("labor-276-1-wage-refusal/2", "钢筋工　12人，月工资4,200元", 196800.0),
         fined_only("计人民币玖万捌仟肆佰元整")], OVER),
    Doc("kv17_customs.txt", "customs",
        "个人伪报瞒报走私普通货物，偷逃关税38,600+进口环节增值税71,240=109,840元≥10万元（法释〔2014〕10号第十六条，"
        "刑法第153条，customs-153-ordinary-goods/1）；罚0.8倍在海关行政处罚实施条例第9条第一款第（三）项3倍以下内；"
        "只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "关税：人民币38,600.00元", 109840.0),
         fined_only("科处罚款人民币捌万柒仟捌佰柒拾贰元整")], OVER),
    Doc("kv18_product_quality.txt", "product_quality",
        "以不合格复合肥冒充合格销售，销售金额420×128+180×96=71,040元≥5万元（立案追诉标准（一）第十六条，刑法第140条，"
        "product-140-fake-inferior/1）；进货款52,000元、违法所得19,040元不是口径；罚1倍在产品质量法第50条50%-3倍内；"
        "只罚款未移送",
        [threshold("product-140-fake-inferior/1", "规格A（50kg/袋）　420袋，售价每袋128元", 71040.0),
         fined_only("计人民币柒万壹仟零肆拾元整")], OVER),
    Doc("kv19_wild_plants.txt", "forestry",
        "无证采挖天山雪莲38株（国家二级保护野生植物，级别在另一段）≥2株（法释〔2023〕8号第二条，刑法第344条，"
        "forest-344-protected-plants/3）；罚违法所得5倍在野生植物保护条例第23条10倍以下内；只罚没未移送",
        [threshold("forest-344-protected-plants/3", "经清点共38株", 38.0), fined_only("计人民币陆仟元整")], OVER),
    Doc("kv20_environment.txt", "environment",
        "HW06废有机溶剂46桶×约180千克=8.28吨提供给无证个人≥3吨（法释〔2023〕7号第一条第（二）项，刑法第338条，"
        "env-338-pollution/1）；罚70万为处置费用按20万计3.5倍，在固废法第112条第二款3-5倍内；只罚款未移送",
        [threshold("env-338-pollution/1", "共计46桶", 8.28), fined_only("决定罚款人民币柒拾万元整")], OVER),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("kv21_forestry.txt", "forestry",
        "擅自改变商品林地用途建养猪场0.16公顷=2.4亩（<10亩不达刑法第342条）；责令恢复后两次复查未拆除、仍在养殖，粪污"
        "流入河道、林木枯死（生态环境和资源保护领域）；罚2倍恢复费用在森林法第73条三倍以下内",
        [pil("ecology_resources", "当事人未拆除任何圈舍，仍在该处养殖生猪约300头")], PIL),
    Doc("kv22_environment.txt", "environment",
        "冶炼渣场未采取防护措施，渗出液COD、氨氮超标（非重金属，不达刑法第338条）流入农灌渠；责令改正后两次复查仍渗流、"
        "扬尘（生态环境和资源保护领域）；罚25万在固废法第102条第二款10万-100万内",
        [pil("ecology_resources", "渗出液仍在流入农灌渠")], PIL),
    Doc("kv23_food_safety.txt", "food_safety",
        "小学门口销售超过保质期食品，责令改正后两次复查仍向学生销售（食品药品安全领域，不特定多数未成年人）；货值1,126元"
        "<1万罚5万在食品安全法第124条5万-10万内",
        [pil("food_drug_safety", "当事人仍将超过保质期的辣条类食品混放在正常商品中向学生销售")], PIL),
    Doc("kv24_land.txt", "land",
        "出让价款9,270万元仅缴3,000万，三次催缴仍欠6,270万元未缴入国库、未办证即开工（国有土地使用权出让领域）；罚每平方米"
        "100元在土地管理法实施条例第57条100-1000元内，已听证",
        [pil("state_land_transfer", "其余6,270万元经本局于2024年3月、2024年8月、2024年12月三次书面催缴仍未缴纳")], PIL),
    Doc("kv25_grassland.txt", "forestry",
        "非法开垦天然草原0.8公顷=12亩<20亩（不达刑法第342条）；限期恢复后两次复查仍未补播、再次翻耕，牧场沙化（生态环境和"
        "资源保护领域）；罚违法所得2倍在草原法第66条1-5倍内",
        [pil("ecology_resources", "草原植被仍未恢复")], PIL),
    Doc("kv26_cultural_relics.txt", "culture_tourism",
        "省级文物保护单位保护范围内违法建设，责令拆除后两次复查未拆除、已营业，崖面裂隙继续威胁石窟（文物和文化遗产保护领域）；"
        "未损毁文物本体不涉刑法第324条；罚10万在文物保护法（2017）第66条5万-50万内，已听证",
        [pil("cultural_relics", "继续威胁石窟遗址安全")], PIL),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("kv27_forestry.txt", "forestry",
                 "滥伐林木价值3,600元，森林法第76条第二款可处价值3-5倍即10,800-18,000元；罚3万超出上限（蓄积4.2立方米<20"
                 "不涉刑）",
                 "处罚款人民币叁万元整"),
    out_of_range("kv28_food_safety.txt", "food_safety",
                 "用超过保质期的食品原料，货值826元<1万，食品安全法第124条第一款罚5万-10万；罚2万低于下限，从轻不得低于下限且"
                 "未写明减轻处罚的法定情节",
                 "罚款人民币贰万元"),
    no_hearing("kv29_tax.txt", "tax",
               "税务机关对个人罚款3,000元≥2,000元（hearing.yaml税务对公民二千元，国税发〔1996〕190号第三条），只告知陈述、"
               "申辩，未告知听证；罚款在征管法第62条2,000-10,000元内",
               "对你处以罚款3,000元（大写：叁仟元整）"),
    no_hearing("kv30_market.txt", "market",
               "市场监管对法人罚款15万元≥10万元（hearing.yaml市场监管法人十万元，行政处罚法第63条），只告知陈述、申辩，未告知"
               "听证；罚款在广告法第58条广告费用无法计算10万-20万内",
               "罚款人民币壹拾伍万元整"),
    Doc("kv31_wildlife.txt", "wildlife",
        "野生动物保护法（2022修订，2023年5月1日施行）共64条，引用的第八十二条不存在（应为第52条第二款，价值1-10倍，"
        "罚2倍在内）；价值1,650元不涉刑",
        [irregular("nonexistent_article", "《中华人民共和国野生动物保护法》第八十二条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("kv32_environment.txt", "environment",
        "2024年3月4日立案、2024年10月22日决定，历时232日，超过行政处罚法第60条九十日，文书未记载延期批准；罚5.5万在"
        "大气污染防治法第117条1万-10万内，已告知听证",
        [irregular("time_limit", "本局于2024年3月4日对你公司涉嫌未按规定采取扬尘污染防治措施一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("kv33_wildlife.txt", "wildlife",
        "违法收购的二级保护鸟14×900+5×1,200=18,600元<2万元（wildlife-341-1-endangered/1）；表中合计23,400元含来源合法附"
        "专用标识的白腹锦鸡4,800元不计；罚2倍37,200元（数字过线但不是口径）在野保法第52条内",
        flags=near("under")),
    Doc("kv34_forestry.txt", "forestry",
        "超证滥伐：证外10.3+8.5+证内超量0.8=19.6立方米<20立方米（forest-345-2-overcutting/1），证内许可的12立方米不计；"
        "价值13,328元<5万；罚4倍53,312元（过5万但是罚款）在森林法第76条第二款内",
        flags=near("under")),
    Doc("kv35_mining.txt", "mining",
        "无证采石2,900×33=95,700元<10万元（mining-343-1-illegal/1），非规划矿区；扣押设备估价18万元不是矿产品价值；"
        "罚40%在实施细则第42条内，已听证",
        flags=near("under")),
    Doc("kv36_tax.txt", "tax",
        "逃税156,460.20元占12.4%，但首次被税务处理、已在期限内补缴税款滞纳金并接受处罚，依刑法第201条第四款不予追究；"
        "罚50%在征管法第63条内，已告知听证",
        flags=near("tax_paid")),
    Doc("kv37_environment.txt", "environment",
        "电镀污泥5.2吨交无证个人倾倒≥3吨，但已移送公安机关并立案侦查，不是隐匿的移送线索；罚款待刑事程序终结",
        flags=near("transferred", transferred=True)),
    Doc("kv38_forestry.txt", "forestry",
        "采伐6.1立方米，移送公安后公安以林木系当事人承包责任山所有、不构成盗伐且滥伐未达20立方米为由不予立案并退回；"
        "按滥伐罚3倍在森林法第76条第二款内",
        flags=near("police_declined", police_declined=True)),
    Doc("kv39_food_safety.txt", "food_safety",
        "举报火锅添加罂粟壳，但3批次罂粟碱、吗啡等均未检出；健康证、生熟混放罚5千在食品安全法第126条5千-5万内",
        flags=near("not_detected")),
    Doc("kv40_environment.txt", "environment",
        "含锌废水溢流，总锌超标5.4倍<10倍、总铅0.9倍<3倍（法释〔2023〕7号），当日封堵，河段清挖修复并经验收达标，无持续"
        "损害；罚20万在水污染防治法第83条内",
        flags=near("pil_remedied", continuing_harm=False)),
    Doc("kv41_labor.txt", "other",
        "拖欠31人工资186,000元，但在限期整改指令书期限内足额支付，不是刑法第276条之一的经责令支付仍不支付；延长工时罚每人"
        "200元在劳动保障监察条例第25条100-500元内",
        flags=near("remedied")),
    Doc("kv42_grassland.txt", "forestry",
        "开垦天然草原1.25公顷=18.75亩<20亩（法释〔2012〕15号第二条，land-342-grassland/1），且已翻压还草；罚1.5万在"
        "草原法第66条五万元以下内",
        flags=near("under")),
    Doc("kv43_drugs.txt", "drugs",
        "零售过期药品为劣药，未造成人体健康损害，不达刑法第142条；罚15万（过20万线以下但是罚款，非销售金额）为药品管理法"
        "第117条货值不足1万按1万计15倍，在10-20倍内，已听证",
        flags=near("inferior_no_harm")),
    Doc("kv44_forestry.txt", "forestry",
        "改变地方公益林地用途3,000平方米=4.5亩<5亩（land-342-forest/1）；罚恢复费用2倍在森林法第73条三倍以下内；立案至"
        "决定52日",
        flags=near("under")),
    Doc("kv45_environment.txt", "environment",
        "废矿物油三批毛重2.7吨、净重2.4吨，均<3吨，不在敏感区域（法释〔2023〕7号第一条第（二）项）；罚60万为处置费用按20万计"
        "3倍，在固废法第112条第二款内",
        flags=near("under")),
    Doc("kv46_market.txt", "food_safety",
        "不予行政处罚决定书：散装食品未标明信息，初次违法危害轻微并当场改正（行政处罚法第33条第一款）",
        flags={"scenario": "no_penalty"}),
]

GROUPS = [
    # ── 化整为零: one quarry company's three pits, cut into three decisions the same day ──
    *[Doc(name, "mining",
          "同一公司（同一信用代码）三个采坑同日拆成三案；累计开采1,100+1,050+1,200=3,350立方米×30元=100,500元≥10万元"
          "（法释〔2016〕25号第三条第一款，刑法第343条）；每案罚30%在实施细则第42条内",
          [split("mining-343-1-illegal/1", quote, 100500.0, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("kv47_mining.txt", "该采坑开采量为1,100立方米"),
                          ("kv48_mining.txt", "该采坑开采量为1,050立方米"),
                          ("kv49_mining.txt", "该采坑开采量为1,200立方米"))],
    # ── repeat offender: the same credit code punished again ten months later ──
    Doc("kv50_environment.txt", "environment",
        "挥发性有机物无组织排放，首次处罚，罚4万元在大气污染防治法第108条2万-20万内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("kv51_environment.txt", "environment",
        "同一统一社会信用代码的单位在2024年3月12日处罚后约十个月再犯同类违法，二年内再犯；罚10万元在第108条内，已告知听证",
        [repeat("库尔勒塔里木石化助剂有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
