"""Numbers whose measure word stands apart from them, as tables print it.

A statistical table puts the unit in a column of its own or in brackets after the
label, and the figure alone in the next cell:

    新建基层工会        个        3256        12.3%
    基层工会数（个）：10314
    | 工会会员 | 万人 | 1086.5 |

The figure is the claim (its span is the digits); its measure word, and a 万 or 亿
written with it, come from the unit's cell, and so do they for the figures that follow
it in its row (基层工会数(个) | 10314 | 9683: a yearbook's years). Only a known measure word, set off by
brackets or by cell gaps (two spaces, a tab, a bar), counts as such a cell (and, under a
yearbook's header of years, a label ending in a noun of counting: 基层工会数 | 6941, 个): in
prose a number keeps needing its measure word after it. An infographic (一图读懂) sets each
figure alone on a line with its label on the line under or over it: `figure_label` finds it.
"""
from __future__ import annotations

import re

from .text import line_above

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"  # 12,345 or 28.6: a cell's figure
_FIGURE = rf"(?P<figure>{_NUMBER})(?=[ \t\u3000|]|\r?\n|$)"
# a (folded: 　 is a space) text without any of these has no columns; `in` is the quickest look
_COLUMN_MARKS = ("  ", "\t", "|")


class TableCells:
    """Finds the figures of a text's tables whose unit stands in a cell of its own."""

    def __init__(self, unit_words, count_nouns: dict[str, str] | None = None):
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
        # a header cell that gives its column's unit: 驿站（个）, 会员数(万人); or, without brackets, a
        # header ending in a measure word of two characters or more (服务人次, 帮扶户次): one character
        # (职工之家, 专家) is too often the end of a plain noun
        self.header_cell = re.compile(rf"[(（]{unit}[)）]$") if words else None
        # a yearbook row's label that ends in a noun of counting (基层工会数 | 6941 | 6254: 个) gives its unit
        nouns = {noun: unit for noun, unit in (count_nouns or {}).items() if unit}
        self.count_nouns = nouns
        self.label_noun = re.compile(
            r"(?<=[\u4e00-\u9fff])(?P<noun>" + "|".join(map(re.escape, sorted(nouns, key=len, reverse=True))) + ")$") \
            if nouns else None
        self.tail_words = tuple(w for w in words if len(w) > 1)
        self.header_tail = re.compile(
            r"(?<=[\u4e00-\u9fff])(?P<magnitude>[万亿])?(?P<unit>"
            + "|".join(re.escape(w) for w in self.tail_words) + ")$") if self.tail_words else None

    def cells(self, text: str) -> list[tuple[int, int, str, str, tuple[int, int] | None, str | None]]:
        """(start, end, number as written with its magnitude, measure word, the span of its column's
        header cell or None, its column's year or None) of each figure, in order."""
        if self.bracketed is None:
            return []
        one_a_line = _CELL_PER_LINE in text
        if one_a_line:
            text = _rows_of_cells(text)
        found = []
        for bracket in "(（":
            at = text.find(bracket)
            while at >= 0:
                m = self.bracketed.match(text, at + 1)
                if m:
                    found += self._row(text, m)
                at = text.find(bracket, at + 1)
        if any(mark in text for mark in _COLUMN_MARKS):
            found += [cell for m in self.column.finditer(text) if _is_gap(m.group("gap")) and _is_gap(m.group("gap2"))
                      for cell in self._row(text, m)]
            if "单位" in text:
                found += self._captioned(text)
            found += self._headed(text)
            if "|" in text or "\t" in text:
                found += self._labelled(text, one_a_line)
        first: dict[int, tuple] = {}
        for cell in found:  # a figure once, as the first way that found it reads it (with a year if any found one)
            if cell[0] in first and first[cell[0]][5] is None and cell[5]:
                first[cell[0]] = first[cell[0]][:5] + cell[5:]
            first.setdefault(cell[0], cell)
        return sorted(first.values())

    def _row(self, text: str, m: re.Match) -> list[tuple]:
        """The figure after a unit's cell, and the figures that follow it in its row, one a column
        (基层工会数(个) | 10314 | 9683: two years), in that unit."""
        cells = [_cell(m)]
        magnitude, unit = m.group("magnitude") or "", m.group("unit")
        end = m.end()
        while (more := self.row_figure.match(text, end)) is not None:  # the row's next figure: another year's
            cells.append((more.start("figure"), more.end("figure"), more.group("figure") + magnitude, unit, None, None))
            end = more.end()
        return cells

    def _headed(self, text: str) -> list[tuple]:
        """The figures of the columns whose header cell gives their unit (城市 | 驿站（个）, then
        西安市 | 1200), in the rows of as many cells that follow the header."""
        found = []
        lines = list(_lines(text))
        for i, (start, line) in enumerate(lines):
            if "(" not in line and "（" not in line and not (self.header_tail and any(w in line for w in self.tail_words)):
                continue
            header = _row_cells(line, start)
            units = {k: m for k, (_, _, cell) in enumerate(header) if (m := self._header_unit(cell.rstrip()))}
            if len(header) < 2 or not units:
                continue
            for row_start, row in lines[i + 1:i + 1 + 100]:
                cells = _row_cells(row, row_start)
                if len(cells) != len(header):
                    break  # a blank line, a sentence, another table
                for k, m in units.items():
                    cell_start, cell_end, cell = cells[k]
                    figure = _MAGNITUDE_FIGURE.fullmatch(cell.strip())  # 1200, or 12.5万 under 服务人次
                    if figure:
                        at = cell_start + cell.index(figure.group())
                        magnitude = "" if figure.group("magnitude") else m.group("magnitude") or ""
                        found.append((at, at + len(figure.group()), figure.group() + magnitude,
                                      m.group("unit"), (header[k][0], header[k][0] + m.start()), None))  # 驿站 of 驿站（个）
        return found

    def _header_unit(self, cell: str) -> re.Match | None:
        """The measure word a header cell gives its column (驿站（个）, 服务人次), if any; a cell with a
        digit is a figure or a sentence (全年服务3.2万人次), not a header."""
        m = self.header_cell.search(cell)
        if m is None and self.header_tail is not None and not any(ch.isdigit() for ch in cell):
            m = self.header_tail.search(cell)
        return m

    def _labelled(self, text: str, one_a_line: bool = False) -> list[tuple]:
        """The figures of a yearbook's rows set off by bars or tabs, under a header of years
        (指标 | 2010年 | 2009年): each column's year, and a row's unit from its label (工会会员数(人))
        or, for a row without one (其中:企业合计 | 7428 | 7225), from the nearest row above that
        gave one. A line that is no such row ends the table. In a table set one cell a line the
        label is lines away from its figures: it is given as their heading, the words they count."""
        found = []
        parent, years = None, []
        for start, line in _lines(text):
            cells = _row_cells(line, start) if "|" in line or "\t" in line else []  # prose: no cells to split
            label, rest = (cells[0][2], cells[1:]) if cells else ("", [])
            heading = (cells[0][0], cells[0][1]) if one_a_line and rest else None
            if not rest or any(ch.isdigit() for ch in label):
                parent, years = None, []
                continue
            if header := _years([cell for _, _, cell in rest]):
                years = header
                continue
            figures = [(a, b, cell) for a, b, cell in rest if _CELL_FIGURE.fullmatch(cell.strip())]
            if len(figures) != len(rest):
                parent = None  # a row of words: the unit above is not this one's
                continue
            parent = self._label_unit(label, counted=bool(years)) or parent
            if parent is None:
                continue
            periods = _column_years(years, len(figures))
            for (a, _, cell), period in zip(figures, periods):
                at = a + cell.index(cell.strip())
                found.append((at, at + len(cell.strip()), cell.strip() + parent[0], parent[1], heading, period))
        return found

    def _label_unit(self, label: str, counted: bool = False) -> tuple[str, str] | None:
        """(magnitude, measure word) a row's label gives in brackets at its end (会员人数(万人)), if any;
        where `counted`, also by the noun of counting it ends with (基层工会数: 个)."""
        label = label.rstrip(" \t\u3000:：")
        own = self.header_cell.search(label) if self.header_cell else None
        if own:
            return own.group("magnitude") or "", own.group("unit")
        noun = self.label_noun.search(label) if counted and self.label_noun else None
        return ("", self.count_nouns[noun.group("noun")]) if noun else None

    def _captioned(self, text: str) -> list[tuple]:
        """The figures of the rows under a caption that gives their unit (西安市    12,345), up to
        the first line that is no such row (a blank line, a sentence). A yearbook copied as text
        sets its cells one space apart: a line of a label and figures alone is a row too (基层工会
        组织数 36215 37160), but not a header of years; a row of its own unit (职工人数(万人)) gives
        it to its sub-rows (#女职工人数 305.53)."""
        found = []
        for caption in self.caption.finditer(text):
            magnitude, unit = caption.group("magnitude") or "", caption.group("unit")
            parent = (magnitude, unit)
            years: list[str] = []  # the header's years, one a column: each figure's period
            newline = text.find("\n", caption.end())
            for line_start, line in _lines(text, newline + 1, most=100) if newline >= 0 else ():
                figures = [m for m in self.row_figure.finditer(line) if _is_gap(m.group("gap"))]
                spaced = _SPACED_ROW.fullmatch(line)
                if spaced:
                    figures = list(self.row_figure.finditer(line, spaced.start("figures")))
                    if header := _years([m.group("figure") for m in figures]):
                        years = header
                        continue  # 项 目 1995 2000 2004: the header of a yearbook's columns
                    if not spaced.group("label").lstrip().startswith(_SUB_ROW):
                        parent = self._label_unit(spaced.group("label")) or (magnitude, unit)
                if not figures and not any(mark in line.strip() for mark in _COLUMN_MARKS) \
                        and not _SECTION.fullmatch(line):
                    break  # a blank line or a sentence ends the table (a header row of cells, a section's name do not)
                row_magnitude, row_unit = parent if spaced else (magnitude, unit)
                periods = _column_years(years, len(figures))
                found += [(line_start + m.start("figure"), line_start + m.end("figure"), m.group("figure") + row_magnitude,
                           row_unit, None, period) for m, period in zip(figures, periods)]
        return found


# a row of a table whose cells are one space apart: a label without digits, then figures alone
_SPACED_ROW = re.compile(rf"(?P<label>[ \t\u3000]*[^\d\s][^\d\n]*?)(?P<figures>(?:[ \t\u3000]+(?:{_NUMBER}))+)[ \t\u3000]*")
_YEAR = re.compile(r"(?:19|20)\d\d[ \t\u3000]*年?")
_SECTION = re.compile(r"[ \t\u3000]*[^\s\d，。；,;：:！？!?][^\d，。；,;：:！？!?\n]{0,19}")  # 工会基本情况: a section's name
_SUB_ROW = ("#", "＃", "其中")  # a yearbook's "of which" row: its parent's unit
_CELL_GAP = re.compile(r"\t|[ \u3000]{2,}|[ \t\u3000]*\|[ \t\u3000]*")
_CELL_FIGURE = re.compile(_NUMBER)
_MAGNITUDE_FIGURE = re.compile(rf"(?:{_NUMBER})(?P<magnitude>[万亿])?")


_CELL_PER_LINE = "\n|\n"  # a table saved from a web page one cell a line, bars between (基层工会数\n|\n6941\n|\n6254)


def _rows_of_cells(text: str) -> str:
    """A table set one cell a line read as rows of cells (基层工会数 | 6941 | 6254 |): the same
    length, so every offset stays the original's. A row ends where a label (a cell without
    digits) follows a cell with them: a figure or a header's year."""
    chars = list(text)
    at = text.find(_CELL_PER_LINE)
    while at >= 0:
        before = text[text.rfind("\n", 0, at) + 1:at]
        end = text.find("\n", at + 3)
        after = text[at + 3:len(text) if end < 0 else end]
        row_ends = any(ch.isdigit() for ch in before) and not any(ch.isdigit() for ch in after)
        chars[at:at + 3] = " |\n" if row_ends else " | "
        at = text.find(_CELL_PER_LINE, at + 2)
    return "".join(chars)


def _row_cells(line: str, offset: int) -> list[tuple[int, int, str]]:
    """The non-empty cells of a table row, (start, end, text), split at tabs, bars and wide gaps."""
    cells, start = [], 0
    for gap in _CELL_GAP.finditer(line):
        cells.append((start, gap.start()))
        start = gap.end()
    cells.append((start, len(line)))
    return [(offset + a, offset + b, line[a:b]) for a, b in cells if line[a:b].strip()]


def _years(cells: list[str]) -> list[str] | None:
    """The years a header row gives its columns (2009 | 2010年: 2009年, 2010年), or None if it is no such row."""
    cells = [cell.strip() for cell in cells]
    return [cell.rstrip("年").rstrip() + "年" for cell in cells] if cells and all(map(_YEAR.fullmatch, cells)) else None


def _column_years(years: list[str], cells: int) -> list[str | None]:
    """Each figure's period, its column's year; none for a row short of cells (its columns unknown)."""
    return years if len(years) == cells else [None] * cells


def _lines(text: str, start: int = 0, most: int | None = None):
    """(start, text) of the lines from `start` (a line's start), up to `most` of them."""
    while start < len(text) and most != 0:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        yield start, text[start:end]
        start, most = end + 1, None if most is None else most - 1


# 一图读懂: a figure alone on its line (约12.6万人, 98.5%), and the short label of words under it
_FIGURE_LINE = re.compile(r"[^\d\n]{0,3}\d[\d.,]*[^\d\n]{0,5}")
_LABEL_LINE = re.compile(r"[^\d\s，,。；;：:！!？?、]{2,16}")
_COLON_LABEL = re.compile(r"[ \t\u3000]*[：:][ \t\u3000]*(" + _LABEL_LINE.pattern + r")[ \t\u3000]*")


def figure_label(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the label of the figure at `start`–`end` is, when the figure stands alone on its line
    in a block of figures and labels a line each: under it when the block ends with a label
    (12.6万人 / 新发展会员 / 520个 / 建成工会驿站), else over it (新发展会员 / 12.6万人); or when
    the figure starts its line and the label ends it after a colon (12.6万：新发展会员人数); else None."""
    if (start and not text[start - 1].isspace()) or (end < len(text) and not text[end].isspace()
                                                     and text[end] not in "：:"):
        return None  # within a line of prose: most figures, told at a glance
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:start].strip():
        return None
    if text[end:line_end].strip():
        label = _COLON_LABEL.fullmatch(text, end, line_end)
        return label.span(1) if label else None
    below, want = None, "label"
    for at, line in _lines(text, line_end + 1):
        words = line.strip()
        if not words or not (_LABEL_LINE if want == "label" else _FIGURE_LINE).fullmatch(words):
            break  # the block ends: a blank line, or prose
        below = below or _words_span(at, line)
        want = "figure" if want == "label" else "label"
    if want == "figure":
        return below  # the block ends with a label: each figure's is under it
    if not line_start:
        return None
    above_start, above_end = line_above(text, line_start)
    words = text[above_start:above_end].strip()
    return _words_span(above_start, text[above_start:above_end]) if words and _LABEL_LINE.fullmatch(words) else None


def _words_span(at: int, line: str) -> tuple[int, int]:
    """Where the words of the line at `at` are, without the spaces around them."""
    words = line.strip()
    start = at + line.index(words)
    return start, start + len(words)


def _cell(m: re.Match) -> tuple:
    return m.start("figure"), m.end("figure"), m.group("figure") + (m.group("magnitude") or ""), m.group("unit"), None, None


def _is_gap(spaces: str) -> bool:
    """Two spaces or more, a tab or a bar: a gap between cells, not a space inside a sentence."""
    return len(spaces) >= 2 or "\t" in spaces or "|" in spaces
