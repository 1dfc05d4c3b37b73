"""Places in a document: the names (from rules/regions.toml) and whose report it is.

Whose report is it? A city's own report names its city (and 全市, 市总工会) more than its
province (and 全省, 省总工会); a national one names 全国 far more than any province; otherwise
the province it names most. Each claim is then placed by its sentence (see places.py).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from typing import NamedTuple


from .numbers import CN_DIGITS
from .rules import MENTION_PATTERNS, Rules
from .patterns import WordFinder, fast_compile, word_pattern
from .text import LIST_JOINERS, per_text, plain_view

MANY_PROVINCES, HOME_SHARE = 5, 0.4  # places in 5 provinces, none in 40 % of mentions, 全国 said: national
NATIONAL = "全国"
PARTNER_SPAN = 60  # how far from 与 its partners' list may run to 总工会联合
SOURCE_SPAN = 12  # how far before a name a source line's label may start (来源：《东南网》)
_SUFFIXES = ("市", "地区", "盟", "林区")
_REGION = "自治区"
_COUNTY_SUFFIXES, _BODIES = ("市", "县", "区", "旗"), ("总工会", "工会")


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


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
        short_forms: dict[str, list[tuple[str, str]]] = {}  # short forms of counties, and where each is
        province_names = {p["name"]: [p["name"], *p["short"]] for p in rules.provinces.values()}
        leaves = regions.get("city_report", {})
        self.city_report_leaves = {kind: tuple(leaves.get(kind, ())) for kind in ("province", "region")}
        self.adverbials = tuple(leaves.get("adverbial", ()))  # 为进一步激励…，|省总工会决定…
        marker_words = {w for words in regions.get("markers", {}).values() for w in words}
        province_of = {c: p["name"] for p in rules.provinces.values() for c in p["cities"]}

        def seat(city: str) -> tuple[str | None, str]:
            """(province, city) of a county listed under `city`; a municipality's districts and counties
            (海淀区, 万州区, 忠县), and those a province governs itself (定安县), are the province's."""
            return (city, "") if city in province_names else (province_of.get(city), city)

        datelines = regions.get("mentions", {}).get("short_county_dateline", [])
        # news sites and papers (天山网, 南方工报): a province's only in a dateline (see _mentions)
        self.sites = {site for sites in regions.get("sites", {}).values() for site in sites}
        sites = tuple(self.sites)
        site_starts = {site[0] for site in sites}
        for city, counties in regions.get("counties", {}).items():
            province, city = seat(city)
            place = (province, city)
            for county in counties if province else ():
                self.places.setdefault(county, place)
                self.counties.add(county)
                if len(county) > 2 and county.endswith(_COUNTY_SUFFIXES):  # 石狮总工会, 松江工会: its union,
                    stem = county[:-1]
                    for body in _BODIES if stem not in marker_words else ():  # however short (全州工会 is
                        short_forms.setdefault(stem + body, []).append(place)  # a prefecture's own);
                    for word in datelines:  # 东兰讯, 云上通山报道: a dateline's (天山网讯 is a site's)
                        if stem[0] not in site_starts or not (stem + word).startswith(sites):
                            short_forms.setdefault(stem + word, []).append(place)
                    for name in province_names.get(province, ()):  # 山东海阳: after its province's name
                        short_forms.setdefault(name + stem, []).append(place)
        former: dict[str, list[tuple[str, str]]] = {}  # 武鸣县: 武鸣区's old name
        for county in self.counties if regions.get("former", {}).get("district") else ():
            if len(county) > 2 and county.endswith("区"):
                for ending in regions["former"]["district"]:
                    former.setdefault(county[:-1] + ending, []).append(self.places[county])
        for name, places in former.items():
            if len(set(places)) == 1 and name not in self.places:
                self.places[name] = places[0]
                self.counties.add(name)
        for province, sites in regions.get("sites", {}).items():
            for site in sites if province in province_names else ():
                self.places.setdefault(site, (province, ""))
        for city, counties in regions.get("union_counties", {}).items():  # 吉县总工会: two-character names
            province, city = seat(city)
            for county in counties if province else ():
                for body in _BODIES:
                    short_forms.setdefault(county + body, []).append((province, city))
        for name, places in short_forms.items():
            if len(set(places)) == 1:  # not 鼓楼总工会: 南京's and 福州's
                self.places.setdefault(name, places[0])
        # a county's short form as a union's name starts a word: not 党政|和工会 (政和县)
        self.short_unions = {n for n in short_forms if n.endswith(_BODIES)}
        self.short_union_after = frozenset(regions.get("mentions", {}).get("short_union_after", []))
        self.listed_only = {n: place for n, place in listed_only.items() if n not in self.places}
        self.names = WordFinder(self.places)  # ~1300 names: a trie pattern would try each at every place
        numerals = set(CN_DIGITS + "十百千万")
        numeral_names = [n for n in self.places if not numerals.isdisjoint(n)]
        self.numeral_finder = WordFinder(numeral_names)
        mentions = regions.get("mentions", {})
        self.not_followed = tuple(mentions.get("not_followed_by", []))
        self.not_after = tuple(mentions.get("not_after", []))
        self.listed_on_after = tuple(mentions.get("listed_on_after", []))
        before, after = (mentions.get(k, []) for k in ("partner_before", "partner_after"))
        # 与浙江省总工会、江苏省总工会联合举办: every name from 与 to 总工会联合 within a clause is a partner's
        self.partners = re.compile(f"(?:{'|'.join(map(re.escape, before))})[^，。；,;：:\n]{{1,{PARTNER_SPAN}}}?"
                                   f"(?:{'|'.join(map(re.escape, after))})") if before and after else None
        self.dateline, self.paragraph_lead, self.example_of, self.several_places, self.source, self.credits = (
            re.compile(mentions[key]) if mentions.get(key) else None for key in MENTION_PATTERNS)
        markers = dict(regions.get("markers", {}))
        # 全国已, 全国共 start with another kind's 全国: searched in a pass of their own; so are the
        # honours whose 全国 is no sign of a national report (全国劳动模范)
        figures = markers.pop("national_figure", [])
        self.figures = fast_compile(word_pattern(figures)) if figures else None
        # per kind (national_title, province_title), the words that start with its marker but are no scope
        titles = {key.removesuffix("_title"): markers.pop(key) for key in list(markers) if key.endswith("_title")}
        self.titles = {kind: fast_compile(word_pattern(words)) for kind, words in titles.items() if words}
        own = markers.pop("own", [])  # 我省 is also the province's kind: a pass of its own
        self.own = fast_compile(word_pattern(own)) if own else None
        # one pass for every other kind of marker: a group per kind
        self.marker_kinds = {f"k{i}": kind for i, (kind, words) in enumerate(markers.items()) if words}
        self.markers = fast_compile("|".join(f"(?P<{g}>{word_pattern(markers[kind])})"
                                             for g, kind in self.marker_kinds.items())) if self.marker_kinds else None

    def mentions(self, text: str, filed: bool = False) -> list[Mention]:
        """The place names in `text` that may place a claim (not 西安交大, 来自内蒙古, datelines);
        `filed`: instead, the places of its datelines (本报贵阳6月1日电, 本报昆明讯), which place no
        claim but make the report of one that names no other place that place's."""
        spaced = self._plain_view(text)
        if spaced is None:
            return self._mentions(text, filed)
        plain, at = spaced
        return [Mention(at[m.start], at[m.end - 1] + 1, m.province, m.city) for m in self._mentions(plain, filed)]

    def _mentions(self, text: str, filed: bool = False) -> list[Mention]:
        found, elsewhere, bound_for = [], -1, -1
        partners = [m.span() for m in self.partners.finditer(text)] if self.partners is not None else []
        for start, end, name in self.names.spans(text):
            if start == elsewhere or start < bound_for or text.endswith(self.not_after, 0, start):
                elsewhere = end  # 赴新疆阿克苏, 来自河南郑州: the city right after is that place too, and
                # after 赴, 前往 every place named on in its clause (赴恩施、神农架、宜昌等地疗休养,
                # 前往海南省工会琼海博鳌疗休养基地)
                if start >= bound_for and text.endswith(self.listed_on_after, 0, start):
                    stop = _CLAUSE_MARK.search(text, end)
                    bound_for = stop.start() if stop else len(text)
                continue
            if text.startswith(self.not_followed, end) or (self.example_of and self.example_of.match(text, end)):
                continue  # 西安交大; 贵阳市总工会等4个单位: one example of the units counted
            if start and name in self.short_unions and _is_han(text[start - 1]) \
                    and text[start - 1] not in self.short_union_after and not (found and found[-1].end == start):
                continue  # 党政和工会: 政和 is no county there
            if partners and any(a <= start < b for a, b in partners):
                continue  # 省总工会与上海市总工会联合举办: a partner's name
            dateline = (self.dateline is not None and self.dateline.match(text, end) is not None) or (
                self.source is not None and self.source.search(text, max(0, start - SOURCE_SPAN), start) is not None)
            if dateline != filed or (name in self.sites and not dateline):
                continue  # 新华社北京2月1日电: where the reporter filed from; 劳动报|酬: no site
            province, city = self.places[name]
            found.append(Mention(start, end, province, city))
        if len(found) >= NAVIGATION_NAMES and not filed:
            found = _outside_navigation(text, found)
        if found and (credits := self._credits(text)):
            found = [m for m in found if not _within(credits, m.start)]
        return self._listed(text, found) if found and self.listed_only and not filed else found

    def _listed(self, text: str, found: list[Mention]) -> list[Mention]:
        """汉中、安康两市: a short form written in full only elsewhere (安康杯, 劳模张金华) is a place
        when a list word joins it to a place named next to it."""
        more, queue, taken = [], list(found), {m.start for m in found}
        while queue:
            m = queue.pop()
            after = text[m.end:m.end + 1] in LIST_JOINERS
            before = m.start and text[m.start - 1] in LIST_JOINERS
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
        return [(start, end, "place_name") for start, end, _ in self.numeral_finder.spans(text)]

    def marks(self, text: str) -> dict[str, list[int]]:
        """Where each kind of marker (全国; 全省, 省总工会; 全市...) stands in the document."""
        spaced = self._plain_view(text)
        if spaced is None:
            return self._marks(text)
        plain, at = spaced
        return {kind: [at[p] for p in positions] for kind, positions in self._marks(plain).items()}

    @per_text  # asked of one text up to three times: its names, its filed names, its marks
    def _credits(self, text: str) -> list[tuple[int, int]]:
        """The lines of a page's credits (主办单位：甘肃省总工会, 地址：…, 版权所有): its publisher's, not its subject's."""
        return [m.span() for m in self.credits.finditer(text)] if self.credits is not None else []

    @per_text  # (a spaced-out or glossed page is rebuilt character by character: once)
    def _plain_view(self, text: str) -> tuple[str, list[int]] | None:
        return plain_view(text)

    def _marks(self, text: str) -> dict[str, list[int]]:
        found: dict[str, list[int]] = {kind: [] for kind in self.marker_kinds.values()}
        for m in self.markers.finditer(text) if self.markers is not None else ():
            found[self.marker_kinds[m.lastgroup]].append(m.start())
        if self.figures is not None:
            found["national_figure"] = [m.start() for m in self.figures.finditer(text)]
        if self.own is not None:
            found["own"] = [m.start() for m in self.own.finditer(text)]
        for kind, pattern in self.titles.items():  # a marker inside a title (全国劳模) or after a
            if found.get(kind):                      # giver's verb (争取省总工会) is no scope
                titles = [m.span() for m in pattern.finditer(text)]
                found[kind] = [p for p in found[kind] if not _within(titles, p)]
        if credits := self._credits(text):
            found = {kind: [p for p in positions if not _within(credits, p)] for kind, positions in found.items()}
        return found

    def document_scope(self, text: str, mentions: list[Mention], marks: dict[str, list[int]] | None = None) -> Scope:
        """Whose report this is: a city's, a province's, or the nation's."""
        marks = self.marks(text) if marks is None else marks
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
            0 if self.names_county(text, mentions) else len(marks.get("region", ())))

        # 浙江省总工会 speaks for 浙江, not for the province the document names most
        named_before = {end: m.province for m in mentions for end in _ends(m, text)}
        province_marks = marks.get("province", ())

        def provincial_marks(name: str) -> int:
            """全省, 省总工会; 全区 in an autonomous region's report; 全市 in a municipality's."""
            own = sum(1 for p in province_marks if named_before.get(p, name) == name)
            return (own + (region if is_region(name) else 0)
                    + (count["city"] if name in self.municipalities else 0))
        provincial = province_names[province] + provincial_marks(province)
        city, own = _home_city(cities, mentions, marks.get("city", ()), text) if cities else ("", 0)
        # not a city's own report that names 全国 in its honours and contests (乌海市总工会…全国、自治区
        # “五一劳动奖状”…全国总工会组织的知识竞赛): its city speaks for it as much
        county = len(marks.get("county", ()))  # 全县, 我县: a county's own report
        if national > 2 * provincial and national >= 3 and max(own, county) < national:
            return Scope(NATIONAL, "")
        # a national piece that names provinces in turn (浙江省…；广东省…；四川省…) or ranks them (广东
        # 21.5万个领先；西藏…；江苏…): none stands out. One 全国 is enough where three or more are named
        # and none says 全省, 省总工会 or 全市 of itself
        if len(ranked) > 1 and ranked[0][1] <= ranked[1][1] + 1 and national and (
                national >= max(2, provincial) or (len(provinces) >= 3 and not provincial_marks(province)
                                                   and not count["city"] and not county)):
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
            home = self.places[city][0]
            if county and self.names_county(text, mentions):
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


def _outside_navigation(text: str, found: list[Mention]) -> list[Mention]:
    """The names not on a web page's list of places or links (热门城市：北京 上海 广州 深圳): a line
    of at least NAVIGATION_NAMES names with spaces or bars between them, and no sentence or figure
    in it, is the site's, not the report's."""
    dropped: set[int] = set()
    starts = [m.start for m in found]
    for line in _LINE.finditer(text):
        first, last = bisect_left(starts, line.start()), bisect_left(starts, line.end())
        if last - first < NAVIGATION_NAMES or _SENTENCE_MARK.search(text, line.start(), line.end()):
            continue
        inside = range(first, last)
        gaps = [text[found[a].end:found[b].start] for a, b in zip(inside, inside[1:])]
        if all(_GAP.search(gap) for gap in gaps):
            dropped.update(inside)
    return [m for i, m in enumerate(found) if i not in dropped] if dropped else found


def _within(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(a <= pos < b for a, b in spans)


_LEAD_COMMAS, _CLAUSE_STARTS = ("，", ",", "：", ":"), "。；;！？!?\n，,：: \t\u3000"
_CLAUSE_MARK = re.compile(r"[，,。；;！？!?\n]")
NAVIGATION_NAMES = 3
_LINE = re.compile(r"[^\n]+")
_SENTENCE_MARK = re.compile(r"[。，,；;、！？!?\d]")  # a sentence, or figures (a table of places has them)
_GAP = re.compile(r"[\s|｜丨/·]")


def _one_place_each(mentions: list[Mention]) -> list[Mention]:
    """Without a province's name written right before one of its cities (浙江杭州市, 四川成都):
    one place named, which counts once."""
    return [m for m, following in zip(mentions, [*mentions[1:], None])
            if m.city or following is None or following.start != m.end or following.province != m.province]


def _home_city(cities: Counter, mentions: list[Mention], city_marks, text: str) -> tuple[str, int]:
    """The city a report is about and its evidence: its mentions, the 市总工会 right after its
    name, and, for the city named first (the lead's, as news names the reporting union
    first), the 全市 and 市总工会 that follow no name. 合肥市总工会…全市…在芜湖、蚌埠等地…芜湖市总工会:
    合肥's, though 芜湖 is named twice. Evidence 0 when another city has as much (a table of cities)."""
    named = name_ends(mentions, text)
    lead = next(iter(cities))  # a Counter keeps the order of first mention
    attached = Counter(named[p] for p in city_marks if p in named)
    loose = len(loose_marks(city_marks, named))
    evidence = {c: n + attached[c] + (loose if c == lead else 0) for c, n in cities.items()}
    city = max(evidence, key=evidence.get)
    if any(evidence[c] >= evidence[city] for c in evidence if c != city):
        return city, 0  # 西安市 12,345 / 宝鸡市 5,678: several cities alike, no one city's report
    return city, evidence[city]


def name_ends(mentions: list[Mention], text: str) -> dict[int, str]:
    """Where each name ends, its last character or the one after (天津全市, 天津市总工会), and the name."""
    return {end: m.city or m.province for m in mentions for end in _ends(m, text)}


def _ends(mention: Mention, text: str) -> tuple[int, ...]:
    """Where a marker that speaks of this name may stand: right after it or on its last character,
    or past the comma of a place that leads its sentence (在汉中，市总工会…: 汉中's)."""
    if text.startswith(_LEAD_COMMAS, mention.end):
        start = mention.start - (text[mention.start - 1:mention.start] == "在")
        if start == 0 or text[start - 1] in _CLAUSE_STARTS:  # not 组织劳模赴宝鸡，市总工会…
            return mention.end - 1, mention.end, mention.end + 1
    return mention.end - 1, mention.end


def loose_marks(marks: list[int], ends: dict[int, str]) -> list[int]:
    """The marks (全市, 市总工会) that follow no name (`name_ends`): a report's own, not 西安市总工会."""
    return [p for p in marks if p not in ends]


def is_region(province: str) -> bool:
    """An autonomous region (广西壮族自治区): its reports say 全区 where a province's say 全省."""
    return province.endswith(_REGION)
