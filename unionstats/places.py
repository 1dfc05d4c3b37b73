"""Place each claim: the province and city it is about.

A city named in the claim's clause or sentence places it there; failing that, a city named
earlier in the paragraph still does, until a sentence speaks of the whole province (全省,
省总工会); else the document's scope (regions.Gazetteer: the names, the markers, whose report).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .regions import NATIONAL, Gazetteer, Mention, Scope, is_region
from .scopes import loose_marks, name_ends
from .text import PART_WORDS, Segments, aside_start, word_at


def place_claims(gazetteer: Gazetteer, segments: Segments, mentions: list[Mention],
                 doc_scope: Scope, positions: list[int], marks: dict[str, list[int]] | None = None,
                 items: list[tuple[int, int] | None] | None = None) -> list[Scope]:
    """Scope of each claim at `positions` (offsets into the document). `items`: for a claim
    answering to an item of a 分别 list, the item's span (德阳、绵阳分别为91.2%和89.7%)."""
    marks = gazetteer.marks(segments.text) if marks is None else marks
    # the first of several bodies counted places no claim (though it tells whose report it is)
    mentions = [m for m in mentions if not m.first_of]
    province_marks, city_marks = marks.get("province", []), marks.get("city", [])
    national_marks = marks.get("national", [])
    text = segments.text
    whole = gazetteer.city_report_leaves["province"]  # 全省 before a claim of a city's report
    local_marks = sorted(city_marks + marks.get("county", []))  # 全市, 我县: back to the report's own
    if is_region(doc_scope.province):
        province_marks = sorted(province_marks + marks.get("region_body", []))  # 自治区总工会
        if not gazetteer.names_county(text, mentions):  # 全区: the region's, unless a district is named
            province_marks = sorted(province_marks + marks.get("region", []))
            whole += gazetteer.city_report_leaves["region"]
    by_sentence: dict[int, list[Mention]] = {}
    breakdowns: dict[int, int] = {}  # sentence start -> where its first ，其中… clause starts, if a city stands in it
    for m in mentions:
        s_start = segments.sentence(m.start)[0]
        by_sentence.setdefault(s_start, []).append(m)
        if m.city and s_start not in breakdowns and (at := _breakdown(text, segments, s_start, m.start)) is not None:
            breakdowns[s_start] = at
    sentence_cities: dict[int, set[str]] = {}
    reach_ends = sorted(province_marks + local_marks)  # where a national figure's reach ends (全省, 我市, 全县)
    national_figures = [] if doc_scope.province == NATIONAL else sorted(marks.get("national_figure", []) + [
        p for p in national_marks
        if _national_subject(text, gazetteer, reach_ends, *segments.sentence(p), p)])
    national_counts = marks.get("national_count", [])
    # a province's report that names one city only: its loose 市总工会, 全市 are that city's (省总工会在哈市
    # 开展送温暖…。市总工会还投入76万余元)
    named_cities = {m.city for m in mentions if m.city}
    sole_city = next(iter(named_cities)) if len(named_cities) == 1 and not doc_scope.city else None
    loose_city_marks = loose_marks(city_marks, name_ends(mentions, segments.text)) if sole_city else []

    def cities_of(s_start: int) -> set[str]:
        """The cities a sentence speaks of: not those only in its parts (…7400个，其中广州市建成1500个),
        which speak of a part of a whole."""
        if s_start not in sentence_cities:
            before = breakdowns.get(s_start, len(text))
            sentence_cities[s_start] = {m.city for m in by_sentence.get(s_start, []) if m.city and m.start < before}
        return sentence_cities[s_start]

    def says_province(start: int, end: int, marks: list[int] = province_marks) -> bool:
        """Whether 全省, 省总工会... (or another of `marks`) stands in [start, end)."""
        return _stands_in(marks, start, end)

    beyond_city: dict[int, bool] = {}

    def whole_province(s_start: int) -> bool:
        """Whether the sentence speaks beyond a city: 全省, 省总工会, a province named (浙江、安徽…), or 全国."""
        if s_start not in beyond_city:
            sentence = segments.sentence(s_start)
            beyond_city[s_start] = (says_province(*sentence) or any(not m.city for m in by_sentence.get(s_start, ()))
                                    or says_province(*sentence, national_marks))
        return beyond_city[s_start]

    def city_scope(city: str) -> Scope:
        return Scope(gazetteer.places[city][0], city)

    # a paragraph that opens with a province's name (【甘肃】…, 8月5日，广东省总工会…) speaks for it,
    # unless a sentence of it says 全国, or the paragraph speaks of the report's own (江苏省总工会来我省考察…);
    # one that opens with a city's (东兰讯…东兰县总工会…) speaks for that city in another city's report
    own_marks = marks.get("own", [])
    leads: dict[int, str] = {}
    city_leads: dict[int, str] = {}
    opening = -1  # the end of the name a paragraph opens with: a name right after it opens it too (广西百色市)
    for m in mentions:
        paragraph = segments.paragraph(m.start)
        if m.start != opening and not _opens(gazetteer, text[paragraph[0]:m.start]):
            continue
        if text.startswith(_LIST_JOINS, m.end):
            continue  # 湖北省、四川成都市、甘肃张掖市等地总工会…: a list of places opens it, no one place
        opening = m.end
        if m.city:
            city_leads.setdefault(paragraph[0], m.city)
        elif not says_province(*paragraph, own_marks):
            leads[paragraph[0]] = m.province

    def home(s_start: int, s_end: int) -> str:
        lead = leads.get(segments.paragraph(s_start)[0])
        return lead if lead and not says_province(s_start, s_end, national_marks) else doc_scope.province

    carried_from: dict[int, str | None] = {}
    result = []
    for pos, item in zip(positions, items or [None] * len(positions)):
        s_start, s_end = segments.sentence(pos)
        in_sentence = by_sentence.get(s_start, [])
        named_in_item = _named_in(in_sentence, *item) if item else None
        if named_in_item:
            result.append(named_in_item)
            continue
        if _of_national_count(text, national_counts, pos) or (
                national_figures and _national_figure(national_figures, reach_ends, in_sentence, s_start, pos)):
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
            elif _leaves_city(text, whole, phrase[0], pos, local_marks) or _province_subject(
                    text, in_sentence, s_start, pos, province_marks, local_marks, gazetteer.adverbials):
                # the report's province, or the one province its sentence names before it (四川省各级工会…全省…)
                result.append(Scope(_one_province(in_sentence, pos, phrase[0]) or doc_scope.province, ""))
            elif ((lead := city_leads.get(segments.paragraph(pos)[0], doc_scope.city)) != doc_scope.city
                  and not _stands_in(city_marks, s_start, s_end)):
                result.append(city_scope(lead))  # a round-up's paragraph of another county's news
            else:
                result.append(doc_scope)
            continue
        cities = cities_of(s_start)
        c_start, c_end = phrase
        c_end = aside_start(text, pos, c_end)  # 辽宁省总90万元（含沈阳市总20万元）: the aside's cities are its parts'
        in_clause = {m.city for m in in_sentence if c_start <= m.start < c_end and m.city}
        if in_clause and _province_acts(in_sentence, c_start, pos, c_end, province_marks, marks.get("every_city", [])):
            named = {m.province for m in in_sentence if c_start <= m.start < pos}  # 省总工会拨付189万元…支持兰州新区
            result.append(Scope(named.pop() if len(named) == 1 else home(s_start, s_end), ""))  # the giver's figure
            continue
        if len(in_clause) == 1:
            result.append(city_scope(in_clause.pop()))
            continue
        if len(in_clause) > 1 and (paired := _paired_city(segments, in_sentence, positions, pos, phrase)):
            result.append(city_scope(paired))  # 其中西安120个、宝鸡85个: each item its own city
            continue
        several = gazetteer.several_places
        if several is not None and (several.search(text, c_start, pos) or (
                several.match(text, pos) and not text[c_start:pos].strip(_ENUMERATOR))):
            # 7个地区…不足1万人: several places, not one named (and the count that opens the phrase);
            # but 杭州…覆盖全部13个区县 is Hangzhou's
            result.append(Scope(home(s_start, s_end), ""))
            continue
        named = {m.province for m in in_sentence if c_start <= m.start < c_end}
        if not in_clause and len(named) == 1:
            result.append(Scope(named.pop(), ""))  # 广东省会员2356万人, 四川省总工会投入…, 其中北京市100万元,天津市…
            continue
        if not named and doc_scope.province == NATIONAL and says_province(c_start, c_end, national_marks):
            result.append(doc_scope)  # a national report's 全国 in the claim's own phrase: not the venue named
            continue  # before it (全总在北京举行发布会，提出全国服务站点达到15万个)
        if in_clause or says_province(c_start, c_end):  # several cities, or 全省 in its own phrase: the
            # province's, the one its sentence names before it if any (【甘肃】省总工会投入…)
            named = _one_province(in_sentence, pos, c_start) if not in_clause else None
            result.append(Scope(named or home(s_start, s_end), ""))
            continue
        p_start, p_end = segments.part(pos)
        before_parts = breakdowns.get(s_start, len(text)) if pos < breakdowns.get(s_start, 0) else len(text)
        in_part = {m.city for m in in_sentence if p_start <= m.start < p_end and m.city and m.start < before_parts}
        if len(in_part) == 1:
            result.append(city_scope(in_part.pop()))
        elif cities and not in_part and says_province(p_start, pos):
            # 自治区总工会…又送去资金50万元；阿克苏地区工会送去…: its own piece says whose; a city of another is not
            result.append(Scope(_one_province(in_sentence, pos, c_start) or home(s_start, s_end), ""))
        elif len(cities) == 1 and not in_part:
            result.append(city_scope(next(iter(cities))))
        elif not cities and not whole_province(s_start) and (carried := _carried(segments, pos, cities_of, whole_province,
                                                                                   carried_from)):
            result.append(city_scope(carried))
        elif not cities and sole_city and _stands_in(loose_city_marks, s_start, s_end) and not whole_province(s_start):
            result.append(city_scope(sole_city))
        else:  # the one province its piece of the sentence names (北京市总工会介绍…48万人入会；上海市…),
            # or its sentence, or the one its paragraph opens with, or the document's
            # (in a national report, not one named after the claim: …女性会员人数为18.5万人,山西女性会员占比最低)
            named = [m for m in in_sentence if m.start < pos] if doc_scope.province == NATIONAL else in_sentence
            provinces = {m.province for m in named if p_start <= m.start < p_end}
            provinces = provinces if len(provinces) == 1 else {m.province for m in named}
            result.append(Scope(provinces.pop() if len(provinces) == 1 else home(s_start, s_end), ""))
    return result


def _one_province(mentions: list[Mention], pos: int, phrase_start: int = 0) -> str | None:
    """The province of the places named before `pos`, when they are all of one: those of its own
    phrase, where it names any (江苏省…；浙江全省新发展会员30万人: Zhejiang's), else its sentence's."""
    named = {m.province for m in mentions if phrase_start <= m.start < pos} \
        or {m.province for m in mentions if m.start < pos}
    return named.pop() if len(named) == 1 else None


_LEAD_MARKS = " \t\u3000【[(（在"  # what may stand before the name a paragraph opens with (在浙江，…)
_LIST_JOINS = ("、",)  # what joins the names of a list of places (not 和, 与: 宁夏和谐…, 北京与会…)
_ENUMERATOR = " \t\u3000\n0123456789.、)）(（"  # 4)7个地区…, 1、12个省份: what may number a phrase


def _opens(gazetteer: Gazetteer, before: str) -> bool:
    """Whether a name after `before` (its paragraph's words up to it) opens the paragraph: only
    marks, a dateline or a date stand before it (see regions.toml's paragraph_lead)."""
    return not before.strip(_LEAD_MARKS) or (gazetteer.paragraph_lead is not None
                                             and gazetteer.paragraph_lead.fullmatch(before) is not None)


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


def _of_national_count(text: str, counts: list[int], pos: int) -> bool:
    """Whether the figure at `pos` comes right after 全国 (全国2375个单位), or is of the ones such a figure
    counts (来自全国32支代表队的546名选手), or the next item of its list (全国17个省（市）、16家中央企业工会).
    `counts` are where those figures start, sorted."""
    i = bisect_right(counts, pos) - 1
    return i >= 0 and (counts[i] == pos or _OF_A_COUNT.fullmatch(text, counts[i], pos) is not None)


_OF_A_COUNT = re.compile(r"[\d.]+(?:[^\d，,。；;：:、（(]|[（(][^）)\d]*[）)]){1,10}[的、]")  # 32支代表队的|546名, 17个省（市）、|16家


def _national_figure(figures: list[int], reach_ends: list[int], mentions: list[Mention],
                     s_start: int, pos: int) -> bool:
    """Whether 全国已…, 全国共… stands before `pos` in its sentence with no place or 全省, 我市 after it
    (全国已建驿站18.61万个,覆盖1.93亿人,我省建成1.2万个: the first two are the nation's)."""
    i = bisect_left(figures, pos) - 1
    if i < 0 or figures[i] < s_start:
        return False
    mark = figures[i]
    return not _stands_in(reach_ends, mark, pos) and not any(mark < m.start < pos for m in mentions)


SUBJECT_LEAD = 8  # 近日，江苏省总工会…: how far into its sentence a subject may start


def _province_subject(text: str, mentions: list[Mention], s_start: int, pos: int, province_marks, city_marks,
                      adverbials: tuple[str, ...] = ()) -> bool:
    """Whether, in a city's report, a sentence's subject is a provincial body (江苏省教育工会组织全省…，
    共有412名教师参赛; 省总工会…) and no city is named or marked before the claim: the province's
    figure. Not 在省总工会的支持下，… (a circumstance, not the subject), nor where 全市 or 我县 follows
    (按照全省统一部署，我县…). After an opening adverbial clause (`adverbials`: 为进一步激励…，省总工会决定…)
    the subject is read from its end. The marks are sorted."""
    named = [m for m in mentions if m.start < pos]
    if any(m.city for m in named) or _stands_in(city_marks, s_start, pos):
        return False
    firsts = [m.start for m in named]
    i = bisect_left(province_marks, s_start)
    if i < len(province_marks) and province_marks[i] < pos:
        firsts.append(province_marks[i])
    if not firsts:
        return False
    start = min(firsts)
    lead = s_start
    if adverbials and text[s_start:start].lstrip().startswith(adverbials):
        lead = max(text.rfind("，", s_start, start), text.rfind(",", s_start, start)) + 1 or s_start
    # (nor 本次活动由自治区总工会提供资金…: the provider, not the subject)
    return start - lead <= SUBJECT_LEAD and "在" not in text[lead:start] and not text[lead:start].rstrip().endswith("由")


def _national_subject(text: str, gazetteer: Gazetteer, own_marks: list[int], s_start: int, s_end: int,
                      start: int) -> bool:
    """Whether the national union opens the sentence, or its first clause after a time (今年7至11月，全国总工会
    将分58批次组织4600名劳模…): what it does, up to a place, is the nation's. Not where it gives to someone
    (全国总工会还为…的两个工作室, 投入12万元，为我市…: theirs), nor as another's object (获得全国总工会表彰,
    加入中华全国总工会)."""
    name_end = start + word_at(gazetteer.national_unions, text, start)
    if name_end == start or start - s_start > SUBJECT_LEAD or gazetteer.gives_to.match(text, name_end):
        return False
    i = bisect_left(own_marks, name_end)  # 全国总工会投入12万元，为我市…: ours (`own_marks`: 全省, 我市…)
    while i < len(own_marks) and own_marks[i] < s_end:
        if text.endswith(gazetteer.givers, 0, own_marks[i]):
            return False
        i += 1
    lead = text[s_start:start].strip()
    return not lead or lead[-1] in "，,：:"


def _leaves_city(text: str, whole: tuple[str, ...], start: int, pos: int, local_marks: list[int]) -> bool:
    """Whether 全省 (or another of `whole`) stands before the claim in its phrase [start, pos), with
    no 全市 or 我县 after it (按照全省统一部署,我县…慰问职工1200人次 stays the report's own)."""
    last = max((text.rfind(w, start, pos) for w in whole), default=-1)
    return last >= 0 and not _stands_in(local_marks, last + 1, pos)


def _stands_in(marks: list[int], start: int, end: int) -> bool:
    """Whether one of the sorted positions `marks` lies in [start, end)."""
    return bisect_left(marks, end) > bisect_left(marks, start)


def _province_acts(mentions: list[Mention], start: int, pos: int, end: int, province_marks, every_city) -> bool:
    """Whether a provincial body or the province itself stands before the claim in its phrase
    [start, end), and every city of the phrase only after it, named with every city at once
    (甘肃省总工会拨付189万元，支持各市州、兰州新区…): the figure is the province's."""
    cities = [m for m in mentions if start <= m.start < end and m.city]
    if not cities or (first := min(m.start for m in cities)) < pos or not _stands_in(every_city, pos, first):
        return False  # 下拨276万元慰问桂林市的困难职工: that city's figure
    return _stands_in(province_marks, start, pos) or any(start <= m.start < pos and not m.city for m in mentions)


def _named_in(mentions: list[Mention], start: int, end: int) -> Scope | None:
    """The one city named in [start, end), else its one province, else None (四川、重庆两地…)."""
    named = {(m.province, m.city) for m in mentions if start <= m.start < end}
    named = {n for n in named if n[1]} or named
    return Scope(*named.pop()) if len(named) == 1 else None


def _breakdown(text: str, segments: Segments, s_start: int, pos: int) -> int | None:
    """Where the clause holding `pos` starts, when it counts a part of what an earlier clause of
    its sentence counted (…，其中广州市建成1500个; …，其中，深圳1200个): else None."""
    start = segments.clause(pos)[0]
    if start <= s_start:
        return None
    words = text[start:pos].lstrip()
    if not words.startswith(PART_WORDS):
        before = segments.clause(start - 1)[0]  # 其中，广州市…: the part word is a clause of its own
        if before <= s_start or text[before:start].strip(" \t，,：:") not in PART_WORDS:
            return None
        start = before
    return start


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
