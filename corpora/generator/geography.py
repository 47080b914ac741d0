"""Places, agencies and decision-number (文号) styles.

Region codes are real GB/T 2260 codes, so generated credit codes and ID numbers carry a
plausible registration area. Agency names follow the naming of the three administrative
levels (province 厅/局, city 局, county 局 or a city bureau's 分局), and each agency kind has
its own 文号 patterns as seen in published decisions (``沪市监金处〔2023〕123号``,
``衡环罚决〔2023〕502号``, ``砚自然资罚字〔2024〕34号``, ``税稽罚〔2023〕…``).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

# province, short, code, customs, [(city, short, code, [(county, short, code)])]
GEOGRAPHY = [
    ("上海市", "沪", "310000", "上海海关", [("上海市", "沪", "310100", [
        ("金山区", "金", "310116"), ("浦东新区", "浦", "310115"), ("松江区", "松", "310117"), ("嘉定区", "嘉", "310114")])]),
    ("北京市", "京", "110000", "北京海关", [("北京市", "京", "110100", [
        ("朝阳区", "朝", "110105"), ("海淀区", "海", "110108"), ("大兴区", "兴", "110115"), ("通州区", "通", "110112")])]),
    ("浙江省", "浙", "330000", "杭州海关", [
        ("杭州市", "杭", "330100", [("萧山区", "萧", "330109"), ("临安区", "临", "330112"), ("桐庐县", "桐", "330122")]),
        ("宁波市", "甬", "330200", [("鄞州区", "鄞", "330212"), ("慈溪市", "慈", "330282"), ("象山县", "象", "330225")]),
        ("温州市", "温", "330300", [("瑞安市", "瑞", "330381"), ("乐清市", "乐", "330382"), ("苍南县", "苍", "330327")])]),
    ("江苏省", "苏", "320000", "南京海关", [
        ("南京市", "宁", "320100", [("江宁区", "江宁", "320115"), ("六合区", "六", "320116"), ("溧水区", "溧", "320117")]),
        ("苏州市", "苏", "320500", [("昆山市", "昆", "320583"), ("常熟市", "常", "320581"), ("吴江区", "吴", "320509")]),
        ("徐州市", "徐", "320300", [("沛县", "沛", "320322"), ("邳州市", "邳", "320382"), ("睢宁县", "睢", "320324")])]),
    ("广东省", "粤", "440000", "黄埔海关", [
        ("广州市", "穗", "440100", [("白云区", "云", "440111"), ("番禺区", "番", "440113"), ("花都区", "花", "440114")]),
        ("惠州市", "惠", "441300", [("惠城区", "惠城", "441302"), ("博罗县", "博", "441322"), ("龙门县", "龙", "441324")]),
        ("江门市", "江", "440700", [("江海区", "江海", "440704"), ("台山市", "台", "440781"), ("开平市", "开", "440783")])]),
    ("湖南省", "湘", "430000", "长沙海关", [
        ("长沙市", "长", "430100", [("望城区", "望", "430112"), ("浏阳市", "浏", "430181"), ("宁乡市", "宁乡", "430182")]),
        ("岳阳市", "岳", "430600", [("汨罗市", "汨", "430681"), ("华容县", "华", "430623"), ("湘阴县", "湘阴", "430624")])]),
    ("四川省", "川", "510000", "成都海关", [
        ("成都市", "成", "510100", [("双流区", "双", "510116"), ("郫都区", "郫", "510117"), ("金堂县", "金堂", "510121")]),
        ("宜宾市", "宜", "511500", [("南溪区", "南", "511503"), ("江安县", "江安", "511523"), ("长宁县", "长宁", "511524")])]),
    ("云南省", "云", "530000", "昆明海关", [
        ("文山壮族苗族自治州", "文", "532600", [("文山市", "文市", "532601"), ("砚山县", "砚", "532622"), ("丘北县", "丘", "532626")]),
        ("昆明市", "昆", "530100", [("官渡区", "官", "530111"), ("呈贡区", "呈", "530114"), ("宜良县", "宜良", "530125")])]),
    ("河北省", "冀", "130000", "石家庄海关", [
        ("衡水市", "衡", "131100", [("桃城区", "桃", "131102"), ("冀州区", "冀州", "131103"), ("枣强县", "枣", "131121")]),
        ("石家庄市", "石", "130100", [("正定县", "正", "130123"), ("藁城区", "藁", "130109"), ("辛集市", "辛", "130181")])]),
    ("山东省", "鲁", "370000", "青岛海关", [
        ("威海市", "威", "371000", [("环翠区", "环", "371002"), ("荣成市", "荣", "371082"), ("乳山市", "乳", "371083")]),
        ("临沂市", "临", "371300", [("兰山区", "兰", "371302"), ("沂南县", "沂南", "371321"), ("郯城县", "郯", "371322")])]),
]

ROADS = ("人民路", "解放路", "建设大道", "工业园区纬二路", "中山路", "滨江路", "新华街", "经济开发区创业大道", "东风路",
         "城南大道", "幸福路", "环城北路", "青年路", "长江路", "和平街")
VILLAGES = ("东方村", "杨家村", "新塘村", "大王庄村", "石桥村", "河口村", "三合村", "柳树湾村", "白沙村", "北湖村")

# agency kind -> (province name, city name, county name); "{}" takes the place name
DEPARTMENTS = {
    "eco": ("生态环境厅", "生态环境局", "分局"),
    "nr": ("自然资源厅", "自然资源和规划局", "自然资源局"),
    "forest": ("林业局", "林业和草原局", "林业局"),
    "agri": ("农业农村厅", "农业农村局", "农业农村局"),
    "water": ("水利厅", "水务局", "水利局"),
    "market": ("市场监督管理局", "市场监督管理局", "市场监督管理局"),
    "drug": ("药品监督管理局", "市场监督管理局", "市场监督管理局"),
    "culture": ("文化和旅游厅", "文化广电旅游局", "文化和旅游局"),
    "tax": ("税务局稽查局", "税务局稽查局", "税务局"),
    "customs": ("海关", "海关", "海关"),
    "safety": ("应急管理厅", "应急管理局", "应急管理局"),
    "fire": ("消防救援总队", "消防救援支队", "消防救援大队"),
    "health": ("卫生健康委员会", "卫生健康委员会", "卫生健康局"),
    "tobacco": ("烟草专卖局", "烟草专卖局", "烟草专卖局"),
    "transport": ("交通运输厅", "交通运输局", "交通运输局"),
    "police": ("公安厅", "公安局", "公安局"),
    "finance": ("地方金融监督管理局", "地方金融监督管理局", "金融工作局"),
    "construction": ("住房和城乡建设厅", "城市管理综合行政执法局", "住房和城乡建设局"),
    "hr": ("人力资源和社会保障厅", "人力资源和社会保障局", "人力资源和社会保障局"),
    "stats": ("统计局", "统计局", "统计局"),
    "csrc": ("监管局", "监管局", "监管局"),
    "nfra": ("监管局", "监管分局", "监管分局"),
}

# agency kind -> 文号 patterns; {p} province short, {c} city short, {k} county short, {Y} year, {N} number
NUMBER_PATTERNS = {
    "eco": ("{c}环罚〔{Y}〕{N}号", "{c}环罚决〔{Y}〕{N}号", "{c}环{k}罚字〔{Y}〕第{N}号", "{p}环罚〔{Y}〕{N}号"),
    "nr": ("{k}自然资罚字〔{Y}〕{N}号", "{c}自然资规罚〔{Y}〕第{N}号", "{c}自然执罚字〔{Y}〕{N}号"),
    "forest": ("{c}林罚决字〔{Y}〕第{N}号", "{k}林罚字〔{Y}〕{N}号", "{c}林草罚〔{Y}〕{N}号"),
    "agri": ("{c}农（渔）罚〔{Y}〕{N}号", "{k}农罚〔{Y}〕{N}号", "{c}农执罚字〔{Y}〕第{N}号"),
    "water": ("{c}水罚〔{Y}〕{N}号", "{k}水政罚字〔{Y}〕第{N}号"),
    "market": ("{c}市监{k}处〔{Y}〕{N}号", "{k}市监罚〔{Y}〕{N}号", "{c}市监处罚〔{Y}〕{N}号", "{c}{k}市监处字〔{Y}〕{N}号"),
    "drug": ("{p}药监罚〔{Y}〕{N}号", "{c}市监药罚〔{Y}〕{N}号", "{k}市监罚〔{Y}〕{N}号"),
    "culture": ("{c}文旅罚〔{Y}〕{N}号", "{k}文旅执罚字〔{Y}〕第{N}号"),
    "tax": ("{c}税稽罚〔{Y}〕{N}号", "{c}税{k}罚〔{Y}〕{N}号", "{c}税稽罚字〔{Y}〕第{N}号"),
    "customs": ("{cu}缉违字〔{Y}〕{N}号", "{cu}关缉决字〔{Y}〕{N}号", "{cu}违字〔{Y}〕{N}号"),
    "safety": ("（{c}）应急罚〔{Y}〕{N}号", "{k}应急罚〔{Y}〕{N}号", "{c}应急执法罚〔{Y}〕{N}号"),
    "fire": ("{c}消行罚决字〔{Y}〕{N}号", "{k}消行罚决字〔{Y}〕第{N}号"),
    "health": ("{c}卫医罚〔{Y}〕{N}号", "{k}卫健罚〔{Y}〕{N}号", "{c}卫监罚字〔{Y}〕第{N}号"),
    "tobacco": ("{c}烟罚〔{Y}〕第{N}号", "{k}烟处〔{Y}〕{N}号", "{c}烟专罚字〔{Y}〕{N}号"),
    "transport": ("{c}交运罚〔{Y}〕{N}号", "{k}交执罚〔{Y}〕{N}号"),
    "police": ("{c}公（{k}）行罚决字〔{Y}〕{N}号", "{k}公行罚决字〔{Y}〕第{N}号"),
    "finance": ("{c}金罚〔{Y}〕{N}号", "{p}金管罚〔{Y}〕{N}号"),
    "construction": ("{c}城管罚决字〔{Y}〕{N}号", "{k}建罚〔{Y}〕{N}号", "{c}建执罚〔{Y}〕第{N}号"),
    "hr": ("{c}人社监罚〔{Y}〕{N}号", "{k}人社罚字〔{Y}〕{N}号"),
    "stats": ("{c}统执罚〔{Y}〕{N}号", "{k}统罚字〔{Y}〕第{N}号"),
    "csrc": ("{p}证监罚字〔{Y}〕{N}号", "〔{Y}〕{N}号"),
    "nfra": ("{c}金罚决字〔{Y}〕{N}号", "{c}金监罚决字〔{Y}〕{N}号"),
}
BRACKETS = (("〔", "〕"), ("〔", "〕"), ("〔", "〕"), ("[", "]"), ("（", "）"), ("【", "】"))

CUSTOMS_SUBORDINATE = {"上海海关": "洋山海关", "北京海关": "首都机场海关", "杭州海关": "温州海关", "南京海关": "徐州海关",
                       "黄埔海关": "惠州海关", "长沙海关": "岳阳海关", "成都海关": "宜宾海关", "昆明海关": "河口海关",
                       "石家庄海关": "衡水海关", "青岛海关": "威海海关"}


@dataclass
class Place:
    province: str
    province_short: str
    city: str
    city_short: str
    county: str
    county_short: str
    region_code: str
    customs: str

    @property
    def municipality(self) -> bool:
        return self.province == self.city

    @property
    def county_full(self) -> str:
        return self.county if self.municipality else f"{self.city}{self.county}"

    def address(self, rng: random.Random) -> str:
        prefix = "" if rng.random() < 0.3 else self.province if not self.municipality else ""
        if rng.random() < 0.25:
            return f"{prefix}{self.county_full}{rng.choice(('城关镇', '新华镇', '白马镇', '东湖街道'))}{rng.choice(VILLAGES)}{rng.randint(1, 12)}组"
        return f"{prefix}{self.county_full}{rng.choice(ROADS)}{rng.randint(1, 999)}号"


def random_place(rng: random.Random) -> Place:
    province, pshort, _pcode, customs, cities = rng.choice(GEOGRAPHY)
    city, cshort, _ccode, counties = rng.choice(cities)
    county, kshort, kcode = rng.choice(counties)
    return Place(province, pshort, city, cshort, county, kshort, kcode, customs)


@dataclass
class Agency:
    name: str
    kind: str
    level: str  # province | city | county
    place: Place
    short: dict[str, str]

    def decision_number(self, rng: random.Random, year: int, serial: int) -> str:
        patterns = NUMBER_PATTERNS[self.kind]
        if self.level != "county":  # a county short name leads only county-level numbers
            patterns = tuple(p for p in patterns if not p.startswith("{k}")) or patterns
        pattern = rng.choice(patterns)
        left, right = rng.choice(BRACKETS)
        number = pattern.format(Y=year, N=serial, **self.short).replace("〔", left).replace("〕", right)
        return number

    @property
    def government(self) -> str:
        place = self.place
        if self.level == "province":
            return f"{place.province}人民政府"
        if self.level == "city":
            return f"{place.city}人民政府"
        return f"{place.county_full}人民政府"

    @property
    def court(self) -> str:
        return f"{self.place.county_full}人民法院" if not self.place.municipality else f"{self.place.province}{self.place.county}人民法院"


def make_agency(rng: random.Random, kind: str, level: str, place: Place) -> Agency:
    dept_p, dept_c, dept_k = DEPARTMENTS[kind]
    p = place
    city_name = p.city
    if kind == "tax":
        name = {"province": f"国家税务总局{p.province}税务局稽查局", "city": f"国家税务总局{city_name}税务局稽查局",
                "county": f"国家税务总局{p.county_full}税务局"}[level]
    elif kind == "csrc":
        name, level = f"中国证券监督管理委员会{p.province.rstrip('省市')}监管局", "province"
    elif kind == "nfra":
        name = f"国家金融监督管理总局{p.province.rstrip('省市')}监管局" if level == "province" or p.municipality else \
            f"国家金融监督管理总局{p.city.rstrip('市')}监管分局"
        level = "province" if level == "province" or p.municipality else "city"
    elif kind == "customs":
        name = p.customs if level != "county" else CUSTOMS_SUBORDINATE.get(p.customs, p.customs)
        level = "province" if level != "county" else "city"
    elif level == "province":
        name = f"{p.province}{dept_p}"
    elif level == "city":
        name = f"{city_name}{dept_c}"
    elif kind == "eco":
        name = f"{city_name}生态环境局{p.county.rstrip('区县市')}分局"
    elif kind == "police" and p.county.endswith("区"):
        name = f"{city_name}公安局{p.county}分局"
    else:
        name = f"{p.county_full}{dept_k}"
    cu = name.replace("海关", "") if kind == "customs" else ""
    city_short = p.province_short if level == "province" else p.city_short
    county_short = p.county_short if level == "county" else {"province": "总", "city": "执"}[level]
    short = {"p": p.province_short, "c": city_short, "k": county_short, "cu": cu[:2] or p.city_short}
    return Agency(name=name, kind=kind, level=level, place=place, short=short)
