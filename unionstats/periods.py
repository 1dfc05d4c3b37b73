"""Keep the time scope a sentence states for its claims (2021年, 近5年, 截至10月28日)."""
from __future__ import annotations

from bisect import bisect_right

from .rules import Rules
from .patterns import fast_compile
from .text import Segments, squeeze


class PeriodFinder:
    def __init__(self, rules: Rules):
        # a comparison base (较去年同期) is matched, so that its 去年 is read as no period, but states none
        self.pattern = fast_compile("|".join(
            f"(?P<base{i}>{p.pattern})" if name in rules.period_bases else f"(?:{p.pattern})"
            for i, (name, p) in enumerate(rules.periods.items()))) if rules.periods else None
        self.base_groups = {f"base{i}" for i, name in enumerate(rules.periods) if name in rules.period_bases}

    def period_at(self, text: str, segments: Segments, pos: int, cache: dict) -> str:
        """The nearest time scope before `pos` in its sentence, else ''. Only the sentences
        that hold claims are searched (`cache` keeps each one's scopes)."""
        if self.pattern is None:
            return ""
        s_start, s_end = segments.sentence(pos)
        spans = cache.get(s_start)
        if spans is None:
            spans = cache[s_start] = [(m.start(), m.end(), m.lastgroup in self.base_groups)
                                      for m in self.pattern.finditer(text, s_start, s_end)]
        i = bisect_right(spans, (pos, pos)) - 1
        while i >= 0:
            start, end, base = spans[i]
            if end <= pos and not base:
                return squeeze(text[start:end])
            i -= 1
        return ""
