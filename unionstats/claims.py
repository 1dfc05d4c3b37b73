"""The pipeline for one document: fold -> scan -> classify -> place -> period -> claims."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, fields

import regex

from .classify import ACTED_ON, KINDS_OF_PEOPLE, WORKFORCE, Classifier, Context
from .lists import LIST_GAP, respectively
from .numbers import to_number
from .periods import PeriodFinder
from .places import place_claims
from .regions import Gazetteer
from .rules import Rules, load_rules
from .scan import Quantity, Scanner
from .scopes import document_scope
from .tables import figure_label
from .text import (LIST_JOINERS, PART_WORDS, Folder, Segments, aside_start, cue_text, fold_table,
                   under_a_line)


_PEOPLE_UNITS = {"人", "人次"}  # a part of people may be counted in either whatever its whole is in
_BARE_GAP = " \t,，、"  # what stands between counts that have no words of their own
_AFTER_ITEM = re.compile(rf"[^\d，,。；;：:]{{1,12}}?(?:以及|[{LIST_JOINERS}])\s*")  # 212名|农牧民工和|13名: an item's noun, a list word
_PEOPLE_ENDS = ("员", "者", "工", "人", "们", "属", "户", "庭", "模", "匠", "生")  # what ends a noun of people (劳动者, 环卫工)
_WHEN_END = re.compile(r"[于在](?:[\d一二三四五六七八九十]{1,3}月份?|[上中下]旬|月底|月初|年内|暑期|春节前|节前)$")  # 劳模|于7月，赴…
CHUNK = 250_000  # characters read at a time from a huge document


@dataclass(frozen=True)
class Claim:
    """One quantitative claim; `text == document[start:end]`."""

    doc: str
    start: int
    end: int
    text: str
    value: int | float
    unit: str
    qualifier: str
    metric: str
    label: str
    category: str
    province: str
    city: str
    period: str
    sentence: str
    value_max: int | float | None = None

    def as_dict(self) -> dict:
        return dict(self.__dict__)  # the fields in order; dataclasses.asdict would deep-copy them


COLUMNS = [f.name for f in fields(Claim)]


class Extractor:
    """All compiled rules; build once, call `extract` for each document."""

    def __init__(self, rules: Rules | None = None):
        self.rules = rules or load_rules()
        self.fold_table = fold_table(self.rules)
        self.fold = Folder(self.fold_table, self.rules.glosses)
        self.scanner = Scanner(self.rules)
        self.gazetteer = Gazetteer(self.rules)
        self.classifier = Classifier(self.rules, self.gazetteer.names)
        self.periods = PeriodFinder(self.rules)
        people = self.rules.units.get("人")
        self.people_metric = people.metric if people else None
        # the units whose own metric is a catch-all that takes its kind from the words around (元: 资金):
        # for these, the clause after a quantity that ends its own is read too (投入资金1500万元，慰问…)
        self.catch_all_units = frozenset(u.unit for u in self.rules.units.values()
                                         if u.metric in self.rules.metrics and self.rules.metrics[u.metric].from_earlier)
        # what may stand between quantities that read the same words (a list; a change from one to the next)
        gap, changes = LIST_GAP.pattern, self.rules.numbers.get("ranges", {}).get("changes", [])
        if changes:
            # 从2013年的1.08亿增加到2017年的1.4亿: the year of the second may stand after the change word
            gap += rf"|[ \t]*(?:{'|'.join(map(regex.escape, changes))})[ \t]*(?:\d{{4}}年(?:底|末)?的?[ \t]*)?"
        self.shared_gap = regex.compile(gap)

    def extract(self, document: str, doc: str = "") -> list[Claim]:
        """Every claim of one document."""
        return [Claim(**row) for batch in self.row_batches(document, doc) for row in batch]

    def pieces(self, document: str, doc: str = "") -> Iterator[list[Claim]]:
        """The claims of a document a piece at a time (see `row_batches`)."""
        for batch in self.row_batches(document, doc):
            yield [Claim(**row) for row in batch]

    def row_batches(self, document: str, doc: str = "") -> Iterator[list[dict]]:
        """The claims of a document as table rows (dicts of COLUMNS), a piece at a time: a
        huge document is read in pieces cut at line ends, so memory follows the piece, not
        the file. Rows skip building a Claim each, which a table of millions notices."""
        if len(document) <= CHUNK:
            yield self._extract(document, doc)
            return
        start = 0
        while start < len(document):
            end = min(len(document), start + CHUNK)
            if end < len(document):
                cut = document.rfind("\n", start + CHUNK // 2, end)
                end = cut + 1 if cut > 0 else end
            rows = self._extract(document[start:end], doc)
            for row in rows:
                row["start"] += start
                row["end"] += start
            yield rows
            start = end

    def _extract(self, document: str, doc: str) -> list[dict]:
        text = self.fold(document)
        quantities = self.scanner.scan(text, self.gazetteer.numeral_names(text))
        if not quantities:
            return []
        segments = Segments.of(text)
        listed = respectively(text, segments, quantities)
        named = []
        for i, q in enumerate(quantities):
            ctx = self._context(text, segments, quantities, i)
            default = q.default_metric
            counts_people = q.unit is None and ctx.after.startswith(self.classifier.people)  # 7.79万贫困群众
            if counts_people:
                default = self.people_metric
            if q.fixed_metric:
                metric = self.rules.metrics[q.default_metric]
            else:
                # 书屋、驿站分别为120个、85个: its list item names it; 德阳、绵阳的入会率分别为…: the
                # items are places, naming nothing, and the sentence does
                item = listed.get(i)
                metric = self.classifier.classify(q.unit, item.context, None) if item else None
                said = metric and self.classifier.named(item.between, q.unit)
                if said and said.category != metric.category:
                    metric = None  # 郑州、洛阳供电公司工会分别建成母婴室12个和8个: who has them, not what
                metric = metric or self.classifier.classify(q.unit, ctx, default)
            if metric is not None and ctx.part and (
                    whole := _whole_of(text, segments, named, q, "人" if counts_people else q.unit)):
                # 共有1000多名员工，其中600多名都是女性: a part whose words name nothing counts what its whole
                # does, not what the last word before it names; so does one whose words name only a kind of
                # people (在1218名奖章个人中，包括…机关干部…。其中，农民工122人: honourees, not cadres), or
                # names cadres among people reached or helped (培训工会干部3.5万人次，其中基层工会主席1.2万人)
                own = self.classifier.classify(q.unit, ctx._replace(earlier="", part=False), None)
                if own is None or (own.key != metric.key and own.category == WORKFORCE) or (
                        own.category in KINDS_OF_PEOPLE and whole.category in ACTED_ON) or (
                        q.unit is None and ctx.before.endswith("的") and own.category != whole.category):
                    # (农民工664万，其中在企事业单位的|78.3万: where they are, not what is counted)
                    metric = whole
            if metric is None:
                continue  # a bare magnitude whose sentence does not say what it counts
            unit = q.unit or ("人" if counts_people else metric.units[0])
            named.append((q, metric, unit, listed.get(i)))
        mentions = self.gazetteer.mentions(text)
        marks = self.gazetteer.marks(text)
        scope = document_scope(self.gazetteer, text, mentions, marks)
        if not scope.province and (filed := self.gazetteer.mentions(text, filed=True)):
            scope = document_scope(self.gazetteer, text, filed, marks)  # 本报贵阳电…全省: Guizhou's
        places = place_claims(self.gazetteer, segments, mentions, scope, [q.start for q, *_ in named], marks,
                              [(item.start, item.end) if item else None for *_, item in named])
        period_cache: dict = {}
        rows = []
        for (q, metric, unit, _), place in zip(named, places):
            s_start, s_end = segments.sentence(q.start)
            rows.append({
                "doc": doc, "start": q.start, "end": q.end, "text": document[q.start:q.end],
                "value": to_number(q.value), "unit": unit, "qualifier": q.qualifier,
                "metric": metric.key, "label": metric.label, "category": metric.category,
                "province": place.province, "city": place.city,
                "period": q.period or self.periods.period_at(text, segments, q.start, period_cache),
                "sentence": document[s_start:s_end].strip(),
                "value_max": to_number(q.value_max) if q.value_max is not None else None})
        return rows

    def _context(self, text: str, segments: Segments, quantities: list[Quantity], i: int) -> Context:
        q = quantities[i]
        c_end = segments.clause(q.end - 1)[1]  # (of its end: a quote may hold a list mark, 3、4个)
        s_start, s_end = segments.sentence(q.start)
        p_start, p_end = segments.phrase(q.start)  # 走访慰问困难职工、劳模和一线职工32.6万人次: a list is one phrase
        first = i  # 驿站120个、85个; 由120万人增加到150万人: the later ones read the words before the first
        while first and self.shared_gap.fullmatch(text, quantities[first - 1].end, quantities[first].start):
            first -= 1
        previous_end = quantities[first - 1].end if first else 0
        before = text[max(p_start, previous_end):quantities[first].start]
        if not before.strip() and p_start - 1 > max(previous_end, s_start) and text[p_start - 1] in "：:":
            before = text[max(segments.clause(p_start - 2)[0], previous_end):p_start - 1]  # 其中农民工会员：|45.6万人
        if q.heading is not None:  # a table's figure under 驿站（个）: its column's header names it
            before = text[q.heading[0]:q.heading[1]]
        if previous_end > p_start and LIST_GAP.match(text, previous_end):
            before = self._list_lead(text, quantities, first - 1, p_start) + before
        after_end = c_end
        j = i + 1
        skip_to = q.end
        # 4批40名干部: a quantity right after this one is skipped, so both read 干部; so is one after
        # a list word (分别有86名、52名个人获奖)
        while j < len(quantities) and quantities[j].start < p_end:
            gap = text[skip_to:quantities[j].start]
            if gap.strip() and not LIST_GAP.fullmatch(gap):
                after_end = min(after_end, quantities[j].start)
                break
            skip_to = quantities[j].end
            after_end = max(after_end, segments.clause(skip_to - 1)[1])
            j += 1
        if self.rules.modifiers is not None and (words := self.rules.modifiers.match(text, skip_to)):
            skip_to = words.end()  # 1300家国家、省、市级|职工书屋, 12个来自…的|班组: which levels, whence; the noun comes after
            after_end = max(after_end, min(p_end, segments.clause(skip_to)[1]))
        after = _own_words(text, skip_to, after_end) if not _HEADLINE_GAP.match(text, skip_to) else ""
        if j < len(quantities) and after_end == quantities[j].start and _JOINER_FIRST.match(after):
            after = ""  # 奖章8650个|和全国工人先锋号|8870个: the words after a list word are the next item's
        journey = self.classifier.travel_pattern
        if after.endswith("、") and j < len(quantities) and j == i + 1 and quantities[j].start < p_end:
            # 160余家生产、施工、监理单位的18万名…: a list of nouns runs to the noun whose 的 leads to the
            # next quantity (not 母婴室11个、心灵驿站1个: those are the next item's words)
            more = _own_words(text, after_end, quantities[j].start)
            after += more if more.rstrip().endswith("的") else ""
        elif after.endswith("、") and j == i + 1:
            # 2万余名网约车司机、货车司机集中入会: a list of nouns goes on to the verb they share; a list of
            # people who went somewhere, or of the places they went to, however long, to what they went for
            # (690名劳模、援鄂医护人员、一线优秀职工赴异地疗休养; 赴恩施、神农架、宜昌等地进行疗休养); a list
            # of those who did something to them, to what they did (196名选手被省总工会、省人社厅…联合授予…)
            clauses, end = [], after_end
            while True:
                more_end = min(p_end, segments.clause(end)[1])
                clauses.append(_own_words(text, end, more_end))
                if not (clauses[-1].endswith("、") and end < more_end < p_end):
                    break
                end = more_end
            listed = after + "".join(clauses)
            goes_on = (journey is not None and journey.search(listed)) or self.classifier.passive_at(after) >= 0
            after = listed if goes_on else after + clauses[0]
        if journey is not None and after.endswith(("，", ",")) \
                and _WHEN_END.sub("", after[:-1]).endswith(_PEOPLE_ENDS) and journey.match(text, after_end) \
                and (j == len(quantities) or quantities[j].start >= segments.clause(after_end)[1]):
            after += _own_words(text, after_end, segments.clause(after_end)[1])  # 组织600名劳模，前往…疗休养
        if q.heading is None and (label := figure_label(text, q.start, q.end)) is not None:
            before, after = text[label[0]:label[1]], ""  # 一图读懂: 520个 / 建成工会驿站, a figure's label a line
        shared = ""
        if j < len(quantities) and _ITEM_THEN_LIST.fullmatch(after) and _leads_to(text, after_end, quantities[j].start):
            # 3家单位、5名个人受到全总表彰: the verb after the last item of a list of counted nouns
            # is every item's (1810名货车司机、3941名快递员、156名外卖配送员加入工会; 80个集体、王永红等
            # 141位个人受到表彰: an item may name examples first)
            while True:
                shared = _own_words(text, quantities[j].end, segments.clause(quantities[j].end - 1)[1])
                if not (j + 1 < len(quantities) and _next_item(text, quantities[j].end, quantities[j + 1].start)):
                    break
                j += 1
            shared = cue_text(shared)
        # the earlier clauses are those of its piece of the sentence: a semicolon ends a statement
        # (培训职工5200人次；芜湖市开展筛查，为1.3万名…), unless the piece goes on with the parts (；其中…)
        piece = segments.part(q.start)[0]
        piece_start = s_start if piece <= s_start or text[piece:piece + 8].lstrip().startswith(PART_WORDS) else piece
        earlier = text[piece_start:max(p_start, previous_end)]  # and its phrase before an earlier quantity
        paragraph_start = segments.paragraph(q.start)[0]
        part_sentence = False  # a sentence that starts with 其中: all its clauses are parts
        intro = segments.intro(q.start) if s_start == paragraph_start else None
        if intro:  # 各市驿站建设情况如下：/ 西安市 1200个: the list's words are its intro's
            earlier = text[intro[0]:intro[1]] + earlier
        elif text.startswith(PART_WORDS, s_start) and (s_start > paragraph_start or under_a_line(text, s_start)):
            # 全国已建成驿站18.6万个。其中，广东建成1.2万个: the part counts what the sentence before does;
            # so does a table's row 其中:女性 | 55631 under 职工代表人数(人) | 149295
            earlier = text[_sentence_before(text, segments, s_start):s_start] + earlier
            part_sentence = True  # and so does every clause of it (…，东莞市吸纳5.2万人)
        elif not text.startswith(PART_WORDS, p_start) and (listing := _parts_from(text, piece, p_start)) is not None:
            # 培训职工5000人，其中一线职工3000人，农民工1000人: the clauses after the one that starts
            # the parts are parts too, of what the words before it count
            earlier, part_sentence = text[s_start:listing], True
        k = first - 1  # the count before its phrase, in its piece: the one it may go on from (慰问职工43万人，其中…)
        while k >= 0 and quantities[k].start >= p_start:
            k -= 1
        governor = ""
        if first and quantities[first - 1].start >= p_start and _AFTER_ITEM.fullmatch(before):
            # 看望慰问212名农牧民工和13名劳动模范: the count after an item of its phrase goes on from it
            k = first - 1
        while k >= 0 and quantities[k].start >= piece_start:
            governor = cue_text(text[max(segments.phrase(quantities[k].start)[0], quantities[k - 1].end if k else 0):
                                     quantities[k].start])
            if (governor.strip(_BARE_GAP) and not governor.lstrip(_BARE_GAP).startswith(PART_WORDS)) or not k:
                break
            k -= 1  # 走访慰问18个企业,6个…,48名劳模: a count with no words of its own goes on from the one before;
            # so does a part (慰问困难职工116人，其中退休职工57人，困难劳模15人: the whole's verb)
        before = cue_text(before)
        part = (part_sentence or before.lstrip("(（[【").startswith(PART_WORDS)  # 其中一线职工3000人, （含农民工300万人）
                or earlier.rstrip(" ，,:：").endswith(PART_WORDS)
                or _AMONG.search(text[s_start:q.start]) is not None)  # 在获奖的1218名个人中，农民工122人
        beyond = ""
        if j < len(quantities) and after_end == quantities[j].start and self.classifier.serves(before):
            beyond = cue_text(text[quantities[j].end:segments.clause(quantities[j].start)[1]])
        elif (text[p_end - 1:p_end] in ("，", ",") and p_end < s_end
              and text.endswith(_PEOPLE_ENDS, 0, p_end - 1)
              and (j == len(quantities) or quantities[j].start >= segments.clause(p_end)[1])
              and self.classifier.serves(before)):
            # 为300余名外卖员、快递员等新就业形态劳动者，送上…: what is done for them, past the comma
            # that ends their noun phrase (not 为100名劳模颁发证书，…), when that clause counts nothing
            beyond = cue_text(text[p_end:segments.clause(p_end)[1]])
        elif (q.unit in self.catch_all_units and not after.strip(" \t，,") and text[c_end - 1:c_end] in ("，", ",")
              and c_end < s_end):
            # 投入资金1500万元，慰问困难职工…: what money a catch-all word names is for, in the clause after it
            # (为3200户困难职工家庭送去慰问金: its words, not the count in it)
            n_end = segments.clause(c_end)[1]
            counted = j < len(quantities) and quantities[j].start < n_end
            beyond = cue_text(text[c_end:quantities[j].start] + text[quantities[j].end:n_end] if counted
                              else text[c_end:n_end])
        return Context(before, cue_text(after), earlier, part, shared, governor, beyond)  # earlier: read (and cleaned) last

    def _list_lead(self, text: str, quantities: list[Quantity], k: int, p_start: int) -> str:
        """The words before the first amount of a list that the amount after `k` continues
        (慰问困难职工1200户、一线职工5000人次; 参赛班组1300余个、职工2.1万人): its verb governs every
        item, and an item's own words, read nearer, still win when they name a thing (、驿站85个)."""
        while k and quantities[k - 1].end > p_start and LIST_GAP.match(text, quantities[k - 1].end):
            k -= 1
        return text[max(p_start, quantities[k - 1].end if k else 0):quantities[k].start]


_AMONG = regex.compile(r"(?:^|[，,：:])\s*在[^，,。；;：:]{2,30}中[，,]")  # a clause 在…中: the clauses after are parts
_JOINER_FIRST = regex.compile(rf"[ \t]*(?:以及|[{LIST_JOINERS}])")
_ITEM_THEN_LIST = regex.compile(r"[\u4e00-\u9fa5]{1,6}[ \t]*(?:、|和|及|与|以及)[ \t]*")  # 单位、 (not 、 alone)
_EXAMPLES = regex.compile(r"[\u4e00-\u9fa5]{2,20}等[ \t]*")  # 王永红等|141位: the examples an item names first
_PART_START = regex.compile(rf"(?<=[，,：:][ \t]*)(?:{'|'.join(PART_WORDS)})")  # such a clause, after a mark


def _whole_of(text: str, segments: Segments, named: list, q: Quantity, q_unit: str | None):
    """The metric of the whole that the part `q` (in `q_unit`; None: a bare magnitude of anything)
    is of: the last claim in its unit in its sentence, or in the sentence before one that starts
    with the parts (其中…); or None."""
    s_start = segments.sentence(q.start)[0]
    first = _sentence_before(text, segments, s_start) if text.startswith(PART_WORDS, s_start) else s_start
    for quantity, metric, unit, _ in reversed(named):
        if quantity.start < first:
            return None
        if unit == (q_unit or unit) or {unit, q_unit} == _PEOPLE_UNITS:  # 培训3.5万人次，其中…1.2万人
            return metric
    return None


def _sentence_before(text: str, segments: Segments, s_start: int) -> int:
    """Where the sentence before the one at `s_start` starts, past the line break at a paragraph's
    start (read backwards over the spaces, not by copying the text before)."""
    end = s_start
    while end and text[end - 1].isspace():
        end -= 1
    return segments.sentence(end - 1)[0]


def _parts_from(text: str, piece_start: int, p_start: int) -> int | None:
    """Where an earlier clause of the piece of its sentence from `piece_start` (after a semicolon)
    to the phrase at `p_start` starts the parts of a count (，其中…), or None."""
    starts = [m.start() for m in _PART_START.finditer(text, piece_start, p_start)]
    return starts[-1] if starts and starts[-1] > piece_start else None


# a space after a quantity, then words not spaced out by a PDF: a headline's next clause
# (会员总数达3000万 新建工会2万家, 新建驿站520个 服务户外劳动者), not the quantity's noun
_HEADLINE_GAP = re.compile(r"[ \t\u3000]+[\u4e00-\u9fa5]{2}")


def _next_item(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] ends an item of a list and leads to the next count: 单位、|5名."""
    item = _ITEM_THEN_LIST.match(text, start, end)
    return item is not None and _leads_to(text, item.end(), end)


def _leads_to(text: str, start: int, count_start: int) -> bool:
    """Whether the next item's count starts at `start`, or after the examples it names first
    (集体、|王永红等|141位)."""
    return start == count_start or _EXAMPLES.fullmatch(text, start, count_start) is not None


def _own_words(text: str, start: int, end: int) -> str:
    """text[start:end] up to an aside: 52.36万人(其中农民工会员31.2万人) are not its words."""
    return text[start:aside_start(text, start, end)]


_default: Extractor | None = None


def extract_text(document: str, doc: str = "", extractor: Extractor | None = None) -> list[Claim]:
    """Every claim of one document, with the built-in rules unless an extractor is given."""
    global _default
    if extractor is None:
        if _default is None:
            _default = Extractor()
        extractor = _default
    return extractor.extract(document, doc)
