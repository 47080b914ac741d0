"""Lead labels for the fifty-third hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the other hand-written sets nor the screening code, and never screened. Every decision
``kfNN_<domain>.txt`` was written by hand in the manner of published 行政处罚决定书 of agencies in
广东, 广西, 海南 and 福建: customs (拱北, 黄埔, 湛江, 厦门, 南宁), 海警 (茂名, 北海, 文昌, 三亚, 漳州),
fishery, forestry (红树林), drugs (假药, 劣药), 医疗美容 非法行医, personal information (快递单,
车主信息), 税务 (虚开专票, 偷税), 烟草, 人社 (all names, numbers, codes and addresses invented;
credit codes carry valid GB 32100-2015 check digits, identity numbers valid GB 11643 check digits
where shown in full or with the tail kept). Labels come from the law only: criminal thresholds
from corpora/knowledge/thresholds.yaml, hearing figures from corpora/knowledge/hearing.yaml, fine
ranges and article existence from the statute text in force on the decision date
(corpora/knowledge/statutes). Each row's ``meta.reason`` gives the one-line legal reason.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_fiftythird/make_gold.py``.
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
CREATED = "2026-11-22T21:30:00+00:00"
VERSION = "handwritten-fiftythird/1"

SPLIT, REPEAT = "split-kf-gongbei-cigarettes", "repeat-kf-wenchang-shrimp-effluent"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("kf01_customs.txt", "customs",
        "单位以补充价格协议低报走私冻肉，三批偷逃税款78,316.20+81,245.60+76,508.40=236,070.20元≥单位20万元"
        "（法释〔2014〕10号第二十四条，刑法第153条）；完税价格148.62万不是计量口径；罚18.8万在海关行政处罚实施条例"
        "第9条第1款第3项偷逃税款3倍以下内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/2", "上述货物偷逃应缴税款分批计核如下", 236070.2),
         fined_only("科处罚款人民币壹拾捌万捌仟元整")], OVER),
    Doc("kf02_customs.txt", "customs",
        "个人海上过驳走私柴油43.6吨，关税14,820.00+消费税58,370.40+增值税47,236.80=120,427.20元≥个人10万元"
        "（法释〔2014〕10号第十六条，刑法第153条）；罚6万在实施条例第9条第1款第3项3倍以下内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "关税人民币14,820.00元", 120427.2),
         fined_only("并处罚款人民币陆万元")], OVER),
    Doc("kf03_customs.txt", "customs",
        "水客分次走私卷烟18箱×50条=900条，每条偷逃税款148.60元，合计133,740元≥个人10万元（法释〔2014〕10号第十六条，"
        "刑法第153条）；罚5万在实施条例第9条第1款第3项内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "每条卷烟偷逃应缴税款人民币148.60元", 133740.0),
         fined_only("并处罚款人民币伍万元")], OVER),
    Doc("kf04_customs.txt", "customs",
        "走私CITES附录I非洲象象牙制品1,260克×每克41元=51,660元≥2万元（法释〔2022〕12号第二条，刑法第151条第2款；"
        "物种和附录在另一段）；罚2万在实施条例第9条第1款第1项禁止进出境物品10万以下内；只罚款未移送",
        [threshold("wildlife-151-2-smuggling/1", "按每克人民币41元核定价值", 51660.0),
         fined_only("对当事人处罚款人民币贰万元")], OVER),
    Doc("kf05_customs.txt", "customs",
        "邮寄走私穿山甲鳞片860克×每克28元=24,080元≥2万元（法释〔2022〕12号第二条，刑法第151条第2款；国家一级、"
        "CITES附录I在另一段）；罚8千在实施条例第9条第1款第1项内；只罚款未移送",
        [threshold("wildlife-151-2-smuggling/1", "涉案鳞片每克价值人民币28元", 24080.0),
         fined_only("并处罚款人民币捌仟元")], OVER),
    Doc("kf06_customs.txt", "customs",
        "两套合同低报价格进口葡萄酒，漏缴关税71,260.00+消费税58,930.50+增值税84,122.40=214,312.90元≥单位20万元"
        "（法释〔2014〕10号第二十四条，刑法第153条，低报价格走私）；海关按申报不实处罚21.4万在实施条例第15条第4项"
        "漏缴税款30%-2倍内，已听证；只罚款未移送",
        [threshold("customs-153-ordinary-goods/2", "关税人民币71,260.00元", 214312.9),
         fined_only("决定对当事人科处罚款人民币贰拾壹万肆仟元整")], OVER),
    Doc("kf07_fishery.txt", "fishery",
        "南海伏季休渔期内在北部湾海域使用双船底拖网捕捞（法释〔2016〕17号第四条，禁渔期使用禁用工具，刑法第340条）；"
        "渔获1,860公斤<1万公斤不是唯一口径；罚3万在渔业法第38条五万以下内；只罚款未移送",
        [trigger("fishery-340-marine/5", "使用双船底拖网进行捕捞作业"), fined_only("罚款人民币叁万元")], QUAL),
    Doc("kf08_fishery.txt", "fishery",
        "珠江流域禁渔期内在西江电鱼（法释〔2022〕12号第三条第（二）项，禁渔期使用禁用方法，刑法第340条；禁渔期在另一段）；"
        "渔获23.6公斤；二人各罚5千在渔业法第38条内；只罚款未移送",
        [trigger("fishery-340-inland/5", "使用电鱼器具（蓄电池、逆变器及电捞网）进行捕捞"),
         fined_only("对当事人一罚款伍仟元")], QUAL),
    Doc("kf09_wildlife.txt", "wildlife",
        "潜水敲取石珊瑚（国家二级，级别在另一段）鹿角珊瑚42块×380+蔷薇珊瑚26块×450=27,660元≥2万元"
        "（法释〔2022〕12号第六条，刑法第341条第1款）；罚82,980元=3倍在野生动物保护法第48条2-20倍内；只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "鹿角珊瑚42块，每块价值人民币380元", 27660.0),
         fined_only("并处罚款人民币捌万贰仟玖佰捌拾元")], OVER),
    Doc("kf10_forestry.txt", "forestry",
        "挖毁红树林地4,100平方米=6.15亩，林地为公益林（防护林，在另一段）≥5亩（法释〔2023〕8号第一条，刑法第342条）；"
        "罚12.3万=恢复费用1倍在森林法第73条三倍以下内；只罚款未移送",
        [threshold("land-342-forest/1", "被挖毁的红树林地面积为4,100平方米", 6.15),
         fined_only("处以罚款人民币壹拾贰万叁仟元整")], OVER),
    Doc("kf11_drugs.txt", "drugs",
        "以非药品冒充药品（检出双氯芬酸钠、泼尼松），依药品管理法第98条第2款第2项为假药，销售假药为刑法第141条行为犯；"
        "罚150万为第116条货值8,640元按10万计15倍下限；只罚款未移送",
        [trigger("drug-141-counterfeit/1", "应当认定为假药"), fined_only("罚款人民币壹佰伍拾万元")], QUAL),
    Doc("kf12_drugs.txt", "drugs",
        "销售超过有效期的劣药，1,240盒×18.5+860盒×26.0+510盒×14.0=52,440元≥5万元（刑法第142条、第149条按第140条，"
        "法释〔2022〕1号）；进货价3.1万不是计量口径；罚10倍52.44万在药品管理法第117条10-20倍内，已听证；只罚款未移送",
        [threshold("drug-142-substandard/2", "阿莫西林胶囊（0.25g×24粒）", 52440.0),
         fined_only("计人民币伍拾贰万肆仟肆佰元")], OVER),
    Doc("kf13_health.txt", "health",
        "未取得医师资格注射美容，此前已两次受卫生行政处罚（2023、2024）又非法行医（法释〔2016〕27号第二条第（五）项，"
        "刑法第336条）；罚3万在医师法第59条违法所得不足1万按1万计2-10倍内；只罚款未移送",
        [threshold("health-336-illegal-medical-practice/1", "被处罚人曾因同类行为两次受到卫生行政部门处罚", 2.0),
         fined_only("并处罚款人民币叁万元")], OVER),
    Doc("kf14_health.txt", "health",
        "无医师资格实施医疗美容手术，致就诊人器官组织损伤导致一般功能障碍（法释〔2016〕27号第二条第（一）项，"
        "刑法第336条）；罚5万在医师法第59条违法所得16,800元2-10倍内，已听证；只罚款未移送",
        [trigger("health-336-illegal-medical-practice/2", "王某右眼上睑器官组织损伤致一般功能障碍"),
         fined_only("并处罚款人民币伍万元")], QUAL),
    Doc("kf15_public_security.txt", "public_security",
        "出售快递面单信息（其他个人信息）2,180+2,460+1,780=6,420条≥5000条（法释〔2017〕10号第五条第一款第（五）项，"
        "刑法第253条之一）；违法所得2,568元<5000元不是唯一口径；罚1万在网络安全法第64条第2款1-10倍内；只罚款未移送",
        [threshold("pi-253-1-personal-information/3", "第一批2,180条", 6420.0), fined_only("并处罚款人民币壹万元")],
        OVER),
    Doc("kf16_public_security.txt", "public_security",
        "出售车主信息3,860条×每条1.5元，违法所得5,790元≥5000元（法释〔2017〕10号第五条第一款第（五）项，"
        "刑法第253条之一）；条数3,860<5000不是唯一口径；罚2万在网络安全法第64条第2款1-10倍内；只罚款未移送",
        [threshold("pi-253-1-personal-information/4", "按每条人民币1.5元计价收取费用", 5790.0),
         fined_only("罚款人民币贰万元的行政处罚")], OVER),
    Doc("kf17_tax.txt", "tax",
        "无真实交易虚开增值税专用发票24份，税额39,000+36,400+35,100=110,500元≥10万元（法释〔2024〕4号第十一条，"
        "刑法第205条）；价税合计96.05万不是计量口径；罚20万在发票管理办法第35条5万-50万内；只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "税额（元）", 110500.0), fined_only("并处罚款人民币贰拾万元")], OVER),
    Doc("kf18_tobacco.txt", "tobacco",
        "无零售许可证经营卷烟，120条×450+210条×230+300条×160=150,300元≥5万元（法释〔2010〕7号第一条、第三条，"
        "刑法第225条）；罚30%=45,090元在烟草专卖法实施条例第57条20%-50%内；只罚款未移送",
        [threshold("tobacco-225-illegal-business/1", "中华（硬）120条，按当地零售价每条450元计", 150300.0),
         fined_only("计人民币肆万伍仟零玖拾元")], OVER),
    Doc("kf19_mining.txt", "mining",
        "无证开采海砂9,800立方米×35元=343,000元≥10万元（且≥30万元，省级幅度内均达标；法释〔2016〕25号第三条，"
        "刑法第343条）；违法所得13.6万为已售部分；罚30%在实施细则第42条第1项50%以下内；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "当事人共计非法开采海砂9,800立方米", 343000.0),
         fined_only("计人民币肆万零捌佰元")], OVER),
    Doc("kf20_other.txt", "other",
        "拖欠38名劳动者工资142,600+118,300+51,900=312,800元≥3万-10万元，经指令书责令支付逾期不付、法定代表人失联"
        "（法释〔2013〕3号第三条、第四条，刑法第276条之一）；只责令加付赔偿金未移送",
        [threshold("labor-276-1-wage-refusal/2", "注塑车间16人，拖欠工资142,600元", 312800.0),
         fined_only("计人民币壹拾伍万陆仟肆佰元")], OVER),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("kf21_environment.txt", "environment",
        "养殖尾水超标0.62倍（<3倍，排放口在保护区外）直排红树林湿地，责令改正后两次复查仍直排、红树林幼苗死亡"
        "（生态环境和资源保护领域）；罚15万在水污染防治法第83条10万-100万内",
        [pil("ecology_resources", "仍有养殖尾水经排水渠直排入红树林湿地")], {"scenario": "pil", "continuing_harm": True}),
    Doc("kf22_ocean.txt", "ocean",
        "非法占用海域12.4公顷开放式养殖，责令拆除后两次复查浮筏仍未拆除并新增、珊瑚覆盖率下降（生态环境和资源保护领域）；"
        "罚海域使用金8倍在海域使用管理法第42条5-15倍内",
        [pil("ecology_resources", "养殖浮筏仍未拆除")], {"scenario": "pil", "continuing_harm": True}),
    Doc("kf23_food_safety.txt", "food_safety",
        "校门口销售微生物超标鱿鱼丝，责令下架召回后两次复查仍向学生销售（食品药品安全领域，不特定多数未成年人）；"
        "未致严重食源性疾病不达刑法第143条；罚5万在食品安全法第124条货值不足1万5万-10万内",
        [pil("food_drug_safety", "仍在店内货架上销售同一品名、同一生产者的鱿鱼丝")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("kf24_drugs.txt", "drugs",
        "中药饮片含量不符合药品标准、销售金额38,640元<5万元，责令召回逾期仅召回约210千克，63家医疗机构仍在配方使用"
        "（食品药品安全领域）；罚15万在药品管理法第117条第2款10万-50万内，已听证",
        [pil("food_drug_safety", "其余仍未召回")], {"scenario": "pil", "continuing_harm": True}),
    Doc("kf25_public_security.txt", "public_security",
        "物业强制刷脸采集3,100余户人脸信息未取得单独同意，责令整改后两次复查仍未删除、仍在采集（个人信息保护领域，"
        "不特定多数）；拒不改正，罚5万在个人信息保护法第66条第1款一百万以下内、负责人1万在1万-10万内",
        [pil("personal_information", "被处罚单位仍未删除已采集的人脸信息")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("kf26_forestry.txt", "forestry",
        "挖毁国家级公益林红树林2,600平方米=3.9亩（<5亩，不达刑法第342条），责令限期恢复后两次复查围塘未拆、未补种、"
        "残存红树枯死（生态环境和资源保护领域）；罚恢复费用1倍在森林法第73条三倍以下内",
        [pil("ecology_resources", "围塘堤坝仍未拆除")], {"scenario": "pil", "continuing_harm": True}),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("kf27_fishery.txt", "fishery",
                 "小网目刺网捕捞（非禁渔期、渔获85公斤），渔业法第38条第1款处五万元以下罚款；罚8万超出上限",
                 "罚款人民币捌万元"),
    out_of_range("kf28_health.txt", "health",
                 "非医师行医违法所得6,200元，医师法第59条不足1万按1万计，罚2倍-10倍即2万-10万；罚1万低于下限，"
                 "未写明减轻处罚的法定情节（当事人申辩未被采纳）",
                 "罚款人民币壹万元整"),
    no_hearing("kf29_market.txt", "market",
               "市场监管对单位罚款15万元≥10万元（hearing.yaml市场监管单位十万元，行政处罚法第63条），只告知陈述、申辩，"
               "未告知听证；罚款在广告法第58条广告费用无法计算10万-20万内",
               "罚款人民币壹拾伍万元"),
    no_hearing("kf30_public_security.txt", "public_security",
               "公安机关对个人罚款5,000元≥2,000元（公安机关办理行政案件程序规定第123条），只告知事实理由依据，未告知听证；"
               "320条、违法所得1,200元均不达刑法第253条之一；罚款在网络安全法第64条第2款1-10倍内",
               "并处罚款人民币伍仟元"),
    Doc("kf31_ocean.txt", "ocean",
        "海洋环境保护法（2023修订，2024年1月1日施行）共124条，引用的第一百三十一条不存在；已告知听证",
        [irregular("nonexistent_article", "《中华人民共和国海洋环境保护法》第一百三十一条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("kf32_land.txt", "land",
        "2024年3月5日立案、2024年9月20日决定，历时199日，超过行政处罚法第60条九十日，文书未记载延期批准或中止；"
        "每平方米150元在土地管理法实施条例第57条100-1000元内，已听证",
        [irregular("time_limit", "本局于2024年3月5日对当事人涉嫌未经批准占用土地建设石材堆场一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("kf33_customs.txt", "customs",
        "个人三次绕关运输冻品，偷逃税款31,280.40+34,615.20+28,406.70=94,302.30元<10万元（法释〔2014〕10号第十六条）；"
        "货物价值41.26万不是计量口径；非疫区；罚5万在实施条例第9条内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("kf34_drugs.txt", "drugs",
        "销售假药（刑法第141条行为犯），但已移送公安机关并立案侦查，不是隐匿的移送线索；罚款待刑事程序终结，只吊证",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("kf35_fishery.txt", "fishery",
        "禁渔期携带电鱼器具，已移送公安，公安以未实施捕捞、无渔获不予立案并退回；罚3千在渔业法第38条内",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("kf36_tax.txt", "tax",
        "偷税23.84万元占15.2%≥10万且≥10%，但首次被税务处理、已补缴税款滞纳金并接受处罚，依刑法第201条第四款"
        "不予追究；罚50%在征管法第63条50%-5倍内，已告知听证",
        flags={"scenario": "tax_paid", "near_miss": True}),
    Doc("kf37_food_safety.txt", "food_safety",
        "石斑鱼孔雀石绿快检阳性但实验室检验未检出，无有毒有害物质（刑法第144条不成立）；进货查验记录拒不改正，"
        "罚5千在食品安全法第126条5千-5万内",
        flags={"scenario": "not_detected", "near_miss": True}),
    Doc("kf38_other.txt", "other",
        "拖欠22人工资8.64万元，但在指令书期限内足额支付，不是刑法第276条之一的经责令支付仍不支付；超时加班罚每人200元"
        "在劳动保障监察条例第25条100-500元内",
        flags={"scenario": "remedied", "near_miss": True}),
    Doc("kf39_environment.txt", "environment",
        "养殖尾水超标0.85倍（<3倍），两日内停排、建处理设施、清淤修复，两次复查达标、海水指标恢复，无持续损害；"
        "罚12万在水污染防治法第83条内，已告知听证",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("kf40_public_security.txt", "public_security",
        "出售快递面单信息4,620条<5000条、违法所得3,600元<5000元，不含敏感或重要信息（法释〔2017〕10号第五条）；"
        "罚1万在网络安全法第64条第2款1-10倍内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("kf41_tax.txt", "tax",
        "虚开增值税专用发票税额83,200元<10万元（法释〔2024〕4号第十一条）；价税合计72.32万、金额64万超过10万但不是"
        "计量口径（专票不适用第205条之一普通发票50万标准）；罚10万在发票管理办法第35条5万-50万内，已告知听证",
        flags={"scenario": "wrong_measure", "near_miss": True}),
    Doc("kf42_drugs.txt", "drugs",
        "销售过期劣药，980盒×12.00+640盒×22.50+1,020盒×20.00=46,560元<5万元，无人身损害（刑法第142条、第149条）；"
        "罚10倍46.56万在药品管理法第117条内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("kf43_wildlife.txt", "wildlife",
        "敲取石珊瑚（国家二级）鹿角珊瑚30块×380+滨珊瑚16块×450=18,600元<2万元（法释〔2022〕12号第六条）；"
        "罚4万在野生动物保护法第48条2-20倍内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("kf44_forestry.txt", "forestry",
        "毁坏地方公益林红树林地3,000平方米=4.5亩<5亩（法释〔2023〕8号第一条），且已拆堤补种、复查成活率87%，"
        "无持续损害；罚恢复费用0.5倍在森林法第73条三倍以下内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("kf45_market.txt", "market",
        "不予行政处罚决定书：初次未明码标价、当日改正、危害轻微（行政处罚法第33条第一款）",
        flags={"scenario": "no_penalty"}),
]

GROUPS = [
    # ── 化整为零: one 水客's three months of cigarette smuggling cut into three decisions the same day ──
    *[Doc(name, "customs",
          "同一当事人（同一身份证号）2024年9、10、11月分次走私卷烟，同日拆成三案；偷逃税款38,460.20+236条×148.81"
          "（35,119.16）+31,982.40=105,561.76元≥个人10万元（法释〔2014〕10号第十六条，多次走私未经处理累计计算，"
          "刑法第153条）；每案罚1.5万在实施条例第9条第1款第3项内",
          [split("customs-153-ordinary-goods/1", quote, 105561.76, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("kf46_customs.txt", "偷逃应缴税款人民币38,460.20元"),
                          ("kf47_customs.txt", "每条卷烟偷逃应缴税款人民币148.81元"),
                          ("kf48_customs.txt", "偷逃应缴税款为人民币叁万壹仟玖佰捌拾贰元肆角"))],
    # ── repeat offender: the same credit code punished again nine months later ──
    Doc("kf49_environment.txt", "environment",
        "养殖尾水超标排放，首次处罚，当日停排并整改复查达标；罚10万在水污染防治法第83条10万-100万内，已告知听证",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("kf50_environment.txt", "environment",
        "同一统一社会信用代码的单位在2024年4月18日处罚后约九个月再犯同类违法，二年内再犯；罚18万在第83条内，已听证",
        [repeat("文昌冯家湾南洋水产科技有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
