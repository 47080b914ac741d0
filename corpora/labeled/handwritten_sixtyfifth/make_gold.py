"""Lead labels for the sixty-fifth hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-23 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``krNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of city and county agencies in 湖南, 湖北,
江西 and 广东 (all names, numbers, codes and addresses invented; credit codes carry valid
GB 32100-2015 check digits, identity numbers valid GB 11643 check digits). The set puts weight on
生态环境 (monitoring tables, 危废 by drums × weight, a buried pipe and a bucket of clean water in
other words than 暗管 and 篡改), 自然资源 (parcels in several sections with the land kind in an
另查明 section, 采矿 tonnage × price per grade), 林业 (蓄积 by species × 小班, 幼树 by 伐根),
渔业 (catch by species rows, 电鱼) and 野生动物 (species × 只 × value per head in 大写). Labels
come from the law only: criminal thresholds from corpora/knowledge/thresholds.yaml, hearing figures
from corpora/knowledge/hearing.yaml, fine ranges and article existence from the statute text in
force on the decision date. Each row's ``meta.reason`` gives the one-line legal reason.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_sixtyfifth/make_gold.py``.
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
CREATED = "2026-11-23T01:30:00+00:00"
VERSION = "handwritten-sixtyfifth/1"

SPLIT, REPEAT = "split-kr-shanggao-sand", "repeat-kr-shunde-vocs"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("kr01_environment.txt", "environment",
        "HW08废矿物油及清罐油泥四批提供给无证个人：21桶×每桶净重+2吨袋=1,442+840+1,085+1,020千克=4.387吨≥3吨"
        "（法释〔2023〕7号第一条，env-338-pollution/1）；罚60万为固废法第112条第二款处置费按20万计的3倍，"
        "在3-5倍内；只罚款未移送",
        [threshold("env-338-pollution/1", "经过磅记录核实，四次拉运明细如下", 4.387),
         fined_only("处所需处置费用三倍罚款，计人民币陆拾万元整")], OVER),
    Doc("kr02_environment.txt", "environment",
        "电镀废水总镍6.1mg/L，限值0.5mg/L（GB 21900-2008表2），超标11.2倍≥10倍（含镍，法释〔2023〕7号第一条，"
        "env-338-pollution/3）；罚50万在水污染防治法第83条10万-100万内；只罚款未移送",
        [threshold("env-338-pollution/3", "总镍        6.1        0.5", 11.2),
         fined_only("并处罚款人民币伍拾万元整")], OVER),
    Doc("kr03_environment.txt", "environment",
        "池壁开孔接PVC管沿围墙根埋地外排含镉酸性废水（总镉0.38mg/L>0.07，有毒物质）=私设暗管逃避监管（法释〔2023〕7号"
        "第一条，env-338-pollution/9，无数量要求）；罚35万在水污染防治法第83条内；只罚款未移送",
        [trigger("env-338-pollution/9", "管道沿围墙根部埋于地下，穿过围墙后接入厂外一条废弃灌溉水渠"),
         fined_only("我局决定对你厂处以罚款人民币叁拾伍万元整")], QUAL),
    Doc("kr04_environment.txt", "environment",
        "水环境重点排污单位把化学需氧量在线监测采样管放入清水桶，平台显示21mg/L而实排356mg/L=干扰自动监测设施"
        "（法释〔2023〕7号第一条，env-338-pollution/10）；罚80万在水污染防治法第83条内，已听证；只罚款未移送",
        [trigger("env-338-pollution/10", "被拔出后放入墙角一只盛有清水的白色塑料桶内"),
         fined_only("对你公司处罚款人民币捌拾万元")], QUAL),
    Doc("kr05_land.txt", "land",
        "三处非法占地1,420+1,310+890=3,620平方米=5.43亩，另查明段载明均为永久基本农田水田、耕作层破坏种植条件严重"
        "毁坏≥5亩（法释〔2000〕14号第三条，land-342-cultivated/1）；罚每平方米200元在实施条例第57条100-1000元内，"
        "已告知听证；只罚款未移送",
        [threshold("land-342-cultivated/1", "未经依法批准，在灌溪镇岗市村八组分三处占用土地", 5.43),
         fined_only("处罚款人民币柒拾贰万肆仟元")], OVER),
    Doc("kr06_mining.txt", "mining",
        "无证采石灰岩，碎石3,800吨×38元+2,100吨×26元=199,000元≥10万元（法释〔2016〕25号第三条，"
        "mining-343-1-illegal/1）；违法所得12.1万是另一口径；罚违法所得30%在实施细则第42条50%以下内；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "开采加工的碎石分两种规格销售", 199000.0),
         fined_only("处违法所得百分之三十的罚款，计人民币叁万陆仟叁佰元")], OVER),
    Doc("kr07_forestry.txt", "forestry",
        "无采伐许可证采伐本人承包林木，两个小班三行蓄积12.6+4.1+8.3=25.0立方米≥20立方米（法释〔2023〕8号，"
        "forest-345-2-overcutting/1）；罚价值3倍在森林法第76条第二款3-5倍内；只罚款未移送",
        [threshold("forest-345-2-overcutting/1", "按树种、小班测算如下", 25.0),
         fined_only("处滥伐林木价值三倍的罚款，计人民币肆万贰仟元")], OVER),
    Doc("kr08_forestry.txt", "forestry",
        "无证且未经所有者同意砍伐村集体造林地幼树（伐根直径5厘米以下）96+78+41=215株≥200株（法释〔2023〕8号，"
        "盗伐，forest-345-1-theft/2）；罚价值5倍在森林法第76条第一款5-10倍内；只罚款未移送",
        [threshold("forest-345-1-theft/2", "伐根直径均在5厘米以下", 215.0),
         fined_only("处盗伐林木价值五倍的罚款，计人民币壹万零柒佰伍拾元整")], OVER),
    Doc("kr09_fishery.txt", "fishery",
        "长江干流重点水域常年禁捕期间地笼捕捞，渔获210+180+95+60=545公斤另小龙虾8公斤，计553公斤≥500公斤"
        "（法释〔2022〕12号第三条，fishery-340-inland/1）；二人各罚1.5万在渔业法第38条五万以下内；只罚款未移送",
        [threshold("fishery-340-inland/1", "查获渔获物如下", 553.0),
         fined_only("对当事人覃红兵、覃红军各处罚款人民币壹万伍仟元")], OVER),
    Doc("kr10_fishery.txt", "fishery",
        "鄱阳湖禁渔期以逆变器通电击鱼（电鱼，文中称'通电后将鱼击晕'）（法释〔2022〕12号第三条，"
        "fishery-340-inland/5，无数量要求）；罚5千在渔业法第38条内；只罚款未移送",
        [trigger("fishery-340-inland/5", "当事人承认系用上述工具通电后将鱼击晕再捞取"),
         fined_only("3.罚款人民币伍仟元")], QUAL),
    Doc("kr11_wildlife.txt", "wildlife",
        "收购待售国家二级保护鸟类（级别在另一段）：白鹇3×3,000+褐翅鸦鹃4×2,500+黑鸢2×4,000=27,000元≥2万元"
        "（法释〔2022〕12号，wildlife-341-1-endangered/1）；罚2倍在野生动物保护法第52条第一款2-20倍内；"
        "只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "白鹇每只价值人民币叁仟元", 27000.0),
         fined_only("并处野生动物价值二倍的罚款，计人民币伍万肆仟元整")], OVER),
    Doc("kr12_wildlife.txt", "wildlife",
        "禁猎区、禁猎期用电网狩猎，野兔48×150+环颈雉22×200=11,600元≥1万元（法释〔2022〕12号，"
        "wildlife-341-2-illegal-hunting/1；亦为禁猎期禁用方法）；罚2倍；只罚款未移送",
        [threshold("wildlife-341-2-illegal-hunting/1", "野兔按每只150元、环颈雉按每只200元计价", 11600.0),
         fined_only("并处罚款人民币贰万叁仟贰佰元")], OVER),
    Doc("kr13_forestry.txt", "forestry",
        "采挖野生土沉香5株（国家二级，在另查段）≥2株（法释〔2023〕8号，forest-344-protected-plants/3）；无违法所得"
        "只没收，未移送（行政处理代替移送）",
        [threshold("forest-344-protected-plants/3", "使用锄头、柴刀采挖野生树木5株", 5.0),
         fined_only("没收所采集的野生土沉香5株")], OVER),
    Doc("kr14_tax.txt", "tax",
        "无真实交易虚开专票6份，税额10,194.17×2+14,563.11×2+29,126.21×2=107,766.98元≥10万元（法释〔2024〕4号"
        "第十一条，tax-205-vat-invoice/1）；罚30万在发票管理办法（2023）第35条5万-50万内；只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "涉及发票明细如下", 107766.98),
         fined_only("对你单位处以罚款人民币叁拾万元")], OVER),
    Doc("kr15_customs.txt", "customs",
        "个人水客走私化妆品手表，偷逃关税20,742.50+增值税43,859.63+消费税41,730.88=106,333.01元≥10万元"
        "（法释〔2014〕10号第十六条，customs-153-ordinary-goods/1）；计税价格31.65万是另一口径；罚6万在实施条例第9条"
        "第一款第（三）项3倍以下内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "当事人走私货物偷逃税款情况如下", 106333.01),
         fined_only("科处罚款人民币陆万元整")], OVER),
    Doc("kr16_other.txt", "other",
        "拖欠18名劳动者工资72,400+58,600+55,400=186,400元≥3万元，经限期整改指令书责令支付逾期仍未付、负责人失联、"
        "转移款项（法释〔2013〕3号第三、四条，labor-276-1-wage-refusal/2）；只作加付赔偿金处理未移送",
        [threshold("labor-276-1-wage-refusal/2", "劳动者名单及个人欠薪数额见附件", 186400.0),
         fined_only("按应付金额百分之五十的标准向劳动者加付赔偿金，计人民币玖万叁仟贰佰元")], OVER),
    Doc("kr17_public_security.txt", "public_security",
        "出售76人银行账户余额及流水（财产信息，性质在另一段）≥50条（法释〔2017〕10号第五条第一款第（三）项，"
        "pi-253-1-personal-information/1）；违法所得3,800元<5千不是唯一口径；罚10倍在网络安全法第64条第二款1-10倍内；"
        "只罚款未移送",
        [threshold("pi-253-1-personal-information/1", "其发送的截图共涉及76名不同的自然人", 76.0),
         fined_only("并处罚款人民币叁万捌仟元")], OVER),
    Doc("kr18_intellectual_property.txt", "intellectual_property",
        "销售假冒注册商标运动鞋三款120×268+85×312+64×198=71,352元≥5万元（ip-214-sell-counterfeit/2）；进货总额2.86万"
        "是另一口径；罚约3倍在商标法第60条第二款五倍以下内；只罚款未移送",
        [threshold("ip-214-sell-counterfeit/2", "经调取网店后台订单及当事人的手写销售记录，至案发时已售出", 71352.0),
         fined_only("2.罚款人民币贰拾壹万肆仟元")], OVER),
    Doc("kr19_tobacco.txt", "tobacco",
        "无批发许可证批发卷烟，尚存23件×每件50条=1,150条=230,000支≥20万支（法释〔2010〕7号第三条，"
        "tobacco-225-illegal-business/3）；价值4.63万<5万不是唯一口径；烟草专卖法第31条未定幅度；只罚款未移送",
        [threshold("tobacco-225-illegal-business/3", "仓库内尚存卷烟23件（每件50条）", 230000.0),
         fined_only("计人民币壹万叁仟捌佰玖拾元")], OVER),
    Doc("kr20_forestry.txt", "forestry",
        "擅自推毁林地0.21+0.16=0.37公顷=5.55亩，另查明段载明为省级公益林≥5亩（法释〔2023〕8号，"
        "land-342-forest/1）；罚2倍在森林法第73条第一款三倍以下内，已告知听证；只罚款未移送",
        [threshold("land-342-forest/1", "当事人占用林地分布如下", 5.55),
         fined_only("计人民币拾壹万壹仟元")], OVER),
    Doc("kr52_environment.txt", "environment",
        "镀铬槽液夜间倒入后山未防渗土坑'让其自然下渗'（渗坑，文中未用此词），坑内总铬186mg/L、六价铬142mg/L"
        "（有毒物质）=以渗坑逃避监管排放有毒物质（法释〔2023〕7号第一条，env-338-pollution/9，无数量要求）；"
        "罚60万在水污染防治法第83条内；只罚款未移送",
        [trigger("env-338-pollution/9", "由其指使工人夜间抬到后山空地倒入该土坑，让其自然下渗"),
         fined_only("2.处罚款人民币陆拾万元整")], QUAL),
    Doc("kr53_environment.txt", "environment",
        "选矿废水监测表七项中总铅2.18mg/L、限值0.5mg/L（GB 25466-2010表2），超标3.36倍≥3倍（含铅，法释〔2023〕7号"
        "第一条，env-338-pollution/2）；化学需氧量超标7.5倍非重金属、总锌超标2.07倍<10倍均不是计量口径；"
        "罚72万元在水污染防治法第83条10万-100万内，已听证；只罚款未移送",
        [threshold("env-338-pollution/2", "总铅         mg/L     2.18       0.5", 3.36),
         fined_only("并处罚款人民币72万元")], OVER),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("kr21_environment.txt", "environment",
        "尾矿库含锌渗滤液入河（锌超标0.6倍，远低于10倍），前次处罚责令改正后两次复查仍持续外排、下游鱼虾减少灌溉"
        "受影响（生态环境和资源保护领域）；罚60万在水污染防治法第83条内，已听证",
        [pil("ecology_resources", "尾矿库坝下排水沟中渗滤液仍呈浅黄色持续流入西河")], PIL),
    Doc("kr22_land.txt", "land",
        "国有建设用地出让价款尚欠2.16亿元，三次催缴未缴入国库且未取得土地即施工（国有土地使用权出让领域）；"
        "罚每平方米100元在实施条例第57条内，已听证",
        [pil("state_land_transfer", "截至本决定作出之日，上述出让价款仍未缴入国库，你公司仍在施工")], PIL),
    Doc("kr23_forestry.txt", "forestry",
        "前次决定责令清渣补种，复查渣土未清除、未补种、坡脚滑塌冲入农田，催告后仍不履行（生态环境和资源保护领域）；"
        "代履行决定",
        [pil("ecology_resources", "东侧山坡废石渣仍未清除")], PIL),
    Doc("kr24_food_safety.txt", "food_safety",
        "无证学生托管供餐，处罚后两次复查仍为约100名学生供餐、卫生条件未改善（食品药品安全领域，不特定未成年人）；"
        "未致食源性疾病不涉刑；罚8万在食品安全法第122条货值不足1万5万-10万内，已告知听证",
        [pil("food_drug_safety", "仍每日为学生供应午餐、晚餐，供餐人数约100人")], PIL),
    Doc("kr25_culture_tourism.txt", "culture_tourism",
        "省级文物保护单位保护范围内擅自建设并挖出遗存，责令拆除后复查未拆除、基坑裸露（文物和文化遗产保护领域）；"
        "罚50万在文物保护法（2024修订）第83条单位50万-500万内，已听证",
        [pil("cultural_relics", "违法建筑未拆除，当事人已在建筑内开展对外经营")], PIL),
    Doc("kr26_water.txt", "water",
        "非法采砂700立方米×45元=3.15万（<10万不涉343），责令回填后两次复查未回填、堤脚淘刷开裂、威胁1,300人防洪安全"
        "（生态环境和资源保护领域）；罚5万在水法第65条1万-10万内",
        [pil("ecology_resources", "采砂坑仍未回填")], PIL),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("kr27_fishery.txt", "fishery",
                 "禁渔期刺网捕捞45公斤（<500公斤，非禁用方法），渔业法第38条第一款罚五万元以下；罚8万超出上限",
                 "并处罚款人民币捌万元整"),
    out_of_range("kr28_environment.txt", "environment",
                 "化学需氧量超标0.3倍，水污染防治法第83条罚10万-100万；罚6万低于下限，文书未写明减轻处罚的法定情节",
                 "我局决定对你公司处罚款人民币陆万元整"),
    no_hearing("kr29_land.txt", "land",
               "自然资源部门对单位罚款15.6万元≥10万元（hearing.yaml默认单位十万元，行政处罚法第63条），只告知陈述、申辩，"
               "未告知听证；每平方米300元在实施条例第57条内",
               "处罚款人民币壹拾伍万陆仟元"),
    no_hearing("kr30_public_security.txt", "public_security",
               "公安机关对个人罚款1万元≥2,000元（公安机关办理行政案件程序规定第123条），只告知陈述和申辩，未告知听证；"
               "每介绍一人五千元在出境入境管理法第80条第二款内",
               "处罚款人民币壹万元"),
    Doc("kr31_fishery.txt", "fishery",
        "渔业法（2013修正）共五十条，引用的第五十六条不存在（应为第38条）；罚3千在第38条五万以下内；38公斤不涉刑",
        [irregular("nonexistent_article", "《中华人民共和国渔业法》第五十六条第一款")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("kr32_environment.txt", "environment",
        "2024年9月2日立案、2025年6月10日决定，历时281日，超过行政处罚法第60条九十日（生态环境行政处罚办法可延长"
        "三十日），文书未记载延期批准或中止；罚5万在大气污染防治法第108条2万-20万内，已告知听证",
        [irregular("time_limit", "本局于2024年9月2日对你公司进行现场检查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("kr33_environment.txt", "environment",
        "废机油三批5×180+4×175+7×180=2,860千克=2.86吨<3吨（env-338-pollution/1），无敏感区域等其他入罪情节；罚60万"
        "为固废法第112条第二款按20万计的3倍，已听证",
        flags=near("under")),
    Doc("kr34_forestry.txt", "forestry",
        "持证超地点数量采伐，许可范围外蓄积14.6+3.9+0.9=19.4立方米<20立方米（forest-345-2-overcutting/1）；含许可内"
        "合计27.4是错误口径；罚3倍在森林法第76条第二款内",
        flags=near("under")),
    Doc("kr35_tax.txt", "tax",
        "偷税33.7万占31.6%，但首次被税务处理、已补缴税款滞纳金并接受处罚，五年内无逃税处罚，依刑法第201条第四款"
        "不予追究；罚50%在征管法第63条50%-5倍内，已告知听证",
        flags=near("tax_paid")),
    Doc("kr36_fishery.txt", "fishery",
        "禁捕水域地笼捕捞620公斤≥500公斤，但已移送公安机关并立案侦查，不是隐匿的移送线索；罚款待刑事程序终结",
        flags=near("transferred", transferred=True)),
    Doc("kr37_mining.txt", "mining",
        "无证采矿价值12.4万≥10万，已移送公安，公安以无法证实全部为其开采不予立案并退回；罚违法所得40%在实施细则"
        "第42条50%以下内，已告知听证",
        flags=near("police_declined", police_declined=True)),
    Doc("kr38_environment.txt", "environment",
        "举报偷排电镀废水，总镍、六价铬未检出，总铬、总铜在限值内，未发现暗管；仅化学需氧量超标0.6倍（非重金属）；"
        "罚20万在水污染防治法第83条内，已告知听证",
        flags=near("not_detected")),
    Doc("kr39_forestry.txt", "forestry",
        "擅自改变商品林地用途1,120平方米（1.68亩<10亩），复查已回填补种并验收合格，损害已修复，无持续损害；罚半倍在"
        "森林法第73条三倍以下内",
        flags=near("pil_remedied", continuing_harm=False)),
    Doc("kr40_other.txt", "other",
        "拖欠32人工资27.6万，但在责令期限内（2月19日，期限2月21日）足额支付，不是刑法第276条之一的经责令仍不支付；"
        "超时加班每人200元在劳动保障监察条例第25条100-500元内",
        flags=near("remedied")),
    Doc("kr41_intellectual_property.txt", "intellectual_property",
        "销售侵权手提包117×400=46,800元<5万元，库存3,600元，合计5.04万<15万（ip-214-sell-counterfeit/2、/3）；罚15.12万"
        "（数字过线但是罚款）在商标法第60条违法经营额五倍以下内，已听证",
        flags=near("under")),
    Doc("kr42_wildlife.txt", "wildlife",
        "出售画眉、八哥、白头鹎56只价值1.68万≥1万，但均为'三有'动物，非国家或省重点保护，且作观赏鸟出售非以食用为目的"
        "（wildlife-341-3-terrestrial-food/1不适用）；罚1倍在野生动物保护法第52条第二款内",
        flags=near("not_protected")),
    Doc("kr43_land.txt", "land",
        "非法占用永久基本农田2,140+1,100=3,240平方米=4.86亩<5亩（land-342-cultivated/1）；罚每平方米200元在实施条例"
        "第57条内，已听证",
        flags=near("under")),
    Doc("kr44_public_security.txt", "public_security",
        "出售一般个人信息1,250+980+1,640+850=4,720条<5,000条，违法所得4,100元<5,000元，不含敏感信息"
        "（法释〔2017〕10号第五条）；罚约4.9倍在网络安全法第64条第二款内，已告知听证",
        flags=near("under")),
    Doc("kr45_customs.txt", "customs",
        "单位低报价格偷逃关税26,000+增值税70,980=96,980元<20万元（单位，customs-153-ordinary-goods/2），亦<10万；"
        "完税价格126万是另一口径；申报不实罚8万在海关行政处罚实施条例第15条第（四）项30%-2倍内",
        flags=near("under")),
    Doc("kr46_market.txt", "market",
        "不予行政处罚决定书：搬迁后未及时办理经营场所变更，初次违法危害轻微并已改正（行政处罚法第33条第一款）",
        flags={"scenario": "no_penalty"}),
]

GROUPS = [
    # ── repeat offender: the same credit code punished again eight months later ──
    Doc("kr47_environment.txt", "environment",
        "喷漆废气无组织排放，首次处罚，罚3万在大气污染防治法第108条2万-20万内，已告知听证",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("kr48_environment.txt", "environment",
        "同一统一社会信用代码的单位2024年9月20日处罚后约八个月再犯同类违法，二年内再犯；罚8万在第108条内，已告知听证",
        [repeat("佛山市顺德区伦教锦泰木业有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
    # ── 化整为零: one sand pit operator's three pits cut into three decisions the same day ──
    *[Doc(name, "mining",
          "同一经营者（同一信用代码）三个相邻砂坑无证采砂，同日拆成三案；累计价值38,000+35,000+31,000=104,000元≥10万元"
          "（法释〔2016〕25号第三条，mining-343-1-illegal/1）；每案罚违法所得20%在实施细则第42条50%以下内",
          [split("mining-343-1-illegal/1", quote, 104000.0, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("kr49_mining.txt", "采出矿产品价值人民币叁万捌仟元"),
                          ("kr50_mining.txt", "价值人民币叁万伍仟元"),
                          ("kr51_mining.txt", "价值人民币叁万壹仟元"))],
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
