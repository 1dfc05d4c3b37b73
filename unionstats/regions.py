"""Places in a document: the names (from rules/regions.toml) and the markers that speak of a
whole nation, province, city or county (全国, 全省, 市总工会, 我县). Whose report a document is
follows from them (scopes.py); each claim is then placed by its sentence (places.py).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple


from .numbers import CN_DIGITS
from .rules import MENTION_PATTERNS, Rules
from .patterns import WordFinder, fast_compile, word_pattern
from .text import LIST_JOINERS, per_text, plain_view

NATIONAL = "全国"
PARTNER_SPAN = 60  # how far from 与 its partners' list may run to 总工会联合
SOURCE_SPAN = 12  # how far before a name a source line's label may start (来源：《东南网》)
_SUFFIXES = ("市", "地区", "盟", "林区")
_REGION = "自治区"
_COUNTY_SUFFIXES = ("市", "县", "区", "旗")
_COUNT_STARTS = frozenset("0123456789０１２３４５６７８９" + CN_DIGITS + "十百千")  # how a count right after 全国 starts


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


class Mention(NamedTuple):  # tuples: a document has thousands, built far faster than frozen dataclasses
    start: int
    end: int
    province: str
    city: str  # "" for a province-level name
    first_of: bool = False  # in the name of the first of several counted (大冶市某中学等25个单位): places no claim


class Scope(NamedTuple):
    province: str
    city: str


class Gazetteer:
    def __init__(self, rules: Rules):
        regions = rules.regions
        # the words before those given to (为我市…, 向全省…: numbers.toml's `served`), and, after the national
        # union, those before the ones it gives to or acts on (全国总工会还为…, 对…: and its `acting_on`)
        links = rules.numbers.get("links", {})
        self.givers = tuple(links.get("served", []))
        acted_on = (*self.givers, *links.get("acting_on", []))
        self.gives_to = re.compile("[还也又将]?(?:" + "|".join(map(re.escape, acted_on)) + ")")
        self.places: dict[str, tuple[str, str]] = {}
        listed_only: dict[str, tuple[str, str]] = {}  # 安康 (安康杯): a place only in a list of places
        full_only = set(regions.get("full_only", {}).get("cities", []))
        full_only_counties = set(regions.get("full_only", {}).get("counties", []))
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

        mentions = regions.get("mentions", {})
        datelines = mentions.get("short_county_dateline", [])
        self.union_bodies = tuple(mentions.get("union_body", []))  # 石狮总工会, 海口工会
        # a county named short (昆山, 石狮) or in two characters (澧县, 吉县) is a place as the name of its
        # union and of its other bodies (昆山教育局)
        county_bodies = self.union_bodies + tuple(mentions.get("short_county_body", []))
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
                if county in full_only_counties:  # 新疆天山 is the mountains: the full name only
                    continue
                if len(county) > 2 and county.endswith(_COUNTY_SUFFIXES):  # 石狮总工会, 松江工会: its union,
                    stem = county[:-1]
                    if self.places.get(stem, place) != place:
                        continue  # 河北区 (天津): 河北 is a province, 河北新闻网 its site, not the district's
                    for body in county_bodies if stem not in marker_words else ():  # however short (全州工会 is
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
        for name in regions.get("former", {}).get("city", []):  # 即墨市: 即墨区's, one by one
            if (district := name[:-1] + "区") in self.counties:
                former.setdefault(name, []).append(self.places[district])
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
                for body in county_bodies:
                    short_forms.setdefault(county + body, []).append((province, city))
        for short, place in listed_only.items():  # 海口 (夸下海口) is a place as a union's or a dateline's: 海口工会,
            if short not in self.places:          # 本报海口1月19日讯, 海口讯 (not 吉林日报: the province's; nor 新北工会:
                # 常州's 新北区, not 新北市)
                for name in [short + body for body in self.union_bodies] + ["本报" + short, short + "讯"]:
                    short_forms.setdefault(name, [place])
        for name, places in short_forms.items():
            if len(set(places)) == 1:  # not 鼓楼总工会: 南京's and 福州's
                self.places.setdefault(name, places[0])
        # a county's short form as a union's name starts a word: not 党政|和工会 (政和县)
        self.short_unions = {n for n in short_forms if n.endswith(self.union_bodies)}
        self.short_union_after = frozenset(mentions.get("short_union_after", []))
        self.listed_only = {n: place for n, place in listed_only.items() if n not in self.places}
        self.names = WordFinder(self.places)  # ~1300 names: a trie pattern would try each at every place
        numerals = set(CN_DIGITS + "十百千万")
        numeral_names = [n for n in self.places if not numerals.isdisjoint(n)]
        self.numeral_finder = WordFinder(numeral_names)
        self.not_followed = tuple(mentions.get("not_followed_by", []))
        self.not_after = tuple(mentions.get("not_after", []))
        self.listed_on_after = tuple(mentions.get("listed_on_after", []))
        before, after = (mentions.get(k, []) for k in ("partner_before", "partner_after"))
        # 与浙江省总工会、江苏省总工会联合举办: every name from 与 to 总工会联合 within a clause is a partner's
        self.partners = re.compile(f"(?:{'|'.join(map(re.escape, before))})[^，。；,;：:\n]{{1,{PARTNER_SPAN}}}?"
                                   f"(?:{'|'.join(map(re.escape, after))})") if before and after else None
        (self.dateline, self.paragraph_lead, self.example_of, self.first_of, self.several_places, self.source,
         self.credits) = (
            re.compile(mentions[key]) if mentions.get(key) else None for key in MENTION_PATTERNS)
        markers = dict(regions.get("markers", {}))
        # 全国已, 全国共 start with another kind's 全国: searched in a pass of their own; so are the
        # honours whose 全国 is no sign of a national report (全国劳动模范)
        figures = markers.pop("national_figure", [])
        self.figures = fast_compile(word_pattern(figures)) if figures else None
        # per kind (national_title, province_title), the words that start with its marker but are no scope
        titles = {key.removesuffix("_title"): markers.pop(key) for key in list(markers) if key.endswith("_title")}
        self.titles = {kind: fast_compile(word_pattern(words)) for kind, words in titles.items() if words}
        # (全国总工会 is also 全国's kind; the longest first: 中华全国总工会 before 全国总工会)
        self.national_unions = tuple(sorted(markers.pop("national_union", []), key=len, reverse=True))
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
        return [m._replace(start=at[m.start], end=at[m.end - 1] + 1) for m in self._mentions(plain, filed)]

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
            found.append(Mention(start, end, province, city,
                                 bool(self.first_of is not None and self.first_of.match(text, end))))
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
        found["national_count"] = []  # 对全国2375个单位进行表彰: a figure right after the nation's name is its
        for m in self.markers.finditer(text) if self.markers is not None else ():
            kind = self.marker_kinds[m.lastgroup]
            found[kind].append(m.start())
            if kind == "national" and text[m.end():m.end() + 1] in _COUNT_STARTS and not m.group().endswith(self.union_bodies):
                found["national_count"].append(m.end())  # (where it starts; 全国二十多个省, not 全国总工会四项表彰)
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


_CLAUSE_MARK = re.compile(r"[，,。；;！？!?\n]")
NAVIGATION_NAMES = 3
_LINE = re.compile(r"[^\n]+")
_SENTENCE_MARK = re.compile(r"[。，,；;、！？!?\d]")  # a sentence, or figures (a table of places has them)
_GAP = re.compile(r"[\s|｜丨/·]")


def is_region(province: str) -> bool:
    """An autonomous region (广西壮族自治区): its reports say 全区 where a province's say 全省."""
    return province.endswith(_REGION)
