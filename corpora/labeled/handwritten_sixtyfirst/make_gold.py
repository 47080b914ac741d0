"""Lead labels for the sixty-first hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-23 without reading any decision
of the other hand-written sets nor the screening code. Every decision ``knNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of city and county agencies in 四川, 重庆,
贵州 and 云南 (林业, 自然资源, 野生动植物, 生态环境, 应急管理, 文物, and forms of 税务, 公安, 海关,
人社). All names, numbers, codes and addresses are invented; credit codes carry valid GB 32100-2015
check digits, identity numbers valid GB 11643 check digits (or masked tails). Labels come from the
law only: criminal thresholds from corpora/knowledge/thresholds.yaml, hearing figures from
corpora/knowledge/hearing.yaml, fine ranges and article existence from the statute text in force on
the decision date (corpora/knowledge/statutes). Each row's ``meta.reason`` gives the one-line legal
reason.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_sixtyfirst/make_gold.py``.
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
CREATED = "2026-11-23T00:50:00+00:00"
VERSION = "handwritten-sixtyfirst/1"

SPLIT, REPEAT = "split-kn-jianhe-overcutting", "repeat-kn-jiangjin-dust"

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("kn01_forestry.txt", "forestry",
        "无证采伐本人林木三小班，表中合计立木蓄积22.80立方米≥20立方米（法释〔2023〕8号第六条，刑法第345条第二款滥伐）；"
        "林木价值12,882元<5万不是唯一口径；罚3倍在森林法第76条第二款3-5倍内，已告知听证；只罚款未移送",
        [threshold("forest-345-2-overcutting/1", "22.80", 22.8), fined_only("计人民币叁万捌仟陆佰肆拾陆元整")], OVER),
    Doc("kn02_forestry.txt", "forestry",
        "二人盗伐集体林木两处，杉木4.12+马尾松3.24=7.36立方米≥5立方米（法释〔2023〕8号第三条，刑法第345条第一款），"
        "合计须读者相加；罚5倍在森林法第76条第一款5-10倍内；只罚款未移送",
        [threshold("forest-345-1-theft/1", "采伐杉木立木蓄积4.12立方米", 7.36),
         fined_only("共计人民币肆万柒仟捌佰陆拾捌元整")], OVER),
    Doc("kn03_forestry.txt", "forestry",
        "擅自改变林地用途三块1,856+1,420+312=3,588平方米=5.38亩，地块为地方公益林（在另一段），≥5亩且林木被毁"
        "（法释〔2023〕8号第一条，刑法第342条）；罚2倍在森林法第73条三倍以下内，已告知听证；只罚款未移送",
        [threshold("land-342-forest/1", "1号地块，砂石堆场，面积1,856平方米", 5.38),
         fined_only("即人民币贰拾壹万伍仟贰佰捌拾元")], OVER),
    Doc("kn04_forestry.txt", "forestry",
        "天然林内毁坏野生南方红豆杉3株，一级保护在另一段，≥1株（法释〔2023〕8号第二条，刑法第344条）；罚2倍在"
        "森林法第74条五倍以下内；只罚款没收未移送",
        [threshold("forest-344-protected-plants/1", "南方红豆杉3株", 3.0), fined_only("计人民币壹万零捌佰元整")], OVER),
    Doc("kn05_forestry.txt", "forestry",
        "收购出售野生石斛属（二级，级别在另一段）干品12.6千克×标价1,800元/千克=22,680元≥2万元（法释〔2023〕8号第二条，"
        "刑法第344条）；进货8,940元、违法所得6,300元为错误口径；罚3倍在野生植物保护条例第24条十倍以下内，已听证；只罚款未移送",
        [threshold("forest-344-protected-plants/5", "经称重共计12.6千克", 22680.0),
         fined_only("并处违法所得三倍的罚款18,900元")], OVER),
    Doc("kn06_wildlife.txt", "wildlife",
        "收购待售国家二级保护猕猴3只，评估价值3万元≥2万元（法释〔2022〕12号第六条，刑法第341条第一款）；"
        "购价每只4,500元不是口径；罚2倍在野生动物保护法第52条2-20倍内；只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "合计人民币叁万元整", 30000.0), fined_only("计人民币陆万元")], OVER),
    Doc("kn07_wildlife.txt", "wildlife",
        "收购运输出售穿山甲鳞片1.36千克（一级，在另一句），评估价值5.44万元≥2万元（法释〔2022〕12号第六条，刑法第341条"
        "第一款）；进货1.22万元为错误口径；罚2倍在野生动物保护法第52条2-20倍内；只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "涉案穿山甲鳞片价值5.44万元", 54400.0),
         fined_only("计人民币壹拾万零捌仟捌佰元")], OVER),
    Doc("kn08_land.txt", "land",
        "非法占用永久基本农田（在另一段）四处1,420+1,065+988+912=4,385平方米=6.58亩≥5亩，耕作层全部破坏（法释〔2000〕"
        "14号第三条，刑法第342条）；每平方米150元在实施条例第57条100-1000元内，已告知听证；只罚款未移送",
        [threshold("land-342-cultivated/1", "（一）冷库及分拣车间，占地1,420平方米", 6.58),
         fined_only("计人民币陆拾伍万柒仟柒佰伍拾元")], OVER),
    Doc("kn09_land.txt", "land",
        "耕地（旱地，非永久基本农田，在另一段）挖砂三地块4.2+3.9+3.5=11.6亩≥10亩，种植条件严重毁坏（法释〔2000〕14号"
        "第三条，刑法第342条）；罚耕地开垦费5倍在实施条例第55条5-10倍内；只罚款未移送",
        [threshold("land-342-cultivated/2", '红岩村四社"下坝"4.2亩', 11.6),
         fined_only("罚款计人民币叁拾捌万陆仟陆佰伍拾元整")], OVER),
    Doc("kn10_mining.txt", "mining",
        "无证采煤2,150吨×168元/吨=361,200元≥10万元（亦≥30万，法释〔2016〕25号第三条，刑法第343条第一款）；"
        "违法所得12万为另一口径；罚30%在实施细则第42条50%以下内；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "涉案原煤按每吨168元计价", 361200.0), fined_only("计人民币叁万陆仟元")],
        OVER),
    Doc("kn11_mining.txt", "mining",
        "采矿证到期后继续采石，机制砂5,400吨×42+碎石3,900吨×35，合计行363,300元≥10万元（亦≥30万，采矿许可证到期"
        "视为未取得，法释〔2016〕25号第二条、第三条，刑法第343条）；违法所得87,600元为错误口径；罚40%在细则第42条内，已听证；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "363,300", 363300.0), fined_only("并处违法所得百分之四十的罚款35,040元")],
        OVER),
    Doc("kn12_mining.txt", "mining",
        "无证采磷矿石壹仟玖佰贰拾吨（大写），坑口价每吨210元在另一段，价值403,200元≥10万元（亦≥30万，法释〔2016〕25号第三条，刑法第343条）；"
        "违法所得26.1万为另一口径；罚20%在细则第42条内；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "共采出并运走磷矿石壹仟玖佰贰拾吨", 403200.0), fined_only("计人民币伍万贰仟贰佰元")],
        OVER),
    Doc("kn13_environment.txt", "environment",
        "私设暗管排放含总铬、六价铬的电镀废水（有毒物质），法释〔2023〕7号第一条第（四）项暗管排放有毒物质，刑法第338条"
        "无数量要求；罚45万在水污染防治法第83条10万-100万内，已告知听证；只罚款未移送",
        [trigger("env-338-pollution/9", "私设暗管"), fined_only("罚款人民币肆拾伍万元整")], QUAL),
    Doc("kn14_environment.txt", "environment",
        "水环境重点排污单位篡改化学需氧量在线监测参数并超标排放（法释〔2023〕7号第一条第（七）项，刑法第338条）；"
        "罚60万在水污染防治法第83条内，已听证；只罚款未移送",
        [trigger("env-338-pollution/10", "修改了化学需氧量在线监测仪的量程斜率参数"),
         fined_only("并处罚款人民币陆拾万元")], QUAL),
    Doc("kn15_environment.txt", "environment",
        "废矿物油（HW08，在另一段）分三批交无证个人，1.26+0.98+1.14=3.38吨≥3吨，无合计行（法释〔2023〕7号第一条第（二）项，"
        "刑法第338条）；罚60万为固废法第112条第二款按20万计的3倍；只罚款未移送",
        [threshold("env-338-pollution/1", "第一批，2023年9月26日，装桶42只，过磅1.26吨", 3.38),
         fined_only("即人民币陆拾万元")], OVER),
    Doc("kn16_work_safety.txt", "work_safety",
        "非煤矿山高陡边坡重大事故隐患被责令停产整顿，复查时撕封条继续作业11人（刑法第134条之一第（二）项危险作业罪）；"
        "单位5万在安全生产法第102条五万以下内、负责人6万在5-10万内，已告知听证；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/2", "采场内仍有挖掘机、装载机在采场作业"),
         fined_only("对砚山县兴盛石灰石矿处人民币伍万元罚款")], QUAL),
    Doc("kn17_work_safety.txt", "work_safety",
        "烟花爆竹企业超量超员重大事故隐患被责令停产整顿并查封，擅自启封组织23人装药生产（刑法第134条之一第（二）项）；"
        "单位5万、法定代表人5万在安全生产法第102条内，已告知听证；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/2", "擅自启封并组织工人在2号、3号、5号工房内装药"),
         fined_only("对当事人处罚款人民币伍万元")], QUAL),
    Doc("kn18_public_security.txt", "public_security",
        "夜间撬开明代石室墓墓顶、挖开墓室翻找随葬品，墓葬具有历史、科学价值（不以公布为文保单位为限），盗掘古墓葬为刑法"
        "第328条行为犯（法释〔2015〕23号第八条）；公安只给治安拘留罚款（治安管理处罚法第63条），未移送立案",
        [trigger("relics-326-328-trafficking-tomb-robbing/3", "挖开墓室"), fined_only("处行政拘留十日，并处罚款伍佰元")],
        QUAL),
    Doc("kn19_tax.txt", "tax",
        "无真实交易虚开增值税专用发票9份，三行税额51,769.91+36,814.16+29,853.98=118,438.05元≥10万元（无税额合计行；"
        "法释〔2024〕4号第十一条，刑法第205条）；价税合计102.95万为另一口径；罚30万在发票管理办法第35条5-50万内；只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "51,769.91", 118438.05), fined_only("并处罚款人民币叁拾万元")], OVER),
    Doc("kn20_customs.txt", "customs",
        "个人绕关走私翡翠原石，偷逃关税21,460+进口环节增值税96,880=118,340元≥10万元（个人，法释〔2014〕10号第十六条，"
        "刑法第153条）；完税价格74.5万为另一口径；罚11.8万在海关行政处罚实施条例第9条第（三）项3倍以下内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "关税人民币21,460.00元", 118340.0),
         fined_only("并处罚款人民币壹拾壹万捌仟元")], OVER),
    Doc("kn21_other.txt", "other",
        "拖欠17名农民工工资42,600+51,300+18,900=112,800元≥3万元，经限期整改指令书责令后逾期不付、负责人逃匿（法释〔2013〕"
        "3号第三、四条，刑法第276条之一）；人社只决定加付赔偿金50%（劳动保障监察条例第26条50%-1倍内）；未移送",
        [threshold("labor-276-1-wage-refusal/2", "钢筋班6人，拖欠42,600元", 112800.0),
         fined_only("加付赔偿金人民币伍万陆仟肆佰元")], OVER),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("kn22_forestry.txt", "forestry",
        "商品林地3.23亩<10亩（不达刑法第342条），责令限期恢复后两次复查仍未恢复、堆场仍在使用、泥沙入河（生态环境和资源保护）；"
        "罚1倍在森林法第73条内",
        [pil("ecology_resources", "至今仍未恢复植被")], PIL),
    Doc("kn23_environment.txt", "environment",
        "磷石膏渣场渗滤液总磷、氟化物超标（非338第二、三项所列重金属），责令停排后两次复查仍入河、村民无法取水（生态环境和"
        "资源保护）；罚30万在水污染防治法第83条内，已告知听证",
        [pil("ecology_resources", "渗滤液仍通过排洪沟流入马场坪河")], PIL),
    Doc("kn24_land.txt", "land",
        "国有建设用地出让价款尚欠3,486万元三次催缴未缴（国有土地使用权出让领域）；未批先建每平方米100元在实施条例第57条内，"
        "已听证",
        [pil("state_land_transfer", "尚欠土地出让价款3,486万元")], PIL),
    Doc("kn25_culture_tourism.txt", "culture_tourism",
        "省级文保单位摩崖造像保护范围内违建，责令拆除后仍未拆除并营业，污水致龛窟渗水粉化（文物和文化遗产保护）；非故意损毁"
        "不标刑法第324条；罚5万在文物保护法（2017）第66条5-50万内",
        [pil("cultural_relics", "违法建筑仍未拆除")], PIL),
    Doc("kn26_water.txt", "water",
        "国家级自然保护区禁采区河道无证采砂，价值2.9万元<5万元（法释〔2016〕25号第三条第二款不达），责令回填逾期未改、"
        "产卵场未恢复（生态环境和资源保护）；依河道管理条例第44条罚款",
        [pil("ecology_resources", "采砂坑至今未回填")], PIL),
    Doc("kn27_mining.txt", "mining",
        "关闭采石场未复垦、未缴土地复垦费78万元，逾期不缴，41亩损毁土地裸露、泥石淤塞灌渠（生态环境和资源保护）；"
        "罚1倍在土地复垦条例第42条1-2倍内",
        [pil("ecology_resources", "采场约41亩损毁土地仍为裸露岩面和废石堆")], PIL),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("kn28_forestry.txt", "forestry",
                 "滥伐8.4立方米<20（不达刑法），森林法第76条第二款罚滥伐林木价值3-5倍；只罚1倍，低于下限且未写减轻情节的法定依据",
                 "处滥伐林木价值一倍的罚款，计人民币壹万零捌拾元"),
    out_of_range("kn29_land.txt", "land",
                 "非法占地420平方米，土地管理法实施条例第57条罚每平方米100-1000元；每平方米1,500元超出上限",
                 "处非法占用土地每平方米1,500元的罚款"),
    no_hearing("kn30_work_safety.txt", "work_safety",
               "应急管理对单位罚款4万元≥3万元（hearing.yaml安全生产单位三万元，行政处罚法第63条），只告知陈述申辩未告知听证；"
               "罚款在安全生产法第99条五万元以下内",
               "我局决定对当事人处人民币肆万元罚款"),
    no_hearing("kn31_public_security.txt", "public_security",
               "公安机关对个人罚款1万元≥2,000元（公安机关办理行政案件程序规定第123条），只告知陈述申辩未告知听证；罚款在烟花"
               "爆竹安全管理条例第36条第二款1-5万元内；46箱成品烟花不标刑事",
               "现决定对彭志远处罚款人民币壹万元"),
    Doc("kn32_forestry.txt", "forestry",
        "森林法（2019修订，2020年7月1日施行）共84条，引用的第八十九条不存在（改变林地用途罚则为第73条，三倍以下，1倍在内）；"
        "0.98亩不达刑事，已告知听证",
        [irregular("nonexistent_article", "《中华人民共和国森林法》第八十九条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("kn33_land.txt", "land",
        "2024年3月5日立案、2024年9月18日决定，历时197日，超过行政处罚法第60条九十日，文书未记载延期批准或中止；"
        "每平方米100元在实施条例第57条内，已告知听证",
        [irregular("time_limit", "本局于2024年3月5日对当事人涉嫌未经批准占用集体土地修建养殖场一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("kn34_forestry.txt", "forestry",
        "超证滥伐合计19.6立方米<20立方米，价值27,815元<5万元（法释〔2023〕8号第六条）；罚款83,445元大于5万但是罚款不是口径；"
        "3倍在森林法第76条内，已听证",
        flags=near("under")),
    Doc("kn35_land.txt", "land",
        "占用永久基本农田1,760+1,440=3,200平方米=4.8亩<5亩（法释〔2000〕14号第三条）；每平方米100元在实施条例第57条内",
        flags=near("under")),
    Doc("kn36_forestry.txt", "forestry",
        "盗伐9.2立方米≥5，但已移送公安机关并立案侦查，不是隐匿的移送线索；只责令补种，罚款待刑事程序终结",
        flags=near("transferred", transferred=True)),
    Doc("kn37_mining.txt", "mining",
        "无证采砂岩价值31.8万元≥10万，已移送公安，公安以数量无法区分不予立案并退回；罚50%在细则第42条内，已告知听证",
        flags=near("police_declined", police_declined=True)),
    Doc("kn38_environment.txt", "environment",
        "举报为电镀污泥，鉴别结论不具有危险特性、属一般工业固废，4.6吨不适用危险废物三吨标准；罚12万在固废法第102条"
        "第（十）项10万-100万内，已告知听证",
        flags=near("not_detected")),
    Doc("kn39_forestry.txt", "forestry",
        "改变商品林地用途2.13亩<10亩，限期内已恢复植被并验收，无持续损害，不是公益诉讼线索；罚0.5倍在森林法第73条内",
        flags=near("pil_remedied", continuing_harm=False)),
    Doc("kn40_other.txt", "other",
        "拖欠12人工资4.86万元，但在整改指令期限内足额支付，不是刑法第276条之一的经责令仍不支付；超时加班每人300元在"
        "劳动保障监察条例第25条100-500元内",
        flags=near("remedied")),
    Doc("kn41_tax.txt", "tax",
        "逃税23.648万元且占14.2%，但首次被税务处理、已补缴税款滞纳金并接受处罚，依刑法第201条第四款不予追究；"
        "罚50%在征管法第63条内，已告知听证",
        flags=near("tax_paid")),
    Doc("kn42_environment.txt", "environment",
        "总镍超标4.24倍，镍属法释〔2023〕7号第一条第（四）项十倍一类，<10倍；铅汞镉铬等三倍一类未检出；无暗管；罚20万在"
        "水污染防治法第83条内，已告知听证",
        flags=near("under")),
    Doc("kn43_environment.txt", "environment",
        "废铅蓄电池（HW31）三批1.15+0.92+0.63=2.70吨<3吨给无证者（法释〔2023〕7号第一条第（二）项）；罚60万（按20万计3倍）"
        "和得款为错误口径，已听证",
        flags=near("under")),
    Doc("kn44_forestry.txt", "forestry",
        "58株待售植物中只有1株金毛狗为国家二级，<2株，其余57株不是重点保护（法释〔2023〕8号第二条）；只没收",
        flags=near("under")),
    Doc("kn45_work_safety.txt", "work_safety",
        "非煤矿山重大事故隐患被责令停止中段作业，当日撤人停止，整改验收后恢复，不是拒不执行（刑法第134条之一第（二）项不达）；"
        "罚3万在安全生产法第102条五万以下内，已告知听证",
        flags=near("remedied")),
    Doc("kn46_forestry.txt", "forestry",
        "不予行政处罚决定书：超证采伐0.6立方米，初次违法、后果轻微并及时改正（行政处罚法第33条第一款）",
        flags={"scenario": "no_penalty"}),
]

GROUPS = [
    # ── 化整为零: one forestry company's over-permit cutting cut into three decisions the same day ──
    *[Doc(name, "forestry",
          "同一公司（同一信用代码）在三个小班超出许可地点采伐，同日拆成三案；7.8+6.9+6.6=21.3立方米≥20立方米"
          "（法释〔2023〕8号第六条、多次滥伐累计，刑法第345条第二款）；每案罚3倍在森林法第76条第二款内",
          [split("forest-345-2-overcutting/1", quote, 21.3, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("kn47_forestry.txt", "超出许可范围采伐的杉木立木蓄积7.8立方米"),
                          ("kn48_forestry.txt", "超出许可范围采伐的杉木立木蓄积6.9立方米"),
                          ("kn49_forestry.txt", "超出许可范围采伐的马尾松立木蓄积6.6立方米"))],
    # ── repeat offender: the same credit code punished again fourteen months later ──
    Doc("kn50_environment.txt", "environment",
        "砂石料堆未覆盖未围挡，首次处罚，罚3万元在大气污染防治法第117条1万-10万内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("kn51_environment.txt", "environment",
        "同一统一社会信用代码的单位在2024年4月10日处罚后约十四个月再犯同类扬尘违法，二年内再犯；罚6万元在第117条内",
        [repeat("重庆市江津区鼎石建材有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
