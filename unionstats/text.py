"""Fold a document for matching and cut it into paragraphs, sentences and clauses.

Folding maps one character to one character (full-width digits to ASCII, 萬 to 万),
so every offset found in the folded text is an offset into the original document.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

import regex

from .rules import Rules

_FULL_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_SENTENCE_END = regex.compile(r"[。！？!?]+[”’」』)）]?|\n")
_CLAUSE_END = regex.compile(r"[,，;；:：、。！？!?\n]")
_PHRASE_END = regex.compile(r"[,，;；:：。！？!?\n]")  # a clause, but lists (广州、佛山) stay whole
_PART_END = regex.compile(r"[;；。！？!?\n]")
_PARAGRAPH_END = regex.compile(r"\n")
SPACES = re.compile(r"[ \t\u3000\u00a0\u200b]+")


def fold_table(rules: Rules) -> dict[int, int]:
    table = dict(_FULL_WIDTH)
    traditional = rules.numbers.get("traditional", {})
    table.update({ord(k): ord(v) for k, v in zip(traditional.get("from", ""), traditional.get("to", ""))})
    table.update({ord(k): ord(v) for k, v in rules.numbers.get("charmap", {}).items()})
    table[0x3000] = 0x20  # ideographic space
    for invisible in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD):
        table[invisible] = 0x20  # zero-width characters and soft hyphens: spaces the reader cannot see
    return table


class Folder:
    """Folds a document with a fold table. Only the characters the table maps are touched
    (one substitution pass): most Chinese text has few of them, and str.translate would
    look every character up."""

    def __init__(self, table: dict[int, int]):
        self.chars = {chr(k): chr(v) for k, v in table.items()}
        self.pattern = re.compile("[" + "".join(re.escape(c) for c in sorted(self.chars)) + "]")

    def __call__(self, text: str) -> str:
        folded = self.pattern.sub(lambda m: self.chars[m.group()], text)
        assert len(folded) == len(text)
        return folded


def fold(text: str, table: dict[int, int]) -> str:
    return Folder(table)(text)


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

    @classmethod
    def of(cls, text: str) -> "Segments":
        def starts(pattern):
            return [0] + [m.end() for m in pattern.finditer(text)]
        return cls(text, starts(_PARAGRAPH_END), starts(_SENTENCE_END), starts(_CLAUSE_END),
                   starts(_PHRASE_END), starts(_PART_END))

    @staticmethod
    def _span(starts: list[int], pos: int, length: int) -> tuple[int, int]:
        i = bisect_right(starts, pos) - 1
        end = starts[i + 1] if i + 1 < len(starts) else length
        return starts[i], end

    def paragraph(self, pos: int) -> tuple[int, int]:
        return self._span(self.paragraphs, pos, len(self.text))

    def sentence(self, pos: int) -> tuple[int, int]:
        return self._span(self.sentences, pos, len(self.text))

    def clause(self, pos: int) -> tuple[int, int]:
        return self._span(self.clauses, pos, len(self.text))

    def phrase(self, pos: int) -> tuple[int, int]:
        return self._span(self.phrases, pos, len(self.text))

    def part(self, pos: int) -> tuple[int, int]:
        """The piece of a sentence between semicolons."""
        return self._span(self.parts, pos, len(self.text))

    def sentence_text(self, pos: int) -> str:
        start, end = self.sentence(pos)
        return self.text[start:end].strip()


def word_pattern(words, first_class: bool = False) -> str:
    """One regex for many literal words, shaped as a trie (北京|北海 -> 北(?:京|海)), so that
    matching tries each first character once instead of every word: the gazetteer has ~1300 names."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node) -> str:
        ends = "" in node
        branches = [regex.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body
    if not first_class or not trie:
        return build(trie)
    # a class of the first characters up front: in a look-ahead that tries every position
    # (overlapping cues) it spares the trie at most of them
    return "(?=[" + "".join(re.escape(ch) for ch in sorted(trie)) + "])" + build(trie)


def fast_compile(pattern: str):
    """Compile with the standard library's re where the pattern allows it: it scans long
    alternations (the gazetteer, the period patterns) several times faster than regex.
    Patterns that need regex's extensions (variable-width look-behind...) stay with regex."""
    try:
        return re.compile(pattern)
    except re.error:
        return regex.compile(pattern)
