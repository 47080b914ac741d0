"""Lead labels for the twenty-third hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``jbNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of agencies in 广西, 云南, 贵州, 重庆, 陕西
and 新疆 (税务, 海关, 人社, 公安, 卫健, 文旅/文物, 通信管理, 自然资源, 林业, 生态环境, 烟草, 市场监管;
all names, numbers, codes and addresses invented; credit codes carry valid GB 32100-2015 check
digits, identity numbers valid GB 11643 check digits or masked tails). Labels come from the law only:
criminal thresholds from corpora/knowledge/thresholds.yaml (the version in force on the date of the
facts), hearing figures from corpora/knowledge/hearing.yaml, fine ranges and article existence from the
statute text in force on the decision date. Each row's ``meta.reason`` gives the one-line legal reason.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_twentythird/make_gold.py``.
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
CREATED = "2026-11-22T16:05:00+00:00"
VERSION = "handwritten-twentythird/1"

SPLIT, REPEAT = "split-jb-hekou-border-smuggling", "repeat-jb-yubei-invoices"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("jb01_tax.txt", "tax",
        "无真实购销为三户虚开增值税专用发票29份，税额46,218.50+38,907.20+27,114.30=112,240元≥10万元（表中分列未合计；"
        "tax-205-vat-invoice/1，法释〔2024〕4号第十一条，刑法第205条）；罚40万在发票管理办法第35条5万-50万内，已告知听证；"
        "只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "为其开具增值税专用发票共计29份", 112240.0),
         fined_only("并处罚款人民币肆拾万元")], OVER),
    Doc("jb02_tax.txt", "tax",
        "无真实业务虚开增值税普通发票126份，票面金额伍拾捌万叁仟柒佰元≥50万元（tax-205-1-ordinary-invoice/1，"
        "法释〔2024〕4号第十二条，刑法第205条之一）；票面税额1.75万不是计量口径；罚15万在发票管理办法第35条5万-50万内；"
        "只罚款未移送",
        [threshold("tax-205-1-ordinary-invoice/1", "票面金额合计伍拾捌万叁仟柒佰元", 583700.0),
         fined_only("2．处罚款150,000元")], OVER),
    Doc("jb03_tax.txt", "tax",
        "账外收入少列收入，少缴增值税83,412.66+企业所得税61,905.00=145,317.66元≥10万元且占应纳税额102.36万的14.2%≥10%"
        "（tax-201-evasion/1，法释〔2024〕4号第一条，刑法第201条）；追缴通知后逾期未补缴，不适用第201条第四款；罚1倍在"
        "征管法第63条50%-5倍内；只罚款未移送",
        [threshold("tax-201-evasion/1", "你公司少缴增值税83,412.66元、企业所得税61,905.00元", 145317.66),
         fined_only("计人民币壹拾肆万伍仟叁佰壹拾柒元陆角陆分")], OVER),
    Doc("jb04_tax.txt", "tax",
        "假报出口骗取出口退税款三批次47,320.18+39,006.52+28,115.00=114,441.70元≥10万元（tax-204-export-rebate/1，"
        "法释〔2024〕4号第七条，刑法第204条）；报关离岸价88.6万不是计量口径；罚1倍在征管法第66条1-5倍内，已听证；只罚款未移送",
        [threshold("tax-204-export-rebate/1", "第一批次（2024年8月申报）退税款47,320.18元", 114441.70),
         fined_only("并处骗取税款一倍的罚款")], OVER),
    Doc("jb05_customs.txt", "customs",
        "个人借边民互市名义走私普通货物，偷逃关税52,840.00+增值税61,357.90=114,197.90元≥10万元（未合计；"
        "customs-153-ordinary-goods/1，法释〔2014〕10号第十六条，刑法第153条）；货值73万不是计量口径；罚6.85万在海关行政处罚"
        "实施条例第9条第1款第（三）项偷逃税款3倍以下内，已告知听证；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "关税人民币52,840.00元", 114197.90),
         fined_only("并处罚款人民币陆万捌仟伍佰元整")], OVER),
    Doc("jb06_customs.txt", "customs",
        "单位以两套合同低报价格走私化妆品4票，表中关税、增值税、消费税合计239,581.14元≥单位20万元（须逐格相加；"
        "customs-153-ordinary-goods/2，法释〔2014〕10号第二十四条，刑法第153条）；罚0.5倍在实施条例第9条第1款第（三）项内，"
        "已听证；只罚款未移送",
        [threshold("customs-153-ordinary-goods/2", "上述4票货物偷逃税款明细如下", 239581.14),
         fined_only("对当事人科处罚款人民币壹拾壹万玖仟柒佰玖拾元整")], OVER),
    Doc("jb07_other.txt", "other",
        "拖欠17名农民工三个月以上工资48,600+39,150+15,720=103,470元≥3万元，经限期改正指令书责令支付逾期仍不支付、"
        "负责人失联，指令书已张贴录像（labor-276-1-wage-refusal/2，法释〔2013〕3号第三、四条，刑法第276条之一）；"
        "只对台账罚3万（保障农民工工资支付条例第54条2万-5万内），未移送",
        [threshold("labor-276-1-wage-refusal/2", "拖欠情况如下", 103470.0),
         fined_only("对你单位处罚款人民币叁万元整")], OVER),
    Doc("jb08_public_security.txt", "public_security",
        "快递分拣员出售收件人姓名、电话、住址（种类在另一段）2,180+1,760+1,390=5,330条≥5000条（pi-253-1-personal-information/3，"
        "法释〔2017〕10号第五条第一款第（五）项；履职中获得的另有减半标准）；违法所得2,665元<5000不是唯一口径；罚2万在网络安全法"
        "第64条第二款违法所得1-10倍内，已告知听证；只罚款未移送",
        [threshold("pi-253-1-personal-information/3", "其中第一次出售2,180条", 5330.0),
         fined_only("并处罚款人民币贰万元")], OVER),
    Doc("jb09_public_security.txt", "public_security",
        "酒店前台出售旅客住宿信息188+201+164=553条≥500条（住宿信息，种类在另一句；pi-253-1-personal-information/2，"
        "法释〔2017〕10号第五条第一款第（四）项，刑法第253条之一）；违法所得3,300元<5000不是唯一口径；罚1万在网络安全法第64条"
        "第二款违法所得1-10倍内；只罚款未移送",
        [threshold("pi-253-1-personal-information/2", "3月份188条", 553.0), fined_only("并处罚款人民币壹万元")], OVER),
    Doc("jb10_health.txt", "health",
        "未取得医师资格非法行医，曾被卫生行政部门处罚两次（2022、2024）后再次行医（health-336-illegal-medical-practice/1，"
        "法释〔2016〕27号第二条第（五）项，刑法第336条）；罚5万为医师法第59条违法所得不足1万按1万计的5倍，在2-10倍内；"
        "只罚款未移送",
        [threshold("health-336-illegal-medical-practice/1",
                   "分别于2022年10月17日被本局作出渭卫医罚〔2022〕27号行政处罚", 2.0),
         fined_only("3．罚款人民币伍万元整")], OVER),
    Doc("jb11_culture_tourism.txt", "culture_tourism",
        "在市级文保单位古墓群内夜间挖盗洞打穿明代砖室墓顶、扰动随葬器物，考古意见认定价值已受损害：盗掘古墓葬为行为犯"
        "（relics-326-328-trafficking-tomb-robbing/3，法释〔2015〕23号第八条，刑法第328条）；罚5万在文物保护法（2024修订）"
        "第83条个人5万-50万内；只罚款未移送",
        [trigger("relics-326-328-trafficking-tomb-robbing/3", "盗洞已打穿墓室顶部"),
         fined_only("二、处罚款人民币伍万元整")], QUAL),
    Doc("jb12_culture_tourism.txt", "culture_tourism",
        "明知是省级文物保护单位本体仍指使推倒东厢房，文物本体严重损毁（relics-324-damage/1，法释〔2015〕23号第三条，"
        "刑法第324条第一款）；罚60万在文物保护法（2024修订）第83条单位50万-500万内，已听证；只罚款未移送",
        [trigger("relics-324-damage/1", "东厢房清代木构架及砖雕墀头等文物本体严重损毁"),
         fined_only("2．处罚款人民币陆拾万元")], QUAL),
    Doc("jb13_other.txt", "other",
        "APP运营者向两家催收公司提供用户通话记录（通信记录）612+455=1,067条≥500条（pi-253-1-personal-information/2，"
        "法释〔2017〕10号第五条第一款第（四）项，单位可犯刑法第253条之一）；罚80万在个人信息保护法第66条第二款5000万以下内，"
        "已听证；只罚款未移送",
        [threshold("pi-253-1-personal-information/2", "向甲公司推送612条，向乙公司推送455条", 1067.0),
         fined_only("三、处罚款人民币捌拾万元")], OVER),
    Doc("jb14_wildlife.txt", "wildlife",
        "收购出售国家二级保护鸟类（级别在另一句），4×3,000+6×2,000+5×1,000=29,000元≥2万元（wildlife-341-1-endangered/1，"
        "法释〔2022〕12号第六条，刑法第341条第一款）；罚2倍在野生动物保护法第52条第一款2-20倍内；只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "白鹇4只，每只核定价值3,000元", 29000.0),
         fined_only("计人民币伍万捌仟元整")], OVER),
    Doc("jb15_forestry.txt", "forestry",
        "无证采伐集体林木，杉木3.6+马尾松2.1=5.7立方米≥5立方米（forest-345-1-theft/1，法释〔2023〕8号第三、四条，"
        "刑法第345条第一款）；价值1.62万<2万不是唯一口径；罚5倍在森林法第76条第一款5-10倍内；只罚款未移送",
        [threshold("forest-345-1-theft/1", "杉木立木蓄积3.6立方米", 5.7), fined_only("即人民币捌万壹仟元整")], OVER),
    Doc("jb16_land.txt", "land",
        "非法占用耕地（水浇地，非永久基本农田，地类在另一段）10,540平方米=15.81亩≥10亩，耕作层全部压占浇筑（land-342-cultivated/2，"
        "法释〔2000〕14号第三条，刑法第342条）；罚每平方米150元在土地管理法实施条例第57条100-1000元内，已告知听证；只罚款未移送",
        [threshold("land-342-cultivated/2", "当事人共计占用土地10,540平方米", 15.81),
         fined_only("计人民币壹佰伍拾捌万壹仟元整")], OVER),
    Doc("jb17_mining.txt", "mining",
        "无证采砂14,600吨×认定价格每吨9.5元=138,700元≥10万元（mining-343-1-illegal/1，法释〔2016〕25号第三条，刑法第343条）；"
        "违法所得13.44万是另一口径，亦过线；罚40%在矿产资源法实施细则第42条第（一）项50%以下内（2025年7月1日新法施行前）；"
        "只罚款未移送",
        [threshold("mining-343-1-illegal/1", "当事人共计采挖建筑用砂14,600吨", 138700.0),
         fined_only("计人民币伍万叁仟柒佰陆拾元整")], OVER),
    Doc("jb18_food_safety.txt", "food_safety",
        "在配制酒中添加西地那非（国家禁止在食品中添加的药物），销售明知掺有的食品为刑法第144条行为犯（food-144-toxic/3，"
        "法释〔2021〕24号第九条）；罚10万在食品安全法第123条货值不足1万10万-15万内；只罚款未移送",
        [trigger("food-144-toxic/3", "检出西地那非"), fined_only("三、并处罚款人民币壹拾万元整")], QUAL),
    Doc("jb19_environment.txt", "environment",
        "通过暗管排放含铬（六价铬）电镀废水，逃避监管排放有毒物质无数量要求（env-338-pollution/9，法释〔2023〕7号第一条"
        "第（四）项，刑法第338条）；罚30万在水污染防治法第83条10万-100万内，已听证；只罚款未移送",
        [trigger("env-338-pollution/9", "在夜间通过埋设的暗管排放部分镀铬漂洗废水"),
         fined_only("2．处罚款人民币叁拾万元整")], QUAL),
    Doc("jb20_tobacco.txt", "tobacco",
        "无证批发卷烟，60×450+80×220+50×230=56,100元≥5万元（表中只列数量单价；tobacco-225-illegal-business/1，"
        "法释〔2010〕7号第三条，刑法第225条）；190条=3.8万支<20万支不是唯一口径；罚50%在烟草专卖法实施条例第54条50%-1倍内；"
        "只罚款未移送",
        [threshold("tobacco-225-illegal-business/1", "查获卷烟品种、数量及按本地烟草专卖批发企业同品牌批发价格计算的价值如下",
                   56100.0),
         fined_only("计人民币贰万捌仟零伍拾元")], OVER),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("jb21_land.txt", "land",
        "国有建设用地第二期出让价款4,268.5万元三次催缴仍未缴、违约金未缴，并未交地先开工（国有土地使用权出让领域）；"
        "罚每平方米100元在实施条例第57条内，已听证",
        [pil("state_land_transfer", "截至本决定作出之日，当事人尚欠第二期土地出让价款4,268.5万元")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("jb22_culture_tourism.txt", "culture_tourism",
        "市级文保单位古驿道保护范围内违建民宿、拆损石阶，责令改正后两次复查仍未拆除、继续营业（文物和文化遗产保护领域）；"
        "市级文保单位不属刑法第324条第一款对象；罚5万在文物保护法第83条个人5万-50万内，已听证",
        [pil("cultural_relics", "驿道被占压部分至今仍未拆除")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jb23_public_security.txt", "public_security",
        "物业小程序接口无认证致约3,200户业主信息对不特定公众可查，责令改正后两次复查仍可调用、已有业主接诈骗电话"
        "（个人信息保护领域，不特定多数人）；未出售提供，不达刑法第253条之一；罚5万在网络安全法第59条第一款、第64条内",
        [pil("personal_information", "复查时该接口仍可被任意调用")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jb24_environment.txt", "environment",
        "石材厂向河道岸坡倾倒一般工业固废，限期清运后两次复查仍堆存、继续倾倒、灌溉取水口淤积（生态环境和资源保护领域）；"
        "罚15万为固废法第102条第二款处置费用不足10万按10万计的1.5倍，在1-3倍内",
        [pil("ecology_resources", "弃渣仍堆存于河道岸坡")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jb25_forestry.txt", "forestry",
        "非法开垦基本草原9.2亩<20亩（法释〔2012〕15号，无前科），但责令恢复后逾期未补播、再次播种，植被未恢复、已风蚀沙化"
        "（生态环境和资源保护领域）；罚违法所得2倍在草原法第66条1-5倍内",
        [pil("ecology_resources", "草原植被未恢复")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jb26_construction.txt", "construction",
        "出让价款及违约金6,318.4万元逾期多次催缴未缴、未办证即无规划许可建设（国有土地使用权出让领域）；罚工程造价5%在"
        "城乡规划法第64条5%-10%内，已听证",
        [pil("state_land_transfer", "尚有土地出让价款及违约金共计6,318.4万元未缴纳")],
        {"scenario": "pil", "continuing_harm": True}),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("jb27_tax.txt", "tax",
                 "未按规定保管记账凭证，征管法第60条第一款：二千元以下，情节严重二千元以上一万元以下；罚1.5万超出上限（已告知听证）",
                 "决定对你公司处罚款人民币壹万伍仟元"),
    out_of_range("jb28_public_security.txt", "public_security",
                 "参与赌博，文书认定不属情节严重，治安管理处罚法（2012修正）第70条：五日以下拘留或者五百元以下罚款；罚1,000元超出"
                 "上限（情节严重档须拘留并处500-3000元）；1,000元<2,000元无须听证",
                 "现决定对邓某某处罚款壹仟元"),
    no_hearing("jb29_customs.txt", "customs",
               "海关对单位罚款12万元≥10万元（hearing.yaml默认市场监管档，法人十万元，行政处罚法第63条），只告知陈述、申辩，"
               "未告知听证；罚款在海关行政处罚实施条例第15条第（四）项漏缴税款8.0万的30%-2倍内；申报不实非走私",
               "本关决定对当事人处罚款人民币壹拾贰万元整"),
    no_hearing("jb30_health.txt", "health",
               "卫健对个人罚款2万元≥1万元（hearing.yaml默认档，自然人一万元，行政处罚法第63条），只告知陈述、申辩，未告知听证；"
               "罚款为医师法第59条按1万计的2倍，在2-10倍内；无前科非刑事",
               "3．罚款人民币贰万元"),
    Doc("jb31_public_security.txt", "public_security",
        "反电信网络诈骗法（2022）共50条，引用的第七十二条不存在（出售电话卡的罚则为第44条，违法所得不足2万处20万以下，5千在内）；"
        "已告知听证；两张卡获利600元不达刑事",
        [irregular("nonexistent_article", "《中华人民共和国反电信网络诈骗法》第七十二条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("jb32_culture_tourism.txt", "culture_tourism",
        "2024年10月8日立案、2025年3月20日决定，历时163日，超过行政处罚法第60条九十日，文书未记载延期批准或中止；"
        "罚5千在互联网上网服务营业场所管理条例第31条15000元以下内",
        [irregular("time_limit", "本局于2024年10月8日对当事人涉嫌接纳未成年人进入互联网上网服务营业场所一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("jb33_tax.txt", "tax",
        "逃税92,104.13+76,310.52=168,414.65元、占19.0%，但首次被税务处理、追缴通知后已补缴税款滞纳金并接受处罚，依刑法"
        "第201条第四款不予追究；罚50%在征管法第63条内，已告知听证",
        flags={"scenario": "tax_paid", "near_miss": True}),
    Doc("jb34_other.txt", "other",
        "拖欠21人工资27.9万元经责令逾期未付，已达刑法第276条之一，但已移送公安机关并立案侦查，不是隐匿的移送线索；"
        "对台账罚2万在保障农民工工资支付条例第54条内",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("jb35_wildlife.txt", "wildlife",
        "出售国家二级保护鸟类价值23,600元≥2万元，已移送公安，公安以明知证据不足不予立案并退回；罚2倍在野生动物保护法"
        "第52条内，已告知听证",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("jb36_tax.txt", "tax",
        "虚开增值税专用发票税额97,650元<10万元（法释〔2024〕4号第十一条）；金额75.1万、价税合计84.9万是另一口径（专票不适用"
        "第205条之一普通发票的50万票面标准）；罚10万在发票管理办法第35条内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jb37_customs.txt", "customs",
        "个人走私偷逃税款41,026.30+53,580.12=94,606.42元<10万元（法释〔2014〕10号第十六条），无走私前科；计税价格72.3万"
        "不是计量口径；罚4.7万在实施条例第9条内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jb38_public_security.txt", "public_security",
        "转卖一般个人信息（姓名电话意向楼盘）4,720条<5000条、违法所得4,130元<5000元，非履职获得，无前科（法释〔2017〕10号"
        "第五条）；罚1.5万在网络安全法第64条第二款1-10倍内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jb39_food_safety.txt", "food_safety",
        "举报添加西地那非，两份样品均未检出，无有毒有害物质；无标签预包装食品罚5千在食品安全法第125条货值不足1万"
        "5千-5万内",
        flags={"scenario": "not_detected", "near_miss": True}),
    Doc("jb40_other.txt", "other",
        "拖欠23人工资18.4万元，但在指令书期限内足额支付，不是经责令支付仍不支付；超时加班按每人200元罚在劳动保障监察条例"
        "第25条100-500元内",
        flags={"scenario": "remedied", "near_miss": True}),
    Doc("jb41_culture_tourism.txt", "culture_tourism",
        "省保建设控制地带内擅自建观景平台，已在期限内自行拆除、恢复原状，复查确认文物未受损，无持续损害；只给予警告在"
        "文物保护法第83条内（未造成文物损坏不罚款）",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("jb42_health.txt", "health",
        "非法行医，此前只受过一次卫生行政处罚（<二次，法释〔2016〕27号第二条第（五）项），无不良后果；罚3万为医师法第59条"
        "按1万计的3倍，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jb43_fishery.txt", "fishery",
        "禁渔期用合规网目刺网捕捞，渔获430千克<500千克、价值8,600元<1万元（法释〔2022〕12号第三条），未用电毒炸等禁用方法；"
        "二人各罚4千在渔业法第38条五万元以下内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jb44_mining.txt", "mining",
        "无证采石8,100吨×每吨12元=97,200元<10万元（法释〔2016〕25号第三条）；罚50%在矿产资源法实施细则第42条第（一）项内，"
        "已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jb45_tax.txt", "tax",
        "不予税务行政处罚决定书：逾期申报7日，首违不罚（行政处罚法第33条第一款）",
        flags={"scenario": "no_penalty"}),
]

GROUPS = [
    # ── 化整为零: one border trader's smuggling cut into three decisions of the same day ──
    *[Doc(name, "customs",
          "同一当事人（同一身份证号）连续三个月走私越南货物，同日拆成三案；偷逃税款36,420.55+33,918.07+34,106.40=104,445.02元"
          "≥10万元（刑法第153条第三款多次走私未经处理的累计计算，法释〔2014〕10号第十六条）；每案罚约0.5倍在实施条例第9条内",
          [split("customs-153-ordinary-goods/1", quote, 104445.02, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("jb46_customs.txt", "偷逃应缴税款共计人民币36,420.55元"),
                          ("jb47_customs.txt", "偷逃应缴税款共计人民币33,918.07元"),
                          ("jb48_customs.txt", "偷逃应缴税款共计人民币34,106.40元"))],
    # ── repeat offender: the same credit code punished again fifteen months later ──
    Doc("jb49_tax.txt", "tax",
        "应当开具而未开具发票，首次处罚（简易程序），罚3千在发票管理办法第33条一万元以下内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("jb50_tax.txt", "tax",
        "同一纳税人识别号的单位在2024年3月12日处罚后约十五个月再犯应开未开发票，二年内再犯；罚8千在发票管理办法第33、34条内",
        [repeat("重庆渝江砂石建材有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
