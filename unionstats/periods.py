"""Keep the time scope a sentence states for its claims (2021年, 近5年, 截至10月28日)."""
from __future__ import annotations

from bisect import bisect_right

from .rules import Rules
from .patterns import fast_compile
from .text import Segments, squeeze


class PeriodFinder:
    def __init__(self, rules: Rules):
        self.pattern = fast_compile("|".join(f"(?:{p.pattern})" for p in rules.periods.values())) \
            if rules.periods else None

    def period_at(self, text: str, segments: Segments, pos: int, cache: dict) -> str:
        """The nearest time scope before `pos` in its sentence, else ''. Only the sentences
        that hold claims are searched (`cache` keeps each one's scopes)."""
        if self.pattern is None:
            return ""
        s_start, s_end = segments.sentence(pos)
        spans = cache.get(s_start)
        if spans is None:
            spans = cache[s_start] = [(m.start(), m.end()) for m in self.pattern.finditer(text, s_start, s_end)]
        i = bisect_right(spans, (pos, pos)) - 1
        while i >= 0:
            start, end = spans[i]
            if end <= pos:
                return squeeze(text[start:end])
            i -= 1
        return ""
