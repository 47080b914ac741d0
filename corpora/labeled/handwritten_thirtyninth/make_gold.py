"""Lead labels for the thirty-ninth hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``jrNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of 公安 (网安、治安、刑侦), 网信, 海关, 税务,
人社 (劳动保障监察), 卫健, 医保 and 教育 agencies across China (广东, 浙江, 四川, 湖北, 山东, 广西,
福建, 内蒙古, 陕西, 湖南, 江苏, 重庆, 河南, 安徽, 河北, 辽宁, 贵州, 天津, 云南, 吉林, 江西, 北京,
上海, 甘肃, 新疆, 海南). All names, numbers, codes and addresses are invented; credit codes carry valid
GB 32100-2015 check digits, identity numbers valid GB 11643 check digits (some masked). Labels come
from the law only: criminal thresholds from corpora/knowledge/thresholds.yaml, hearing figures from
corpora/knowledge/hearing.yaml, fine ranges and article existence from the statute text in force on
the decision date. Each row's ``meta.reason`` gives the one-line legal reason.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_thirtyninth/make_gold.py``.
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
CREATED = "2026-11-22T17:20:00+00:00"
VERSION = "handwritten-thirtyninth/1"

SPLIT, REPEAT = "split-jr-gongbei-parallel-goods", "repeat-jr-hefei-netlogs"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}
PI = "pi-253-1-personal-information"

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined or detained, no transfer recorded) ──
    Doc("jr01_public_security.txt", "public_security",
        "出售车辆实时位置及行驶路线（行踪轨迹信息，性质在下一段）23+19+14=56条≥50条（法释〔2017〕10号第五条第一款"
        "第（三）项，刑法第253条之一）；违法所得4,480元<5000元不是唯一口径；罚3倍在网络安全法第64条第二款1-10倍内；只罚款未移送",
        [threshold(f"{PI}/1", "2024年11月27日第一次向其提供23条", 56.0),
         fined_only("并处违法所得三倍罚款人民币13,440元")], OVER),
    Doc("jr02_public_security.txt", "public_security",
        "酒店前台出售住宿信息，按月表138+164+171+147=620条≥500条（法释〔2017〕10号第五条第一款第（四）项，刑法第253条"
        "之一；性质在表后一句）；违法所得1,860元不是唯一口径；罚5倍在网络安全法第64条第二款内；只罚款未移送",
        [threshold(f"{PI}/2", "8月       147", 620.0), fined_only("并处违法所得五倍罚款计人民币玖仟叁佰元")], OVER),
    Doc("jr03_other.txt", "other",
        "网信：出售姓名、手机号、收入等一般个人信息4,200+3,650+4,380=12,230条≥5000条（法释〔2017〕10号第五条第一款"
        "第（五）项，刑法第253条之一），违法所得6.11万亦≥5000元；罚30万在个人信息保护法第66条第一款一百万元以下内；只罚款未移送",
        [threshold(f"{PI}/3", "（一）成都锦瑞营销策划有限公司，4,200条", 12230.0),
         fined_only("3.处罚款人民币叁拾万元整")], OVER),
    Doc("jr04_public_security.txt", "public_security",
        "出售小学毕业生及家长信息3,216条<5000条，但违法所得1,500+2,200+1,300+1,400=6,400元≥5000元（法释〔2017〕10号"
        "第五条第一款第（五）项，刑法第253条之一）；罚2倍在网络安全法第64条第二款内；只罚款未移送",
        [threshold(f"{PI}/4", "分别为人民币1,500元、2,200元、1,300元、1,400元", 6400.0),
         fined_only("即罚款人民币壹万贰仟捌佰元")], OVER),
    Doc("jr05_public_security.txt", "public_security",
        "出售毒鼠强（禁用剧毒化学品，鉴定在下一段）12袋×5克=60克≥50克（法释〔2003〕14号第一条，刑法第125条第二款）；"
        "只作治安拘留未移送",
        [threshold("safety-125-2-dangerous-substances/1", "每袋外包装标示净含量5克", 60.0),
         fined_only("现决定对滕国庆行政拘留十日")], OVER),
    Doc("jr06_customs.txt", "customs",
        "个人走私冻品，偷逃关税38,420.55+增值税71,306.10=109,726.65元≥10万元（法释〔2014〕10号第十六条，刑法第153条）；"
        "罚5万在海关行政处罚实施条例第9条第一款第（三）项偷逃税款1倍以下内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "偷逃关税人民币38,420.55元、进口环节增值税人民币71,306.10元",
                   109726.65),
         fined_only("二、科处罚款人民币伍万元")], OVER),
    Doc("jr07_customs.txt", "customs",
        "单位低报价格走私，偷逃税款24.63万元≥20万元（法释〔2014〕10号第二十四条，刑法第153条）；完税价格371万是另一口径；"
        "罚0.4倍在实施条例第9条第一款第（三）项内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/2", "偷逃税款共计人民币贰拾肆万陆仟叁佰元", 246300.0),
         fined_only("决定对当事人科处罚款人民币98,520元")], OVER),
    Doc("jr08_customs.txt", "customs",
        "携带恐龙蛋化石2枚出境不申报，重点保护古生物化石（鉴定在下一段）不满十件即入罪（法释〔2014〕10号第八条/"
        "thresholds customs-151-3-prohibited-goods/2，刑法第151条第三款）；罚2万在实施条例第9条第一款第（一）项10万以下内；只罚款未移送",
        [threshold("customs-151-3-prohibited-goods/2", "查获外裹报纸的椭圆形石质物2枚", 2.0),
         fined_only("并处罚款人民币贰万元")], OVER),
    Doc("jr09_tax.txt", "tax",
        "隐匿收入虚假申报，少缴增值税58,240.16+企业所得税63,905.00=122,145.16元（另附加税费6,988.82元）≥10万元且占21.3%"
        "≥10%（法释〔2024〕4号第一条，刑法第201条）；经追缴未补缴，第201条第四款不适用；罚60%在征管法第63条50%-5倍内；只罚款未移送",
        [threshold("tax-201-evasion/1", "1.增值税58,240.16元", 122145.16), fined_only("处以百分之六十的罚款，计77,480.39元")],
        OVER),
    Doc("jr10_tax.txt", "tax",
        "无真实业务虚开增值税专用发票41份，税额48,000+39,200+27,650=114,850元≥10万元（法释〔2024〕4号第十一条，"
        "刑法第205条）；票面金额是另一口径；罚30万在发票管理办法（2023）第35条5万-50万内；只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "533,333.33      48,000.00", 114850.0),
         fined_only("决定对你公司处以罚款人民币叁拾万元")], OVER),
    Doc("jr11_other.txt", "other",
        "人社：拖欠16名农民工工资21,600+18,350+16,450=56,400元≥3万元（十人以上），经限期整改指令书责令支付逾期仍不支付，"
        "负责人关机失联（法释〔2013〕3号第三、四条，刑法第276条之一）；只作加付赔偿金处理未移送",
        [threshold("labor-276-1-wage-refusal/2", "木工班，6人，人民币21,600元", 56400.0),
         fined_only("加付赔偿金共计人民币28,200元")], OVER),
    Doc("jr12_health.txt", "health",
        "未取得医师资格非法行医，2022年、2023年两次被卫生健康部门行政处罚后再次非法行医（法释〔2016〕27号第二条第"
        "（五）项，刑法第336条）；罚5万在医师法第59条按1万计2-10倍内；只罚款未移送",
        [threshold("health-336-illegal-medical-practice/1", "被本委给予没收药品器械、罚款的行政处罚", 2.0),
         fined_only("并处五倍罚款，即人民币伍万元")], OVER),
    Doc("jr13_health.txt", "health",
        "无医师资格员工实施重睑手术（医疗美容），致就诊人器官组织损伤导致一般功能障碍（法释〔2016〕27号第二条第（一）项，"
        "刑法第336条，结果在另一段）；罚8倍在基本医疗卫生与健康促进法第99条第一款5-20倍内；只罚款未移送",
        [trigger("health-336-illegal-medical-practice/2", "左眼上睑提肌损伤，导致一般功能障碍"),
         fined_only("并处八倍罚款，计人民币捌万元整")], QUAL),
    Doc("jr14_public_security.txt", "public_security",
        "物业员工出售在提供服务中获得的业主信息1,640+1,160=2,800条，达一般信息5000条的一半（法释〔2017〕10号第五条"
        "第一款第（八）项，刑法第253条之一第二款从重）；罚3倍在网络安全法第64条第二款内；只罚款未移送",
        [trigger(f"{PI}/6", "上述资料系付晓燕在为业主提供物业服务过程中获得"),
         fined_only("并处违法所得三倍罚款人民币9,300元")], QUAL),
    Doc("jr15_other.txt", "other",
        "网信：体检中心将740人次体检结果（健康生理信息，性质在下一段）提供给保险代理人，740条≥500条（法释〔2017〕10号"
        "第五条第一款第（四）项，刑法第253条之一；单位犯罪）；罚20万在个人信息保护法第66条第一款内；只罚款未移送",
        [threshold(f"{PI}/2", "共涉及受检人员740人次", 740.0), fined_only("并处罚款人民币20万元")], OVER),
    Doc("jr16_customs.txt", "customs",
        "个人低报价格以个人物品寄递进境，三批偷逃税款41,200.37+36,905.10+28,774.00=106,879.47元≥10万元（法释〔2014〕10号"
        "第十六条，刑法第153条；一份决定中的表格）；罚4万在实施条例第9条第一款第（三）项内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "一       2024.04         41,200.37", 106879.47),
         fined_only("决定对当事人科处罚款人民币4万元")], OVER),
    Doc("jr17_tax.txt", "tax",
        "扣缴义务人以虚假申报手段不缴已扣个人所得税12.86万元≥10万元（法释〔2024〕4号第三条，刑法第201条第二款，不要求比例）；"
        "罚1倍在征管法第63条第二款50%-5倍内；只罚款未移送",
        [threshold("tax-201-evasion/3", "你单位已扣未缴的个人所得税为12.86万元", 128600.0),
         fined_only("对你单位不缴已扣税款处一倍罚款")], OVER),
    Doc("jr18_other.txt", "other",
        "人社：拖欠23名工人工资拾壹万柒仟元（117,000元）≥3万元，经限期整改指令书责令支付逾期未付，投资人变卖设备后逃匿"
        "（法释〔2013〕3号第二至四条，刑法第276条之一）；只作责令支付、加付赔偿金处理未移送",
        [threshold("labor-276-1-wage-refusal/2", "合计人民币拾壹万柒仟元整", 117000.0),
         fined_only("二、逾期不支付的，按应付金额的一倍加付赔偿金")], OVER),
    Doc("jr19_tax.txt", "tax",
        "无真实交易虚开增值税普通发票72份，票面金额168,400+215,900+189,000=573,300元≥50万元（法释〔2024〕4号第十二条，"
        "刑法第205条之一）；开票费17,199元是另一口径；罚20万在发票管理办法第35条内；只罚款未移送",
        [threshold("tax-205-1-ordinary-invoice/1", "向河南中原远景文化传媒有限公司开具发票22份，票面金额168,400元", 573300.0),
         fined_only("并处罚款贰拾万元整")], OVER),
    Doc("jr20_public_security.txt", "public_security",
        "出售姓名、身份证号、手机号组合（一般个人信息）2,900+2,400=5,300条≥5000条（法释〔2017〕10号第五条第一款第"
        "（五）项，刑法第253条之一）；出售电话卡另按反电信网络诈骗法第44条罚3万在二十万元以下内；只罚款未移送",
        [threshold(f"{PI}/3", "鲍俊飞第一次出售2,900条，第二次出售2,400条", 5300.0),
         fined_only("并处罚款人民币叁万元")], OVER),
    Doc("jr21_health.txt", "health",
        "无医师资格注射肉毒毒素（医疗美容），所用药品经认定为假药（法释〔2016〕27号第二条第（三）项，刑法第336条；认定在"
        "另一段）；罚3倍在医师法第59条2-10倍内；只罚款未移送",
        [trigger("health-336-illegal-medical-practice/4", "该产品为假药"),
         fined_only("并处违法所得三倍罚款，计人民币柒万贰仟元整")], QUAL),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("jr22_other.txt", "other",
        "网信：230万用户的应用程序强制读取、上传通讯录，责令整改后两次检测仍在读取上传、数据未删除、营销短信持续（个人信息"
        "保护领域，不特定多数人）；拒不改正罚50万在个人信息保护法第66条第一款一百万元以下内，已听证",
        [pil("personal_information", "仍在未经用户同意的情况下读取通讯录并上传")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("jr23_other.txt", "other",
        "教育：无证在住宅内面向小学生开展学科类培训，责令停止后两次复查仍在上课、仍在招生、费用未退（未成年人保护领域）；"
        "罚违法所得1倍在民办教育促进法第64条1-5倍内",
        [pil("minors", "发现该场所仍在周末及工作日晚间组织学生上课")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("jr24_public_security.txt", "public_security",
        "宾馆接待未成年人与成年人同住不询问不报告，警告后四次检查仍有11起且仍照常接待（未成年人保护领域）；罚3万在"
        "未成年人保护法第122条1万-10万内，已听证",
        [pil("minors", "仍在照常营业、接待")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jr25_other.txt", "other",
        "人社：区属国企子公司欠缴126名职工社会保险费，限期缴纳后仍欠160.3万元且继续欠缴，退休职工无法领取养老金（国有财产"
        "保护领域：社会保险基金）；罚1倍在社会保险法第86条1-3倍内，已告知听证",
        [pil("state_assets", "其余160.3万元及滞纳金至今仍未缴纳")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jr26_health.txt", "health",
        "医保：定点医院违规使用医保基金692,350.70元，责令退回后仅退5万、其余未退回且复查仍串换收费（国有财产保护领域：医疗"
        "保障基金）；罚1倍在医疗保障基金使用监督管理条例第38条1-2倍内，已听证",
        [pil("state_assets", "其余款项至今未退回")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jr27_culture_tourism.txt", "culture_tourism",
        "网吧经处罚后三次检查仍接纳未成年人（12-16周岁），代开上网卡，家长投诉学生夜不归宿（未成年人保护领域）；罚1.5万在"
        "互联网上网服务营业场所管理条例第31条15000元以下内并停业整顿",
        [pil("minors", "发现当事人仍接纳未成年人进入上网")], {"scenario": "pil", "continuing_harm": True}),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("jr28_public_security.txt", "public_security",
                 "参与赌博，治安管理处罚法（2012）第70条罚款五百元以下，情节严重五百元以上三千元以下；罚5,000元超出上限",
                 "并处罚款人民币伍仟元"),
    out_of_range("jr29_public_security.txt", "public_security",
                 "出售在提供服务中获得的一般个人信息1,300条、违法所得2,200元（均不达刑法第253条之一，履职获得减半为2,500条、"
                 "2,500元亦不达）；网络安全法第64条第二款罚违法所得1-10倍即2,200-22,000元；罚1,000元低于下限且未写明减轻情节",
                 "并处罚款人民币1,000元"),
    no_hearing("jr30_tax.txt", "tax",
               "税务机关对法人罚款3.5万元≥1万元（hearing.yaml税务单位一万元），只告知陈述、申辩，未告知听证；罚款在征管法"
               "第64条第一款五万元以下内",
               "并处罚款人民币叁万伍仟元"),
    no_hearing("jr31_public_security.txt", "public_security",
               "公安对个人罚款5,000元≥2,000元（公安机关办理行政案件程序规定第123条），只告知陈述、申辩，未告知听证；"
               "罚款在反电信网络诈骗法第44条二十万元以下内；出借一个账户未关联诈骗",
               "现决定对贺子轩处以罚款人民币伍仟元"),
    Doc("jr32_health.txt", "health",
        "医师法（2021）共67条，引用的第九十一条不存在（泄露患者个人信息的罚则为第56条第（一）项，一万-三万元，2万在内）；"
        "68条孕产妇信息（履职获得，健康生理信息减半为250条）不达刑法第253条之一；已告知听证",
        [irregular("nonexistent_article", "《中华人民共和国医师法》第九十一条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("jr33_other.txt", "other",
        "教育：2024年3月5日立案、2024年10月28日决定，历时237日，超过行政处罚法第60条九十日，文书未记载延期批准或中止；"
        "警告在民办教育促进法第62条内",
        [irregular("time_limit", "本局于2024年3月5日对当事人超出办学许可证核定的办学范围开展学科类培训一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("jr34_public_security.txt", "public_security",
        "出售行踪轨迹信息17+15+14=46条<50条，违法所得2,300元<5000元（法释〔2017〕10号第五条），均不达刑法第253条之一；"
        "罚5倍在网络安全法第64条第二款内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jr35_tax.txt", "tax",
        "逃税16.3万元且占24.1%，但首次被税务处理、已补缴税款滞纳金并接受处罚，依刑法第201条第四款不予追究；罚50%在"
        "征管法第63条内，已告知听证",
        flags={"scenario": "tax_paid", "near_miss": True}),
    Doc("jr36_customs.txt", "customs",
        "个人走私偷逃税款98,600元<10万元（法释〔2014〕10号第十六条）；完税价格62.4万元是另一口径；此前未因走私受过处罚；"
        "罚5万在实施条例第9条第一款第（三）项内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jr37_public_security.txt", "public_security",
        "员工出售学生及家长信息38,000余条已由公安立案侦查（已移送刑事程序）；本决定只罚单位未履行网络安全保护义务，罚5万在"
        "网络安全法第59条第一款1万-10万内，已告知听证",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("jr38_other.txt", "other",
        "人社：拖欠12名农民工工资6.48万元，经责令逾期未付，已移送公安，公安以证据不足不予立案并退回；责令支付在劳动保障监察"
        "条例第26条内",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("jr39_health.txt", "health",
        "非法行医，此前仅受过一次卫生行政处罚（法释〔2016〕27号第二条第（五）项要求两次以后），未造成就诊人损害；罚4倍在"
        "医师法第59条内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jr40_health.txt", "health",
        "举报使用来源不明玻尿酸，3批次抽检均合格、有注册证（不是假药或不合格医疗器械）；超出登记诊疗科目只给予警告，"
        "在医疗机构管理条例罚则内",
        flags={"scenario": "not_detected", "near_miss": True}),
    Doc("jr41_other.txt", "other",
        "人社：拖欠31名职工工资18.4万元，但在限期整改指令书期限内全部支付，不是刑法第276条之一的经责令支付仍不支付；"
        "超时加班罚每人200元在劳动保障监察条例第25条100-500元内",
        flags={"scenario": "remedied", "near_miss": True}),
    Doc("jr42_other.txt", "other",
        "网信：应用程序超范围收集通讯录和位置，期限内全部整改、数据经审计删除、两次检测合规，无持续损害，不是公益诉讼线索；"
        "改正后仅警告，在个人信息保护法第66条第一款内",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("jr43_tax.txt", "tax",
        "虚开增值税专用发票16份，税额55,911.50+41,784.07=97,695.57元<10万元（法释〔2024〕4号第十一条）；价税合计84.92万元"
        "是另一口径；罚15万在发票管理办法第35条5万-50万内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jr44_public_security.txt", "public_security",
        "储存毒鼠强原粉46.8克<50克、毒饵1.6千克<2千克（法释〔2003〕14号第一条），未售出、无后果，不达刑法第125条第二款；"
        "治安拘留",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jr45_other.txt", "other",
        "教育：非学科类培训机构未公示收费、一次收费超60课时，超收部分已退还；警告在民办教育促进法第62条内",
        flags={"scenario": "plain"}),
    Doc("jr46_public_security.txt", "public_security",
        "打麻将赌博每局20-50元，罚300元在治安管理处罚法第70条五百元以下内，无刑事线索",
        flags={"scenario": "plain"}),
    Doc("jr47_customs.txt", "customs",
        "携带一般保护古生物化石6件出境，<10件（法释〔2014〕10号第八条：一般保护古生物化石十件以上），非重点保护；"
        "罚8,000元在实施条例第9条第一款第（一）项内",
        flags={"scenario": "under", "near_miss": True}),
]

GROUPS = [
    # ── 化整为零: one parallel-goods carrier, three decisions on three consecutive days, each under 10万 ──
    *[Doc(name, "customs",
          "同一当事人（同一身份证号）2024年4月至8月多次走私均未经处理，海关9月2日至4日拆成三份决定；偷逃税款"
          "31,480.20+36,250.00+38,910.75=106,640.95元≥10万元（刑法第153条第三款累计，法释〔2014〕10号第十六条）；"
          "每案罚款在实施条例第9条第一款第（三）项内",
          [split("customs-153-ordinary-goods/1", quote, 106640.95, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("jr48_customs.txt", "上述物品偷逃税款人民币31,480.20元"),
                          ("jr49_customs.txt", "偷逃税款为人民币叁万陆仟贰佰伍拾元整"),
                          ("jr50_customs.txt", "偷逃税款人民币38,910.75元"))],
    # ── repeat offender: the same credit code punished again ten months later ──
    Doc("jr51_public_security.txt", "public_security",
        "网络服务提供者日志留存不足六个月，首次处罚，警告并责令改正，在网络安全法第59条第一款内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("jr52_public_security.txt", "public_security",
        "同一统一社会信用代码的单位在2024年4月10日处罚后约十个月再犯同类违法，二年内再犯；罚3万、主管人员1万在网络安全法"
        "第59条第一款内，已告知听证",
        [repeat("合肥蜀云互联网络服务有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
