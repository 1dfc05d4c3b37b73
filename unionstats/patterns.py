"""Compile the rules' patterns for scanning whole documents fast.

Two things make a long alternation slow to scan: the `regex` module tries it at every
position more slowly than the standard library's `re`, and `re` skips ahead quickly only
when it can see which characters a match may start with (a literal, a class, a branch of
literals). `fast_compile` takes `re` where the pattern allows, and puts a class of the
possible first characters up front where `re` cannot see them itself (the period patterns:
截至…, 近…年, 2021年…), which lets it skip most positions.
"""
from __future__ import annotations

import re
import sys

import numpy as np
import regex

try:  # the standard library's own parser: private, so used only where it is as expected
    from re import _constants as _sre, _parser as _sre_parse
except ImportError:  # pragma: no cover - another Python
    _sre = _sre_parse = None

_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_SPACE": r"\s", "CATEGORY_WORD": r"\w"}

# between a number and its measure word a PDF line may end: 63.88万\n名 (never inside the digits)
UNIT_GAP = r"[ \t\u3000\u00a0]*(?:\r?\n[ \t\u3000\u00a0]*)?"
_SPACE = r"[ \t\u3000\u00a0]*"
_WHITESPACE = regex.compile(r"\s+")


def spaced_word(word: str) -> str:
    """A word that may have spaces between its characters (以 上)."""
    return _SPACE.join(regex.escape(ch) for ch in word)


def wrapped(word: str) -> str:
    """A measure word that spaces or one line end may break (人 次, 人\n次)."""
    return UNIT_GAP.join(regex.escape(ch) for ch in word)


def alternation(words) -> str:
    """Words as one alternation, longest first, each as `spaced_word`."""
    return "|".join(spaced_word(w) for w in sorted(words, key=len, reverse=True))


def without_breaks(text: str) -> str:
    """Text without spaces or line ends (a measure word, a window of words): squeeze() keeps
    line ends, which end a clause elsewhere."""
    return _WHITESPACE.sub("", text) if _WHITESPACE.search(text) else text


LAST_CODE = 0xFFFF  # characters beyond the basic plane share the last code (a dict decides)
NO_CHARACTER = 0x10000  # the code of "no character": past the end of a text


def character_codes(text: str) -> np.ndarray:
    """The text's character codes, for vectorised lookups in tables of NO_CHARACTER + 1 slots."""
    return np.minimum(np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32), LAST_CODE)


def word_pattern(words, first_class: bool = False) -> str:
    """One regex for many literal words, shaped as a trie (北京|北海 -> 北(?:京|海)), so that
    matching tries each first character once instead of every word: the gazetteer has ~1300 names.
    `first_class`: begin with a look-ahead class of the first characters (for patterns used
    inside a look-ahead, which `re` cannot skip through on its own)."""
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
    return "(?=[" + "".join(re.escape(ch) for ch in sorted(trie)) + "])" + build(trie)


class WordFinder:
    """Finds many literal words (the gazetteer's ~3300 names) as a trie pattern would:
    leftmost, longest, not overlapping; but several times faster on long documents. A
    vectorised pass over the text keeps only the positions whose two characters could
    begin a word (a hashed table of the words' first pairs), so Python looks at a few dozen
    places of a page, not every character."""

    _PAIRS = (1 << 20) - 1  # hash slots for character pairs: collisions only add candidates

    def __init__(self, words):
        self.words = {w for w in words if w}
        self.single = np.zeros(NO_CHARACTER + 1, dtype=bool)  # one-character words: any follower
        self.pairs = np.zeros(self._PAIRS + 1, dtype=bool)
        singles = {w for w in self.words if len(w) == 1}
        for word in singles:
            self.single[min(ord(word), LAST_CODE)] = True
        pairs = character_codes("".join(w[:2] for w in self.words if len(w) > 1)).astype(np.int64)
        self.pairs[self._pair(pairs[0::2], pairs[1::2])] = True  # built at every start: vectorised
        lengths: dict[str, set[int]] = {}
        for word in self.words:
            lengths.setdefault(word[:2], set()).add(len(word))
        self.lengths = {k: sorted(v, reverse=True) + ([1] if k[0] in singles and len(k) > 1 else [])
                        for k, v in lengths.items()}
        for word in singles:  # followed by a character that begins no longer word
            self.lengths.setdefault(word, [1])

    @classmethod
    def _pair(cls, first, second):
        return (first * 65599 + second) & cls._PAIRS

    def prefix(self, text: str) -> str | None:
        """The longest word that `text` starts with, if any."""
        for n in self.lengths.get(text[:2], ()):
            if text[:n] in self.words:
                return text[:n]
        return None

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, word) of each word found."""
        if not text or not self.words:
            return []
        codes = character_codes(text).astype(np.int64)
        following = np.append(codes[1:], NO_CHARACTER)
        candidates = np.flatnonzero(self.pairs[self._pair(codes, following)] | self.single[codes])
        found, free, words, lengths, size = [], 0, self.words, self.lengths, len(text)
        for i in candidates.tolist():
            if i < free:
                continue
            for length in lengths.get(text[i:i + 2]) or lengths.get(text[i], ()):
                word = text[i:i + length]
                if i + length <= size and word in words:  # (a slice past the end is shorter)
                    found.append((i, i + length, word))
                    free = i + length
                    break
        return found


def fast_compile(pattern: str):
    """Compile with `re` where the pattern allows it (long alternations scan several times
    faster), with a first-character class up front where that helps; patterns that need
    regex's extensions (variable-width look-behind...) stay with regex. A branch that may
    start almost anywhere (`[\u4e00-\u9fa5]{2,3}期间`) but needs a word of its own is tried
    only where that word is (see `RareBranches`). The pattern is parsed once and compiled
    once: `re`'s parser is Python, and the rules' startup is paid by every run."""
    try:
        parsed = _parse(pattern)
        split = _rare_branches(pattern, parsed)
        if split is not None:
            return split
        return re.compile(_with_first(pattern, parsed))
    except re.error:  # regex's syntax, or what only `re`'s compiler refuses (a look-behind's width)
        return regex.compile(pattern)


def _parse(pattern: str):
    """`re`'s parse of a pattern (None without the private parser); raises re.error."""
    return _sre_parse.parse(pattern) if _sre_parse is not None else None


def _with_first(pattern: str, parsed) -> str:
    """The pattern behind a look-ahead class of its first characters, where that helps."""
    first = first_characters(pattern, parsed)
    return f"(?=[{first}])(?:{pattern})" if first else pattern


class RareBranches:
    """A pattern of many branches, some of which could start at any character but need a word
    (期间) found in few texts. Where none of those words is, the other branches alone are
    searched (and they skip ahead by their first characters); elsewhere the whole pattern
    is: so the matches are always the whole pattern's."""

    def __init__(self, whole: re.Pattern, common: re.Pattern | None, words: tuple[str, ...]):
        self.whole, self.common, self.words = whole, common, words
        self.pattern = whole.pattern

    def _for(self, text: str, pos: int, endpos: int) -> re.Pattern | None:
        return self.whole if any(text.find(w, pos, endpos) >= 0 for w in self.words) else self.common

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        pattern = self._for(text, pos, endpos)
        return pattern.finditer(text, pos, endpos) if pattern is not None else iter(())

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        pattern = self._for(text, pos, endpos)
        return pattern.search(text, pos, endpos) if pattern is not None else None


_BROAD = 256  # a first-character class wider than this lets re skip next to nothing


def _rare_branches(pattern: str, parsed) -> RareBranches | None:
    """The pattern split into its common branches and its rare ones, when some branch starts
    with a broad class and every such branch holds a literal word; else None."""
    if parsed is None or parsed.state.groups > 1:
        return None  # moving branches would renumber groups
    common, words = [], []
    for branch in _branches(pattern):
        try:
            branch_parsed = list(_sre_parse.parse(branch))
            pieces, nullable = _first(branch_parsed)
        except Exception:  # noqa: BLE001 - as in first_characters: no shortcut, same result
            return None
        if pieces is not None and not nullable and _width(pieces) <= _BROAD:
            common.append((branch, _literal_word(branch_parsed)))
            continue
        word = _literal_word(branch_parsed)
        if not word:
            return None  # it could start anywhere and needs no word: nothing to skip by
        words.append(word)
    if not words:
        return None
    # a branch that needs one of those words too (元旦春节期间) can only match where they are: it
    # leaves the common branches, whose first characters it would widen (中, 国, “)
    common = [branch for branch, word in common if not any(w in word for w in words)]
    rest = fast_compile("|".join(f"(?:{b})" for b in common)) if common else None
    return RareBranches(re.compile(_with_first(pattern, parsed)), rest, tuple(words))


def _branches(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern, a group that is a whole alternative opened
    up: `(?:a|b)|c` -> a, b, c (leftmost-first matching tries them in the same order)."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":  # a class: its | and ( are characters; a ] right at its start is one
            in_class, i = True, i + 1 + pattern.startswith("^", i + 1)
            i += pattern.startswith("]", i)
            continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    out = []
    for part in parts:
        inner = part[3:-1] if part.startswith("(?:") and part.endswith(")") else None
        if inner is not None and _balanced(inner):
            out += _branches(inner)
        else:
            out.append(part)
    return out


def _balanced(source: str) -> bool:
    """Whether `source` is a pattern on its own (the group around it closed only at its end)."""
    try:
        _sre_parse.parse(source)
    except re.error:
        return False
    return True


def _width(pieces: list[str]) -> int:
    """How many characters a first-character class admits (\\w counts as broad)."""
    total = 0
    for piece in pieces:
        if piece in (r"\w", r"\s"):
            total += _BROAD + 1 if piece == r"\w" else 6
        elif piece == r"\d":
            total += 10
        else:
            ends = re.fullmatch(r"(\\?.)-(\\?.)", piece, re.S)
            total += ord(ends.group(2)[-1]) - ord(ends.group(1)[-1]) + 1 if ends else 1
    return total


def _literal_word(parsed) -> str:
    """The longest run of literal characters every match of the sequence holds."""
    best, run = "", ""
    for op, av in parsed:
        if op is _sre.LITERAL:
            run += chr(av)
            best = max(best, run, key=len)
        else:
            run = ""
    return best


def first_characters(pattern: str, parsed=None) -> str | None:
    """A character class (without brackets) of the characters a match of `pattern` may start
    with, when `re` would not find it on its own; None when it would, or when it cannot be
    known (a match may start with anything, or be empty)."""
    if _sre_parse is None:
        return None
    try:
        parsed = parsed if parsed is not None else _sre_parse.parse(pattern)
        if parsed.state.flags & (re.IGNORECASE | re.VERBOSE) or _has_own_prefix(parsed):
            return None
        pieces, nullable = _first(list(parsed))
    except Exception:  # noqa: BLE001 - any surprise in a private parser: no shortcut, same result
        return None
    return None if nullable or pieces is None else "".join(sorted(set(pieces)))


def _has_own_prefix(parsed) -> bool:
    """Whether `re` itself sees the first characters (as in its _get_charset_prefix)."""
    items = list(parsed)
    while items and items[0][0] is _sre.SUBPATTERN:
        _, add_flags, del_flags, inner = items[0][1]
        if add_flags or del_flags:
            return False
        items = list(inner)
    if not items:
        return False
    op, av = items[0]
    if op in (_sre.LITERAL, _sre.IN):
        return True
    return op is _sre.BRANCH and all(alt and list(alt)[0][0] is _sre.LITERAL for alt in av[1])


def _first(items) -> tuple[list[str] | None, bool]:
    """(class pieces a match of this sequence may start with, whether it may match empty)."""
    pieces: list[str] = []
    for op, av in items:
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # zero width: the next item decides
        if op is _sre.LITERAL:
            return pieces + [re.escape(chr(av))], False
        if op is _sre.IN:
            item = _class(av)
            return (None if item is None else pieces + item), False
        if op is _sre.SUBPATTERN:
            if av[1] or av[2]:
                return None, False  # inline flags inside: not worth following
            inner, nullable = _first(list(av[3]))
        elif op is _sre.BRANCH:
            inner, nullable = [], False
            for alt in av[1]:
                alt_pieces, alt_nullable = _first(list(alt))
                if alt_pieces is None:
                    return None, False
                inner += alt_pieces
                nullable = nullable or alt_nullable
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
            inner, nullable = _first(list(av[2]))
            nullable = nullable or av[0] == 0
        else:
            return None, False  # any character, a back-reference...: cannot be known
        if inner is None:
            return None, False
        pieces += inner
        if not nullable:
            return pieces, False
    return pieces, True


def _class(items) -> list[str] | None:
    pieces = []
    for op, av in items:
        if op is _sre.LITERAL:
            pieces.append(re.escape(chr(av)))
        elif op is _sre.RANGE:
            pieces.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is _sre.CATEGORY and str(av) in _CATEGORIES:
            pieces.append(_CATEGORIES[str(av)])
        else:
            return None  # a negated class or anything unusual
    return pieces
