"""Lead labels for the fifty-fifth hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``khNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of agencies across China (陕西, 福建, 湖南,
云南, 山西, 贵州, 广西, 山东, 河北, 四川, 浙江, 江西, 内蒙古, 黑龙江, 湖北, 宁夏, 河南, 广东, 吉林,
北京, 甘肃, 江苏, 安徽); all names, numbers, codes and addresses are invented, credit codes carry
valid GB 32100-2015 check digits and identity numbers valid GB 11643 check digits (or masked tails).
The set puts weight on offences less often seen: 文物 (盗掘古墓葬, 倒卖文物), 非法行医 and 医疗废物,
危险化学品 and 燃气 (危险作业 with a stated real danger), 烟草 (条 × 价格), 侵权复制品 (册, 张),
兰科 and 红豆杉, 林地 and 耕地 kinds stated apart from the figures, 传销 (人数, 层级), 虚假广告
(食品), plus 税务, 海关, 人社 and 公安 forms. Labels come from the law only: criminal thresholds
from corpora/knowledge/thresholds.yaml, hearing figures from corpora/knowledge/hearing.yaml, fine
ranges and article existence from the statute text in force on the decision date
(corpora/knowledge/statutes). Each row's ``meta.reason`` gives the one-line legal reason.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_fiftyfifth/make_gold.py``.
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
CREATED = "2026-11-22T21:30:00+00:00"
VERSION = "handwritten-fiftyfifth/1"

SPLIT, REPEAT = "split-kh-zhenghe-taxus", "repeat-kh-yuelu-gas"



CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("kh01_culture_tourism.txt", "culture_tourism",
        "盗洞贯通东汉砖室墓（普查登记的古墓葬，认定在另一段）并翻动随葬器物，盗掘古墓葬为刑法第328条行为犯"
        "（法释〔2015〕23号第八条，relics-326-328-trafficking-tomb-robbing/3）；公安只依治安管理处罚法第63条拘留罚款，未移送",
        [trigger("relics-326-328-trafficking-tomb-robbing/3", "至3月19日凌晨已掘开墓室券顶"),
         fined_only("并处罚款伍佰元")], QUAL),
    Doc("kh02_culture_tourism.txt", "culture_tourism",
        "以牟利为目的买卖国家禁止买卖的文物，其中三级文物2件≥1件（鉴定在另一段；法释〔2015〕23号第六条，刑法第326条，"
        "relics-326-328/1）；交易数额4.2万<5万不是唯一口径；罚2倍在文物保护法（2024）第88条2-10倍内；只罚款未移送",
        [threshold("relics-326-328-trafficking-tomb-robbing/1", "唐代海兽葡萄纹铜镜为三级文物", 2.0),
         fined_only("计人民币捌万肆仟元整")], OVER),
    Doc("kh03_culture_tourism.txt", "culture_tourism",
        "倒卖国家禁止买卖的文物（一般文物），交易数额须按表中数量×单价相加：4×1,650+3×9,800+2×10,800+5×1,240=63,800元"
        "≥5万元（relics-326-328/2，刑法第326条）；罚2倍127,600元在第88条内；只罚款未移送",
        [threshold("relics-326-328-trafficking-tomb-robbing/2", "汉代五铢钱串     4串      1,650", 63800.0),
         fined_only("计人民币壹拾贰万柒仟陆佰元")], OVER),
    Doc("kh04_health.txt", "health",
        "未取得医师资格行医，输液致就诊人过敏性休克死亡（刑法第336条第一款，造成就诊人死亡为最高档；"
        "health-336-illegal-medical-practice/2 以上后果）；罚5万在医师法第59条违法所得不足1万按1万计2-10倍内；只罚款未移送",
        [trigger("health-336-illegal-medical-practice/2", "经家属送县人民医院抢救无效，于当日18时许死亡"),
         fined_only("并处罚款人民币伍万元整")], QUAL),
    Doc("kh05_environment.txt", "environment",
        "无证收集并倾倒、焚烧、填埋医疗废物（HW01，在另一段），三次地磅计重1.2+1.65+1.5=4.35吨≥3吨"
        "（法释〔2023〕7号第一条第（二）项，env-338-pollution/1，刑法第338条）；罚100万在固废法第114条第一款100万-500万内；"
        "只罚款未移送",
        [threshold("env-338-pollution/1", "7月3日1.2吨、7月11日1.65吨、7月19日1.5吨", 4.35),
         fined_only("我局决定对你处以罚款人民币壹佰万元整")], OVER),
    Doc("kh06_work_safety.txt", "work_safety",
        "未取得危险化学品经营许可证储存、批发甲醇等易燃液体，居民楼下、幼儿园旁，消防认定有火灾爆炸的现实危险"
        "（刑法第134条之一第（三）项，法释〔2022〕19号，safety-134-1a/3）；罚15万在危化品条例第77条第三款10万-20万内；"
        "只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/3", "现场存在可燃蒸气积聚、遇点火源即可能引发火灾爆炸的现实危险"),
         fined_only("处罚款人民币壹拾伍万元整")], QUAL),
    Doc("kh07_housing.txt", "work_safety",
        "燃气储配站因重大事故隐患被责令停止使用后撕封恢复灌装，报警持续（刑法第134条之一第（二）项危险作业罪，"
        "safety-134-1a/2）；罚10万在城镇燃气管理条例第45条第二款3万-20万内；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/2", "仍组织4名员工使用2号储罐进行液化石油气卸车和钢瓶灌装作业"),
         fined_only("处罚款人民币拾万元整")], QUAL),
    Doc("kh08_tobacco.txt", "tobacco",
        "无许可经营卷烟，非法经营数额须按表相加：48×450+36×400+150×130+120×140+90×110=82,200元≥5万元"
        "（法释〔2010〕7号第三条，tobacco-225/1，刑法第225条）；违法所得5,300元不是唯一口径；罚20%在实施条例第57条"
        "20%-50%内；只罚款未移送",
        [threshold("tobacco-225-illegal-business/1", "按上表零售指导价计算价值", 82200.0),
         fined_only("计人民币壹万陆仟肆佰肆拾元")], OVER),
    Doc("kh09_tobacco.txt", "tobacco",
        "许可证过期后无证经营卷烟1160条=232,000支≥20万支（tobacco-225/3，刑法第225条）；进货款46,400元<5万元"
        "（数额口径未达，数量口径已达）；罚30%在实施条例第57条内；只罚款未移送",
        [threshold("tobacco-225-illegal-business/3", "合计1160条", 232000.0),
         fined_only("计人民币壹万叁仟玖佰贰拾元")], OVER),
    Doc("kh10_intellectual_property.txt", "intellectual_property",
        "未经许可批发发行盗版教辅，三种图书库存加已发行合计1380册（已发行514册亦≥500）≥500张（份）"
        "（ip-217-218-copyright/3，刑法第217条）；违法经营额5,226元不是唯一口径；罚3万在著作权法第53条25万以下内；"
        "只罚款未移送",
        [threshold("ip-217-218-copyright/3", "以上合计发行及待发行1380册", 1380.0),
         fined_only("并处罚款人民币叁万元整")], OVER),
    Doc("kh11_forestry.txt", "forestry",
        "无采集证采挖野生春兰46株、蕙兰28株=74株，国家二级保护（级别在另一段）≥2株（法释〔2023〕8号第二条，"
        "forest-344-protected-plants/3，刑法第344条）；罚5倍违法所得在野生植物保护条例第23条10倍以下内；只罚款未移送",
        [threshold("forest-344-protected-plants/3", "查获的兰花分别为春兰46丛（按株计46株）、蕙兰28株", 74.0),
         fined_only("计人民币陆仟柒佰伍拾元")], OVER),
    Doc("kh12_forestry.txt", "forestry",
        "收购出售南方红豆杉（国家一级，在另一段）制品，4件价值9,800+7,600+6,900+4,300=28,600元≥2万元"
        "（forest-344-protected-plants/5，刑法第344条）；进货价8,200元是错误口径；罚3倍违法所得在条例第24条内；只罚款未移送",
        [threshold("forest-344-protected-plants/5", "价值分别为人民币9,800元、7,600元、6,900元、4,300元", 28600.0),
         fined_only("计人民币壹万零伍佰元整")], OVER),
    Doc("kh13_forestry.txt", "forestry",
        "擅自取土取石、硬化毁坏国家级公益林地（水土保持林，地类在另一段）2,860+796+464=4,120平方米=6.18亩≥5亩"
        "（法释〔2023〕8号第一条，land-342-forest/1，刑法第342条）；罚2倍恢复费用在森林法第73条三倍以下内；只罚款未移送",
        [threshold("land-342-forest/1", "面积分别为2,860平方米、796平方米、464平方米", 6.18),
         fined_only("计人民币贰拾陆万肆仟元")], OVER),
    Doc("kh14_land.txt", "land",
        "非法占用一般耕地（水田+旱地，地类在另一段）7,133平方米=10.7亩≥10亩，种植条件严重毁坏（法释〔2000〕14号第三条，"
        "land-342-cultivated/2，刑法第342条）；场区7.113公顷含租用建设用地，不是计量口径；罚每平方米100元在实施条例"
        "第57条100-1000元内；只罚款未移送",
        [threshold("land-342-cultivated/2", "两地块合计7,133平方米（折合10.7亩）", 10.7),
         fined_only("计人民币柒拾壹万叁仟叁佰元")], OVER),
    Doc("kh15_market.txt", "market",
        "组织策划传销，会员186人≥30人且层级七层≥3级（立案追诉标准（二）第七十条，market-224-1-pyramid/1，刑法第224条之一）；"
        "罚各50万在禁止传销条例第24条第一款50万-200万内；只罚款未移送",
        [threshold("market-224-1-pyramid/1", "系统内注册有效会员186人", 186.0),
         fined_only("对熊某斌处罚款人民币伍拾万元")], OVER),
    Doc("kh16_food_safety.txt", "food_safety",
        "对普通食品作治疗糖尿病的虚假广告，违法所得45,440元≥3万元（食品药品，market-222-false-advertising/3，刑法第222条）；"
        "广告费1.2万、销售额77,248元不是计量口径；罚广告费5倍在广告法第55条3-5倍内；只罚款未移送",
        [threshold("market-222-false-advertising/3", "当事人获利45,440元", 45440.0),
         fined_only("处广告费用五倍罚款，计人民币陆万元整")], OVER),
    Doc("kh17_tax.txt", "tax",
        "两账外收入少缴增值税237,445+企业所得税78,920=316,365元≥10万元，占应纳税额24%≥10%，下达处理决定后未补缴"
        "（法释〔2024〕4号第一条，tax-201-evasion/1，刑法第201条；不适用第四款）；罚50%在征管法第63条内；只罚款未移送",
        [threshold("tax-201-evasion/1", "你单位2024年度共少缴税款316,365.00元", 316365.0),
         fined_only("处百分之五十的罚款，计158,182.50元")], OVER),
    Doc("kh18_customs.txt", "customs",
        "水客28次携带应税物品不申报，个人偷逃税款138,426.3元≥10万元（法释〔2014〕10号第十六条，customs-153-ordinary-goods/1，"
        "刑法第153条）；完税价格128.8万不是计量口径；罚6.5万在海关行政处罚实施条例第9条第一款第（三）项3倍以下内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "偷逃税款合计人民币壹拾叁万捌仟肆佰贰拾陆元叁角", 138426.3),
         fined_only("并处罚款人民币陆万伍仟元整")], OVER),
    Doc("kh19_other.txt", "other",
        "拖欠12名农民工工资按表相加9,600×2+6,400+11,200×2+5,600+6×4,400=80,000元≥3万元，经限期整改指令仍不支付且转移"
        "工程款（法释〔2013〕3号第三、四条，labor-276-1-wage-refusal/2，刑法第276条之一）；只作加付赔偿金处理未移送",
        [threshold("labor-276-1-wage-refusal/2", "拖欠所招用12名农民工的工资", 80000.0),
         fined_only("按应付金额百分之五十的标准向劳动者加付赔偿金")], OVER),
    Doc("kh20_public_security.txt", "public_security",
        "体检中心前台利用职务出售受检人体检结论（健康生理信息，在另一句）860条≥500条（法释〔2017〕10号第五条第一款"
        "第（五）项，pi-253-1-personal-information/2，刑法第253条之一）；违法所得1,640元<5000元不是唯一口径；罚1万在"
        "网络安全法第64条第二款1-10倍内；只罚款未移送",
        [threshold("pi-253-1-personal-information/2", "违法行为人共计出售上述受检人员信息860条", 860.0),
         fined_only("并处罚款人民币一万元")], OVER),
    Doc("kh21_culture_tourism.txt", "intellectual_property",
        "未经许可刻录侵权光盘，电影1,120张+电视剧95套×8张+歌曲580张=2,460张≥500张（ip-217-218-copyright/3，刑法第217条）；"
        "罚2.5万在著作权法第53条内；只罚款未移送",
        [threshold("ip-217-218-copyright/3", "电影DVD 1,120张、电视剧DVD（每套8张）95套、歌曲CD 580张", 2460.0),
         fined_only("并处罚款人民币贰万伍仟元")], OVER),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("kh22_culture_tourism.txt", "culture_tourism",
        "省级文保单位保护范围内违建破坏历史风貌，责令拆除后两次复查未拆并装修待营业（文物和文化遗产保护领域）；未损毁"
        "文物本体，不涉刑法第324条；罚50万在文物保护法第83条单位50万-500万内，已听证",
        [pil("cultural_relics", "当事人未拆除新建建筑，地下室未回填")], {"scenario": "pil", "continuing_harm": True}),
    Doc("kh23_housing.txt", "work_safety",
        "美食城地下一层私改燃气管道泄漏，责令改正后两次复查未改、总阀重开、仍有泄漏，日客流三千人次（安全生产/燃气安全领域，"
        "不特定多数人）；罚8万在城镇燃气管理条例第49条单位10万以下内",
        [pil("work_safety", "23家商户仍在营业用气，其中2处接口仍可检出燃气泄漏")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("kh24_forestry.txt", "forestry",
        "毁林改种茶6.2亩商品林地（<10亩不达刑法第342条），前次处罚责令恢复后逾期未恢复、继续经营、水土流失淤积溪流"
        "（生态环境和资源保护领域）；本件为代履行决定",
        [pil("ecology_resources", "被毁林地植被至今未恢复")], {"scenario": "pil", "continuing_harm": True}),
    Doc("kh25_culture_tourism.txt", "culture_tourism",
        "国有博物馆违法出租馆藏文物14件（含二、三级），责令追回后仍有11件下落不明（国有财产/国有文物流失）；罚2倍违法所得"
        "在文物保护法第87条2-10倍内",
        [pil("state_assets", "其余11件文物（含二级文物2件、三级文物5件）仍在该公司控制之下")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("kh26_food_safety.txt", "food_safety",
        "对老年人宣称保健食品能代替降压药，前次处罚后换址继续宣传销售、有老人停药（食品药品安全领域，不特定多数老年人）；"
        "讲座宣传不是广告，前后违法所得合计约2.7万<3万不达刑法第222条；罚20万在反不正当竞争法（2019）第20条20万-100万内",
        [pil("food_drug_safety", "仍宣称该产品\"能代替降压药\"\"治脑梗\"")], {"scenario": "pil", "continuing_harm": True}),
    Doc("kh27_tobacco.txt", "tobacco",
        "校门对面文具店向初中生售卖卷烟电子烟，警告后继续，复查仍有学生吸食（未成年人保护领域）；罚5万在未成年人保护法"
        "第123条拒不改正5万-50万内",
        [pil("minors", "有学生在店门口吸食当事人出售的电子烟")], {"scenario": "pil", "continuing_harm": True}),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("kh28_culture_tourism.txt", "culture_tourism",
                 "买卖禁止买卖的文物，违法经营额12,000元≥5000元，文物保护法（2024）第88条第一款并处违法经营额2-10倍即"
                 "2.4万-12万；罚1.5万低于下限且未写明减轻情节",
                 "并处罚款人民币壹万伍仟元"),
    out_of_range("kh29_housing.txt", "work_safety",
                 "未取得燃气经营许可证经营瓶装液化气，城镇燃气管理条例第45条第一款罚5万-50万；罚2万低于下限且未写明减轻情节",
                 "处罚款人民币贰万元"),
    no_hearing("kh30_tobacco.txt", "tobacco",
               "烟草专卖局对个人罚款1.8万元≥1万元（hearing.yaml默认市场监管标准，行政处罚法第63条），只告知陈述申辩未告知听证；"
               "经营额3.6万<5万、260条=5.2万支<20万支不达刑法第225条；罚50%在实施条例第57条内",
               "计人民币壹万捌仟元"),
    no_hearing("kh31_customs.txt", "customs",
               "海关对个人罚款2.6万元≥1万元（hearing.yaml默认标准，行政处罚法第63条），告知单只告知陈述申辩未告知听证；"
               "申报不实非走私，罚款在海关行政处罚实施条例第15条第（四）项漏缴税款30%-2倍内",
               "科处罚款人民币贰万陆仟元整"),
    Doc("kh32_housing.txt", "work_safety",
        "城镇燃气管理条例（2016修订）共55条，引用的第六十二条不存在（用户擅自改装燃气设施的罚则为第49条，个人1000元以下，"
        "1000元在内）",
        [irregular("nonexistent_article", "《城镇燃气管理条例》第六十二条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("kh33_health.txt", "health",
        "2025年2月10日立案、2025年8月22日决定，历时193日，超过行政处罚法第60条九十日，文书未记载延期批准；"
        "罚3000元在医疗废物管理条例第46条5000元以下内",
        [irregular("time_limit", "本局于2025年2月10日对当事人涉嫌医疗废物管理违法一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses) ──
    Doc("kh34_culture_tourism.txt", "culture_tourism",
        "倒卖一般文物11件，交易数额1.6万+9,800+1.36万+7,400=46,800元<5万元，鉴定无三级以上文物（relics-326-328/1、/2均未达）；"
        "罚93,600元（数字大于门槛但是罚款）在第88条2倍内，已告知听证",
        flags=near("under")),
    Doc("kh35_tobacco.txt", "tobacco",
        "有零售证而从非指定渠道进货转售，885条=17.7万支<20万支、价值47,800元<5万元、违法所得1.1万<2万元，均不达"
        "法释〔2010〕7号；罚进货总额10%在实施条例第56条5%-10%内",
        flags=near("under")),
    Doc("kh36_health.txt", "health",
        "非法行医仅曾受过一次卫生行政处罚（<2次），未造成就诊人身体损害，不达法释〔2016〕27号第二条；罚5万在医师法第59条内，"
        "已告知听证",
        flags=near("under")),
    Doc("kh37_forestry.txt", "forestry",
        "采挖58株（丛）中仅流苏石斛1株为国家二级（<2株），价值80元<2万元，其余石仙桃、鸟巢蕨不在名录，不达刑法第344条；"
        "只没收",
        flags=near("under")),
    Doc("kh38_forestry.txt", "forestry",
        "滥伐野生南方红豆杉5株（国家一级≥1株），已移送公安机关并立案侦查，不是隐匿的移送线索；罚款待刑事程序终结",
        flags=near("transferred", transferred=True)),
    Doc("kh39_forestry.txt", "forestry",
        "毁坏林地6.5亩，移送后公安以行为时为商品林地（<10亩）不予立案并退回；罚1倍恢复费用在森林法第73条内，已告知听证",
        flags=near("police_declined", police_declined=True)),
    Doc("kh40_housing.txt", "work_safety",
        "地下室使用瓶装液化气无报警装置，责令后两日内撤出钢瓶改电、隐患消除，无持续危害；限期内改正不予处罚"
        "（城镇燃气管理条例第49条逾期不改正方罚，行政处罚法第33条）",
        flags=near("pil_remedied", continuing_harm=False)),
    Doc("kh41_intellectual_property.txt", "intellectual_property",
        "发行盗版教辅217+143+120=480册<500册，进货款2,370元、码洋15,960元均<5万元，不达刑法第217条；罚2万在著作权法"
        "第53条内，已告知听证",
        flags=near("under")),
    Doc("kh42_tax.txt", "tax",
        "逃税22.356万元占31.6%，但首次被税务处理，已在期限内补缴税款和滞纳金并承诺缴纳罚款，依刑法第201条第四款不予追究；"
        "罚60%在征管法第63条内，已告知听证",
        flags=near("tax_paid")),
    Doc("kh43_food_safety.txt", "food_safety",
        "举报添加西地那非，两批次均未检出34种化学药物，无有毒有害或假药情形；普通食品宣传保健功能，货值8,800元<1万元，"
        "罚5万在食品安全法第125条5千-5万内，已告知听证",
        flags=near("not_detected")),
    Doc("kh44_other.txt", "other",
        "拖欠17人工资96,400元，但在责令期限内足额支付，不是刑法第276条之一的经责令支付仍不支付；不予加付赔偿金，"
        "社保登记警告",
        flags=near("remedied")),
    Doc("kh45_market.txt", "market",
        "传销发展26人<30人（层级四层虽≥3级，两项须同时满足），不达立案追诉标准（二）第七十条；罚50万在禁止传销条例第24条"
        "第一款内，已听证",
        flags=near("under")),
    Doc("kh46_food_safety.txt", "food_safety",
        "普通食品降血糖虚假广告，违法所得26,160元<3万元（market-222/3）；销售额98,100元、罚款20万元是错误口径；广告费用"
        "无法计算，罚20万在广告法第55条20万-100万内，已告知听证",
        flags=near("under")),
    Doc("kh47_customs.txt", "customs",
        "个人偷逃税款94,215元<10万元，此前无走私行政处罚（customs-153/1、/3均未达）；完税价格42.83万是错误口径；"
        "罚8万在海关行政处罚实施条例第9条第一款第（三）项3倍以下内，已听证",
        flags=near("under")),
]

GROUPS = [
    # ── 化整为零: one shop's three outlets selling wild 南方红豆杉 products, cut into three decisions the same day ──
    *[Doc(name, "forestry",
          "同一经营者（同一信用代码）三处门店/网店出售野生南方红豆杉（国家一级）木制品，同日拆成三案；价值"
          "7,280+7,040+6,510=20,830元≥2万元（法释〔2023〕8号第二条，forest-344-protected-plants/5，刑法第344条），"
          "每案均不足2万；每案罚2倍违法所得在野生植物保护条例第24条10倍以下内",
          [split("forest-344-protected-plants/5", quote, 20830.0, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("kh48_forestry.txt", "上述物品价值合计人民币7,280元"),
                          ("kh49_forestry.txt", "合计价值7,040元"),
                          ("kh50_forestry.txt", "合计人民币6,510元"))],
    # ── repeat offender: the same credit code punished again fifteen months later ──
    Doc("kh51_housing.txt", "work_safety",
        "燃气经营者为非自有钢瓶充装，不按许可证规定经营，首次处罚，罚3.5万在城镇燃气管理条例第45条第二款3万-20万内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("kh52_housing.txt", "work_safety",
        "同一统一社会信用代码的燃气公司在2024年6月11日处罚后约十五个月再犯同类违法，二年内再犯；罚15万在第45条第二款内，"
        "已听证",
        [repeat("长沙市岳麓区安顺燃气有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
