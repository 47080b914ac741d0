"""Lead labels for the forty-fifth hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``jxNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of city and county agencies in 湖北, 安徽,
江西 and 河南 (all names, numbers, codes and addresses invented; credit codes carry valid
GB 32100-2015 check digits, identity numbers valid GB 11643 check digits). The weight is on
environment (危废 by vehicle loads, monitoring tables, 暗管, 篡改自动监测), 应急管理 (accidents with
casualty lists, 危险作业), 住建/城管 燃气, land (永久基本农田 and 一般耕地 in 平方米 and 公顷) and 人社 wages
by crews and months. Labels come from the law only: criminal thresholds from
corpora/knowledge/thresholds.yaml, hearing figures from corpora/knowledge/hearing.yaml, fine ranges
and article existence from the statute text in force on the decision date. Each row's
``meta.reason`` gives the one-line legal reason.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_fortyfifth/make_gold.py``.
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
CREATED = "2026-11-22T19:30:00+00:00"
VERSION = "handwritten-fortyfifth/1"

SPLIT, REPEAT = "split-jx-dengzhou-farmland", "repeat-jx-hefei-vocs"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}
UNDER = {"scenario": "under", "near_miss": True}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("jx01_environment.txt", "environment",
        "废矿物油HW08（名录在另一段）三车次1.18+0.96+1.27=3.41吨交无证个人≥3吨（env-338-pollution/1，法释〔2023〕7号"
        "第一条第（二）项，刑法第338条）；违法所得5,115元不是口径；罚60万为固废法第112条第二款按20万计3倍；只罚款未移送",
        [threshold("env-338-pollution/1", "分三车次交由无危险废物经营许可证的个体收购人刘某", 3.41),
         fined_only("1．罚款人民币陆拾万元")], OVER),
    Doc("jx02_environment.txt", "environment",
        "监测表：总镉限值0.05、实测0.26mg/L，超标4.2倍（为限值5.2倍）≥3倍（env-338-pollution/2，法释〔2023〕7号"
        "第一条第（三）项）；总锌超标不足1倍；罚35万在水污染防治法第83条10万-100万内；只罚款未移送",
        [threshold("env-338-pollution/2", "0.26", 4.2), fined_only("并处罚款人民币叁拾伍万元整")], OVER),
    Doc("jx03_environment.txt", "environment",
        "酸洗槽私设暗管排放含六价铬废水（env-338-pollution/9，法释〔2023〕7号第一条第（四）项，暗管排放有毒物质无数量要求）；"
        "罚48万在水污染防治法第83条内；只罚款未移送",
        [trigger("env-338-pollution/9", "井内埋设一根直径约11厘米的PVC管道"), fined_only("罚款人民币肆拾捌万元整")], QUAL),
    Doc("jx04_environment.txt", "environment",
        "重点排污单位修改数采仪量程上限篡改氮氧化物、二氧化硫自动监测数据（env-338-pollution/10，法释〔2023〕7号第一条"
        "第（七）项）；罚80万在大气污染防治法第99条10万-100万内；只罚款未移送",
        [trigger("env-338-pollution/10", "输出上限被人为修改为35mg/m³和50mg/m³"),
         fined_only("决定对你公司处以罚款人民币捌拾万元")], QUAL),
    Doc("jx05_work_safety.txt", "work_safety",
        "伤亡表中死亡二人（一人抢救无效、一人当场）≥1人，违反安全管理规定（有限空间作业）发生事故（safety-134-1-major-liability/1，"
        "刑法第134条第一款）；罚75万在安全生产法第114条一般事故30万-100万内；只罚款未移送",
        [threshold("safety-134-1-major-liability/1", "经抢救无效死亡", 2.0),
         fined_only("决定给予罚款人民币柒拾伍万元整的行政处罚")], OVER),
    Doc("jx06_work_safety.txt", "work_safety",
        "伤情列表重伤二级三人≥3人（safety-134-1-major-liability/2，刑法第134条第一款）；直接经济损失86万<100万不是唯一口径；"
        "罚42万在安全生产法第114条一般事故内；只罚款未移送",
        [threshold("safety-134-1-major-liability/2", "（1）钱某，男，41岁，烧伤面积约37%，伤情构成重伤二级", 3.0),
         fined_only("本机关决定对你公司处以人民币肆拾贰万元罚款")], OVER),
    Doc("jx07_work_safety.txt", "work_safety",
        "重大事故隐患被责令停止使用中频炉后撕毁封条继续熔炼（safety-134-1a-dangerous-operation/2，刑法第134条之一"
        "第（二）项危险作业罪）；罚单位4.5万在安全生产法第102条五万元以下、负责人5万在5万-10万内；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/2", "1号中频炉封条已被撕毁，炉内正在熔炼废铝"),
         fined_only("决定：对你公司处以罚款人民币肆万伍仟元")], QUAL),
    Doc("jx08_construction.txt", "construction",
        "未取得燃气经营许可证在紧邻住宅楼和幼儿园的彩钢房储存、经营液化石油气61瓶，检测到泄漏（爆炸下限27%），具有现实危险"
        "（safety-134-1a-dangerous-operation/3，刑法第134条之一第（三）项）；罚5万在城镇燃气管理条例第45条第一款5万-50万内；"
        "只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/3", "当事人未取得燃气经营许可证，自2024年10月起从外地充装站购入瓶装液化石油气"),
         fined_only("一、罚款人民币伍万元")], QUAL),
    Doc("jx09_land.txt", "land",
        "非法占用永久基本农田（地类在另一段）4,215平方米=6.32亩≥5亩且种植条件严重毁坏（land-342-cultivated/1，法释〔2000〕14号"
        "第三条，刑法第342条）；罚每平方米150元在实施条例第57条100-1000元内；只罚款未移送",
        [threshold("land-342-cultivated/1", "当事人共计占用土地面积4,215平方米", 6.32),
         fined_only("计人民币陆拾叁万贰仟贰佰伍拾元整")], OVER),
    Doc("jx10_land.txt", "land",
        "非法占用永久基本农田以外的耕地（旱地，在另一段）0.82公顷=12.3亩≥10亩且种植条件严重毁坏（land-342-cultivated/2，"
        "法释〔2000〕14号第三条）；罚每平方米200元在实施条例第57条内，已听证；只罚款未移送",
        [threshold("land-342-cultivated/2", "被处罚人占用土地总面积0.82公顷", 12.3),
         fined_only("计人民币壹佰陆拾肆万元")], OVER),
    Doc("jx11_other.txt", "other",
        "三班组16名农民工工资41,280+29,650+22,470=93,400元，≥10人且≥3万元，经限期整改指令书责令支付逾期仍不支付、负责人逃匿"
        "（labor-276-1-wage-refusal/2，法释〔2013〕3号第三、四条，刑法第276条之一）；只作加付赔偿金处理未移送",
        [threshold("labor-276-1-wage-refusal/2", "拖欠该项目三个班组共计16名农民工的工资未支付", 93400.0),
         fined_only("计人民币肆万陆仟柒佰元")], OVER),
    Doc("jx12_other.txt", "other",
        "月工资×月数：8×4,200×3+3×3,800×3+1×4,600×2=144,200元，12人≥10人且≥3万元，责令支付逾期不付、有能力而转移资金"
        "（labor-276-1-wage-refusal/2）；罚1万在劳动保障监察条例第30条2千-2万内；只罚款未移送",
        [threshold("labor-276-1-wage-refusal/2", "缝纫工8人，月工资均为4,200元，拖欠3个月", 144200.0),
         fined_only("决定对你公司处以罚款人民币壹万元")], OVER),
    Doc("jx13_tax.txt", "tax",
        "隐匿收入虚假申报，少缴增值税444,418+城建税31,109.26+企业所得税96,520=572,047.26元≥10万且占应纳税额"
        "2,693,815.40元的21.2%≥10%（2023年度事实，tax-201-evasion@2022/1，立案追诉标准（二）第五十二条，刑法第201条）；税款未缴、处理决定期限已过，第四款不适用；罚60%"
        "在征管法第63条50%-5倍内；只罚款未移送",
        [threshold("tax-201-evasion@2022/1", "城市维护建设税：444,418.00×7%=31,109.26元", 572047.26),
         fined_only("计人民币343,228.36元")], OVER),
    Doc("jx14_customs.txt", "customs",
        "个人走私，偷逃关税3.41万+增值税7.83万+消费税2.29万=13.53万元≥10万元（customs-153-ordinary-goods/1，刑法第153条）；"
        "完税价格56.8万不是口径；罚10万在海关行政处罚实施条例第9条第一款第（三）项30%-2倍内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "关税：人民币3.41万元", 135300.0),
         fined_only("科处罚款人民币拾万元整")], OVER),
    Doc("jx15_public_security.txt", "public_security",
        "出售车辆实时位置、停留地点和行驶路线（行踪轨迹信息，性质在下一段）38+21+17=76条≥50条（pi-253-1-personal-information/1，"
        "法释〔2017〕10号第五条第一款第（三）项）；违法所得3,800元<5,000不是唯一口径；罚2万在个人信息保护法第66条第一款内；"
        "只罚款未移送",
        [threshold("pi-253-1-personal-information/1", "第一批38条，第二批21条，第三批17条", 76.0),
         fined_only("现决定对方志成处以罚款人民币贰万元")], OVER),
    Doc("jx16_fishery.txt", "fishery",
        "禁渔期禁渔区用密眼地笼（禁用渔具）捕捞，渔获物216.5+143+98+71.5+93=622公斤≥500公斤（fishery-340-inland/1，"
        "法释〔2022〕12号第三条，刑法第340条）；二人各罚款在渔业法第38条五万元以下内；只罚款未移送",
        [threshold("fishery-340-inland/1", "鲫鱼　　　　216.5公斤", 622.0), fined_only("对当事人一龚长海罚款人民币肆仟元")],
        OVER),
    Doc("jx17_wildlife.txt", "wildlife",
        "出售国家二级保护鸟类（级别在另一段）画眉11×1,000+红嘴相思鸟16×600+蓝喉歌鸲4×800+鹩哥2×3,000=29,800元≥2万元"
        "（wildlife-341-1-endangered/1，法释〔2022〕12号第六条，刑法第341条第一款）；罚2倍在野生动物保护法第52条2-20倍内；"
        "只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "画眉每只1,000元", 29800.0), fined_only("计人民币伍万玖仟陆佰元")], OVER),
    Doc("jx18_mining.txt", "mining",
        "无证采河砂4,860吨×每吨25元=121,500元≥10万元（mining-343-1-illegal/1，法释〔2016〕25号第三条，刑法第343条）；"
        "违法所得6.3万不是口径；罚违法所得40%在矿产资源法实施细则第42条50%以下内；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "开采砂石方量折合重量4,860吨", 121500.0),
         fined_only("计人民币25,200元")], OVER),
    Doc("jx19_forestry.txt", "forestry",
        "无证在他人集体林地明知而采伐，立木蓄积3.42+2.06+1.18=6.66立方米≥5立方米（forest-345-1-theft/1，法释〔2023〕8号"
        "第四条，刑法第345条第一款）；罚5倍在森林法第76条第一款5-10倍内；只罚款未移送",
        [threshold("forest-345-1-theft/1", "马尾松3.42立方米", 6.66), fined_only("计人民币贰万壹仟元")], OVER),
    Doc("jx20_environment.txt", "environment",
        "无危废经营许可证收集转售废铅蓄电池（HW31，在另一段）1.43+1.06+0.88=3.37吨≥3吨（大写数字；env-hazwaste-unlicensed/1，"
        "法释〔2023〕7号，刑法第338条）；罚100万在固废法第114条第一款100万-500万内；只罚款未移送",
        [threshold("env-hazwaste-unlicensed/1", "废铅蓄电池壹点肆叁吨", 3.37), fined_only("一、罚款人民币壹佰万元")], OVER),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("jx21_environment.txt", "environment",
        "尾砂倾倒山坳入河、河道淤积，责令改正后两次复查仍未清运、雨后仍流入河道（生态环境和资源保护领域）；罚40万为固废法"
        "第102条第二款处置费用20万的2倍，在1-3倍内",
        [pil("ecology_resources", "9月19日雨后仍可见尾砂经土坝缺口流入河道")], PIL),
    Doc("jx22_mining.txt", "mining",
        "采矿权到期后矿山地质环境治理恢复8.6公顷未履行，两次核查高陡边坡未削坡、裸露岩面持续掉块（生态环境和资源保护领域）；"
        "罚3万在矿山地质环境保护规定第30条3万元以下内",
        [pil("ecology_resources", "其余区域仍为裸露岩面，雨季边坡持续掉块")], PIL),
    Doc("jx23_construction.txt", "construction",
        "地下美食城私接燃气管道漏气，重大事故隐患，责令整改后两次复查未改仍照常营业，不特定多数人（安全生产领域）；罚8万在"
        "城镇燃气管理条例第49条单位10万以下内",
        [pil("work_safety", "私接管道未拆除，报警及切断装置未安装，美食城仍在照常营业、使用燃气")], PIL),
    Doc("jx24_mining.txt", "mining",
        "采矿权出让收益1,002万元三次催缴仍未缴纳而持续开采（国有财产保护领域）；处理决定无罚款",
        [pil("state_assets", "第二期至第四期应缴的人民币1,002万元至今未缴纳")], PIL),
    Doc("jx25_forestry.txt", "forestry",
        "国家二级公益林地擅自改变用途1.2亩（<5亩，不涉刑法第342条），限期恢复后两次复核未拆除并又毁灌木（生态环境和资源保护"
        "领域）；罚恢复费用3倍在森林法第73条三倍以下内",
        [pil("ecology_resources", "当事人未拆除任何设施，停车场仍对外营业")], PIL),
    Doc("jx26_work_safety.txt", "work_safety",
        "尾矿库两项重大事故隐患，下游290人和村小学，责令整改后两次复查隐患未消除（安全生产领域）；已停止排放尾矿，不是拒不执行"
        "停产指令（不标危险作业罪）；罚单位5万、负责人5万在安全生产法第102条内，已告知听证",
        [pil("work_safety", "重大事故隐患至今未消除")], PIL),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("jx27_construction.txt", "construction",
                 "无证经营瓶装液化石油气，城镇燃气管理条例第45条第一款罚5万-50万；罚2万低于下限，“初次违法、配合调查”不是减轻"
                 "处罚的法定情节",
                 "二、罚款人民币贰万元"),
    out_of_range("jx28_work_safety.txt", "work_safety",
                 "安全设备不符合标准，安全生产法第99条第（二）项：责令限期改正并处五万元以下，逾期未改正才5万-20万；已按期整改"
                 "仍罚8万，超出上限",
                 "决定对你公司处以罚款人民币捌万元"),
    no_hearing("jx29_work_safety.txt", "work_safety",
               "应急管理对单位罚款5万元≥3万元（hearing.yaml应急管理单位三万元，安全生产违法行为行政处罚办法第33条），只告知陈述、"
               "申辩，未告知听证；罚款在安全生产法第101条十万元以下内",
               "本局决定对你公司处以罚款人民币伍万元整"),
    no_hearing("jx30_tax.txt", "tax",
               "税务对单位罚款14,730元≥1万元（hearing.yaml税务单位一万元），只告知陈述、申辩，未告知听证；罚50%在征管法第63条内",
               "计人民币14,730.00元"),
    Doc("jx31_construction.txt", "construction",
        "城镇燃气管理条例（2016修订）共55条，引用的第六十二条不存在（擅自改装燃气设施的罚则为第49条第一款第（四）项）",
        [irregular("nonexistent_article", "《城镇燃气管理条例》第六十二条第（四）项")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("jx32_land.txt", "land",
        "2024年2月26日立案、2024年11月18日决定，历时266日，超过行政处罚法第60条九十日，文书未记载延期批准或中止；"
        "每平方米100元在实施条例第57条内，已告知听证",
        [irregular("time_limit", "本局于2024年2月26日对本案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("jx33_environment.txt", "environment",
        "废乳化液HW09三车次0.92+1.07+0.86=2.85吨<3吨，去向正规处置、未倾倒（法释〔2023〕7号第一条第（二）项）；处置费1.2万；"
        "罚60万为固废法第112条第二款按20万计3倍，已听证",
        flags=UNDER),
    Doc("jx34_environment.txt", "environment",
        "总铅0.58/0.2为限值2.9倍（超标1.9倍）<3倍，总锌14.2/1.5为限值9.5倍<10倍（法释〔2023〕7号第一条第（三）项），"
        "次日修复复测达标；罚23万在水污染防治法第83条内，已告知听证",
        flags=UNDER),
    Doc("jx35_work_safety.txt", "work_safety",
        "一般事故重伤二人<3人、轻伤一人、无死亡，直接经济损失68万<100万（刑法第134条）；罚35万在安全生产法第114条内，已告知听证",
        flags=UNDER),
    Doc("jx36_land.txt", "land",
        "永久基本农田3,180平方米=4.77亩<5亩（法释〔2000〕14号第三条）；罚每平方米150元在实施条例第57条内，已听证",
        flags=UNDER),
    Doc("jx37_other.txt", "other",
        "拖欠23名农民工14.6万元，但在责令限期内足额支付，不是刑法第276条之一的经责令仍不支付；未编制工资台账逾期未改罚2万"
        "在保障农民工工资支付条例第54条2万-5万内",
        flags={"scenario": "remedied", "near_miss": True}),
    Doc("jx38_tax.txt", "tax",
        "逃税（增值税+城建税）297,888元且占22.6%，但首次被税务处理、已缴清税款滞纳金并接受处罚，依刑法第201条第四款不予追究；"
        "罚50%在征管法第63条内，已告知听证",
        flags={"scenario": "tax_paid", "near_miss": True}),
    Doc("jx39_fishery.txt", "fishery",
        "禁渔期禁渔区电鱼（刑法第340条），但已移送公安机关并立案侦查，不是隐匿的移送线索；罚款待刑事处理",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("jx40_mining.txt", "mining",
        "无证采砂价值11.2万元≥10万元，已移送公安，公安以越界开采方量证据不足不予立案并退回；罚30%在实施细则第42条内，"
        "已告知听证",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("jx41_environment.txt", "environment",
        "疑似篡改自动监测数据，经核查无修改痕迹、比对合格，系采样泵老化，未发现篡改（不达法释〔2023〕7号第一条第（七）项）；"
        "未保证设备正常运行罚5万在大气污染防治法第100条2万-20万内",
        flags={"scenario": "cleared", "near_miss": True}),
    Doc("jx42_customs.txt", "customs",
        "个人走私偷逃税款78,650元<10万元，此前未受走私处罚（刑法第153条）；完税价格86.4万元大于门槛但不是口径；罚5万在"
        "海关行政处罚实施条例第9条30%-2倍内，已告知听证",
        flags=UNDER),
    Doc("jx43_construction.txt", "construction",
        "燃气用户使用不符合气源的热水器，逾期不改罚500元在城镇燃气管理条例第49条个人1000元以下内，已改正；无刑事、公益情形",
        flags={"scenario": "ordinary"}),
    Doc("jx44_fishery.txt", "fishery",
        "禁渔期刺网（非禁用渔具）捕捞402+21+15=438公斤<500公斤、价值4,860元<1万元（法释〔2022〕12号第三条）；罚3千在"
        "渔业法第38条内",
        flags=UNDER),
]

GROUPS = [
    # ── 化整为零: one cooperative's three plots of 永久基本农田, three decisions over five months ──
    *[Doc(name, "land",
          "同一合作社（同一信用代码）分三案占用永久基本农田并严重毁坏种植条件，每案<5亩；累计1,067+1,267+1,200=3,534平方米="
          "5.30亩≥5亩（法释〔2000〕14号第三条，刑法第342条）；每案每平方米100元在实施条例第57条内",
          [split("land-342-cultivated/1", quote, 5.3, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("jx45_land.txt", "占用土地面积1,067平方米"),
                          ("jx46_land.txt", "上述地块被占面积为1,267平方米"),
                          ("jx47_land.txt", "占用土地1,200平方米"))],
    # ── repeat offender: the same credit code punished again nine months later ──
    Doc("jx48_environment.txt", "environment",
        "挥发性有机物无组织排放，首次处罚，罚5万元在大气污染防治法第108条2万-20万内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("jx49_environment.txt", "environment",
        "同一统一社会信用代码的单位在2024年5月8日处罚后约九个月再犯同类违法，二年内再犯；罚12万元在第108条内，已告知听证",
        [repeat("合肥新站佳彩包装印刷有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
