"""Fold a document for matching and cut it into paragraphs, sentences and clauses.

Folding maps one character to one character (full-width digits to ASCII, 萬 to 万),
so every offset found in the folded text is an offset into the original document.
"""
from __future__ import annotations

import functools
import html
import re
import string
from functools import lru_cache
from bisect import bisect_right
from dataclasses import dataclass, field

import numpy as np

from .patterns import NO_CHARACTER, character_codes
from .readers import BLOCK_TAGS, CELL_TAGS
from .rules import Rules

_FULL_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
# every mark that ends a clause; the other levels are the marks of this list they keep
_CLAUSE_END = ",，;；:：、。！？!?\n"
_SENTENCE_MARKS = "。！？!?."    # a run of them ends a sentence (so does a line end) ...
_CLOSING_QUOTES = "”’」』)）"  # ... with the closing quote right after it
_PART_MARKS = ";；。！？!?.\n"   # a part: the piece of a sentence between semicolons
# an ASCII full stop ends a sentence only after a word or a figure's sign, not before a digit
# (31家.全区各级工会…, 占比25%.; not 3.5万, www.acftu.org)
_FULL_STOP_AFTER = "".join(map(chr, range(0x4E00, 0xA000))) + "%)）”’"


def _table(chars: str) -> np.ndarray:
    """A lookup table over character codes: True for `chars`."""
    table = np.zeros(NO_CHARACTER + 1, dtype=bool)
    table[[ord(c) for c in chars]] = True
    return table


_CLAUSE_TABLE, _SENTENCE_TABLE, _QUOTE_TABLE, _PART_TABLE, _FULL_STOP_TABLE, _DIGIT_TABLE, _NUMERAL_TABLE = map(
    _table, (_CLAUSE_END, _SENTENCE_MARKS, _CLOSING_QUOTES, _PART_MARKS, _FULL_STOP_AFTER, "0123456789",
             "一二三四五六七八九十"))
SPACE_CHARS = " \t\u3000\u00a0\u200b"  # what squeeze() removes
SPACES = re.compile(f"[{SPACE_CHARS}]+")
# a short aside inside a term (职工服务(帮扶)中心, 服务中心（站）): no aside that ends its words
TERM_ASIDE = r"[（(][\u4e00-\u9fa5、]{1,5}[）)]"
_TERM_ASIDE = re.compile(TERM_ASIDE)
# where a number's own words end: 52.36万人(其中农民工会员31.2万人), 90万元（含沈阳市总20万元）; not at
# 职工(劳模)创新工作室, a term
_ASIDE = re.compile(rf"(?!{TERM_ASIDE})[(（]|[\[【]|其中")


def aside_start(text: str, start: int, end: int) -> int:
    """Where the first aside in text[start:end] starts, else `end`."""
    aside = _ASIDE.search(text, start, end)
    return aside.start() if aside else end


# an aside that says what a whole holds (会员（含农民工会员）共计56.3万人): a part's name, not the whole's
PART_ASIDE = r"[（(](?:含|包括|其中|不含)[^（()）\d]{1,20}[）)]"
_CUE_NOISE = re.compile(rf"[ \t\r\n\u3000\u00a0\u200b“”‘’「」『』\"]+|{TERM_ASIDE}|{PART_ASIDE}")  # line ends: of a wrapped line
LIST_JOINERS = "、和及与"  # what joins one item of a list to the next (西安、宝鸡; 212名农牧民工和13名劳模)
PART_WORDS = ("其中", "内含", "包括", "含")  # what starts a clause that counts a part of the count before it


def fold_table(rules: Rules) -> dict[int, int]:
    table = dict(_FULL_WIDTH)
    table.update({ord(k): ord(v) for k, v in rules.traditional.items()})
    table.update({ord(k): ord(v) for k, v in rules.numbers.get("charmap", {}).items()})
    table[0x3000] = 0x20  # ideographic space
    for invisible in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD):
        table[invisible] = 0x20  # zero-width characters and soft hyphens: spaces the reader cannot see
    return table


class Folder:
    """Folds a document with a fold table. Only the characters the table maps are touched
    (one substitution pass): most Chinese text has few of them, and str.translate would
    look every character up."""

    def __init__(self, table: dict[int, int], glosses: str | None = None):
        self.chars = {chr(k): chr(v) for k, v in table.items()}
        self.pattern = re.compile("[" + "".join(re.escape(c) for c in sorted(self.chars)) + "]")
        # pinyin a mirror site glued after each character (會(huì)): read as spaces, offsets kept
        self.glosses = re.compile(glosses) if glosses else None

    def __call__(self, text: str) -> str:
        folded = self.pattern.sub(lambda m: self.chars[m.group()], text)
        if self.glosses is not None and "(" in folded:
            folded = self.glosses.sub(lambda m: " " * len(m.group()), folded)
        if "<" in folded or "&" in folded:
            folded = _MARKUP.sub(_unmarked, folded)
        assert len(folded) == len(text)
        return folded


# what a page's markup leaves in text copied from it: tags (<p>, </td>, <br/>), comments and
# character references (&nbsp;, &#12290;, &ldquo;)
_MARKUP = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]{0,9})(?:\s[^<>\n]{0,300})?/?>|<!--[^\n]{0,300}?-->"
                     r"|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _unmarked(m: re.Match) -> str:
    """Markup read as what it shows, its length kept: a tag that ends a line as a line end, a
    cell as a tab, any other tag as spaces; a character reference as its character (a space for
    &nbsp;), padded with spaces. An unknown reference stays as written."""
    written = m.group()
    tag = m.group(2)
    if tag is not None:
        tag = tag.lower()
        shown = "\n" if tag in BLOCK_TAGS else "\t" if tag in CELL_TAGS else " "
    elif written.startswith("&"):
        shown = html.unescape(written)
        if len(shown) != 1 or shown == written:
            return written
        shown = " " if shown.isspace() or not shown.isprintable() else shown
    else:
        shown = " "
    return shown + " " * (len(written) - 1)


_CONTINUING = _table("".join(map(chr, range(0x4E00, 0xA000))) + "0123456789" + string.ascii_letters + "，,、(（“《")
_TRAILING = " \t\r\u3000"
_FIGURE_END = re.compile(r"\d[ \t]*[^\d\s]{0,2}$")  # a line that ends in a figure and its unit
_TRAILING_TABLE = _table(_TRAILING)
WRAPPED_SHARE, WRAP_WIDTH, WRAP_SPREAD, MAX_WRAP = 0.3, 0.75, 0.25, 150
LIST_LINE, LIST_LINES = 40, 40  # a list item's line is short; a list runs at most so many lines
CAPTION = re.compile(r"单位\s*[:：][^()（）]{1,6}[)）]?$")  # a table's caption ends with its unit: （单位：万元）


CJK = re.compile(r"[\u4e00-\u9fff]")  # a Chinese character


def wrapped_line_ends(text: str, codes: np.ndarray | None = None) -> list[int]:
    """The line ends of a hard-wrapped text (a PDF's lines, a fixed-width file) that fall inside a
    sentence: a line about as wide as the text's wrapped lines run (at most MAX_WRAP characters)
    that stops on a word or a comma. Only a text where such lines are common (WRAPPED_SHARE of its
    lines) is taken to be wrapped: a text of one paragraph a line keeps every line end (its
    headings are short, its paragraphs long and ending in 。), nor is a list whose lines mostly end in
    a figure (西安市 1200个). `codes`: the text's, if at hand."""
    codes = character_codes(text) if codes is None else codes
    ends = np.flatnonzero(codes == ord("\n"))
    if len(ends) < 3:
        return []
    starts = np.concatenate(([0], ends[:-1] + 1))
    lengths = ends - starts
    last = codes[np.maximum(ends - 1, 0)].copy()
    for i in np.flatnonzero(_TRAILING_TABLE[last] & (lengths > 0)).tolist():  # spaces before the line end
        line = text[starts[i]:ends[i]].rstrip(_TRAILING)
        lengths[i], last[i] = len(line), ord(line[-1]) if line else 0
    nonempty = lengths > 0
    if nonempty.sum() < 3:
        return []
    # lines with words, not a page's furniture (        — 1 —): most start with one
    first = codes[np.minimum(starts, len(codes) - 1)]
    worded = nonempty & (first >= 0x4E00) & (first <= 0x9FFF)
    for i in np.flatnonzero(nonempty & ~worded).tolist():
        worded[i] = CJK.search(text, starts[i], ends[i]) is not None
    lines = worded if worded.sum() >= 3 else nonempty
    continuing = _CONTINUING[last] & lines
    widths = np.sort(lengths[lines])
    wide = widths[int(0.9 * (len(widths) - 1))] * WRAP_WIDTH
    candidates = np.sort(lengths[continuing & (lengths >= wide)])
    if len(candidates) < 3:
        return []
    width = candidates[len(candidates) // 2]  # wrapped lines run about as wide as each other...
    if width > MAX_WRAP:
        return []  # ... and as wide as a page or a screen: longer lines are paragraphs
    ending = np.flatnonzero(continuing).tolist()
    if sum(1 for i in ending if _FIGURE_END.search(text, starts[i], starts[i] + lengths[i])) * 2 > len(ending):
        return []  # 西安市 1200个 / 宝鸡市 850个: most lines end in a figure, a list's items, not a wrap
    wrapped = ends[continuing & (np.abs(lengths - width) <= WRAP_SPREAD * width)]
    return wrapped.tolist() if len(wrapped) >= 3 and len(wrapped) >= WRAPPED_SHARE * lines.sum() else []


# a page's footer or header line: — 3 —, - 12 -, 第3页, 第 3 页 共 12 页, 3/12
_FURNITURE = re.compile(r"[ \t\u3000]*(?:[-—–－─]+[ \t\u3000]*\d{1,4}[ \t\u3000]*[-—–－─]+|第[ \t]*\d{1,4}[ \t]*页"
                        r"(?:[ \t]*共[ \t]*\d{1,4}[ \t]*页)?|\d{1,4}[ \t]*/[ \t]*\d{1,4})[ \t\u3000\r]*")
_SENTENCE_DONE = "。！？!?；;：:"
FURNITURE_LINE = 20  # a footer line is short
_BLANK = " \t\r\n\u3000"


def page_furniture(text: str, codes: np.ndarray) -> list[tuple[int, int]]:
    """Spans from the last word before a page's footer or header line (— 3 —, 第3页) to the first
    word after it, where the footer falls inside a sentence (发展会员\n— 3 —\n8.6万人): a PDF's
    page break, whose line ends end nothing."""
    ends = np.flatnonzero(codes == ord("\n"))
    if len(ends) < 2:
        return []
    starts = np.concatenate(([0], ends[:-1] + 1))
    lengths = ends - starts
    spans = []
    for i in np.flatnonzero((lengths > 0) & (lengths <= FURNITURE_LINE)).tolist():
        start, end = int(starts[i]), int(ends[i])
        if not _FURNITURE.fullmatch(text, start, end):
            continue
        before = start - 1
        while before >= 0 and text[before] in _BLANK:
            before -= 1
        after = end + 1
        while after < len(text) and text[after] in _BLANK:
            after += 1
        if before >= 0 and after < len(text) and text[before] not in _SENTENCE_DONE:
            spans.append((before + 1, after))
    return spans


_SPACED_CJK = re.compile(r"[\u4e00-\u9fff][ \t\u3000][\u4e00-\u9fff]")


@lru_cache(maxsize=1)  # asked of the same text by the scanner and the gazetteer
def unspaced(text: str) -> tuple[str, list[int]] | None:
    """A text a PDF converter spaced out character by character (陕 西 省 总 工 会), without its
    spaces, and where each of its characters stands in `text`; None for a text not spaced out
    (names and markers are looked up in the first, their offsets taken from the second)."""
    size = min(len(text), 4000)
    if not size or (text.count(" ", 0, size) + text.count("\u3000", 0, size)) * 4 < size:
        return None  # most texts: few spaces, and counting them is quick
    if len(_SPACED_CJK.findall(text, 0, size)) * 8 < size:
        return None
    at = [i for i, ch in enumerate(text) if ch not in SPACE_CHARS]
    return "".join(text[i] for i in at), at


# the spaces a mirror page's pinyin (网(wǎng)讯, 会(huì)) leaves once read as spaces (see Folder): runs
# between two characters of one word, as no writer spaces them
_GLOSS_GAP = re.compile(r"(?<=[\u4e00-\u9fff]) {4,9}(?=[\u4e00-\u9fff])")
GLOSSES = 3  # how many in a text's first characters make it a glossed page


def per_text(method):
    """A method of one text, its answer kept for the last text it was asked of (by identity): the
    stages of one document ask the same question of it several times."""
    attribute = "_last_" + method.__name__

    @functools.wraps(method)
    def asked(self, text: str):
        last = getattr(self, attribute, None)
        if last is None or last[0] is not text:
            last = (text, method(self, text))
            setattr(self, attribute, last)
        return last[1]
    return asked


def plain_view(text: str) -> tuple[str, list[int]] | None:
    """A text as names and markers are looked for in it: without the spaces of a spaced-out PDF
    (see `unspaced`) or those a mirror page's pinyin left (香格里拉网(wǎng)讯 → 香格里拉网      讯),
    with where each character stands in `text`; None for a plain text."""
    spaced = unspaced(text)
    if spaced is not None:
        return spaced
    size = min(len(text), 4000)
    if text.find("    ", 0, size) < 0 or len(_GLOSS_GAP.findall(text, 0, size)) < GLOSSES:
        return None
    at, last = [], 0
    for m in _GLOSS_GAP.finditer(text):
        at.extend(range(last, m.start()))
        last = m.end()
    at.extend(range(last, len(text)))
    return "".join(text[i] for i in at), at


def cue_text(text: str) -> str:
    """Text as the metric cues are read in it: squeezed, and without quotation marks, which
    set off a term inside a compound (“八大群体”职工, “送温暖”资金) without ending it, nor the
    short asides of words that stand inside one (职工服务(帮扶)中心)."""
    return _CUE_NOISE.sub("", text) if _CUE_NOISE.search(text) else text


def squeeze(text: str) -> str:
    """Text without spaces, for matching words that PDF extraction spaced out (兼 挂 职)."""
    return SPACES.sub("", text) if SPACES.search(text) else text  # most text has none


@dataclass
class Segments:
    """Boundaries of a document's paragraphs, sentences and clauses, for lookups by offset."""

    text: str
    paragraphs: list[int]
    sentences: list[int]
    clauses: list[int]
    phrases: list[int]
    parts: list[int]
    _sentence_at: dict[int, tuple[int, int]] = field(default_factory=dict, repr=False)
    _intros: dict[int, tuple[int, int] | None] = field(default_factory=dict, repr=False)

    @classmethod
    def of(cls, text: str, unwrap: bool = True) -> "Segments":
        """One vectorised pass finds every clause mark; sentences, phrases (a list like 广州、佛山
        stays whole), parts and paragraphs keep the marks of their own kind. `unwrap`: the line
        ends of a hard-wrapped text (see `wrapped_line_ends`) end nothing."""
        codes = character_codes(text)
        padded = np.append(codes, [NO_CHARACTER] * 4)  # NO_CHARACTER: the text ends there
        is_end = _CLAUSE_TABLE[codes]
        commas = np.flatnonzero(codes == ord(","))
        if len(commas):  # 12,345: a thousands separator ends no clause
            digits = [_DIGIT_TABLE[padded[commas + k]] for k in (1, 2, 3)]
            grouped = (commas > 0) & _DIGIT_TABLE[codes[np.maximum(commas - 1, 0)]] & digits[0] & digits[1] \
                & digits[2] & ~_DIGIT_TABLE[padded[commas + 4]]
            is_end[commas[grouped]] = False
        pauses = np.flatnonzero(codes == ord("、"))
        if len(pauses):  # 获得一、二、三等奖: a list of numerals cut short ends no clause
            is_end[pauses[(pauses > 0) & _NUMERAL_TABLE[codes[np.maximum(pauses - 1, 0)]]
                          & _NUMERAL_TABLE[padded[pauses + 1]]]] = False
            if "(" in text or "（" in text:  # 140个县(市、区)工会: nor one inside a term's aside
                for aside in _TERM_ASIDE.finditer(text):
                    is_end[[aside.start() + k for k, ch in enumerate(aside.group()) if ch == "、"]] = False
        dots = np.flatnonzero(codes == ord("."))
        if len(dots):  # Chinese written with English punctuation: 31家.全区…
            is_end[dots] = _FULL_STOP_TABLE[codes[np.maximum(dots - 1, 0)]] & ~_DIGIT_TABLE[padded[dots + 1]] & (dots > 0)
        if unwrap:
            is_end[wrapped_line_ends(text, codes)] = False
        for start, end in page_furniture(text, codes):
            inside = is_end[start:end]  # a view: the line ends around the furniture end nothing
            inside[codes[start:end] == ord("\n")] = False
        ends = np.flatnonzero(is_end) + 1
        marks = codes[ends - 1]
        following = padded[ends]
        line = marks == ord("\n")
        stop = np.append(_SENTENCE_TABLE[codes] & is_end, False)  # a dot is a stop only where it ends
        sentence = line | (stop[ends - 1] & ~stop[ends])
        closing = ~line & _QUOTE_TABLE[following]  # 。” : the sentence takes its closing quote
        return cls(text,
                   paragraphs=[0] + ends[line].tolist(),
                   sentences=[0] + (ends + closing)[sentence].tolist(),
                   clauses=[0] + ends.tolist(),
                   phrases=[0] + ends[marks != ord("、")].tolist(),
                   parts=[0] + ends[_PART_TABLE[marks]].tolist())

    @staticmethod
    def _span(starts: list[int], pos: int, length: int) -> tuple[int, int]:
        i = bisect_right(starts, pos) - 1
        end = starts[i + 1] if i + 1 < len(starts) else length
        return starts[i], end

    def paragraph(self, pos: int) -> tuple[int, int]:
        return self._span(self.paragraphs, pos, len(self.text))

    def sentence(self, pos: int) -> tuple[int, int]:
        span = self._sentence_at.get(pos)  # each claim's sentence is asked for by every stage
        if span is None:
            span = self._sentence_at[pos] = self._span(self.sentences, pos, len(self.text))
        return span

    def clause(self, pos: int) -> tuple[int, int]:
        return self._span(self.clauses, pos, len(self.text))

    def phrase(self, pos: int) -> tuple[int, int]:
        return self._span(self.phrases, pos, len(self.text))

    def intro(self, pos: int) -> tuple[int, int] | None:
        """The line ending in a colon (各市驿站建设情况如下：), or a table's caption (各市工会经费收入
        （单位：万元）), that introduces the run of short lines (西安市 1200个 / 宝鸡市 850个) holding
        `pos`; None where its line is no such item."""
        i = bisect_right(self.paragraphs, pos) - 1
        if i in self._intros:
            return self._intros[i]
        found, j, lines = None, i, []
        while j >= 0 and len(lines) <= LIST_LINES:
            if j < i and j in self._intros:  # the lines above were walked for an earlier claim
                found = self._intros[j]
                break
            start = self.paragraphs[j]
            end = self.paragraphs[j + 1] if j + 1 < len(self.paragraphs) else len(self.text)
            line = self.text[start:end].strip()
            if j < i and (line.endswith(("：", ":")) or CAPTION.search(line)):
                found = (start, end)
                break
            if len(line) > LIST_LINE:
                break
            lines.append(j)
            j -= 1
        for k in lines or [i]:
            self._intros[k] = found
        return found

    def part(self, pos: int) -> tuple[int, int]:
        """The piece of a sentence between semicolons."""
        return self._span(self.parts, pos, len(self.text))

    def sentence_text(self, pos: int) -> str:
        start, end = self.sentence(pos)
        return self.text[start:end].strip()


def under_a_line(text: str, start: int) -> bool:
    """The line at `start` comes right under another (no blank line between): a table's rows."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0 or text[line_start:start].strip():
        return False
    above_start, above_end = line_above(text, line_start)
    return bool(text[above_start:above_end].strip())


def line_above(text: str, line_start: int) -> tuple[int, int]:
    """Where the line above the one that starts at `line_start` (not the first) starts and ends."""
    return text.rfind("\n", 0, line_start - 1) + 1, line_start - 1


def word_at(words: tuple[str, ...], text: str, at: int = 0) -> int:
    """The length of the first of `words` that stands at `at` in `text`, 0 if none (a single
    startswith first: most places have none)."""
    return len(next(w for w in words if text.startswith(w, at))) if text.startswith(words, at) else 0
