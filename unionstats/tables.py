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
        return sorted(found)


def _cell(m: re.Match) -> tuple[int, int, str, str]:
    return m.start("figure"), m.end("figure"), m.group("figure") + (m.group("magnitude") or ""), m.group("unit")


def _is_gap(spaces: str) -> bool:
    """Two spaces or more, a tab or a bar: a gap between cells, not a space inside a sentence."""
    return len(spaces) >= 2 or "\t" in spaces or "|" in spaces
