"""Lead labels for the sixtieth hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-23 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``kmNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of 海关 (拱北, 黄埔, 湛江, 厦门, 海口) and of
city and county agencies in 广东, 广西, 海南 and 福建 (all names, numbers, codes and addresses invented;
credit codes carry valid GB 32100-2015 check digits, identity numbers are masked). The set puts weight on
走私 (偷逃税款 from 完税价格 × rates, 疫区冻品, 砗磲/象牙/穿山甲/海马 by 件 or 千克 × value), marine fishery
(伏季休渔, 禁用网具, 渔获 by species), 红树林 and 海域, 税务 (虚开 with 税额 per invoice, 应纳/已缴) and
food (孔雀石绿, 硼砂), with figures the reader must add or multiply and the subject in another paragraph.
Labels come from the law only: criminal thresholds from corpora/knowledge/thresholds.yaml (version in
force on the date of the facts), hearing figures from corpora/knowledge/hearing.yaml, fine ranges and
article existence from the statute text in force on the decision date. Each row's ``meta.reason`` gives
the one-line legal reason. Conventions are those of ``handwritten_fifth/make_gold.py``.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_sixtieth/make_gold.py``.
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
CREATED = "2026-11-23T00:20:00+00:00"
VERSION = "handwritten-sixtieth/1"

SPLIT, REPEAT = "split-km-zhuhai-shuike", "repeat-km-sanya-fishing"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("km01_customs.txt", "customs",
        "水客9次走私，表内各品名应缴税款21,216+13,636.48+11,749.5+100,896=147,497.98元≥个人10万元（法释〔2014〕10号"
        "第十六条，刑法第153条）；完税价格合计50.14万不是计量口径；罚6万在实施条例第9条第1款第3项3倍以下内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "经我关计核，当事人9次共计携带货物及应缴税款情况如下", 147497.98),
         fined_only("处罚款人民币陆万元整")], OVER),
    Doc("km02_customs.txt", "customs",
        "单位低报价格走私葡萄酒，关税87,413.20+消费税79,088.13+增值税102,814.57=269,315.90元≥单位20万元（法释〔2014〕10号"
        "第二十四条，刑法第153条）；罚13万在3倍以下内，已告知听证；只罚款未移送",
        [threshold("customs-153-ordinary-goods/2", "经黄埔海关计核，上述货物偷逃应缴关税人民币87,413.20元", 269315.90),
         fined_only("决定对当事人处罚款人民币壹拾叁万元整")], OVER),
    Doc("km03_customs.txt", "customs",
        "走私印度（口蹄疫疫区，在另一段）冻牛肉340箱×20千克=6.8吨≥5吨（法释〔2014〕10号第十二条，刑法第151条第3款）；"
        "罚5万在实施条例第9条第1款第1项100万以下内；只罚款未移送",
        [threshold("customs-151-3-prohibited-goods/4", "船上装载纸箱包装冻牛肉340箱", 6.8),
         fined_only("对当事人处以罚款人民币伍万元")], OVER),
    Doc("km04_wildlife.txt", "wildlife",
        "携带砗磲（CITES附录II、国家一/二级，在另一段）入境，12×1,350+3×4,800+2,600=33,200元≥2万元（法释〔2022〕12号"
        "第二条，刑法第151条第2款）；罚1万在实施条例第9条第1款第2项等值以下内；只罚款未移送",
        [threshold("wildlife-151-2-smuggling/1", "12件      1,350", 33200.0), fined_only("并对当事人处罚款人民币壹万元整")],
        OVER),
    Doc("km05_wildlife.txt", "wildlife",
        "携带非洲象牙制品（CITES附录I）入境，价值大写肆万贰仟伍佰元=42,500元≥2万元（法释〔2022〕12号第二条，刑法第151条"
        "第2款）；购价港币2万不是计量口径；罚8千在实施条例第9条第1款第1项10万以下内；只罚款未移送",
        [threshold("wildlife-151-2-smuggling/1", "价值人民币肆万贰仟伍佰元", 42500.0),
         fined_only("并对当事人处罚款人民币捌仟元")], OVER),
    Doc("km06_wildlife.txt", "wildlife",
        "出售中华穿山甲（国家一级，在另一段）鳞片，折合6只×每只8,000元=48,000元≥2万元（法释〔2022〕12号第六条，刑法第341条"
        "第1款）；罚2倍在野生动物保护法第52条第1款2-20倍内；只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "查获鳞片折合穿山甲个体6只", 48000.0),
         fined_only("计人民币玖万陆仟元")], OVER),
    Doc("km07_fishery.txt", "fishery",
        "南海伏季休渔期（禁渔期）在海上使用禁用渔具双船底拖网捕捞（法释〔2016〕17号第四条，刑法第340条），渔获1,860公斤"
        "不论数量；罚3万在渔业法第38条五万元以下内；只罚款未移送",
        [trigger("fishery-340-marine/5", "使用双船底拖网进行捕捞作业"), fined_only("罚款人民币叁万元整")], QUAL),
    Doc("km08_fishery.txt", "fishery",
        "伏季休渔期在琼州海峡以东海域捕捞，逐舱过磅3,460+2,180+2,975+2,210=10,825公斤≥1万公斤（法释〔2016〕17号第四条，"
        "刑法第340条）；罚5万在渔业法第38条内；只罚款未移送",
        [threshold("fishery-340-marine/1", "对舱内渔获物逐舱过磅", 10825.0), fined_only("处罚款人民币伍万元")], OVER),
    Doc("km09_fishery.txt", "fishery",
        "伏季休渔期在台湾海峡海域捕捞，渔获6,420公斤<1万公斤，但价值1,200×46+860×58+1,560×28+2,800×4.5=161,360元≥10万元"
        "（法释〔2016〕17号第四条，刑法第340条）；罚4.5万在渔业法第38条内；只罚款未移送",
        [threshold("fishery-340-marine/2", "并按东山县水产品批发市场同期收购价核定价值", 161360.0),
         fined_only("罚款人民币肆万伍仟元")], OVER),
    Doc("km10_forestry.txt", "forestry",
        "围塘毁坏红树林地0.41公顷=6.15亩，属公益林（防护林，在另一段）≥5亩（法释〔2023〕8号第一条，刑法第342条）；罚为恢复"
        "费用2倍，在森林法第74条第1款三倍以下内，已听证；只罚款未移送",
        [threshold("land-342-forest/1", "被毁坏林地面积0.41公顷", 6.15), fined_only("即人民币壹拾陆万肆仟元")], OVER),
    Doc("km11_tax.txt", "tax",
        "无真实交易虚开专用发票7份，税额18,720+16,380+22,100+9,360+14,950+19,500+12,090=113,100元≥10万元（事实在2023年，"
        "立案追诉标准（二）2022第56条，刑法第205条）；金额87万不是口径；罚30万在发票管理办法第35条5万-50万内；只罚款未移送",
        [threshold("tax-205-vat-invoice@2022/1", "向其开具增值税专用发票7份", 113100.0),
         fined_only("对你单位处以罚款300,000.00元")], OVER),
    Doc("km12_tax.txt", "tax",
        "隐匿收入，2023年应纳583,000.35元、已缴353,750元，少缴229,250.35元≥10万元且占39.3%≥10%（立案追诉标准（二）2022"
        "第52条，刑法第201条）；追缴通知后逾期未补缴，无第四款免责；罚60%在征管法第63条内；只罚款未移送",
        [threshold("tax-201-evasion@2022/1", "你公司2023年度应缴纳、已缴纳税款情况如下", 229250.35),
         fined_only("计人民币137,550.21元")], OVER),
    Doc("km13_food_safety.txt", "food_safety",
        "销售检出孔雀石绿（非食用物质名单、食品动物禁用）的大黄鱼，无产地证明及合格证明，刑法第144条行为犯无金额门槛"
        "（法释〔2021〕24号第九条、第十条）；罚10万在食品安全法第123条货值不足1万10万-15万内；只罚款未移送",
        [trigger("food-144-toxic/1", "检出值为12.6μg/kg"), fined_only("罚款人民币壹拾万元")], QUAL),
    Doc("km14_customs.txt", "customs",
        "单位海上过驳走私冻品，只给完税价格与税率：412,000×(10%+1.1×9%)+386,500×(12%+1.12×9%)+215,800×(12%+1.12×9%)"
        "=214,975.84元≥单位20万元（法释〔2014〕10号第二十四条，刑法第153条）；货值101.43万不是口径；罚15万在3倍以下内；"
        "只罚款未移送",
        [threshold("customs-153-ordinary-goods/2", "关税税率  增值税税率", 214975.84),
         fined_only("对湛江市霞山区粤海通冷链物流有限公司处罚款人民币壹拾伍万元")], OVER),
    Doc("km15_wildlife.txt", "wildlife",
        "出售亚洲象/非洲象牙制品（国家一级及核准按一级，在另一段），4×2,800+6×1,500+9,600=29,800元≥2万元（法释〔2022〕12号"
        "第六条，刑法第341条第1款）；罚2倍在野生动物保护法第52条内；只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "查获物品清单如下", 29800.0),
         fined_only("并处野生动物制品价值二倍的罚款人民币伍万玖仟陆佰元")], OVER),
    Doc("km16_other.txt", "other",
        "拖欠32人三个月工资186,400+192,300+179,650=558,350元≥3万元，经指令书责令逾期不付、负责人逃匿转移设备（法释〔2013〕3号"
        "第三、四条，刑法第276条之一）；只责令加付赔偿金未移送",
        [threshold("labor-276-1-wage-refusal/2", "该公司拖欠32名劳动者工资的情况如下", 558350.0),
         fined_only("计人民币贰拾柒万玖仟壹佰柒拾伍元")], OVER),
    Doc("km17_public_security.txt", "public_security",
        "快递分拣员出售面单信息三次2,300+1,850+1,420=5,570条≥5000条（法释〔2017〕10号第五条第一款第（五）项，且系提供服务中"
        "获得，减半更低，刑法第253条之一）；违法所得2,785元<5000元不是唯一口径；罚5倍违法所得在网络安全法第64条第2款1-10倍内；只罚款未移送",
        [threshold("pi-253-1-personal-information/3", "共出售三次", 5570.0), fined_only("计人民币壹万叁仟玖佰贰拾伍元")], OVER),
    Doc("km18_customs.txt", "customs",
        "离岛免税套代购走私，四类应缴税款1.86+2.37+4.12+3.05=11.40万元≥个人10万元（法释〔2014〕10号第十六条，刑法第153条）；"
        "获利6.3万不是口径；罚3.5万在3倍以下内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "其应缴税款分别为", 114000.0),
         fined_only("处罚款人民币叁万伍仟元")], OVER),
    Doc("km19_food_safety.txt", "food_safety",
        "鱼丸中掺入工业硼砂（非食用物质名单），刑法第144条行为犯无金额门槛（法释〔2021〕24号第九条）；罚15倍货值在食品安全法"
        "第123条货值1万以上15-30倍内，已听证；只罚款未移送",
        [trigger("food-144-toxic/1", "鱼丸样品中检出硼酸（以硼砂计）"),
         fined_only("并处货值金额十五倍罚款人民币贰拾伍万贰仟元")], QUAL),
    Doc("km20_wildlife.txt", "wildlife",
        "海上走私海马干（CITES附录II、国家二级，在另一段）38.6千克×2,100元=81,060元≥2万元（法释〔2022〕12号第二条，刑法第151条"
        "第2款）；罚3万在实施条例第9条第1款第2项等值以下内；只罚款未移送",
        [threshold("wildlife-151-2-smuggling/1", "净重38.6千克", 81060.0), fined_only("并处罚款人民币叁万元")], OVER),
    Doc("km21_agriculture.txt", "agriculture",
        "对虾养殖投喂食品动物禁用药呋喃唑酮并在待售对虾中检出（法释〔2021〕24号第十一条，刑法第144条）；罚3万在兽药管理条例"
        "第62条1万-5万内；只罚款未移送",
        [trigger("food-144-toxic/2", "均检出呋喃唑酮代谢物（AOZ）"), fined_only("罚款人民币叁万元")], QUAL),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("km22_environment.txt", "environment",
        "欠缴海域使用金46.2万元两次催缴仍未缴、新围海1.38公顷责令拆除后复查仍在养殖（国有财产、海洋资源领域）；罚10倍海域"
        "使用金在海域使用管理法第42条围海10-20倍内，已告知听证；无刑事门槛",
        [pil("state_assets", "至今仍未缴纳")], PIL),
    Doc("km23_forestry.txt", "forestry",
        "毁坏红树公益林地0.2公顷=3亩<5亩，非刑事；责令补种后两次复查未补种、排水冲刷致红树林新死亡（生态环境和资源保护领域）；"
        "罚3倍林木价值在森林法第74条五倍以下内",
        [pil("ecology_resources", "被处罚人既未补种红树苗木")], PIL),
    Doc("km24_environment.txt", "environment",
        "养殖尾水超标（无机氮1.98倍，非有毒物质）直排近岸海域，责令改正后两次复查仍直排、滩涂贝类死亡（生态环境和资源保护领域）；"
        "罚12万在海洋环境保护法第93条第1款第3项10万-100万内",
        [pil("ecology_resources", "养殖尾水仍经明渠直排入海")], PIL),
    Doc("km25_food_safety.txt", "food_safety",
        "销售无中文标签、来源不明进口冻品，责令改正后两次复查仍向餐饮店食堂及个人批量销售（食品药品安全领域，不特定多数人）；"
        "无检出、无金额门槛达标；罚4万在食品安全法第125/126条货值不足1万内",
        [pil("food_drug_safety", "当事人仍在档口及其开设的网店")], PIL),
    Doc("km26_land.txt", "land",
        "国有建设用地出让价款1.43亿元三次催缴仍欠缴，未缴清即开工（国有土地使用权出让领域）；每平方米100元在土地管理法实施条例"
        "第57条内，已听证",
        [pil("state_land_transfer", "至今仍欠缴国有建设用地使用权出让价款1.43亿元")], PIL),
    Doc("km27_environment.txt", "environment",
        "无许可向海洋倾倒疏浚物1.9万立方米致文昌鱼栖息地泥化，责令清除后复查未清除（生态环境和资源保护领域）；罚35万在海洋环境"
        "保护法第106条第2款20万-200万内；立案11月6日至决定2月3日89日未超90日",
        [pil("ecology_resources", "当事人未实施任何清除作业")], PIL),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("km28_fishery.txt", "fishery",
                 "小于最小网目尺寸捕捞，渔业法第38条第1款罚五万元以下；罚8万超出上限", "罚款人民币捌万元"),
    out_of_range("km29_customs.txt", "customs",
                 "申报不实影响税款征收，海关行政处罚实施条例第15条第4项罚漏缴税款30%-2倍即3,720-24,800元；罚3万超出上限",
                 "处罚款人民币叁万元整"),
    no_hearing("km30_tax.txt", "tax",
               "税务对单位罚款34,060元≥1万元（hearing.yaml税务单位一万元），只告知陈述申辩未告知听证；少缴6.8万<10万且占5.3%，"
               "不涉刑法第201条；罚50%在征管法第64条第2款内",
               "计人民币34,060元"),
    no_hearing("km31_customs.txt", "customs",
               "海关对单位罚款12万元≥10万元（hearing.yaml默认单位十万元，行政处罚法第63条），只告知陈述申辩未告知听证；罚1.4倍"
               "在实施条例第15条第4项30%-2倍内；申报不实非走私",
               "处以罚款人民币壹拾贰万元"),
    Doc("km32_fishery.txt", "fishery",
        "渔业法（2013修正）共50条，引用的第五十八条不存在（违反捕捞许可证作业类型的罚则为第42条，五万元以下，1.5万在内）",
        [irregular("nonexistent_article", "《中华人民共和国渔业法》第五十八条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("km33_market.txt", "market",
        "2024年3月5日立案、9月20日决定，历时199日，超过行政处罚法第60条九十日，文书未记载延期批准；罚3万在食品安全法第125条"
        "货值不足1万5千-5万内",
        [irregular("time_limit", "本局于2024年3月5日对当事人涉嫌经营标签不符合规定的预包装食品一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("km34_customs.txt", "customs",
        "水客5次走私，偷逃税款15,912+12,480+67,264=95,656元<个人10万元（法释〔2014〕10号第十六条）；完税价格34.64万不是口径；"
        "罚3万在3倍以下内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("km35_customs.txt", "customs",
        "单位低报价格走私，偷逃税款18.72万元<单位20万元（法释〔2014〕10号第二十四条；个人10万元线不适用于单位）；罚18万在3倍"
        "以下内，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("km36_fishery.txt", "fishery",
        "伏季休渔期以合法刺网捕捞，渔获2,340+3,860+2,440=8,640公斤<1万公斤、价值86,300元<10万元，未用禁用工具（法释〔2016〕17号"
        "第四条）；罚4万在渔业法第38条内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("km37_food_safety.txt", "food_safety",
        "举报孔雀石绿但三批次孔雀石绿、硝基呋喃、氯霉素均未检出；未建进货查验记录罚5千在食品安全法第126条5千-5万内",
        flags={"scenario": "not_detected", "near_miss": True}),
    Doc("km38_tax.txt", "tax",
        "逃税152,100元占23%，但首次被税务处理，已补缴税款滞纳金并缴纳罚款，依刑法第201条第四款不予追究；罚50%在征管法第63条内，"
        "已告知听证",
        flags={"scenario": "tax_paid", "near_miss": True}),
    Doc("km39_forestry.txt", "forestry",
        "毁坏红树林国家级公益林地7.2亩≥5亩，但已移送公安并立案侦查，不是隐匿的移送线索；罚款待刑事程序；已责令补种",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("km40_other.txt", "other",
        "拖欠12人工资46,300元经责令逾期未付，已移送公安，公安以无能力支付、未逃匿转移财产不予立案并退回；只作行政处理",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("km41_forestry.txt", "forestry",
        "毁坏红树公益林地1,500平方米=2.25亩<5亩，已补种三倍并经验收恢复，无持续损害；罚2倍林木价值在森林法第74条内",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("km42_other.txt", "other",
        "拖欠15人工资98,460元，但在指令书期限内足额支付，不是经责令仍不支付；超时加班每人200元在劳动保障监察条例第25条"
        "100-500元内",
        flags={"scenario": "remedied", "near_miss": True}),
    Doc("km43_tax.txt", "tax",
        "让他人虚开专用发票5份，税额620,000×13%=80,600元<10万元（法释〔2024〕4号第十一条）；价税合计70.06万、罚款20万均不是"
        "口径；罚20万在发票管理办法第35条内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("km44_wildlife.txt", "wildlife",
        "携带象牙手镯入境，评估价值12,800元<2万元（法释〔2022〕12号第二条）；购价港币2.6万不是计量口径；罚5千在实施条例第9条"
        "第1款第1项内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("km45_environment.txt", "environment",
        "非法占用海域0.62公顷，已自行拆除、海域恢复原状并补缴海域使用金，无持续损害；罚5倍在海域使用管理法第42条5-15倍内",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("km46_customs.txt", "customs",
        "品名申报不实，漏缴税款31,200元，无走私故意不构成走私；货值260.4万不是口径；罚1.2万在实施条例第15条第4项"
        "30%-2倍即9,360-62,400元内",
        flags={"scenario": "wrong_measure", "near_miss": True}),
]

GROUPS = [
    # ── 化整为零: one 货代 company's three months of 水客 smuggling, cut into three decisions the same day ──
    *[Doc(name, "customs",
          "同一单位（同一信用代码）组织水客三个月走私，同日拆成三案；多次走私未经处理累计偷逃税款72,400+69,300+68,500="
          "210,200元≥单位20万元（刑法第153条第3款，法释〔2014〕10号第二十四条）；每案均<20万；罚款在3倍以下内",
          [split("customs-153-ordinary-goods/2", quote, 210200.0, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("km47_customs.txt", "偷逃应缴税款人民币72,400元"),
                          ("km48_customs.txt", "共计偷逃税款6.93万元"),
                          ("km49_customs.txt", "偷逃应缴税款为人民币陆万捌仟伍佰元整"))],
    # ── repeat offender: the same credit code punished again thirteen months later ──
    Doc("km50_fishery.txt", "fishery",
        "伏季休渔期以合法刺网捕捞380公斤，首次处罚，罚1万在渔业法第38条内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("km51_fishery.txt", "fishery",
        "同一统一社会信用代码的单位2024年6月12日处罚后约十三个月再犯伏季休渔捕捞（820公斤、1.57万元，均不达刑事线），二年内再犯；"
        "罚3万在渔业法第38条内",
        [repeat("于2024年6月12日被本局处以没收渔获物", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
