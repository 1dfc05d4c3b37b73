"""Find the quantities of a document: number, multiplier, 余/多, measure word.

One compiled pattern (built from rules/units.toml and rules/numbers.toml) finds
every candidate in a single pass; each is parsed, checked against the
exclusions (dates, ordinals, names, slogans...) and given its qualifier.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

import regex

from .numbers import DIGIT_VALUE, FINANCIAL_CHARS, NEXT_PLACE, SPACE, number_pattern, parse_number
from .rules import Exclusion, Rules
from .patterns import UNIT_GAP, alternation, fast_compile, spaced_word, without_breaks, wrapped
from .qualifiers import AFTER_WINDOW, BEFORE_WINDOW, QualifierReader
from .lists import LIST_GAP, chained
from .tables import TableCells
from .text import squeeze, unspaced

_MULTIPLIER_TAIL = regex.compile(r"[十百千万亿]+$")
_PLAIN_DIGITS = regex.compile(r"^[\d.,\s]+$")
# one digit of the next place after a scaled measure word (九成五), ending the number: before
# punctuation, a space or the words that go on from a percentage (九成五的职工, 七成六以上, 九成五左右)
_NEXT_PLACE_DIGIT = rf"(?:[{''.join(NEXT_PLACE)}](?=[^\w]|$|[的以左上]))?"
_NEIGHBOURS = regex.compile(r"([二两三四五六七八])([三四五六七八九])([十百千万亿]*)")


@dataclass(slots=True)  # not frozen: a frozen dataclass is built several times slower
class Quantity:
    """A number with its measure word, as found in the text."""

    start: int
    end: int
    number: str
    value: Decimal
    value_max: Decimal | None
    unit: str | None  # canonical unit; None for a bare magnitude (41.2万) until classified
    default_metric: str | None
    qualifier: str
    fixed_metric: bool = False  # the measure word itself names the metric (10 部门)
    heading: tuple[int, int] | None = None  # a table column's header cell, read as its words (驿站（个）)
    period: str | None = None  # a yearbook column's year (项 目 2021 2022), where the table gives one


class Scanner:
    """Compiled once per rule set; `scan(folded_text)` lists the quantities."""

    def __init__(self, rules: Rules):
        self.rules = rules
        numbers = rules.numbers
        qualifiers = numbers.get("qualifiers", {})
        self.more_marks = "".join(qualifiers.get("inside", {}).get("more_than", []))
        number = number_pattern(self.more_marks)
        units = []
        for word in sorted(rules.units, key=len, reverse=True):
            guard = rules.units[word].not_before
            look = f"(?!{UNIT_GAP}(?:{'|'.join(map(spaced_word, guard))}))" if guard else ""  # 3个月, 3 个 月
            # 九成五, 七成半: a scaled measure word may take one digit of the next place after it
            extra = _NEXT_PLACE_DIGIT if rules.units[word].scale >= 10 else ""
            units.append(wrapped(word) + look + extra)  # 6.5万人\n次: a line may end inside the unit too
        joiners = "|".join(map(regex.escape, numbers.get("ranges", {}).get("joiners", [])))
        self.joiner = regex.compile(rf"{SPACE}(?:{joiners}){SPACE}") if joiners else None
        varying = alternation(numbers.get("ranges", {}).get("varying", [])) or "(?!)"
        self.varies = regex.compile(rf"{SPACE}(?:{varying})")  # 3000至2000元不等: a range's amounts vary
        percent = alternation(numbers.get("percent", {}).get("prefix", []))
        # 两千来户, 20来人: a word between the number and its measure word that makes it approximate
        self.approx_inside = tuple(qualifiers.get("inside", {}).get("approx", []))
        approx = rf"(?:(?:{alternation(self.approx_inside)}){SPACE})?" if self.approx_inside else ""
        pattern = (
            (rf"(?P<pct>{percent}){SPACE}(?P<pnum>{number})|" if percent else "")
            + rf"(?P<num>{number})(?:{SPACE}(?:{joiners}){SPACE}(?P<num2>{number}))?"
            + rf"(?:{UNIT_GAP}{approx}(?P<unit>{'|'.join(units)}))?")
        self.pattern = regex.compile(pattern)
        self.units_by_written = {without_breaks(w): u for w, u in rules.units.items()}
        self.qualifier = QualifierReader(qualifiers)
        self.max_value = Decimal(str(numbers.get("limits", {}).get("max_value", 1e15)))
        self.exclusions = list(rules.exclusions.values())
        self.within = [(ex.name, fast_compile(ex.within.pattern)) for ex in self.exclusions if ex.within]
        # the tests of each exclusion, in the order number, before, after (all must match)
        # (a `before` test ends at the number: searched from the end, `$` fails at once elsewhere)
        self.tests = [(ex, tuple((i, _backwards(p) if i == 1 else _forwards(p))
                                 for i, p in enumerate((ex.number, ex.before, ex.after)) if p is not None))
                      for ex in self.exclusions]
        self.tests = [(ex, tests) for ex, tests in self.tests if tests]
        self.has_percent = "pct" in self.pattern.groupindex
        # rule words are escaped, so the named groups are the pattern's only ones: scan reads m.groups()
        assert self.pattern.groups == len(self.pattern.groupindex), "a capturing group in the number pattern"
        self._parse = lru_cache(maxsize=65536)(self._parse_groups)
        bare = numbers.get("bare", {})
        # a plain number with 余/多 right before people (500余女职工) counts them; 人 and 名 are measure words
        self.people_after_more = tuple(w for w in bare.get("people", []) if len(w) > 1)
        self.count_nouns = bare.get("count_nouns", {})
        self.tables = TableCells(self.units_by_written, self.count_nouns)  # 基层工会数 | 6941: a label that counts
        links = alternation(bare.get("count_links", []))
        # the characters a noun or a link ends with, right before the number (or a space): most numbers follow none
        self.counted_ends = {w[-1] for w in (*self.count_nouns, *bare.get("count_links", []))} | {" ", "\t"}
        self.counted = regex.compile(rf"(?P<noun>{alternation(self.count_nouns)})[ \t]*(?:{links}){{0,2}}[ \t]*$") \
            if self.count_nouns else None
        # most quantities match no exclusion: one search per kind of words around the number
        # (before, after) says which exclusions could apply at all; the number's own tests are
        # passed once per distinct number, with its parse (see `_number_passes`)
        self.could_match = [_backwards(_any_of(ex.before for ex, _ in self.tests if ex.before is not None)),
                            _forwards(_any_of(ex.after for ex, _ in self.tests if ex.after is not None))]
        self._candidates: dict[tuple, list] = {}

    def within_spans(self, text: str, spaced: tuple[str, list[int]] | None = None) -> list[tuple[int, int, str]]:
        """Spans of the document inside which no quantity is a claim (quotes, titles, slogans);
        of a text spaced out character by character, found in it without its spaces (`spaced`)."""
        if spaced is not None:
            plain, at = spaced
            return [(at[start], at[end - 1] + 1, name) for start, end, name in self.within_spans(plain)]
        return [(m.start(), m.end(), name) for name, pattern in self.within for m in pattern.finditer(text)]

    def scan(self, text: str, blocked: list[tuple[int, int, str]] = ()) -> list[Quantity]:
        spaced = unspaced(text)  # 全 省 百 人 以 上 企 业: the rules are read as if unspaced
        blocked = _merged(list(blocked) + self.within_spans(text, spaced))
        spaced_out = spaced is not None
        starts, ends = [start for start, _, _ in blocked], [end for _, end, _ in blocked]
        found: list[Quantity] = []
        listed: list[tuple[int, int, str]] = []  # bare numbers a list may give a later measure word
        counted: list[tuple[int, int, str, str]] = []  # bare numbers a noun says are counts (人数为3200, 500余女职工)
        no_percent = (None, None)
        for m in self.pattern.finditer(text):
            # the pattern's only groups, in order: (pct, pnum,) num, num2, unit
            written = m.groups() if self.has_percent else no_percent + m.groups()
            if written[4] is None and written[0] is None and not _has_magnitude(written[3] or written[2]):
                number = written[2]
                if written[3] is None and LIST_GAP.match(text, m.end()):
                    # 1.2和2.5个百分点, 120、85和64个, 5、8、12个 (3、4个 is "three or four": see lists.chained)
                    listed.append((m.start(), m.end(), number))
                elif (written[3] is None and _PHRASE_END.match(text, m.end())
                      and (unit := self._count_noun(text, m.start())) is not None):
                    counted.append((m.start(), m.end(), number, unit))  # 会员人数为3200: the noun says what it counts
                elif (written[3] is None and number[-1] in self.more_marks
                      and text.startswith(self.people_after_more, m.end())):
                    counted.append((m.start(), m.end(), number, ""))  # 500余女职工: people, as 120余万职工 are
                continue  # a bare number (a year, a code, a date): no measure word, no 万/亿
            parsed = self._parse(written)
            if parsed is None:
                continue
            if written[4] is None and written[0] is None and (unit := self._count_noun(text, m.start())):
                parsed = parsed[:3] + (unit, self._unit_metric(unit)) + parsed[5:]  # 覆盖职工数达到1.04亿: people
            if self.approx_inside and written[4] is not None and any(w in m.group() for w in self.approx_inside):
                parsed = parsed[:6] + (True,) + parsed[7:]  # read as 两三个 is: approximate
            start = m.start()
            if listed and written[4] is not None:
                items, below = chained(text, listed, start, written[2])
                for item_start, end, number in items:
                    shared = self._parse((None, None, number, None, written[4]))
                    quantity = shared and self._accepted(text, item_start, end, shared, starts, ends, spaced_out)
                    if quantity:
                        found.append(quantity)
                if below:  # 3、4个: three or four, from the digit below
                    start, parsed = below[0], (parsed[0], Decimal(DIGIT_VALUE[below[2]]), parsed[1], *parsed[3:6], True,
                                               *parsed[7:])
            listed = []
            quantity = self._accepted(text, start, m.end(), parsed, starts, ends, spaced_out)
            if quantity:
                found.append(quantity)
        figures = self._table_figures(text, found, starts, ends, spaced_out)
        figures += self._counted(text, counted, {q.start for q in figures}, starts, ends, spaced_out)
        if figures:
            replaced = {q.start for q in figures}
            found = sorted([q for q in found if q.start not in replaced] + figures, key=lambda q: q.start)
        return self._ranges(text, found)

    def _count_noun(self, text: str, start: int) -> str | None:
        """The unit of a noun that counts (人数, 企业数, 数量: "" for the metric's own) ending right
        before `start`, as a plain number (会员人数为3200) or a bare magnitude (职工数达到1.04亿) is
        counted in it; None where none does."""
        if self.counted is None or not start or text[start - 1] not in self.counted_ends:
            return None
        noun = self.counted.search(text, max(0, start - COUNTED_WINDOW), start)
        return self.count_nouns[noun.group("noun")] if noun else None

    def _unit_metric(self, unit: str) -> str | None:
        return self.units_by_written[unit].metric if unit in self.units_by_written else None

    def _counted(self, text: str, counted: list, taken: set[int], starts, ends, spaced_out: bool) -> list[Quantity]:
        """Plain numbers after a noun that counts (人数为3200): the noun's unit, or the metric's."""
        quantities = []
        for start, end, number, unit in counted:
            parsed = parse_number(number, self.more_marks) if start not in taken else None
            if parsed is None or not 0 < parsed[0] <= self.max_value:
                continue
            facts = (number, parsed[0], None, unit or None, self._unit_metric(unit), False, False, parsed[1],
                     self._number_passes(squeeze(number)))
            quantity = self._accepted(text, start, end, facts, starts, ends, spaced_out)
            if quantity:
                quantities.append(quantity)
        return quantities

    def _table_figures(self, text: str, found: list[Quantity], starts, ends, spaced_out: bool) -> list[Quantity]:
        """新建基层工会    个    3256: figures whose unit stands in a cell of its own (see tables)."""
        taken = {q.start for q in found if q.unit is not None}  # a bare magnitude (12.5万) gets its column's unit
        figures = []
        for start, end, number, unit_word, heading, period in self.tables.cells(text):
            parsed = None if start in taken else self._parse((None, None, number, None, unit_word))
            quantity = parsed and self._accepted(text, start, end, parsed, starts, ends, spaced_out)
            if quantity:
                quantity.heading, quantity.period = heading, period
                figures.append(quantity)
        return figures

    def _ranges(self, text: str, found: list[Quantity]) -> list[Quantity]:
        """10%-15%, 3000元至5000元: two quantities of one unit joined by a range word are one range."""
        if self.joiner is None:
            return found
        merged: list[Quantity] = []
        for q in found:
            low = merged[-1] if merged else None
            if (low is not None and low.unit == q.unit and low.unit is not None and low.value_max is None
                    and q.value_max is None and self.joiner.fullmatch(text, low.end, q.start)
                    and (low.value < q.value or _descending(low.value, q.value) and self.varies.match(text, q.end))):
                least, most = sorted((low.value, q.value))
                merged[-1] = Quantity(low.start, q.end, text[low.start:q.end], least, most, low.unit,
                                      low.default_metric, low.qualifier, low.fixed_metric)
            else:
                merged.append(q)
        return merged

    def _accepted(self, text: str, start: int, end: int, parsed: tuple, starts, ends,
                  spaced_out: bool = False) -> Quantity | None:
        """The quantity at [start, end), unless a quotation, a title or an exclusion holds it."""
        i = bisect_right(starts, start) - 1
        if i >= 0 and start < ends[i]:
            return None  # inside a quotation, a title, a slogan, a place name
        number, value, value_max, unit, metric, fixed, approximate, more, number_passes = parsed
        if value_max is not None and value > value_max:
            if not self.varies.match(text, end):
                return None  # 10—3个: no range runs downwards unless its amounts are said to vary
            value, value_max = value_max, value
        if self._excluded(text, start, end, number_passes, unit, spaced_out):
            return None
        qualifier = "approx" if approximate else self.qualifier.read(text, start, end, number, more)
        return Quantity(start, end, number, value, value_max, unit, metric, qualifier, fixed)

    def _parse_groups(self, groups: tuple) -> tuple | None:
        """What a match's groups say, whatever surrounds them: (number, value, value_max,
        unit, metric, names_metric, approximate (neighbouring digits, 两三个; scan sets it for
        两千来户 too), 余/多 inside, the exclusions whose number tests it passes).
        Cached: the same few thousand numbers recur throughout a corpus."""
        pct, pnum, num, num2, unit_word = groups
        percent = pct is not None
        written = pnum if percent else num
        if written in FINANCIAL_CHARS:
            return None  # 收拾起, 陆家嘴: a lone 大写 character is a word
        if not percent and unit_word is None and not _has_magnitude(num2 or written):
            return None  # a bare number (a year, a code, a date): no measure word, no 万/亿 (100-200万: its end's)
        value_max = None
        pair = _NEIGHBOURS.fullmatch(squeeze(written))
        if pair and not num2:  # 两三个, 三四百人: an approximate range, not 23 or 340
            low, high, marks = Decimal(DIGIT_VALUE[pair.group(1)]), Decimal(DIGIT_VALUE[pair.group(2)]), pair.group(3)
            if high - low != 1 or low < 2:
                return None
            scale = Decimal(parse_number("一" + marks)[0]) if marks else Decimal(1)
            value, value_max, more = low * scale, high * scale, False
        else:
            parsed = parse_number(written, self.more_marks)
            if parsed is None:
                return None
            value, more = parsed
        if not percent and num2:
            value, value_max = self._range(num, num2)
            if value is None:
                return None
        fixed = False
        if percent:
            unit, metric = "%", self.units_by_written.get("%", None)
            metric = metric.metric if metric else None
        elif unit_word:
            word = without_breaks(unit_word)
            next_place = word[-1] if word not in self.units_by_written else None  # 九成五
            u = self.units_by_written[word[:-1] if next_place else word]
            unit, metric, fixed = u.unit, u.metric, u.names_metric
            if u.scale != 1:  # 八成 = 80 %, 九成五 = 95 %
                scale = Decimal(str(u.scale))
                more_digit = NEXT_PLACE[next_place] * scale / 10 if next_place else 0
                value = value * scale + (0 if value_max is not None else more_digit)
                value_max = value_max * scale + more_digit if value_max is not None else None
        elif _has_magnitude(num2 or written) and len(squeeze(num2 or written)) > 1:
            unit, metric = None, None  # a bare magnitude: unit from what it counts
        else:
            return None
        if value_max is None and not unit_word and not percent and num2:
            return None
        if value > self.max_value or (value_max is not None and value_max > self.max_value) or value <= 0:
            return None  # beyond any count, or nothing counted
        return (written, value, value_max, unit, metric, fixed, bool(pair and not num2), more,
                self._number_passes(squeeze(written)))

    def _number_passes(self, number: str) -> frozenset[int]:
        """Which exclusions' number tests `number` passes (by their place in `tests`)."""
        return frozenset(k for k, (_, tests) in enumerate(self.tests)
                         if tests[0][0] == 0 and tests[0][1].search(number))

    def _range(self, low: str, high: str):
        high_parsed = parse_number(high, self.more_marks)
        if high_parsed is None:
            return None, None
        # 3至5万: the low end shares the high end's 万, unless that makes it the larger (5000到5万,
        # but not 3至2万: a range spans less than a hundredfold)
        tail = _MULTIPLIER_TAIL.search(squeeze(high).rstrip(self.more_marks))
        readings = [(low + tail.group(), 0), (low, high_parsed[0] / 100)] if tail and _PLAIN_DIGITS.match(low) \
            else [(low, 0)]
        for reading, least in readings:
            low_parsed = parse_number(reading, self.more_marks)
            if low_parsed is not None and least <= low_parsed[0] < high_parsed[0]:
                return low_parsed[0], high_parsed[0]
        if len(readings) == 1 and low_parsed is not None and _descending(low_parsed[0], high_parsed[0]):
            return low_parsed[0], high_parsed[0]  # 3000至2000元 (_accepted asks for 不等; 3至2万: either end's 万)
        return None, None

    def _excluded(self, text: str, start: int, end: int, number_passes: frozenset[int],
                  unit: str | None = None, spaced_out: bool = False) -> Exclusion | None:
        """The exclusion whose tests (on the number, the words before, the words after) all pass."""
        if spaced_out:  # 百 人 以 上 企 业: the windows as if unspaced
            before = squeeze(text[max(0, start - 2 * BEFORE_WINDOW):start])[-BEFORE_WINDOW:]
            after = squeeze(text[end:end + 2 * AFTER_WINDOW])[:AFTER_WINDOW]
        else:
            before = text[max(0, start - BEFORE_WINDOW):start]
            after = text[end:end + AFTER_WINDOW]
        before_test, after_test = self.could_match
        key = (number_passes, unit,
               before_test is None or before_test.search(before) is not None,
               after_test is None or after_test.search(after) is not None)
        candidates = self._candidates.get(key)
        if candidates is None:
            candidates = self._candidates[key] = self._candidates_for(*key)
        for ex, before_test, after_test in candidates:
            if (before_test is None or before_test.search(before)) and (after_test is None or after_test.search(after)):
                return ex
        return None

    def _candidates_for(self, number_passes: frozenset[int], unit: str | None, before: bool, after: bool) -> list:
        """The exclusions that could hold a quantity: its number passed their number test, its
        unit is theirs, and their words before and after could be there; with the tests left
        (before, after: None where it has none)."""
        could = (True, before, after)
        return [(ex, *(dict(tests).get(i) for i in (1, 2))) for k, (ex, tests) in enumerate(self.tests)
                if (not ex.units or unit in ex.units) and unit not in ex.not_units and all(could[i] for i, _ in tests)
                and (tests[0][0] != 0 or k in number_passes)]


def _any_of(patterns) -> regex.Pattern | None:
    """One pattern that matches where any of `patterns` does (None: they cannot be joined,
    as when one refers back to its own groups)."""
    sources = [p.pattern for p in patterns]
    if not sources or any(_BACKREFERENCE.search(s) or _GLOBAL_FLAGS.match(s) for s in sources):
        return None
    try:
        return regex.compile("|".join(f"(?:{s})" for s in sources))
    except regex.error:
        return None


def _forwards(pattern: regex.Pattern | None):
    """The same test with the standard library's `re` where it takes the pattern: a window of
    a dozen characters is searched several times faster (a test ending at `$` is not: see
    `_backwards`)."""
    return fast_compile(pattern.pattern) if pattern is not None else pattern


def _backwards(pattern: regex.Pattern | None) -> regex.Pattern | None:
    """The same test, searched from the end of the text (regex's REVERSE flag): where it
    matches is the same, but a pattern anchored at the end ($) is tried there first."""
    if pattern is None or _GLOBAL_FLAGS.match(pattern.pattern) or _BACKREFERENCE.search(pattern.pattern):
        return pattern
    try:
        return regex.compile("(?r)" + pattern.pattern, pattern.flags & ~regex.VERSION0 & ~regex.VERSION1)
    except regex.error:
        return pattern


_BACKREFERENCE = regex.compile(r"\\[1-9]|\(\?P=|\\g<")
_GLOBAL_FLAGS = regex.compile(r"\(\?[a-zA-Z]+\)")


COUNTED_WINDOW = 12  # how far before a plain number its counting noun (人数为) may start
_PHRASE_END = regex.compile(r"[ \t]*(?:[，,。；;、）)\r\n]|$)")  # 人数为3200。 (not 3200年, 3200 名单)


def _descending(first: Decimal, second: Decimal) -> bool:
    """5000元至3000元不等: a range written from its top, whose ends lie within tenfold of each other."""
    return second < first < second * 10


def _has_magnitude(number: str) -> bool:
    return "万" in number or "亿" in number


def _merged(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Overlapping spans joined, sorted by start: one bisection finds the span around a place."""
    merged: list[tuple[int, int, str]] = []
    for start, end, name in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]), merged[-1][2])
        else:
            merged.append((start, end, name))
    return merged
