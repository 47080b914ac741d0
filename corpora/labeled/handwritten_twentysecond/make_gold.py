"""Lead labels for the twenty-second hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``jaNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of city and county agencies in 江苏, 安徽,
山东 and 湖北 (all names, numbers, codes and addresses invented; credit codes carry valid
GB 32100-2015 check digits, identity numbers are masked). The weight is on ecology and environment
(暗管, 超标倍数 of heavy metals, 危险废物 in 吨 from several batches, 篡改自动监测数据, 饮用水水源),
应急管理 (危险作业罪), 消防 and 特种设备, with 税务, 海关, 公安 and 人社 forms. Labels come from the
law only: criminal thresholds from corpora/knowledge/thresholds.yaml, hearing figures from
corpora/knowledge/hearing.yaml, fine ranges and article existence from the statute text in force on
the decision date. Each row's ``meta.reason`` gives the one-line legal reason.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_twentysecond/make_gold.py``.
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
CREATED = "2026-11-22T16:30:00+00:00"
VERSION = "handwritten-twentysecond/1"

SPLIT, REPEAT = "split-ja-huaibei-waste-acid", "repeat-ja-hefei-dust"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("ja01_environment.txt", "environment",
        "私设暗管排放含总镍、六价铬的电镀废水（有毒物质），法释〔2023〕7号第一条第（四）项，刑法第338条，无数量要求；"
        "罚36万在水污染防治法第83条10万-100万内；只罚款未移送",
        [trigger("env-338-pollution/9", "利用私设暗管排放电镀废水"), fined_only("处罚款人民币叁拾陆万元整")], QUAL),
    Doc("ja02_environment.txt", "environment",
        "废乳化液（HW09，类别在前一段）三批1.20+0.96+1.35=3.51吨倾倒≥3吨（法释〔2023〕7号第一条第（二）项，刑法第338条）；"
        "罚60万为固废法第112条第二款处置费用按20万计3倍，在3-5倍内；只罚款未移送",
        [threshold("env-338-pollution/1", "先后三次将车间贮存的废乳化液用吨桶装运", 3.51),
         fined_only("处所需处置费用三倍的罚款，即人民币陆拾万元整")], OVER),
    Doc("ja03_environment.txt", "environment",
        "总镉0.41mg/L对标准0.1mg/L，超标3.1倍≥3倍（法释〔2023〕7号第一条第（三）项，刑法第338条）；"
        "罚58万在水污染防治法第83条内；只罚款未移送",
        [threshold("env-338-pollution/2", "总镉超过排放标准3.1倍", 3.1), fined_only("罚款人民币伍拾捌万元")], OVER),
    Doc("ja04_environment.txt", "environment",
        "水环境重点排污单位篡改化学需氧量自动监测数据并加装稀释支路（法释〔2023〕7号第一条第（七）项、第十条，"
        "刑法第338条）；罚45万在水污染防治法第83条内；只罚款未移送",
        [trigger("env-338-pollution/10", "将化学需氧量测定结果修改为“跟踪标样值”"),
         fined_only("罚款人民币肆拾伍万元")], QUAL),
    Doc("ja05_work_safety.txt", "work_safety",
        "铝粉抛光车间重大事故隐患被责令停止作业后拒不执行、仍组织14人作业，专家论证有粉尘爆炸现实危险（刑法第134条之一"
        "第（二）项危险作业罪）；单位5万在安全生产法第102条五万元以下内、负责人6万在5万-10万内；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/2", "车间内有14名工人正在操作抛光机"),
         fined_only("对你单位处罚款人民币伍万元整")], QUAL),
    Doc("ja06_work_safety.txt", "work_safety",
        "危化品仓库关闭可燃气体报警装置，现场浓度达爆炸下限26%，专家论证有现实危险（刑法第134条之一第（一）项）；"
        "罚4.5万在安全生产法第99条五万元以下内，已听证；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/1", "报警控制器主机被拔除电源插头"),
         fined_only("罚款人民币肆万伍仟元")], QUAL),
    Doc("ja07_environment.txt", "environment",
        "废机油（HW08，类别在另一段）四批4+6+7+5=22桶×0.18吨=3.96吨提供给无证个人≥3吨（法释〔2023〕7号第一条第（二）项，"
        "刑法第338条）；销售收入1.76万不是计量口径；罚60万为固废法第112条第二款3倍；只罚款未移送",
        [threshold("env-338-pollution/1", "每桶装量按约0.18吨计", 3.96), fined_only("并处罚款人民币陆拾万元")], OVER),
    Doc("ja08_environment.txt", "environment",
        "总镍6.3mg/L对限值0.5mg/L，超标(6.3-0.5)/0.5=11.6倍≥10倍（法释〔2023〕7号第一条第（三）项，刑法第338条），"
        "倍数须由读者从表中算出；罚62万在水污染防治法第83条内，已听证；只罚款未移送",
        [threshold("env-338-pollution/3", "总镍          6.3", 11.6), fined_only("罚款人民币陆拾贰万元")], OVER),
    Doc("ja09_environment.txt", "environment",
        "清污18.6万+死鱼损失9.2万+应急监测3.45万=公私财产损失31.25万元≥30万元（法释〔2023〕7号第一条第（十一）项、"
        "第十七条，刑法第338条）；罚80万在水污染防治法第83条内；只罚款未移送",
        [threshold("env-338-pollution/4", "（一）围堰筑坝、投加药剂等清污费用186,000元", 312500.0),
         fined_only("罚款人民币捌拾万元整")], OVER),
    Doc("ja10_environment.txt", "environment",
        "含酚废液致濮塘镇集中式饮用水水源取水中断2时40分至16时10分=13.5小时≥12小时（法释〔2023〕7号第一条第（十）项，"
        "刑法第338条）；地表水超标15.6倍不是重金属口径；罚50万在水污染防治法第83条内；只罚款未移送",
        [threshold("env-338-pollution/5", "于当日2时40分关闭取水泵站", 13.5), fined_only("处罚款人民币伍拾万元")], OVER),
    Doc("ja11_work_safety.txt", "work_safety",
        "起重伤害生产安全责任事故死亡1人（刑法第134条第一款重大责任事故罪，立案追诉标准（一）第八条）；罚35万在安全生产法"
        "第114条第一款第（一）项30万-100万内；文书未记载移送或追究责任人员，只罚款",
        [threshold("safety-134-1-major-liability/1", "韩某某经送青州市人民医院抢救无效，于当日死亡", 1.0),
         fined_only("罚款人民币叁拾伍万元")], OVER),
    Doc("ja12_work_safety.txt", "work_safety",
        "经消防救援机构责令改正拒不执行，发生火灾，直接损失62.4万+31.8万+9.7万=103.9万元≥100万元（刑法第139条消防责任"
        "事故罪）；罚4.8万在消防法第60条5千-5万内；只罚款未移送",
        [threshold("safety-139-fire/3", "2号、3号库房建筑物     624,000元", 1039000.0),
         fined_only("罚款人民币肆万捌仟元")], OVER),
    Doc("ja13_work_safety.txt", "work_safety",
        "超期未检门式起重机、无证人员操作，事故致三人重伤二级≥3人（刑法第134条第一款重大责任事故罪）；罚16万在特种设备"
        "安全法第90条第（一）项10万-20万内，已告知听证；只罚款未移送",
        [threshold("safety-134-1-major-liability/2", "三人损伤程度均为重伤二级", 3.0),
         fined_only("对当事人处罚款人民币壹拾陆万元")], OVER),
    Doc("ja14_tax.txt", "tax",
        "隐匿收入少缴增值税、城建税、企业所得税6项合计146,534.45元≥10万元且占应纳税额644,600元的22.7%≥10%（法释〔2024〕"
        "4号第一条，刑法第201条）；税务处理决定后未补缴，不适用第四款；罚80%在征管法第63条50%-5倍内；只罚款未移送",
        [threshold("tax-201-evasion/1", "少缴税款明细如下", 146534.45), fined_only("计人民币117,227.56元")], OVER),
    Doc("ja15_customs.txt", "customs",
        "单位伪报品名走私葡萄酒，偷逃关税6.85万+增值税14.23万+消费税3.28万=24.36万元≥20万元（法释〔2014〕10号第十六条、"
        "第二十四条，刑法第153条）；完税价格137.8万不是计量口径；罚1倍在海关行政处罚实施条例第9条第（三）项3倍以下内；"
        "只罚款未移送",
        [threshold("customs-153-ordinary-goods/2", "偷逃税款情况为：关税人民币68,500元", 243600.0),
         fined_only("并处罚款人民币贰拾肆万叁仟陆佰元整")], OVER),
    Doc("ja16_other.txt", "other",
        "拖欠12名劳动者五个月工资，逐项相加115,020元≥3万元（亦≥10万元，省定数额在幅度内均达），经限期整改指令书责令支付"
        "逾期仍不支付、负责人失联（法释〔2013〕3号第三、四条，刑法第276条之一）；加付赔偿金57,510元不是计量口径；只作加付"
        "赔偿金50%处理未移送",
        [threshold("labor-276-1-wage-refusal/2", "拖欠以下劳动者劳动报酬", 115020.0),
         fined_only("计人民币伍万柒仟伍佰壹拾元")], OVER),
    Doc("ja17_public_security.txt", "public_security",
        "出售毒鼠强，查获8袋×5克+11支×2克=62克≥50克（法释〔2003〕14号第一条，刑法第125条第二款），检出成分在另一句；"
        "治安管理处罚法第30条拘留12日；只作治安处罚未移送",
        [threshold("safety-125-2-dangerous-substances/1", "小纸袋装8袋，每袋约5克", 62.0),
         fined_only("行政拘留十二日")], OVER),
    Doc("ja18_mining.txt", "mining",
        "无证采石，碎石4,200吨×45元+机制砂3,100吨×52元=350,200元≥10万元（亦≥30万元，法释〔2016〕25号第三条第一款"
        "第（一）项，刑法第343条）；违法所得9.8万不是计量口径；罚50%在实施细则第42条第（一）项内；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "5-31.5mm碎石4,200吨，销售单价45元/吨", 350200.0),
         fined_only("处违法所得50%的罚款，即人民币肆万玖仟元")], OVER),
    Doc("ja19_fishery.txt", "fishery",
        "长江常年禁捕水域用禁用渔具地笼网捕捞，渔获312.5+146+61=519.5公斤≥500公斤（法释〔2022〕12号第三条，刑法第340条）；"
        "二人罚款在渔业法第38条五万元以下内；只罚款未移送",
        [threshold("fishery-340-inland/1", "鲫鱼312.5公斤", 519.5), fined_only("罚款人民币壹万元")], OVER),
    Doc("ja20_work_safety.txt", "work_safety",
        "未取得危化品经营许可证在民房储存经营甲醇约23吨、乙酸乙酯约6吨，专家论证具有现实危险（刑法第134条之一第（三）项）；"
        "罚12万在危险化学品安全管理条例第77条第三款10万-20万内；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/3", "未取得危险化学品经营许可证，租用"),
         fined_only("处罚款人民币壹拾贰万元")], QUAL),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("ja21_environment.txt", "environment",
        "印染废水COD超标0.93倍（非重金属，不达刑事），责令停止后两次复查仍排放、下游1.5公里河水仍红、死鱼（生态环境和资源"
        "保护领域）；罚28万在水污染防治法第83条内",
        [pil("ecology_resources", "均发现你公司排口仍有有色废水排出")], PIL),
    Doc("ja22_environment.txt", "environment",
        "饮用水水源二级保护区内设排污口排养殖废水（非有毒物质，不达刑事），限期拆除逾期未拆、仍排放，4.6万人水源（生态环境"
        "和资源保护领域）；罚55万为逾期不拆除档50万-100万，已听证",
        [pil("ecology_resources", "当事人未拆除排污口，仍在继续排放养殖废水")], PIL),
    Doc("ja23_work_safety.txt", "work_safety",
        "违建占压小区中压燃气管道，燃气公司认定重大隐患危及约1,300户（不特定多数人），限期拆除逾期仍未拆并堆放可燃物"
        "（安全生产领域）；城乡规划法第64条限期拆除",
        [pil("work_safety", "板房仍在原处")], PIL),
    Doc("ja24_work_safety.txt", "work_safety",
        "人员密集商场安全出口锁闭、火灾报警系统屏蔽，两次复查仍未改正、照常营业（安全生产领域，不特定多数人）；罚3万在消防法"
        "第60条5千-5万内；无事故不涉刑法第139条",
        [pil("work_safety", "安全出口仍有3处锁闭")], PIL),
    Doc("ja25_environment.txt", "environment",
        "废铅蓄电池1.62吨+含油污泥0.79吨=2.41吨<3吨，不达刑事；堆放长江支流河堤外，两次复查仍未清运、渗滤液持续入河"
        "（生态环境和资源保护领域）；罚60万为固废法第112条第二款处置费用按20万计3倍",
        [pil("ecology_resources", "雨后渗滤液持续流入太湖港")], PIL),
    Doc("ja26_environment.txt", "environment",
        "一般工业固废露天堆存，淋溶水流入约40亩稻田，两次复查未清运、降雨后再次流入（生态环境和资源保护领域）；罚15万为固废法"
        "第102条第二款处置费用按10万计1.5倍，在1-3倍内",
        [pil("ecology_resources", "堆存废渣未清运")], PIL),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("ja27_work_safety.txt", "work_safety",
                 "消防法第60条第一款对单位罚五千元以上五万元以下；罚8万超出上限（消防无听证特别规定，按市场监管默认单位10万不需听证，"
                 "且已告知）",
                 "决定给予你单位罚款人民币捌万元整的处罚"),
    out_of_range("ja28_work_safety.txt", "work_safety",
                 "危险化学品安全管理条例第80条第一款罚5万元以上10万元以下；罚3万低于下限且未写明减轻处罚情节；已告知听证",
                 "决定给予你单位罚款人民币叁万元的行政处罚"),
    no_hearing("ja29_work_safety.txt", "work_safety",
               "应急管理对单位罚款5万元≥3万元（hearing.yaml安全生产单位三万元，行政处罚法第63条），只告知陈述、申辩，未告知听证；"
               "罚款在安全生产法第101条十万元以下内",
               "本局决定给予当事人罚款人民币伍万元的行政处罚"),
    no_hearing("ja30_tax.txt", "tax",
               "税务对单位罚款16,000元≥1万元（税务行政处罚听证程序实施办法第三条），只告知陈述、申辩，未告知听证；少缴3.2万<10万"
               "不达刑法第201条；罚50%在征管法第63条内",
               "对你单位少缴的税款处百分之五十的罚款16,000.00元"),
    Doc("ja31_work_safety.txt", "work_safety",
        "特种设备安全法（2013）共101条，引用的第一百零六条不存在（使用无证作业人员的罚则为第86条第（二）项，1万-5万，2万在内）；"
        "已告知听证",
        [irregular("nonexistent_article", "《中华人民共和国特种设备安全法》第一百零六条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("ja32_environment.txt", "environment",
        "2025年1月6日立案、2025年8月18日决定，历时224日，超过行政处罚法第60条九十日，文书未记载延期批准或中止；罚3.5万"
        "在大气污染防治法第108条2万-20万内",
        [irregular("time_limit", "本局于2025年1月6日对你公司涉嫌未采取措施控制粉尘排放一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("ja33_environment.txt", "environment",
        "废活性炭（HW49）三批0.82+0.96+1.08=2.86吨<3吨交无证个人，无敏感区域等加重情节（法释〔2023〕7号第一条第（二）项）；"
        "罚60万（数字大）为固废法第112条第二款处置费用按20万计3倍，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("ja34_environment.txt", "environment",
        "总铅2.6mg/L对限值1.0mg/L，超标1.6倍（浓度2.6倍）<3倍；化学需氧量超标4.26倍但不是重金属口径（法释〔2023〕7号第一条"
        "第（三）项）；当日停产、复测达标；罚35万在水污染防治法第83条内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("ja35_environment.txt", "environment",
        "暗管排放含六价铬废水达刑法第338条，但已移送公安机关并立案侦查，不是隐匿的移送线索",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("ja36_work_safety.txt", "work_safety",
        "无证储存经营危化品约3吨，移送公安后公安以不具有现实危险不予立案并退回（刑法第134条之一第（三）项要求现实危险）；"
        "罚10万在危险化学品安全管理条例第77条第三款10万-20万内",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("ja37_environment.txt", "environment",
        "举报篡改自动监测数据，核查与比对监测未发现篡改或干扰（排除法释〔2023〕7号第十条）；只是试剂过期未保证设备正常运行，"
        "罚3万在水污染防治法第82条2万-20万内",
        flags={"scenario": "cleared", "near_miss": True}),
    Doc("ja38_tax.txt", "tax",
        "逃税13.4万元且占18.2%，但首次被税务处理、已补缴税款和滞纳金并接受处罚，依刑法第201条第四款不予追究；罚50%在"
        "征管法第63条内，已告知听证",
        flags={"scenario": "tax_paid", "near_miss": True}),
    Doc("ja39_other.txt", "other",
        "拖欠16人工资5.23万元，但在限期改正指令书的期限内足额支付，不是刑法第276条之一的经责令支付仍不支付；超时加班罚每人200元"
        "在劳动保障监察条例第25条100-500元内",
        flags={"scenario": "remedied", "near_miss": True}),
    Doc("ja40_environment.txt", "environment",
        "废水溢流入鱼塘，当日停排、清淤换水、赔偿并已支付，两次复查水质恢复，无持续损害，无公益诉讼线索；化学需氧量、氨氮"
        "非有毒物质；罚12万在水污染防治法第83条内",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("ja41_work_safety.txt", "work_safety",
        "火灾事故重伤2人<3人，直接经济损失38.5万+42.0万+5.6万=86.1万元<100万元，无死亡（刑法第134条第一款立案追诉标准）；"
        "罚40万在安全生产法第114条第一款第（一）项30万-100万内，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("ja42_environment.txt", "environment",
        "总锌超标6.25倍，锌属镍铜锌银钒锰钴组，门槛为十倍（法释〔2023〕7号第一条第（三）项），未达；未检出铬、镍；罚40万"
        "在水污染防治法第83条内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("ja43_customs.txt", "customs",
        "单位走私偷逃税款178,200元<单位门槛20万元（超过个人10万元口径但不适用；法释〔2014〕10号第二十四条）；完税价格96.5万"
        "不是计量口径；罚1倍在海关行政处罚实施条例第9条第（三）项内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("ja44_public_security.txt", "public_security",
        "出售毒鼠强灭鼠药共44.6克<50克（法释〔2003〕14号第一条），未致人伤亡；治安管理处罚法第30条拘留10日",
        flags={"scenario": "under", "near_miss": True}),
    Doc("ja45_work_safety.txt", "work_safety",
        "不予行政处罚决定书：观光车检验超期但已申请检验、未投入使用、及时改正，首违不罚（行政处罚法第33条第一款）",
        flags={"scenario": "no_penalty"}),
    Doc("ja46_work_safety.txt", "work_safety",
        "灭火器压力不足等，当场改正，罚5千在消防法第60条5千-5万内，无持续危害，无刑事或公益线索",
        flags={"scenario": "plain"}),
]

GROUPS = [
    # ── 化整为零: one plant's three dumpings of 废酸 cut into three decisions the same day ──
    *[Doc(name, "environment",
          "同一单位（同一信用代码）三次倾倒废酸（HW34），同日拆成三案；累计1.15+0.98+1.07=3.20吨≥3吨（法释〔2023〕7号第一条"
          "第（二）项，刑法第338条）；每案罚60万为固废法第112条第二款处置费用按20万计3倍",
          [split("env-338-pollution/1", quote, 3.2, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("ja47_environment.txt", "该次运出的废酸净重1.15吨"),
                          ("ja48_environment.txt", "即运出废酸0.98吨"),
                          ("ja49_environment.txt", "该次运出的废酸净重1.07吨"))],
    # ── repeat offender: the same credit code punished again about ten months later ──
    Doc("ja50_environment.txt", "environment",
        "砂浆厂堆场未苫盖、粉尘无组织排放，首次处罚，罚3万元在大气污染防治法第108条2万-20万内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("ja51_environment.txt", "environment",
        "同一统一社会信用代码的单位在2024年5月14日处罚后约十个月再犯同类粉尘违法，二年内再犯；罚6万元在第108条内",
        [repeat("当事人名称：合肥包河华瑞新型建材有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
