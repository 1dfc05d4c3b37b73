"""The cue words of rules/metrics.toml, by the part they play (a cue, a verb after the number,
a word right against it, a fallback, a head, a governing verb, an object's verb), and how they
are found in a piece of text: each table's longest word at every position, overlapping, for
the metrics counted in a quantity's unit; and which hits make one noun (compound) or stand nearest
the number. The classifier decides what the hits mean."""
from __future__ import annotations

import re

import regex

from .rules import Metric, Rules, builtin_dir
from .patterns import fast_compile, word_pattern
from .text import word_at

HEAD_GAP = 1  # characters a noun's cues may stand apart and still be one noun (劳模|创新|工作室)


SERVED_CLAUSE = 20  # 为|坚守在一线的|1200名: how far before the count the 为 of people served may stand


class CueTables:
    """Every word table of the metrics, compiled once per process."""

    def __init__(self, rules: Rules):
        self.rules = rules
        self.by_cue: dict[str, list[Metric]] = {}
        self.by_verb: dict[str, list[Metric]] = {}
        self.by_adjacent: dict[str, list[Metric]] = {}
        self.by_fallback: dict[str, list[Metric]] = {}
        self.by_head: dict[str, list[Metric]] = {}
        self.by_governing: dict[str, list[Metric]] = {}
        self.by_object_verb: dict[str, list[Metric]] = {}
        # a rule pack's metrics first: where a pack and the built-in rules share a word, the pack's
        # own metric (childcare_classes for 托管班) is the one the user asked for
        builtin = str(builtin_dir("rules"))
        for metric in sorted(rules.metrics.values(), key=lambda m: m.source.startswith(builtin)):
            for words, table in (((*metric.cues, *metric.refers_back), self.by_cue), (metric.before, self.by_adjacent),
                                 (metric.fallback, self.by_fallback), (metric.head, self.by_head),
                                 (metric.governs, self.by_governing), (metric.object_of, self.by_object_verb),
                                 (metric.after, self.by_verb)):
                for word in words:
                    table.setdefault(word, []).append(metric)
        # a cue and the shorter cues it starts with (培训班, 培训): the longest that fits the unit wins
        self.prefixes = {c: [c[:n] for n in range(len(c), 0, -1) if c[:n] in self.by_cue] for c in self.by_cue}
        self.cue_pattern = self._pattern(self.by_cue)
        self.verb_pattern = self._pattern(self.by_verb)
        self.adjacent_pattern = self._pattern(self.by_adjacent)
        self.adjacent_words = tuple(self.by_adjacent)
        self.fallback_pattern = self._pattern(self.by_fallback)
        self.fallback_words = tuple(self.by_fallback)
        self.head_pattern = self._pattern(self.by_head)
        self.head_words = tuple(self.by_head)
        self.governing_pattern = self._pattern(self.by_governing)
        self.governing_words = tuple(self.by_governing)
        self.cue_ends = frozenset(c[-1] for c in self.by_cue)  # the last characters of the cues
        self.object_verbs = re.compile(word_pattern(self.by_object_verb)) if self.by_object_verb else None
        self.people = tuple(rules.numbers.get("bare", {}).get("people", []))
        self.changes = tuple(rules.numbers.get("ranges", {}).get("changes", []))
        # 1600个以上|公益筛查名额: a qualifier after the quantity is no word of what it counts
        self.trailing = tuple(sorted({w for words in rules.numbers.get("qualifiers", {}).get("after", {}).values()
                                      for w in words}, key=len, reverse=True))
        links = rules.numbers.get("links", {})  # numbers.toml [links]: the words that tie a count to what it counts
        self.having = tuple(links.get("having", []))
        self.awarding = tuple(links.get("awarding", []))
        self.travel = tuple(links.get("travel", []))
        self.travel_pattern = fast_compile(word_pattern(self.travel)) if self.travel else None
        self.passive = tuple(links.get("passive", []))
        self.dispatching = tuple(links.get("dispatching", []))
        self.served = tuple(links.get("served", []))
        self.acted_on = (*self.served, *links.get("acting_on", []))  # 为…, 对79名干部帮扶对象
        self.served_not = frozenset(links.get("served_not", []))
        self.not_served = tuple(links.get("not_served", []))
        self.served_whole = tuple(links.get("served_whole", []))
        self.served_benefit = frozenset(links.get("served_benefit", []))
        # 一线职工近3000人, 职工达1200万人: what may stand between a noun and its number
        between = [w for table in rules.numbers.get("qualifiers", {}).get("before", {}).values() for w in table]
        between += links.get("words", [])
        self.between = tuple(sorted(set(between), key=len, reverse=True))
        self.between_ends = frozenset(w[-1] for w in self.between)  # most tails end in none of these
        self.between_words = frozenset(self.between)
        self.between_lengths = sorted({len(w) for w in self.between}, reverse=True)  # the longest word first
        self.refers_back = frozenset(w for m in rules.metrics.values() for w in m.refers_back)
        self._named: dict = {}  # (table, cue, unit) -> what _name says: the same few hundred recur
        masks = ([word_pattern(rules.cue_masks)] if rules.cue_masks else []) + [f"(?:{p})" for p in rules.cue_mask_phrases]
        self.masks = regex.compile("|".join(masks)) if masks else None

    @staticmethod
    def _pattern(words) -> re.Pattern | None:
        """The longest of `words` starting at each position, overlapping (a zero-width look-ahead
        advances one character at a time): 技能竞赛 and the 竞赛 inside it are both found."""
        if not words:
            return None
        return re.compile(f"(?=({word_pattern(words, first_class=True)}))")

    def _hits(self, pattern, table, text: str, unit: str | None):
        """(start, end, metric) for each cue in text that names a metric counted in `unit`."""
        if pattern is None or not text:
            return []
        found = [(m.start(), m.group(1)) for m in pattern.finditer(text)]
        if not found:
            return []
        masked = [m.span() for m in self.masks.finditer(text)] if self.masks is not None else []
        hits = []
        for start, word in found:
            if masked and any(s <= start and start + len(word) <= e and (s, e) != (start, start + len(word))
                              for s, e in masked):
                continue  # 新就业形态: the 就业 inside is no cue (but the term itself may be one)
            key = (id(table), word, unit)
            if key not in self._named:
                self._named[key] = self._name(table, word, unit)
            named = self._named[key]
            if named:
                hits.append((start, start + named[0], named[1]))
        return hits

    def _bare(self, tail: str) -> str:
        """`tail` without the qualifiers and links that end it (一线职工|近, 职工|达): the words
        right against a number are those before them."""
        while tail and tail[-1] in self.between_ends:
            length = next((n for n in self.between_lengths if tail[-n:] in self.between_words), 0)
            if not length:
                break
            tail = tail[:-length]
        return tail

    def serves(self, before: str) -> bool:
        """The count is of people a union does something for (为1200名会员发放…, 累计向14名…)."""
        tail = self._bare(before.rstrip(" \t"))
        whole = next((w for w in self.served_whole if tail.endswith(w)), "")
        tail = tail[:len(tail) - len(whole)]
        if tail.endswith("的") and self.served:  # 为奋战在一线的300余名农民工…: who they are, said between
            window = tail[-SERVED_CLAUSE:]
            ends = [window.rfind(w) + len(w) for w in self.served if w in window]
            tail = window[:max(ends)] if ends else ""
        return bool(self.served) and tail.endswith(self.served) and not tail.endswith(self.not_served)

    def _against(self, pattern, table, words: tuple[str, ...], tail: str, unit: str | None):
        """The hits of `table` that end right against the number (the end of `tail`)."""
        if not tail.endswith(words):  # most numbers follow none of these words
            return []
        return [h for h in self._hits(pattern, table, tail, unit) if h[1] == len(tail)]

    def _name(self, table, found: str, unit: str | None) -> tuple[int, Metric] | None:
        """(length, metric) of the longest cue `found` starts with that names a metric in `unit`."""
        for word in self.prefixes.get(found, (found,)):
            metric = next((mt for mt in table.get(word, ()) if unit is None or unit in mt.units), None)
            if metric:
                return len(word), metric
        return None


def compound(hits: list, text: str = "", people: tuple[str, ...] = ()) -> list:
    """The cues of the noun right after the quantity: the first, and those that continue it with at
    most HEAD_GAP characters between (劳模|创新|工作室), or a word of `people` whose they are (基层工会|
    女职工|休息哺乳室), not the cues past a verb (5家单位|交流|驿站经验) nor past 的 in `text` (8个工种|
    的|比赛: the count is of the trades)."""
    if len(hits) < 2:
        return hits
    hits = sorted(hits)
    chain, end = [hits[0]], hits[0][1]
    for hit in hits[1:]:
        whose = word_at(people, text, end) if hit[0] > end + HEAD_GAP else 0
        if hit[0] > end + whose + HEAD_GAP or "的" in text[end:hit[0]]:
            break
        chain.append(hit)
        end = max(end, hit[1])
    return chain


def outside(hits: list, word) -> bool:
    """Whether a hit other than `word` and those inside it names something (资助|金额: the 资助金's
    money, not the earlier item's, as 涉及|职工 is)."""
    return any(h[1] > word[1] or h[0] < word[0] for h in hits)


def nearest(hit) -> tuple[int, int]:
    """The cue that ends nearest the number, the longest of those."""
    return hit[1], hit[1] - hit[0]
