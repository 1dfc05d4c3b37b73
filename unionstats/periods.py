"""Keep the time scope a sentence states for its claims (2021年, 近5年, 截至10月28日)."""
from __future__ import annotations

from bisect import bisect_right

from .rules import Rules
from .text import Segments, fast_compile, squeeze


class PeriodFinder:
    def __init__(self, rules: Rules):
        self.pattern = fast_compile("|".join(f"(?:{p.pattern})" for p in rules.periods.values())) \
            if rules.periods else None

    def spans(self, text: str) -> list[tuple[int, int]]:
        if self.pattern is None:
            return []
        return [(m.start(), m.end()) for m in self.pattern.finditer(text)]

    @staticmethod
    def period_at(text: str, spans: list[tuple[int, int]], segments: Segments, pos: int) -> str:
        """The nearest time scope before `pos` in its sentence, else ''."""
        s_start, _ = segments.sentence(pos)
        i = bisect_right(spans, (pos, pos)) - 1
        while i >= 0:
            start, end = spans[i]
            if start < s_start:
                return ""
            if end <= pos:
                return squeeze(text[start:end])
            i -= 1
        return ""
