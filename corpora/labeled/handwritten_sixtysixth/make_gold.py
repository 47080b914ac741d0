"""Lead labels for the sixty-sixth hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-23 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``ksNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of city and county agencies in 河北, 山西,
河南, 山东, 辽宁 and 吉林 (all names, numbers, codes and addresses invented; credit codes carry valid
GB 32100-2015 check digits, full identity numbers valid GB 11643 check digits, others masked). The
focus is 公安 (personal information sold in batches, 治安 cases hiding tomb digging), 海关 (taxes
from 完税价格 × rates, CITES tortoises), 文物 (graded relics sold), 卫生健康 (非法行医, 非法采血),
应急管理 (a sealed site reopened, alarms switched off), 交通 (a dangerous-goods tanker run after a
stop order) and 住建 (燃气). Labels come from the law only: criminal thresholds from
corpora/knowledge/thresholds.yaml, hearing figures from corpora/knowledge/hearing.yaml, fine ranges
and article existence from the statute text in force on the decision date. Each row's
``meta.reason`` gives the one-line legal reason.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_sixtysixth/make_gold.py``.
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
CREATED = "2026-11-23T01:30:00+00:00"
VERSION = "handwritten-sixtysixth/1"

SPLIT, REPEAT = "split-ks-handan-waybills", "repeat-ks-tangshan-lpg"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}
PI_OTHER = "pi-253-1-personal-information/3"

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("ks01_public_security.txt", "public_security",
        "物业主管三次提供业主姓名电话房号2,100+1,860+1,400=5,360条≥5000条其他个人信息（法释〔2017〕10号第五条"
        "第一款第（五）项，pi-253-1-personal-information/3）；违法所得2,680元<5000元不是唯一口径；只罚款未移送",
        [threshold(PI_OTHER, "小区资料2,100条", 5360.0),
         fined_only("处违法所得五倍罚款，计人民币壹万叁仟肆佰元整")], OVER),
    Doc("ks02_public_security.txt", "public_security",
        "租车公司提供承租人车辆实时位置、行驶路线（行踪轨迹，性质在另一段）38+19=57条≥50条（法释〔2017〕10号第五条"
        "第一款第（三）项，pi-253-1-personal-information/1）；违法所得2,850元不是唯一口径；罚8万在个人信息保护法"
        "第66条第一款内；只罚款未移送",
        [threshold("pi-253-1-personal-information/1", "7月11日发送38条，7月26日又发送19条", 57.0),
         fined_only("并处罚款人民币捌万元")], OVER),
    Doc("ks03_public_security.txt", "public_security",
        "以挖菜窖为名向东汉砖室墓打盗洞至墓室顶部、券顶被破坏，盗掘古墓葬为刑法第328条行为犯"
        "（relics-326-328-trafficking-tomb-robbing/3）；派出所按治安管理处罚法第63条拘留罚款，未移送",
        [trigger("relics-326-328-trafficking-tomb-robbing/3", "盗洞已打通至墓室顶部"),
         fined_only("并处罚款伍佰元")], QUAL),
    Doc("ks04_culture_tourism.txt", "culture_tourism",
        "古玩店出售两件三级出土文物（级别在鉴定段，与售价分开），倒卖三级文物≥1件（刑法第326条，"
        "relics-326-328-trafficking-tomb-robbing/1；两件售价16,000+38,000=5.4万亦≥5万）；罚2倍在文物保护法"
        "（2017）第71条2-5倍内；只罚款未移送",
        [threshold("relics-326-328-trafficking-tomb-robbing/1", "二者均定为三级文物", 2.0),
         fined_only("并处违法经营额二倍罚款，计人民币壹拾万零捌仟元")], OVER),
    Doc("ks05_customs.txt", "customs",
        "个人携带箱包不申报，完税价格612,000元×关税10%=61,200元，增值税(612,000+61,200)×13%=87,516元，偷逃税额"
        "148,716元≥10万元（法释〔2014〕10号第十六条，customs-153-ordinary-goods/1）；罚0.5倍在海关行政处罚实施条例"
        "第9条3倍以下内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "上述箱包完税价格合计人民币612,000元", 148716.0),
         fined_only("并科处罚款人民币柒万肆仟叁佰伍拾捌元")], OVER),
    Doc("ks06_customs.txt", "customs",
        "未经批准出口CITES附录一陆龟（附录在另一句）：印度星龟12×1,500+辐射陆龟3×4,000=30,000元≥2万元"
        "（法释〔2022〕12号，wildlife-151-2-smuggling/1，刑法第151条第2款）；只罚款未移送",
        [threshold("wildlife-151-2-smuggling/1", "印度星龟每只1,500元，辐射陆龟每只4,000元", 30000.0),
         fined_only("科处罚款人民币贰万伍仟元")], OVER),
    Doc("ks07_customs.txt", "customs",
        "单位低报价格进口葡萄酒，表列关税165,200+消费税149,466.67+增值税194,306.67=508,973.34元≥单位20万元"
        "（法释〔2014〕10号第二十四条，customs-153-ordinary-goods/2），未给合计；罚约0.3倍在实施条例第9条内，"
        "已听证；只罚款未移送",
        [threshold("customs-153-ordinary-goods/2", "偷逃税款如下", 508973.34),
         fined_only("科处罚款人民币壹拾伍万贰仟柒佰元")], OVER),
    Doc("ks08_health.txt", "health",
        "未取得医师资格行医，此前2022、2023年两次因非医师行医受卫生行政处罚后再次行医（法释〔2016〕27号第二条"
        "第（五）项，health-336-illegal-medical-practice/1）；罚5万在医师法第59条按1万计2-10倍内；只罚款未移送",
        [threshold("health-336-illegal-medical-practice/1", "2023年10月9日又被我局给予行政处罚", 2.0),
         fined_only("即人民币伍万元整")], OVER),
    Doc("ks09_tax.txt", "tax",
        "隐匿收入少缴增值税68,400+企业所得税52,300=120,700元≥10万元，占应纳税额638,500元的18.9%≥10%"
        "（2022年7月至2023年12月的事实，tax-201-evasion@2022/1，刑法第201条）；限期未补缴，不适用第四款；罚60%在征管法第63条内；只罚款未移送",
        [threshold("tax-201-evasion@2022/1", "应补缴企业所得税52,300元", 120700.0),
         fined_only("对你单位处少缴税款百分之六十的罚款72,420.00元")], OVER),
    Doc("ks10_work_safety.txt", "work_safety",
        "硝化车间因重大事故隐患被查封后揭封继续投料运行、隐患未消除（刑法第134条之一第（二）项，"
        "safety-134-1a-dangerous-operation/2，文中未用拒不执行停产的原词）；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/2", "二车间封条已被揭除"),
         fined_only("对该公司处罚款人民币伍万元")], QUAL),
    Doc("ks11_work_safety.txt", "work_safety",
        "液氨冷库断电关闭氨泄漏报警仪、剪断事故排风联动，存氨6.5吨、现场有氨味及作业人员（刑法第134条之一第（一）项，"
        "safety-134-1a-dangerous-operation/1）；罚4.5万在安全生产法第99条五万元以下内，已听证；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/1", "机房报警控制主机电源空气开关处于断开位置"),
         fined_only("处罚款人民币肆万伍仟元")], QUAL),
    Doc("ks12_construction.txt", "construction",
        "无燃气经营许可在居民楼旁平房储存液化石油气钢瓶63只（满瓶46只），无报警装置（刑法第134条之一第（三）项"
        "未经许可危险物品经营储存，safety-134-1a-dangerous-operation/3）；罚6万在城镇燃气管理条例第45条5万-50万内；"
        "只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/3", "该平房与7号楼住户窗户间距不足4米"),
         fined_only("处罚款人民币陆万元")], QUAL),
    Doc("ks13_transport.txt", "transport",
        "危险货物罐车因重大隐患被责令停止使用后未经复查三次装运甲醇（刑法第134条之一第（二）项，"
        "safety-134-1a-dangerous-operation/2）；罚3万在安全生产法第102条内；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/2", "该车未经复查"),
         fined_only("决定对当事人处罚款人民币叁万元")], QUAL),
    Doc("ks14_tax.txt", "tax",
        "无真实交易虚开增值税专用发票，按月税额31,420.35+27,880.00+45,116.81=104,417.16元≥10万元（法释〔2024〕4号"
        "第十一条，tax-205-vat-invoice/1）；开票费54,192元不是计量口径；罚30万在发票管理办法第35条5万-50万内；"
        "只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "45,116.81", 104417.16), fined_only("并处罚款人民币叁拾万元")], OVER),
    Doc("ks15_forestry.txt", "forestry",
        "采挖并出售、收购野生东北红豆杉两株，红豆杉属为国家一级保护野生植物（级别在另一段），≥1株"
        "（刑法第344条，forest-344-protected-plants/1）；两名被处罚人只罚款未移送",
        [threshold("forest-344-protected-plants/1", "连根挖取野生东北红豆杉两株", 2.0),
         fined_only("并处罚款人民币贰万元")], OVER),
    Doc("ks16_fishery.txt", "fishery",
        "黄河禁渔期用8毫米网目地笼（禁用渔具）捕捞，两船渔获210+185+128=523公斤≥500公斤（法释〔2022〕12号第三条，"
        "fishery-340-inland/1）；三人各罚在渔业法第38条内；只罚款未移送",
        [threshold("fishery-340-inland/1", "船尾网兜内185公斤", 523.0), fined_only("对杜长友罚款人民币伍仟元")], OVER),
    Doc("ks17_other.txt", "other",
        "拖欠12名工人工资5×4,200+4×3,600+3×2,950=44,250元≥3万元，经指令书责令限期支付逾期不付且负责人失联"
        "（法释〔2013〕3号第三、四条，labor-276-1-wage-refusal/2）；只作加付赔偿金处理未移送",
        [threshold("labor-276-1-wage-refusal/2", "你单位逾期未支付", 44250.0),
         fined_only("计人民币贰万贰仟壹佰贰拾伍元")], OVER),
    Doc("ks18_mining.txt", "mining",
        "无证采石三个采坑4,200+3,100+1,300=8,600吨×14元=120,400元≥10万元（法释〔2016〕25号第三条，"
        "mining-343-1-illegal/1）；销售账本6.8万元是违法所得口径；罚30%在实施细则第42条内；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "一号采坑采出矿石4,200吨", 120400.0),
         fined_only("计人民币贰万零肆佰元")], OVER),
    Doc("ks19_land.txt", "land",
        "占用永久基本农田（地类在另一段）3,800平方米=5.7亩≥5亩，混凝土硬化不能恢复种植（法释〔2000〕14号第三条，"
        "land-342-cultivated/1）；罚每平方米100元在实施条例第57条内；只罚款未移送",
        [threshold("land-342-cultivated/1", "当事人占用土地面积为3,800平方米", 5.7),
         fined_only("计人民币叁拾捌万元")], OVER),
    Doc("ks20_tobacco.txt", "tobacco",
        "持零售证无批发证批发卷烟，38×450+96×230+64×190=51,340元≥5万元（法释〔2010〕7号第一、三条，"
        "tobacco-225-illegal-business/1）；198条<1000条；只罚款未移送",
        [threshold("tobacco-225-illegal-business/1", "黄鹤楼（硬金砂）", 51340.0),
         fined_only("并处罚款人民币伍仟壹佰叁拾肆元")], OVER),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("ks21_environment.txt", "environment",
        "煤矸石堆场淋溶水入河，责令限期整改后两次复查仍流入、下游停灌（生态环境和资源保护领域）；罚20万为固废法"
        "第102条处置费用按10万计的2倍，在1-3倍内",
        [pil("ecology_resources", "淋溶水仍沿排水沟流入某河支沟")], PIL),
    Doc("ks22_land.txt", "land",
        "国有建设用地出让价款4,286万元三次催缴仍欠缴未入国库、继续建设（国有土地使用权出让领域）；罚每平方米150元在"
        "土地管理法实施条例第57条内，已听证",
        [pil("state_land_transfer", "仍欠缴土地出让价款4,286万元")], PIL),
    Doc("ks23_culture_tourism.txt", "culture_tourism",
        "全国重点文物保护单位保护范围内建餐厅，责令拆除后两次复查未拆、继续营业（文物和文化遗产保护领域）；罚10万在"
        "文物保护法（2017）第66条5万-50万内，已听证；未损毁文物本体不涉刑法第324条",
        [pil("cultural_relics", "上述建筑未拆除任何部分")], PIL),
    Doc("ks24_construction.txt", "construction",
        "彩钢商铺占压中压燃气管道，为4,600户供气，逾期两次复查仍未拆除、防腐层破损（安全生产领域，不特定多数人）；"
        "罚8万在城镇燃气管理条例第51条单位5万-10万内",
        [pil("work_safety", "上述14间商铺均未拆除")], PIL),
    Doc("ks25_public_security.txt", "public_security",
        "应用程序强制索取通讯录权限、无注销删除途径，41万用户，责令改正后两次检测一项未改（个人信息保护领域）；罚50万在个人信息"
        "保护法第66条第一款一百万以下内，已听证",
        [pil("personal_information", "上述问题一项也未改正")], PIL),
    Doc("ks26_culture_tourism.txt", "culture_tourism",
        "网吧接纳未成年人，警告责令改正后两次复查仍接纳（未成年人保护领域）；罚1.5万在互联网上网服务营业场所管理"
        "条例第31条15000元以下内",
        [pil("minors", "分别发现6名、5名未成年人在场内上网")], PIL),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("ks27_construction.txt", "construction",
                 "不按燃气经营许可证规定经营，城镇燃气管理条例第45条第二款罚3万-20万；罚1.5万低于下限且未写减轻情节",
                 "处罚款人民币壹万伍仟元"),
    out_of_range("ks28_work_safety.txt", "work_safety",
                 "未教育培训即上岗，首次发现未经责令改正，安全生产法第97条第（三）项处十万元以下；罚12万超出上限"
                 "（10万-20万档仅适用逾期未改正）",
                 "对该单位处罚款人民币壹拾贰万元"),
    no_hearing("ks29_public_security.txt", "public_security",
               "公安对个人罚款3,000元≥2,000元（hearing.yaml公安个人二千元），只告知陈述、申辩，未告知听证；罚款在"
               "网络安全法第64条第二款1-10倍内；130条一般信息、违法所得600元不达刑法第253条之一",
               "并处违法所得五倍罚款，计人民币叁仟元"),
    no_hearing("ks30_work_safety.txt", "work_safety",
               "应急管理对单位罚款4万元≥3万元（hearing.yaml应急管理单位三万元），只告知陈述、申辩，未告知听证；罚款在"
               "安全生产法第99条五万元以下内",
               "并处罚款人民币肆万元"),
    Doc("ks31_construction.txt", "construction",
        "城镇燃气管理条例（2016修订）共55条，引用的第六十二条不存在（未定期安全检查的罚则在第五章法律责任内）；"
        "罚2万，已告知听证",
        [irregular("nonexistent_article", "《城镇燃气管理条例》第六十二条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("ks32_health.txt", "health",
        "2024年3月4日立案、2024年9月20日决定，历时200日，超过行政处罚法第60条九十日，文书未记载延期批准；罚3千在"
        "医疗机构管理条例第48条5000元以下内",
        [irregular("time_limit", "本局于2024年3月4日立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("ks33_public_security.txt", "public_security",
        "出售家长姓名电话年级2,950+1,920=4,870条<5000条一般信息、违法所得4,600元<5000元（法释〔2017〕10号第五条）；"
        "罚3倍在网络安全法第64条内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("ks34_customs.txt", "customs",
        "分拆寄递走私，关税32,800+增值税57,564=90,364元<10万元（customs-153-ordinary-goods/1）；完税价格41万元"
        "大于门槛但不是计量口径；罚4.5万在实施条例第9条内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("ks35_tax.txt", "tax",
        "逃税312,460.55元占24.6%，但首次被税务处理、已在期限内补缴税款滞纳金并接受处罚，依刑法第201条第四款不予追究；"
        "罚50%在征管法第63条内，已告知听证",
        flags={"scenario": "tax_paid", "near_miss": True}),
    Doc("ks36_health.txt", "health",
        "无证组织采集血液，已移送公安机关并立案侦查（文书记载立案文号），不是隐匿的移送线索；罚款待刑事程序终结",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("ks37_culture_tourism.txt", "culture_tourism",
        "查获一件三级出土文物，已移送公安，公安以不能证明明知和牟利目的不予立案并退回；罚2万在文物保护法（2017）"
        "第72条不足5万元2万-10万内（交易额4.6万元）",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("ks38_food_safety.txt", "food_safety",
        "举报添加罂粟壳但三批次吗啡等五项均未检出，无有毒有害物质；生熟混放拒不改正罚5千在食品安全法第126条"
        "5千-5万内",
        flags={"scenario": "not_detected", "near_miss": True}),
    Doc("ks39_other.txt", "other",
        "拖欠17人工资98,600元，但在指令书限期内足额支付，不是刑法第276条之一的经责令支付仍不支付；逾期未建职工名册罚2千"
        "在劳动合同法实施条例第33条2千-2万内",
        flags={"scenario": "remedied", "near_miss": True}),
    Doc("ks40_culture_tourism.txt", "culture_tourism",
        "无证经营文物27件均为一般文物，无三级以上或出土文物，交易额32,400元<5万元（relics-326-328/2）；罚3万在"
        "文物保护法（2017）第72条2万-10万内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("ks41_mining.txt", "mining",
        "无证采砂石6,960吨×14元=97,440元<10万元（mining-343-1-illegal/1），非规划矿区、禁采区；销售收入10.6万元"
        "含运费装车费1.8万，不是矿产品价值；罚20%在实施细则第42条内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("ks42_tax.txt", "tax",
        "2023年度少缴税款86,000元<10万元（tax-201-evasion@2022/1），比例31.2%虽过10%；销售收入123万元大于门槛但不是计量口径；"
        "罚1倍在征管法第63条内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("ks43_work_safety.txt", "work_safety",
        "库房因重大隐患被查封，两次复查封条完整未启用，隐患已整改后解除查封，不属拒不执行；隐患排查未如实记录罚2万"
        "在安全生产法第97条十万元以下内",
        flags={"scenario": "remedied", "near_miss": True}),
    Doc("ks44_fishery.txt", "fishery",
        "禁渔期用合规刺网捕捞468公斤<500公斤、价值9,360元<1万元（fishery-340-inland/1、/2），未用禁用方法；罚8千在"
        "渔业法第38条内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("ks45_customs.txt", "customs",
        "出口非应税非许可货物数量申报不实，未影响税款，影响统计；罚1千在海关行政处罚实施条例第15条第（一）项内",
        flags={"scenario": "minor"}),
    Doc("ks46_construction.txt", "construction",
        "个人擅自改装户内燃气管道逾期不改，罚800元在城镇燃气管理条例第49条个人1000元以下内",
        flags={"scenario": "minor"}),
]

GROUPS = [
    # ── 化整为零: one express pick-up point's three sales of waybill records, three decisions in three weeks ──
    *[Doc(name, "public_security",
          "同一个体工商户（同一信用代码）三次出售快递面单信息（姓名电话地址），拆成三案；累计1,900+1,750+1,680="
          "5,330条≥5000条（法释〔2017〕10号第五条第一款第（五）项，刑法第253条之一）；每案罚5倍在网络安全法"
          "第64条第二款内",
          [split(PI_OTHER, quote, 5330.0, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("ks47_public_security.txt", "该批数据去除重复后为1,900条"),
                          ("ks48_public_security.txt", "经去重统计共1,750条"),
                          ("ks49_public_security.txt", "该批记录为壹仟陆佰捌拾条"))],
    # ── repeat offender: the same credit code punished again ten months later ──
    Doc("ks50_construction.txt", "construction",
        "瓶装燃气企业为他人气瓶充装，首次处罚，罚3万在城镇燃气管理条例第45条第二款3万-20万内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("ks51_construction.txt", "construction",
        "同一统一社会信用代码的企业在2024年3月8日处罚后约十个月再犯同类违法，二年内再犯；罚6万在第45条第二款内",
        [repeat("唐山市冀东顺安液化气有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
