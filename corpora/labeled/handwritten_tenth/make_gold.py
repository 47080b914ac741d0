"""Lead labels for the tenth hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``hkNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of city and county agencies in 山东, 河南,
广西, 云南, 甘肃, 宁夏 and 浙江 (all names, numbers, codes and addresses invented; credit codes carry
valid GB 32100-2015 check digits, identity numbers valid GB 11643 check digits). The weight is on
criminal transfer written the many ways clerks write it: a figure the reader must add over batches
or periods (hk08, hk10, hk11, hk12, hk17, hk19, hk20), multiply from a quantity and a unit price
(hk06, hk13, hk14, hk16), convert (平方米 to 亩, 千克 to 吨, 吨 to 公斤), the protected status or
land kind in another sentence than the figure (hk07, hk09, hk18, hk21), amounts in words, and a
wrong-measure figure beside the right one. Labels come from the law only: criminal thresholds from
corpora/knowledge/thresholds.yaml, hearing figures from corpora/knowledge/hearing.yaml, fine ranges
and article existence from the statute text in force on the decision date. Each row's
``meta.reason`` gives the one-line legal reason. Conventions are those of
``handwritten_fifth/make_gold.py``.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_tenth/make_gold.py``.
"""

from __future__ import annotations

from pathlib import Path

from corpora.labeled import lead_gold
from corpora.labeled.lead_gold import (
    OVER,
    PIL,
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
CREATED = "2026-11-22T14:30:00+00:00"
VERSION = "handwritten-tenth/1"

SPLIT, REPEAT = "split-hk-dingxi-overcutting", "repeat-hk-jinshui-supermarket"



CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("hk01_food_safety.txt", "food_safety",
        "火锅底料加罂粟壳，检出吗啡、那可丁（非食品原料），刑法第144条行为犯无金额门槛；罚11万在食品安全法第123条"
        "货值不足1万10万-15万内，已告知听证；只罚款未移送",
        [trigger("food-144-toxic/1", "两份样品均检出吗啡、那可丁成分"), fined_only("罚款人民币壹拾壹万元整")], QUAL),
    Doc("hk02_food_safety.txt", "food_safety",
        "压片糖果中检出西地那非（食品中非法添加药物，刑法第144条、法释〔2021〕24号）；罚15万在第123条10万-15万内；"
        "只罚款未移送",
        [trigger("food-144-toxic/3", "检验报告显示样品中检出西地那非"), fined_only("罚款150,000元（大写：壹拾伍万元整）")],
        QUAL),
    Doc("hk03_environment.txt", "environment",
        "私设暗管排放含总铬、六价铬的电镀废水（有毒物质，法释〔2023〕7号第一条暗管等逃避监管方式），刑法第338条；"
        "罚46万在水污染防治法第83条10万-100万内，已听证；只罚款未移送",
        [trigger("env-338-pollution/9", "有一根直径约110毫米的PVC管道埋设于地面以下约0.6米处"),
         fined_only("罚款肆拾陆万元整")], QUAL),
    Doc("hk04_work_safety.txt", "work_safety",
        "关闭液氨储罐区有毒气体报警并篡改报警设定值，泄漏286ppm、8.6吨液氨距宿舍40米，具有发生重大伤亡事故的现实危险"
        "（刑法第134条之一第（一）项危险作业罪）；罚4.5万在安全生产法第99条五万以下内，已告知听证；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/1", "将液氨储罐区可燃及有毒气体报警控制器的声光报警功能关闭"),
         fined_only("处人民币肆万伍仟元罚款")], QUAL),
    Doc("hk05_fishery.txt", "fishery",
        "珠江禁渔期使用电鱼方法捕捞（法释〔2022〕12号第三条，刑法第340条，禁渔期+电鱼无数量要求），渔获13.6千克；"
        "罚3千在渔业法第38条五万以下内；只罚款未移送",
        [trigger("fishery-340-inland/5", "使用电瓶、逆变器等电鱼工具在河中捕鱼"), fined_only("罚款叁仟元")], QUAL),
    Doc("hk06_tobacco.txt", "tobacco",
        "无零售许可证经营卷烟，数量×单价：186×220+95×235+120×105=75,845元≥5万元（法释〔2010〕7号第三条，刑法第225条）；"
        "401条=80,200支<20万支不是唯一口径；罚30%在烟草专卖法实施条例第57条20%-50%内；只罚款未移送",
        [threshold("tobacco-225-illegal-business/1", "云烟（软珍品）", 75845.0),
         fined_only("计人民币贰万贰仟柒佰伍拾叁元伍角（22,753.50元）")], OVER),
    Doc("hk07_land.txt", "land",
        "非法占用耕地（水浇地，非永久基本农田，在另一句）8260平方米=12.39亩≥10亩且耕作层剥离硬化（法释〔2000〕14号"
        "第三条，刑法第342条）；每平方米120元在实施条例第57条内，已告知听证；只罚款未移送",
        [threshold("land-342-cultivated/2", "共计占用土地8260平方米", 12.39),
         fined_only("计人民币玖拾玖万壹仟贰佰元（991,200元）")], OVER),
    Doc("hk08_forestry.txt", "forestry",
        "无证三次盗伐集体林，立木蓄积2.14+1.87+1.63=5.64立方米≥5立方米（法释〔2023〕8号，刑法第345条第一款）；"
        "罚5倍在森林法第76条第一款5-10倍内；只罚款未移送",
        [threshold("forest-345-1-theft/1", "第一次盗伐云南松11株，立木蓄积2.14立方米", 5.64),
         fined_only("即人民币贰万贰仟伍佰陆拾元（22,560元）")], OVER),
    Doc("hk09_wildlife.txt", "wildlife",
        "收购出售画眉42只（国家二级，保护级别在另一句），价值两万六千四百元≥2万元（法释〔2022〕12号第六条，刑法第341条"
        "第一款）；罚2倍在野生动物保护法第52条2-20倍内；只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "涉案野生动物价值为人民币两万六千四百元", 26400.0),
         fined_only("计人民币伍万贰仟捌佰元")], OVER),
    Doc("hk10_fishery.txt", "fishery",
        "黄河禁渔期捕捞，两次渔获310公斤+0.245吨=555千克≥500千克（法释〔2022〕12号第三条，刑法第340条）；网目合规不是"
        "禁用工具；两当事人罚款在渔业法第38条内；只罚款未移送",
        [threshold("fishery-340-inland/1", "收网捕获鲤鱼、鲶鱼等渔获物310公斤", 555.0),
         fined_only("罚款人民币壹万伍仟元")], OVER),
    Doc("hk11_tax.txt", "tax",
        "无真实交易虚开增值税普通发票，表列金额186,420+142,600+201,350=530,370元≥50万元（法释〔2024〕4号，"
        "刑法第205条之一）；34份<100份不是唯一口径；罚30万在发票管理办法第35条5万-50万内；只罚款未移送",
        [threshold("tax-205-1-ordinary-invoice/1", "186,420.00", 530370.0),
         fined_only("并处罚款300,000.00元（叁拾万元整）")], OVER),
    Doc("hk12_customs.txt", "customs",
        "个人绕关走私冻品，偷逃税款关税31,280.64+增值税76,915.27=108,195.91元≥10万元（法释〔2014〕10号第十六条，"
        "刑法第153条）；罚5.4万在海关行政处罚实施条例第9条第（三）项3倍以下内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "关税人民币31,280.64元", 108195.91),
         fined_only("对当事人科处罚款人民币伍万肆仟元")], OVER),
    Doc("hk13_product_quality.txt", "product_quality",
        "铜包铝冒充纯铜电线，销售1240卷×48元=59,520元≥5万元（立案追诉标准（一）第十六条，刑法第140条）；罚货值1倍"
        "在产品质量法第50条50%-3倍内；只罚款未移送",
        [threshold("product-140-fake-inferior/1", "共销售上述电线1240卷，销售单价为每卷48元", 59520.0),
         fined_only("计人民币陆万捌仟壹佰陆拾元")], OVER),
    Doc("hk14_mining.txt", "mining",
        "无证开采石灰岩26800吨×14元=375,200元，超过10万-30万元幅度上限（法释〔2016〕25号第三条，刑法第343条）；"
        "罚违法所得30%在矿产资源法实施细则第42条50%以下内；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "共计开采石灰岩26800吨", 375200.0),
         fined_only("计人民币壹拾壹万贰仟伍佰陆拾元")], OVER),
    Doc("hk15_drugs.txt", "drugs",
        "零售药店覆盖有效期销售过期药（劣药），销售金额伍万陆仟叁佰捌拾元≥5万元（刑法第149条、第140条兜底）；"
        "罚货值10倍在药品管理法第117条10-20倍内，已听证；只罚款未移送",
        [threshold("drug-142-substandard/2", "过期药品销售金额合计人民币伍万陆仟叁佰捌拾元", 56380.0),
         fined_only("计人民币伍拾捌万玖仟元整")], OVER),
    Doc("hk16_intellectual_property.txt", "intellectual_property",
        "自行打标假冒注册商标保温杯，非法经营数额=已销售28,600元+库存4300个×9元=67,300元≥5万元（刑法第213条）；"
        "罚2倍在商标法第60条五倍以下内；只罚款未移送",
        [threshold("ip-213-counterfeit-trademark/1", "已销售侵权保温杯货款28,600元", 67300.0),
         fined_only("计人民币壹拾叁万肆仟陆佰元")], OVER),
    Doc("hk17_public_security.txt", "public_security",
        "酒店前台出售住宿信息208+231+173=612条≥500条（法释〔2017〕10号第五条第一款第（四）项，刑法第253条之一）；"
        "违法所得1,836元<5000元不是唯一口径；罚5倍在网络安全法第64条第二款内；只罚款未移送",
        [threshold("pi-253-1-personal-information/2", "其中2月出售208条", 612.0),
         fined_only("并处违法所得五倍罚款，计9,180元")], OVER),
    Doc("hk18_forestry.txt", "forestry",
        "擅自改变林地用途4120平方米=6.18亩，地类为自治区级公益林（在另一句）≥5亩（法释〔2023〕8号，刑法第342条）；"
        "罚恢复费用2倍在森林法第73条三倍以下内；只罚款未移送",
        [threshold("land-342-forest/1", "共计占用林地面积4120平方米", 6.18), fined_only("即人民币柒万陆仟元")], OVER),
    Doc("hk19_other.txt", "other",
        "拖欠12名劳动者工资，表列合计52,900元≥3万元，经限期改正指令书责令支付逾期仍不支付且负责人失联（法释〔2013〕3号"
        "第三、四条，刑法第276条之一）；只作加付赔偿金处理未移送",
        [threshold("labor-276-1-wage-refusal/2", "王建平　2024.8—2024.11　　4,860", 52900.0),
         fined_only("计人民币贰万陆仟肆佰伍拾元")], OVER),
    Doc("hk20_culture_tourism.txt", "culture_tourism",
        "未经许可复制发行教辅图书三批220+190+140=550册≥500份（侵犯知识产权刑事案件解释，刑法第217条）；违法经营额4,950元"
        "不是唯一口径；罚6万在著作权法第53条二十五万以下内；只罚款未移送",
        [threshold("ip-217-218-copyright/3", "第一批印制220册", 550.0), fined_only("并处罚款人民币陆万元整")], OVER),
    Doc("hk21_environment.txt", "environment",
        "废铅蓄电池（HW31，危险废物性质在另一句）4260千克=4.26吨提供给无证个人≥3吨（法释〔2023〕7号第一条，刑法第338条）；"
        "罚60万为固废法第112条第二款处置费用按20万计的3倍；只罚款未移送",
        [threshold("env-338-pollution/1", "累计出售废铅蓄电池4260千克", 4.26), fined_only("即人民币陆拾万元整")], OVER),
    Doc("hk22_environment.txt", "environment",
        "排放含镉废水，总镉0.27mg/L为限值0.05mg/L的5.4倍，超标4.4倍≥3倍（法释〔2023〕7号第一条，刑法第338条）；"
        "罚35万在水污染防治法第83条内，已告知听证；只罚款未移送",
        [threshold("env-338-pollution/2", "超标4.4倍", 4.4), fined_only("并处罚款人民币叁拾伍万元")], OVER),
    Doc("hk23_agriculture.txt", "agriculture",
        "销售假稻种致73户412亩减产，生产损失陆万壹仟捌佰元≥2万元（立案追诉标准（一）第二十三条，刑法第147条）；"
        "货值18,540元<2万，罚15万在种子法第74条2万-20万内；只罚款未移送",
        [threshold("product-147-agri-inputs/1", "73户农户生产损失合计人民币陆万壹仟捌佰元", 61800.0),
         fined_only("并处罚款人民币壹拾伍万元")], OVER),
    Doc("hk24_market.txt", "market",
        "以缴费购床垫取得会员资格并按发展人员计酬，发展46人≥30人、五级≥3级（立案追诉标准（二），刑法第224条"
        "之一）；罚50万在禁止传销条例第24条50万-200万内，已听证；只罚款未移送",
        [threshold("market-224-1-pyramid/1", "共计发展会员46人", 46.0), fined_only("对当事人一处罚款人民币伍拾万元")],
        OVER),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("hk25_environment.txt", "environment",
        "电石渣1850吨倾倒于荒漠草原（一般工业固废，不达刑法第338条），责令清运后两次复查仍未清运、扬尘渗滤、枯死面积扩大"
        "（生态环境和资源保护领域）；罚20万为固废法第102条第（七）项按10万计的2倍",
        [pil("ecology_resources", "堆存的电石渣仍未清运")], PIL),
    Doc("hk26_land.txt", "land",
        "竞得国有建设用地后尚欠出让价款3218万元三次催缴未缴、未办证即施工且仍在施工（国有土地使用权出让领域）；每平方米"
        "100元在实施条例第57条内，已听证",
        [pil("state_land_transfer", "尚欠土地出让价款人民币3218万元")], PIL),
    Doc("hk27_food_safety.txt", "food_safety",
        "无证小作坊生产湿米粉供应三所中小学食堂，责令停止后两次回访仍生产送货且菌落总数超标（食品药品安全领域，不特定多数"
        "未成年人）；罚5万在食品安全法第122条货值不足1万5万-10万内",
        [pil("food_drug_safety", "仍在生产湿米粉并向上述学校食堂送货")], PIL),
    Doc("hk28_work_safety.txt", "work_safety",
        "居民楼旁仓库储存甲醇等易燃液体约23吨且二层住人，限期整改后两次复查逾期未整改（安全生产领域，不特定多数人）；"
        "记为事故隐患、限期整改，不是刑法第134条之一的重大事故隐患责令停用拒不执行；罚5万在安全生产法第102条内",
        [pil("work_safety", "你单位逾期仍未整改")], PIL),
    Doc("hk29_culture_tourism.txt", "culture_tourism",
        "省级文物保护单位保护范围内擅自建设，责令停工拆除后复查仍施工并营业（文物和文化遗产保护领域）；未损毁文物本体"
        "不涉刑法第324条；文物保护法（2024修订）第83条只警告",
        [pil("cultural_relics", "当事人未停止施工，违法建筑已封顶并开始对外营业")], PIL),
    Doc("hk30_public_security.txt", "public_security",
        "物业强制人脸识别采集4930人份（含612名未成年人）且后台可从互联网导出，责令改正后两次复查仍未删除、仍可访问"
        "（个人信息保护领域）；罚8万在个人信息保护法第66条第一款内，已告知听证",
        [pil("personal_information", "违法单位仍未删除已采集的信息")], PIL),
    Doc("hk31_culture_tourism.txt", "culture_tourism",
        "网吧接纳未成年人，当场责令改正后两次夜查仍接纳5名、6名在校学生（未成年人保护领域）；罚1.2万在互联网上网服务营业"
        "场所管理条例第31条15000元以下内，已告知听证",
        [pil("minors", "场内仍分别有5名、6名未成年人上网")], PIL),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("hk32_environment.txt", "environment",
                 "未批先建，环境影响评价法第31条第一款罚总投资额1%-5%，总投资1,260万元即12.6万-63万元；罚8万元低于下限，"
                 "未写明减轻处罚的法定情节",
                 "罚款人民币捌万元整"),
    out_of_range("hk33_transport.txt", "transport",
                 "无许可从事普通货运，违法所得3,200元不足1万元，道路运输条例第63条第（一）项罚3000-1万元、情节严重1万-5万元；"
                 "罚6万元超出上限",
                 "处罚款人民币陆万元"),
    no_hearing("hk34_tax.txt", "tax",
               "税务机关对公民罚款3,000元≥2,000元（hearing.yaml税务个人二千元），只告知陈述、申辩，未告知听证；罚款在征管法"
               "第62条情节严重2000-1万内",
               "决定对你处以罚款人民币叁仟元整（3,000.00元）"),
    no_hearing("hk35_work_safety.txt", "work_safety",
               "应急管理部门对生产经营单位罚款4.5万元≥3万元（安全生产违法行为行政处罚办法第33条），只告知陈述、申辩，未告知"
               "听证；罚款在安全生产法第97条十万以下内",
               "处人民币肆万伍仟元罚款"),
    Doc("hk36_environment.txt", "environment",
        "大气污染防治法（2018修正）共129条，引用的第一百三十三条不存在（施工扬尘罚则为第115条，1万-10万，3万在内）；"
        "重污染预警期间但无二年内二次处罚，不涉刑法第338条",
        [irregular("nonexistent_article", "《中华人民共和国大气污染防治法》第一百三十三条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("hk37_land.txt", "land",
        "2024年8月19日立案、2025年1月20日决定，历时154日，扣除听证19日仍超过行政处罚法第60条九十日（及延长三十日），"
        "文书未记载延期批准；集体建设用地1,200平方米不涉刑事；每平方米150元在实施条例第57条内，已听证",
        [irregular("time_limit", "本局于2024年8月19日对当事人涉嫌未经批准占用集体土地建设仓库一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("hk38_forestry.txt", "forestry",
        "超许可证数量采伐，超采部分立木蓄积18.6立方米<20立方米、价值20,460元<5万元（法释〔2023〕8号）；总采伐34.2立方米含"
        "许可部分，不是计量口径；罚3倍在森林法第76条第二款内，已告知听证",
        flags=near("under")),
    Doc("hk39_fishery.txt", "fishery",
        "禁渔期刺网捕捞0.47吨=470千克<500千克、价值8,930元<1万元，网目合规无电毒炸（法释〔2022〕12号第三条）；罚1.2万"
        "在渔业法第38条内，已告知听证",
        flags=near("under")),
    Doc("hk40_tax.txt", "tax",
        "逃税14.3万元且占18.2%，但首次被税务处理、已在追缴期内补缴税款滞纳金并接受处罚，依刑法第201条第四款不予追究；"
        "罚50%在征管法第63条内，已告知听证",
        flags=near("tax_paid")),
    Doc("hk41_environment.txt", "environment",
        "倾倒废矿物油等危险废物6.8吨≥3吨，但已移送公安机关并立案侦查，不是隐匿的移送线索；罚60万为固废法第112条第二款"
        "按20万计的3倍，已告知听证",
        flags=near("transferred", transferred=True)),
    Doc("hk42_tobacco.txt", "tobacco",
        "无证零售卷烟经营额6.2万元≥5万元，已移送公安机关，公安不予立案并退回；罚25%在烟草专卖法实施条例第57条内，"
        "已告知听证",
        flags=near("police_declined", police_declined=True)),
    Doc("hk43_food_safety.txt", "food_safety",
        "举报添加西药，西地那非、他达拉非等非法添加项目均未检出；只因无标签预包装食品罚6千在食品安全法第125条"
        "5千-5万内",
        flags=near("not_detected")),
    Doc("hk44_environment.txt", "environment",
        "炉渣800吨倾倒河滩（一般工业固废），限期清运后两次复查已全部清运、覆土复绿、水质无异常，无持续损害；罚10万为"
        "固废法第102条按10万计的1倍，已告知听证",
        flags=near("pil_remedied", continuing_harm=False)),
    Doc("hk45_intellectual_property.txt", "intellectual_property",
        "销售假冒化妆品，销售金额12,080元<5万元，库存货值68,400元与销售合计80,480元<15万元（刑法第214条、第140条未遂口径"
        "均不达）；年营业额86万元含正品不是计量口径；罚4万在商标法第60条内",
        flags=near("under")),
    Doc("hk46_land.txt", "land",
        "占用永久基本农田0.28公顷=4.2亩<5亩（法释〔2000〕14号第三条），不达刑法第342条；每平方米200元在实施条例第57条内，"
        "已告知听证",
        flags=near("under")),
    Doc("hk47_public_security.txt", "public_security",
        "出售行踪轨迹信息18+15+13=46条<50条、违法所得1,380元<5000元（法释〔2017〕10号第五条）；罚5倍在网络安全法第64条"
        "第二款内，已告知听证",
        flags=near("under")),
    Doc("hk48_other.txt", "other",
        "拖欠15人工资5.43万元，但在限期改正指令书期限内足额支付，不是刑法第276条之一的经责令支付仍不支付；超时加班罚每人"
        "300元在劳动保障监察条例第25条100-500元内",
        flags=near("remedied")),
    Doc("hk49_wildlife.txt", "wildlife",
        "收购出售国家二级保护鸟类，价值合计18,600元<2万元（法释〔2022〕12号第六条）；罚3倍在野生动物保护法第52条内，"
        "已告知听证",
        flags=near("under")),
    Doc("hk50_drugs.txt", "drugs",
        "销售不合格医用外科口罩，销售金额46,800元<5万元（立案追诉标准（一）第二十一条、刑法第149条兜底）；货值48,900元"
        "罚5倍在医疗器械监督管理条例第86条5-20倍内，已听证",
        flags=near("under")),
    Doc("hk51_market.txt", "market",
        "不予行政处罚决定书：门牌整编致许可证地址不符，首次违法轻微并已改正（行政处罚法第33条第一款）",
        flags={"scenario": "no_penalty"}),
    Doc("hk52_health.txt", "health",
        "简易程序：美发店从业人员无健康合格证明，仅警告（公共场所卫生管理条例第14条），无刑事、公益或程序问题",
        flags={"scenario": "minor"}),
]

GROUPS = [
    # ── 化整为零: the same person's overcutting punished in two decisions two months apart ──
    *[Doc(name, "forestry",
          "同一被处罚人（同一身份证号）无证滥伐本人林木，两案分别处罚；立木蓄积12.4+9.8=22.2立方米≥20立方米"
          "（法释〔2023〕8号第六条，刑法第345条第二款）；每案罚3倍在森林法第76条第二款内，已告知听证",
          [split("forest-345-2-overcutting/1", quote, 22.2, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("hk53_forestry.txt", "立木蓄积12.4立方米"),
                          ("hk54_forestry.txt", "立木蓄积9.8立方米"))],
    # ── repeat offender: the same credit code punished again ten months later ──
    Doc("hk55_food_safety.txt", "food_safety",
        "经营超过保质期的食品，首次处罚，货值420元，罚5万在食品安全法第124条5万-10万内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("hk56_food_safety.txt", "food_safety",
        "同一统一社会信用代码的超市在2024年6月18日处罚后约十个月再犯同类违法，二年内再犯；罚6万在第124条内",
        [repeat("郑州金水惠万家超市有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
