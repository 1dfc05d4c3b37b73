"""Whose report a document is: a city's own report names its city (and 全市, 市总工会) more than
its province (and 全省, 省总工会); a national one names 全国 far more than any province; otherwise
it is the report of the province it names most.
"""
from __future__ import annotations

from collections import Counter

from .regions import NATIONAL, Gazetteer, Mention, Scope, is_region

MANY_PROVINCES, HOME_SHARE = 5, 0.4  # places in 5 provinces, none in 40 % of mentions, 全国 said: national
_LEAD_COMMAS, _CLAUSE_STARTS = ("，", ",", "：", ":"), "。；;！？!?\n，,：: \t\u3000"


def document_scope(gazetteer: Gazetteer, text: str, mentions: list[Mention],
                   marks: dict[str, list[int]] | None = None) -> Scope:
    """Whose report this is: a city's, a province's, or the nation's."""
    marks = gazetteer.marks(text) if marks is None else marks
    mentions = _one_place_each(mentions)
    count = {kind: len(marks.get(kind, ())) for kind in ("national", "province", "city")}
    provinces = Counter(m.province for m in mentions)
    province_names = Counter(m.province for m in mentions if not m.city)
    cities = Counter(m.city for m in mentions if m.city)
    national = count["national"]
    if not provinces:  # no place named: the nation's only if it says so more than 全省 (or, of an
        # autonomous region's report, 自治区总工会, 全区, 我区; of a city's or a county's, 我市, 全县)
        # does, outside quoted words (an oath: “我志愿加入中华全国总工会……”)
        national = sum(1 for at in marks.get("national", ()) if text.rfind("“", 0, at) <= text.rfind("”", 0, at))
        own = sum(len(marks.get(kind, ())) for kind in ("region_body", "region", "city", "county"))
        return Scope(NATIONAL if national > count["province"] + own else "", "")
    ranked = provinces.most_common(2)
    province = ranked[0][0]
    # 全区 speaks for an autonomous region, unless the report names a district (兴庆区总工会…全区)
    region = len(marks.get("region_body", ())) + (
        0 if gazetteer.names_county(text, mentions) else len(marks.get("region", ())))

    # 浙江省总工会 speaks for 浙江, not for the province the document names most
    ends = name_ends(mentions, text)
    named_before = {end: m.province for end, m in ends.items()}
    province_marks = marks.get("province", ())

    def provincial_marks(name: str) -> int:
        """全省, 省总工会; 全区 in an autonomous region's report; 全市 in a municipality's."""
        own = sum(1 for p in province_marks if named_before.get(p, name) == name)
        return (own + (region if is_region(name) else 0)
                + (count["city"] if name in gazetteer.municipalities else 0))
    provincial = province_names[province] + provincial_marks(province)
    city, own = _home_city(cities, ends, marks.get("city", ())) if cities else ("", 0)
    # not a city's own report that names 全国 in its honours and contests (乌海市总工会…全国、自治区
    # “五一劳动奖状”…全国总工会组织的知识竞赛): its city speaks for it as much
    county = len(marks.get("county", ()))  # 全县, 我县: a county's own report
    if national > 2 * provincial and national >= 3 and max(own, county) < national:
        return Scope(NATIONAL, "")
    # a national piece that names provinces in turn (浙江省…；广东省…；四川省…) or ranks them (广东
    # 21.5万个领先；河南…): none stands out. One 全国 is enough where two or more are named
    # and none says 全省, 省总工会 or 全市 of itself
    if len(ranked) > 1 and ranked[0][1] <= ranked[1][1] + 1 and national and (
            national >= max(2, provincial) or (not provincial_marks(province) and not count["city"] and not county)):
        return Scope(NATIONAL, "")
    # a national piece that goes round the country (武汉、南昌、株洲、烟台、西安…): one province may
    # be named most, but not in most mentions, and it speaks of itself as a whole (全省, 省总工会)
    # no more than of the nation (a provincial report's 全国劳模, 全国工人先锋号 count as the nation)
    if (national and len(provinces) >= MANY_PROVINCES and provincial_marks(province) <= national
            and ranked[0][1] < HOME_SHARE * sum(provinces.values())):
        return Scope(NATIONAL, "")
    # a national piece that names one province once (其中,广东省各地工会…) as an example (a city's
    # or a county's name once is its own report's, 通山县总工会…)
    if (national >= 2 and sum(provinces.values()) == 1 and not cities and not provincial_marks(province)
            and not count["city"] and not county):
        return Scope(NATIONAL, "")
    if cities:
        n = cities[city]
        home = gazetteer.places[city][0]
        if county and gazetteer.names_county(text, mentions):
            # 通榆县总工会…全县, 我县: a county's own report speaks for its city, not its province
            own += sum(1 for p in marks["county"] if p not in named_before)  # not 德庆|县总工会
        provincial_evidence = province_names[home] + provincial_marks(home)
        another_province = home != province and provinces[province] > provinces[home]
        if not another_province and own > provincial_evidence and (n >= 2 or provincial_evidence == 0
                                                                   or own - n >= 2):
            return Scope(home, city)
        # a city's report on what its province gives it (河北省总工会公布…名单，我市5家…全市共有301家):
        # it speaks as a city (我市, 全市, 市总工会 of no other name) and never as a province
        speaks_as_city = sum(1 for p in marks.get("city", ()) if p not in named_before)
        speaks_as_province = sum(1 for p in province_marks if p not in named_before) + (
            region if is_region(home) else 0)
        if not another_province and own and speaks_as_city >= 2 and not speaks_as_province:
            return Scope(home, city)
    return Scope(province, "")


def _one_place_each(mentions: list[Mention]) -> list[Mention]:
    """Without a province's name written right before one of its cities (浙江杭州市, 四川成都):
    one place named, which counts once."""
    return [m for m, following in zip(mentions, [*mentions[1:], None])
            if m.city or following is None or following.start != m.end or following.province != m.province]


def _home_city(cities: Counter, ends: dict[int, Mention], city_marks) -> tuple[str, int]:
    """The city a report is about and its evidence: its mentions, the 市总工会 right after its
    name, and, for the city named first (the lead's, as news names the reporting union
    first), the 全市 and 市总工会 that follow no name. 合肥市总工会…全市…在芜湖、蚌埠等地…芜湖市总工会:
    合肥's, though 芜湖 is named twice. Evidence 0 when another city has as much (a table of cities)."""
    lead = next(iter(cities))  # a Counter keeps the order of first mention
    attached = Counter(ends[p].city or ends[p].province for p in city_marks if p in ends)
    loose = len(loose_marks(city_marks, ends))
    evidence = {c: n + attached[c] + (loose if c == lead else 0) for c, n in cities.items()}
    city = max(evidence, key=evidence.get)
    if any(evidence[c] >= evidence[city] for c in evidence if c != city):
        return city, 0  # 西安市 12,345 / 宝鸡市 5,678: several cities alike, no one city's report
    return city, evidence[city]


def name_ends(mentions: list[Mention], text: str) -> dict[int, Mention]:
    """Where a marker that speaks of a named place may stand (its last character or the one after:
    天津全市, 天津市总工会), and the mention."""
    return {end: m for m in mentions for end in _ends(m, text)}


def _ends(mention: Mention, text: str) -> tuple[int, ...]:
    """Where a marker that speaks of this name may stand: right after it or on its last character,
    or past the comma of a place that leads its sentence (在汉中，市总工会…: 汉中's)."""
    if text.startswith(_LEAD_COMMAS, mention.end):
        start = mention.start - (text[mention.start - 1:mention.start] == "在")
        if start == 0 or text[start - 1] in _CLAUSE_STARTS:  # not 组织劳模赴宝鸡，市总工会…
            return mention.end - 1, mention.end, mention.end + 1
    return mention.end - 1, mention.end


def loose_marks(marks: list[int], ends: dict[int, Mention]) -> list[int]:
    """The marks (全市, 市总工会) that follow no name (`name_ends`): a report's own, not 西安市总工会."""
    return [p for p in marks if p not in ends]
