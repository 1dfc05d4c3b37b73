"""Keep the time scope a sentence states for its claims (2021年, 近5年, 截至10月28日)."""
from __future__ import annotations

from bisect import bisect_right

import regex

from .rules import Rules
from .patterns import fast_compile
from .text import Segments, squeeze


class PeriodFinder:
    def __init__(self, rules: Rules):
        self.pattern = fast_compile("|".join(f"(?:{p.pattern})" for p in rules.periods.values())) \
            if rules.periods else None
        # a comparison base (较去年同期) is matched, so that its 去年 is read as no period, but states
        # none; told apart afterwards (a named group would cost the pattern its fast start)
        bases = [p.pattern for name, p in rules.periods.items() if name in rules.period_bases]
        self.bases = regex.compile("|".join(f"(?:{p})" for p in bases)) if bases else None

    def period_at(self, text: str, segments: Segments, pos: int, cache: dict) -> str:
        """The nearest time scope before `pos` in its sentence, else ''. Only the sentences
        that hold claims are searched (`cache` keeps each one's scopes)."""
        if self.pattern is None:
            return ""
        s_start, s_end = segments.sentence(pos)
        spans = cache.get(s_start)
        if spans is None:
            spans = cache[s_start] = [(m.start(), m.end(), self._is_base(text, m))
                                      for m in self.pattern.finditer(text, s_start, s_end)]
        i = bisect_right(spans, (pos, pos)) - 1
        while i >= 0:
            start, end, base = spans[i]
            if end <= pos and not base:
                return squeeze(text[start:end])
            i -= 1
        return ""

    def _is_base(self, text: str, m) -> bool:
        return self.bases is not None and self.bases.fullmatch(text, m.start(), m.end()) is not None
