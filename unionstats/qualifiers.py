"""Read a quantity's qualifier from the words around it: 近/不到 -> less_than, 余/多/超过 ->
more_than, 约/左右 -> approx (the words are in rules/numbers.toml [qualifiers])."""
from __future__ import annotations

import regex

from .patterns import UNIT_GAP, alternation, without_breaks
from .text import SPACE_CHARS

BEFORE_WINDOW, AFTER_WINDOW = 12, 16
_MAGNITUDE_START = "十百千万亿"  # 上百人, 成千名, 过万人 (not 组成一百九十二个, 通过两个)


def _by_length(table: dict) -> list[tuple[str, str]]:
    pairs = [(w, q) for q, words in table.items() for w in words]
    return sorted(pairs, key=lambda p: len(p[0]), reverse=True)


def _grouped(table: dict) -> tuple[dict[str, str], str]:
    """One alternation with a named group per qualifier, in the order of the rules, and which
    qualifier each group names ("" when the table has no words)."""
    alternations = [(alt, q) for alt, q in ((alternation(words), q) for q, words in table.items()) if alt]
    names = {f"q{i}": q for i, (_, q) in enumerate(alternations)}
    pattern = "(?:" + "|".join(f"(?P<q{i}>{alt})" for i, (alt, _) in enumerate(alternations)) + ")"
    return names, pattern if alternations else ""


class QualifierReader:
    """Compiled once per rule set; `read` gives exact, more_than, less_than or approx."""

    def __init__(self, qualifiers: dict):
        self.before_words = _by_length(qualifiers.get("before", {}))
        self.before_chinese = _by_length(qualifiers.get("before_chinese", {}))  # 上百人, 成千名
        self.any_before_word = tuple(w for w, _ in self.before_words)
        self.any_before_chinese = tuple(w for w, _ in self.before_chinese)
        self.blockers = tuple(qualifiers.get("blockers", {}).get("words", []))
        # 约合|人民币|500万元: a currency's name between a qualifier and its amount (the longest first)
        self.currencies = tuple(sorted(qualifiers.get("currency", {}).get("words", []), key=len, reverse=True))
        # 至少|投入500万元: a word whose amount is across a short verb (no 的: 最多的是…)
        self.across_qualifiers, across = _grouped(qualifiers.get("before_verb", {}))
        self.across = regex.compile(across + r"[ \t]*(?:可以|可|能|将|要)?[ \t]*(?:(?!的)[\u4e00-\u9fa5]){1,3}[ \t]*$") \
            if across else None
        # the last characters of those words: most numbers follow none of them
        self.before_last_chars = {w[-1] for w in (*self.any_before_word, *self.any_before_chinese, *self.blockers,
                                                  *self.currencies)}
        self.after_measure = _by_length(qualifiers.get("after_measure", {}))  # 三成|多
        self.after_qualifiers, after = _grouped(qualifiers.get("after", {}))
        self.after = regex.compile(UNIT_GAP + after) if after else None

    def read(self, text: str, start: int, end: int, written: str, more: bool) -> str:
        """The qualifier of the quantity text[start:end], written `written`; `more`: 余/多 inside it."""
        window = text[max(0, start - BEFORE_WINDOW):start]
        last = window.rstrip(SPACE_CHARS + "\r\n")[-1:]  # 近\n2亿元: a line end is a space here
        before = without_breaks(window) if last and last in self.before_last_chars else ""
        if before and before.endswith(self.currencies):
            currency = next(w for w in self.currencies if before.endswith(w))
            before = before[:-len(currency)].rstrip(SPACE_CHARS)
        if before and not before.endswith(self.blockers):
            if before.endswith(self.any_before_word):
                for word, qualifier in self.before_words:
                    if before.endswith(word):
                        return qualifier
            if written[0] in _MAGNITUDE_START and before.endswith(self.any_before_chinese):
                for word, qualifier in self.before_chinese:
                    if before.endswith(word):
                        return qualifier
        if self.across is not None and (m := self.across.search(window)):
            return self.across_qualifiers[m.lastgroup]
        for word, qualifier in self.after_measure:  # 三成|多: the measure word ends the quantity
            if word[-1] == text[end:end + 1] and text.startswith(word[:-1], end - len(word) + 1):
                return qualifier
        if self.after is not None:
            m = self.after.match(text, end, end + AFTER_WINDOW)
            if m and not text[m.end():m.end() + 1].isdigit():  # 30个+5个 is a sum, not "more than 30"
                return self.after_qualifiers[m.lastgroup]
        return "more_than" if more else "exact"
