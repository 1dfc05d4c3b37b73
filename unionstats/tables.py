"""Numbers whose measure word stands apart from them, as tables print it.

A statistical table puts the unit in a column of its own or in brackets after the
label, and the figure alone in the next cell:

    新建基层工会        个        3256        12.3%
    基层工会数（个）：10314
    | 工会会员 | 万人 | 1086.5 |

The figure is the claim (its span is the digits); its measure word, and a 万 or 亿
written with it, come from the unit's cell. Only a known measure word, set off by
brackets or by cell gaps (two spaces, a tab, a bar), counts as such a cell: in prose
a number keeps needing its measure word after it.
"""
from __future__ import annotations

import re

_FIGURE = r"(?P<figure>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?=[ \t\u3000|]|\r?\n|$)"
# a (folded: 　 is a space) text without any of these has no columns; `in` is the quickest look
_COLUMN_MARKS = ("  ", "\t", "|")


class TableCells:
    """Finds the figures of a text's tables whose unit stands in a cell of its own."""

    def __init__(self, unit_words):
        words = sorted((w for w in unit_words if w and not any(ch.isspace() for ch in w)), key=len, reverse=True)
        unit = "(?P<magnitude>[万亿])?(?P<unit>" + "|".join(re.escape(w) for w in words) + ")"
        # matched right after an opening bracket, found with str.find: a regex scan of every
        # character for the rare bracketed unit would cost more than the rest of the scan
        self.bracketed = re.compile(rf"{unit}[)）](?:[ \t\u3000]*[:：|])?[ \t\u3000|]*{_FIGURE}", re.M) if words else None
        self.column = re.compile(rf"(?P<gap>[ \t\u3000|]+){unit}(?P<gap2>[ \t\u3000|]+){_FIGURE}", re.M) if words else None
        # a caption that gives the unit of the rows below it: 各市工会经费收入（单位：万元）
        self.caption = re.compile(rf"单位[ \t\u3000]*[:：][ \t\u3000]*{unit}[ \t\u3000]*[)）]?[ \t\u3000]*$", re.M) \
            if words else None
        self.row_figure = re.compile(rf"(?P<gap>[ \t\u3000|]+){_FIGURE}")

    def cells(self, text: str) -> list[tuple[int, int, str, str]]:
        """(start, end, number as written with its magnitude, measure word) of each figure, in order."""
        if self.bracketed is None:
            return []
        found = []
        for bracket in "(（":
            at = text.find(bracket)
            while at >= 0:
                m = self.bracketed.match(text, at + 1)
                if m:
                    found.append(_cell(m))
                at = text.find(bracket, at + 1)
        if any(mark in text for mark in _COLUMN_MARKS):
            found += [_cell(m) for m in self.column.finditer(text) if _is_gap(m.group("gap")) and _is_gap(m.group("gap2"))]
            if "单位" in text:
                found += self._captioned(text, {start for start, *_ in found})
        return sorted(found)

    def _captioned(self, text: str, taken: set[int]) -> list[tuple[int, int, str, str]]:
        """The figures of the rows under a caption that gives their unit (西安市    12,345), up to
        the first line that is no such row (a blank line, a sentence)."""
        found = []
        for caption in self.caption.finditer(text):
            magnitude, unit = caption.group("magnitude") or "", caption.group("unit")
            for line_start, line in _lines_after(text, caption.end()):
                figures = [m for m in self.row_figure.finditer(line) if _is_gap(m.group("gap"))]
                if not figures and not any(mark in line.strip() for mark in _COLUMN_MARKS):
                    break  # a blank line or a sentence ends the table (a header row of cells does not)
                found += [(line_start + m.start("figure"), line_start + m.end("figure"), m.group("figure") + magnitude, unit)
                          for m in figures if line_start + m.start("figure") not in taken]
        return found


def _lines_after(text: str, at: int, most: int = 100):
    """(start, text) of up to `most` lines after the line end at or after `at`."""
    start = text.find("\n", at) + 1
    while 0 < start < len(text) and most:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        yield start, text[start:end]
        start, most = end + 1, most - 1


def _cell(m: re.Match) -> tuple[int, int, str, str]:
    return m.start("figure"), m.end("figure"), m.group("figure") + (m.group("magnitude") or ""), m.group("unit")


def _is_gap(spaces: str) -> bool:
    """Two spaces or more, a tab or a bar: a gap between cells, not a space inside a sentence."""
    return len(spaces) >= 2 or "\t" in spaces or "|" in spaces
