"""Place a claim: the province and city it is about.

The document first: whose report is it? A city's own report names its city (and
全市, 市总工会) more than its province (and 全省, 省总工会); a national one names
全国 far more than any province; otherwise the province it names most. Then the sentence: a city named in the claim's clause or
sentence places it there; failing that, a city named earlier in the paragraph
still does, until a sentence speaks of the whole province (全省, 省总工会).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from typing import NamedTuple


from .numbers import CN_DIGITS
from .rules import Rules
from .patterns import WordFinder, fast_compile, word_pattern
from .text import Segments, unspaced

MANY_PROVINCES, HOME_SHARE = 5, 0.4  # places in 5 provinces, none in 40 % of mentions, 全国 said: national
NATIONAL = "全国"
_SUFFIXES = ("市", "地区", "盟", "林区")
_REGION = "自治区"


class Mention(NamedTuple):  # tuples: a document has thousands, built far faster than frozen dataclasses
    start: int
    end: int
    province: str
    city: str  # "" for a province-level name


class Scope(NamedTuple):
    province: str
    city: str


class Gazetteer:
    def __init__(self, rules: Rules):
        regions = rules.regions
        self.places: dict[str, tuple[str, str]] = {}
        listed_only: dict[str, tuple[str, str]] = {}  # 安康 (安康杯): a place only in a list of places
        full_only = set(regions.get("full_only", {}).get("cities", []))
        aliases = regions.get("aliases", {})
        for province in rules.provinces.values():
            for name in [province["name"], *province["short"]]:
                self.places[name] = (province["name"], "")
            for city in province["cities"]:
                names = [city, *aliases.get(city, [])]
                short = next((city[: -len(s)] for s in _SUFFIXES if city.endswith(s)), None)
                if short and len(short) >= 2 and city not in full_only:
                    names.append(short)
                elif short and len(short) >= 2:
                    listed_only[short] = (province["name"], city)
                for name in names:
                    self.places.setdefault(name, (province["name"], city))
        municipalities = {p["name"] for p in rules.provinces.values() if not p["cities"]}
        self.municipalities = municipalities  # 上海市: its 全市, 市总工会 speak of the whole province
        self.counties: set[str] = set()  # county-level names: a report naming one may say 全区 of a district
        leaves = regions.get("city_report", {})
        self.city_report_leaves = {kind: tuple(leaves.get(kind, ())) for kind in ("province", "region")}
        for city, counties in regions.get("counties", {}).items():
            province = next((p["name"] for p in rules.provinces.values() if city in p["cities"]), None)
            if city in municipalities:  # 海淀区, 万州区: a municipality's districts are the municipality's
                province, city = city, ""
            for county in counties if province else ():
                self.places.setdefault(county, (province, city))
                self.counties.add(county)
        self.listed_only = {n: place for n, place in listed_only.items() if n not in self.places}
        self.names = WordFinder(self.places)  # ~1300 names: a trie pattern would try each at every place
        numeral_names = [n for n in self.places if any(ch in CN_DIGITS + "十百千万" for ch in n)]
        self.numeral_pattern = re.compile(word_pattern(numeral_names)) if numeral_names else None
        mentions = regions.get("mentions", {})
        self.not_followed = tuple(mentions.get("not_followed_by", []))
        self.not_after = tuple(mentions.get("not_after", []))
        self.partner_before, self.partner_after = (tuple(mentions.get(k, [])) for k in ("partner_before", "partner_after"))
        self.dateline = re.compile(mentions["dateline"]) if mentions.get("dateline") else None
        markers = dict(regions.get("markers", {}))
        # 全国已, 全国共 start with another kind's 全国: searched in a pass of their own; so are the
        # honours whose 全国 is no sign of a national report (全国劳动模范)
        figures = markers.pop("national_figure", [])
        self.figures = fast_compile(word_pattern(figures)) if figures else None
        titles = markers.pop("national_title", [])
        self.titles = fast_compile(word_pattern(titles)) if titles else None
        # one pass for every other kind of marker: a group per kind
        self.marker_kinds = {f"k{i}": kind for i, (kind, words) in enumerate(markers.items()) if words}
        self.markers = fast_compile("|".join(f"(?P<{g}>{word_pattern(markers[kind])})"
                                             for g, kind in self.marker_kinds.items())) if self.marker_kinds else None

    def mentions(self, text: str, filed: bool = False) -> list[Mention]:
        """The place names in `text` that may place a claim (not 西安交大, 来自内蒙古, datelines);
        `filed`: instead, the places of its datelines (本报贵阳6月1日电, 本报昆明讯), which place no
        claim but make the report of one that names no other place that place's."""
        spaced = unspaced(text)
        if spaced is None:
            return self._mentions(text, filed)
        plain, at = spaced
        return [Mention(at[m.start], at[m.end - 1] + 1, m.province, m.city) for m in self._mentions(plain, filed)]

    def _mentions(self, text: str, filed: bool = False) -> list[Mention]:
        found, elsewhere = [], -1
        for start, end, name in self.names.spans(text):
            if start == elsewhere or text.endswith(self.not_after, 0, start):
                elsewhere = end  # 赴新疆阿克苏, 来自河南郑州: the city right after is that place too
                continue
            if text.startswith(self.not_followed, end):
                continue
            if text.endswith(self.partner_before, 0, start) and text.startswith(self.partner_after, end):
                continue  # 省总工会与上海市总工会联合举办: a partner's name
            if (self.dateline is not None and self.dateline.match(text, end) is not None) != filed:
                continue  # 新华社北京2月1日电: where the reporter filed from
            province, city = self.places[name]
            found.append(Mention(start, end, province, city))
        return self._listed(text, found) if found and self.listed_only and not filed else found

    def _listed(self, text: str, found: list[Mention]) -> list[Mention]:
        """汉中、安康两市: a short form written in full only elsewhere (安康杯, 劳模张金华) is a place
        when a list word joins it to a place named next to it."""
        more, queue, taken = [], list(found), {m.start for m in found}
        while queue:
            m = queue.pop()
            after = text[m.end:m.end + 1] in _PLACE_JOINERS
            before = m.start and text[m.start - 1] in _PLACE_JOINERS
            for name, (province, city) in self.listed_only.items() if after or before else ():
                if after and text.startswith(name, m.end + 1):
                    start = m.end + 1
                elif before and text.endswith(name, 0, m.start - 1):
                    start = m.start - 1 - len(name)
                else:
                    continue
                if start not in taken and not text.startswith(self.not_followed, start + len(name)):
                    taken.add(start)
                    more.append(Mention(start, start + len(name), province, city))
                    queue.append(more[-1])
        return sorted(found + more, key=lambda m: m.start) if more else found

    def names_county(self, text: str, mentions: list[Mention]) -> bool:
        """Whether a county-level name (a county, a district, a county-level city) is among `mentions`."""
        return any(text[m.start:m.end] in self.counties for m in mentions)

    def numeral_names(self, text: str) -> list[tuple[int, int, str]]:
        """Place names written with numerals (七台河, 六盘水, 十堰): no quantity lies inside them."""
        if self.numeral_pattern is None:
            return []
        return [(m.start(), m.end(), "place_name") for m in self.numeral_pattern.finditer(text)]

    def marks(self, text: str) -> dict[str, list[int]]:
        """Where each kind of marker (全国; 全省, 省总工会; 全市...) stands in the document."""
        spaced = unspaced(text)
        if spaced is None:
            return self._marks(text)
        plain, at = spaced
        return {kind: [at[p] for p in positions] for kind, positions in self._marks(plain).items()}

    def _marks(self, text: str) -> dict[str, list[int]]:
        found: dict[str, list[int]] = {kind: [] for kind in self.marker_kinds.values()}
        for m in self.markers.finditer(text) if self.markers is not None else ():
            found[self.marker_kinds[m.lastgroup]].append(m.start())
        if self.figures is not None:
            found["national_figure"] = [m.start() for m in self.figures.finditer(text)]
        if self.titles is not None and found.get("national"):
            titles = {m.start() for m in self.titles.finditer(text)}
            found["national"] = [p for p in found["national"] if p not in titles]
        return found

    def document_scope(self, text: str, mentions: list[Mention], marks: dict[str, list[int]] | None = None) -> Scope:
        """Whose report this is: a city's, a province's, or the nation's."""
        marks = self.marks(text) if marks is None else marks
        count = {kind: len(marks.get(kind, ())) for kind in ("national", "province", "city")}
        provinces = Counter(m.province for m in mentions)
        province_names = Counter(m.province for m in mentions if not m.city)
        cities = Counter(m.city for m in mentions if m.city)
        national = count["national"]
        if not provinces:  # no place named: the nation's only if it says so more than 全省 does
            return Scope(NATIONAL if national > count["province"] else "", "")
        ranked = provinces.most_common(2)
        province = ranked[0][0]
        # 全区 speaks for an autonomous region, unless the report names a district (兴庆区总工会…全区)
        region = len(marks.get("region_body", ())) + (
            0 if self.names_county(text, mentions) else len(marks.get("region", ())))

        # 浙江省总工会 speaks for 浙江, not for the province the document names most
        named_before = {end: m.province for m in mentions for end in (m.end - 1, m.end)}
        province_marks = marks.get("province", ())

        def provincial_marks(name: str) -> int:
            """全省, 省总工会; 全区 in an autonomous region's report; 全市 in a municipality's."""
            own = sum(1 for p in province_marks if named_before.get(p, name) == name)
            return (own + (region if _is_region(name) else 0)
                    + (count["city"] if name in self.municipalities else 0))
        provincial = province_names[province] + provincial_marks(province)
        if national > 2 * provincial and national >= 3:
            return Scope(NATIONAL, "")
        # a national piece that names provinces in turn (浙江省…；广东省…；四川省…): none stands out
        if len(ranked) > 1 and ranked[0][1] <= ranked[1][1] + 1 and national >= max(2, provincial):
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
                and not count["city"]):
            return Scope(NATIONAL, "")
        if cities:
            city, own = _home_city(cities, mentions, marks.get("city", ()))
            n = cities[city]
            home = self.places[city][0]
            provincial_evidence = province_names[home] + provincial_marks(home)
            another_province = home != province and provinces[province] > provinces[home]
            if not another_province and own > provincial_evidence and (n >= 2 or provincial_evidence == 0
                                                                       or own - n >= 2):
                return Scope(home, city)
        return Scope(province, "")


def _home_city(cities: Counter, mentions: list[Mention], city_marks) -> tuple[str, int]:
    """The city a report is about and its evidence: its mentions, the 市总工会 right after its
    name, and, for the city named first (the lead's, as news names the reporting union
    first), the 全市 and 市总工会 that follow no name. 合肥市总工会…全市…在芜湖、蚌埠等地…芜湖市总工会:
    合肥's, though 芜湖 is named twice. Evidence 0 when another city has as much (a table of cities)."""
    named = {end: m.city for m in mentions if m.city for end in (m.end - 1, m.end)}
    lead = next(iter(cities))  # a Counter keeps the order of first mention
    attached = Counter(named[p] for p in city_marks if p in named)
    loose = sum(1 for p in city_marks if p not in named)
    evidence = {c: n + attached[c] + (loose if c == lead else 0) for c, n in cities.items()}
    city = max(evidence, key=evidence.get)
    if any(evidence[c] >= evidence[city] for c in evidence if c != city):
        return city, 0  # 西安市 12,345 / 宝鸡市 5,678: several cities alike, no one city's report
    return city, evidence[city]


_PLACE_JOINERS = "、和与及"


def place_claims(gazetteer: Gazetteer, segments: Segments, mentions: list[Mention],
                 doc_scope: Scope, positions: list[int], marks: dict[str, list[int]] | None = None,
                 items: list[tuple[int, int] | None] | None = None) -> list[Scope]:
    """Scope of each claim at `positions` (offsets into the document). `items`: for a claim
    answering to an item of a 分别 list, the item's span (德阳、绵阳分别为91.2%和89.7%)."""
    marks = gazetteer.marks(segments.text) if marks is None else marks
    province_marks = marks.get("province", [])
    text = segments.text
    whole = gazetteer.city_report_leaves["province"]  # 全省 before a claim of a city's report
    if _is_region(doc_scope.province):
        province_marks = sorted(province_marks + marks.get("region_body", []))  # 自治区总工会
        if not gazetteer.names_county(text, mentions):  # 全区: the region's, unless a district is named
            province_marks = sorted(province_marks + marks.get("region", []))
            whole += gazetteer.city_report_leaves["region"]
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(segments.sentence(m.start)[0], []).append(m)
    sentence_cities: dict[int, set[str]] = {}
    national_figures = marks.get("national_figure", []) if doc_scope.province != NATIONAL else []

    def cities_of(s_start: int) -> set[str]:
        if s_start not in sentence_cities:
            sentence_cities[s_start] = {m.city for m in by_sentence.get(s_start, []) if m.city}
        return sentence_cities[s_start]

    def says_province(start: int, end: int) -> bool:
        """Whether 全省, 省总工会... stands in [start, end)."""
        return bisect_left(province_marks, end) > bisect_left(province_marks, start)

    beyond_city: dict[int, bool] = {}

    def whole_province(s_start: int) -> bool:
        """Whether the sentence speaks beyond a city: 全省, 省总工会, or a province named (浙江、安徽…)."""
        if s_start not in beyond_city:
            beyond_city[s_start] = (says_province(*segments.sentence(s_start))
                                    or any(not m.city for m in by_sentence.get(s_start, ())))
        return beyond_city[s_start]

    def city_scope(city: str) -> Scope:
        return Scope(gazetteer.places[city][0], city)

    carried_from: dict[int, str | None] = {}
    result = []
    for pos, item in zip(positions, items or [None] * len(positions)):
        s_start, s_end = segments.sentence(pos)
        in_sentence = by_sentence.get(s_start, [])
        named_in_item = _named_in(in_sentence, *item) if item else None
        if named_in_item:
            result.append(named_in_item)
            continue
        if national_figures and _national_figure(national_figures, province_marks, in_sentence, s_start, pos):
            result.append(Scope(NATIONAL, ""))  # 全国已建…: a national figure quoted in a local report
            continue
        phrase = segments.phrase(pos)
        if doc_scope.city:  # a city's own report: only another city named in the claim's own phrase moves it
            # or 全省 before it in its own phrase (据统计,全区各级工会今年共举办招聘活动300余场)
            in_phrase = {m.city for m in in_sentence if phrase[0] <= m.start < phrase[1] and m.city}
            others = in_phrase - {doc_scope.city}
            if len(in_phrase) > 1:  # 西安、宝鸡两市共建驿站320个: a joint figure, unless each item has its own
                paired = _paired_city(segments, in_sentence, positions, pos, phrase)
                result.append(city_scope(paired) if paired else Scope(doc_scope.province, ""))
            elif others:
                result.append(city_scope(others.pop()))
            elif any(text.find(w, phrase[0], pos) >= 0 for w in whole):
                result.append(Scope(doc_scope.province, ""))
            else:
                result.append(doc_scope)
            continue
        cities = cities_of(s_start)
        c_start, c_end = phrase
        in_clause = {m.city for m in in_sentence if c_start <= m.start < c_end and m.city} if cities else set()
        if len(in_clause) == 1:
            result.append(city_scope(in_clause.pop()))
            continue
        if len(in_clause) > 1 and (paired := _paired_city(segments, in_sentence, positions, pos, phrase)):
            result.append(city_scope(paired))  # 其中西安120个、宝鸡85个: each item its own city
            continue
        named = {m.province for m in in_sentence if c_start <= m.start < c_end}
        if not in_clause and len(named) == 1 and doc_scope.province == NATIONAL:
            result.append(Scope(named.pop(), ""))  # a national report: 广东省会员2356万人, 四川省总工会投入…
            continue
        if in_clause or says_province(c_start, c_end):
            result.append(Scope(doc_scope.province, ""))  # several cities, or 全省 in its own phrase
            continue
        p_start, p_end = segments.part(pos)
        in_part = {m.city for m in in_sentence if p_start <= m.start < p_end and m.city} if cities else set()
        if len(in_part) == 1:
            result.append(city_scope(in_part.pop()))
        elif len(cities) == 1 and not in_part:
            result.append(city_scope(next(iter(cities))))
        elif not cities and not whole_province(s_start) and (carried := _carried(segments, pos, cities_of, whole_province,
                                                                                   carried_from)):
            result.append(city_scope(carried))
        else:
            provinces = {m.province for m in in_sentence}
            result.append(Scope(provinces.pop() if len(provinces) == 1 else doc_scope.province, ""))
    return result


def _paired_city(segments: Segments, mentions: list[Mention], positions: list[int], pos: int,
                 phrase: tuple[int, int]) -> str | None:
    """In a list of places and amounts (西安120个、宝鸡85个), the one city of the claim's own item:
    when every item of its phrase that holds a claim names one city, and there are several
    (not 西安、宝鸡两市建成驿站205个, nor 西安、宝鸡建成驿站120个、书屋30家)."""
    def city_of_item(at: int) -> str | None:
        start, end = segments.clause(at)
        named = {m.city for m in mentions if start <= m.start < end and m.city}
        return named.pop() if len(named) == 1 else None
    claims = positions[bisect_left(positions, phrase[0]):bisect_left(positions, phrase[1])]
    items = {segments.clause(at) for at in claims}
    if len(items) < 2 or any(city_of_item(at) is None for at in claims):
        return None
    return city_of_item(pos)


def _national_figure(figures: list[int], province_marks: list[int], mentions: list[Mention],
                     s_start: int, pos: int) -> bool:
    """Whether 全国已…, 全国共… stands before `pos` in its sentence with no place or 全省 after it
    (全国已建驿站18.61万个,覆盖1.93亿人,我省建成1.2万个: the first two are the nation's)."""
    i = bisect_left(figures, pos) - 1
    if i < 0 or figures[i] < s_start:
        return False
    mark = figures[i]
    return (bisect_left(province_marks, pos) == bisect_left(province_marks, mark)
            and not any(mark < m.start < pos for m in mentions))


def _is_region(province: str) -> bool:
    """An autonomous region (广西壮族自治区): its reports say 全区 where a province's say 全省."""
    return province.endswith(_REGION)


def _named_in(mentions: list[Mention], start: int, end: int) -> Scope | None:
    """The one city named in [start, end), else its one province, else None (四川、重庆两地…)."""
    named = {(m.province, m.city) for m in mentions if start <= m.start < end}
    named = {n for n in named if n[1]} or named
    return Scope(*named.pop()) if len(named) == 1 else None


def _carried(segments: Segments, pos: int, cities_of, whole_province, known: dict[int, str | None]) -> str | None:
    """The city named by the nearest earlier sentence of the paragraph, if it named only one.
    `known`: what each sentence already asked carries to it (claims share sentences)."""
    p_start = segments.paragraph(pos)[0]
    s_start = segments.sentence(pos)[0]
    walked = []
    found = None
    while s_start > p_start:
        if s_start in known:
            found = known[s_start]
            break
        walked.append(s_start)
        s_start = segments.sentence(s_start - 1)[0]
        cities = cities_of(s_start)
        if len(cities) == 1:
            found = next(iter(cities))
            break
        if cities or whole_province(s_start):
            break
    for start in walked:
        known[start] = found
    return found
