"""The shortcuts taken for speed change nothing found: first-character classes, vectorised
segment boundaries, the joined exclusion tests, the CSV cells, CSV rendered in workers."""
import csv
import math
import re
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from unionstats import load_rules
from unionstats.regions import Gazetteer
from unionstats.patterns import RareBranches, _branches, fast_compile, first_characters, word_pattern
from unionstats.text import Segments
from unionstats.run import Repeats, repeat_key
from unionstats.writer import CsvRenderer, TableWriter

RULES = load_rules()
SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# (pattern, the class re is given up front; None: re sees it itself, or it cannot be known)
FIRST_CHARACTERS = [
    (r"截至\s*\d+", None),                                # a literal: re skips to it on its own
    (r"(?:北京|北海)", None),                             # a branch of literals: the same
    (r"[一二三]年", None),                                # a class: the same
    (r"[一二三]+年", "一三二"),                           # a repeated class: re does not look inside
    (r"(?:(?:从|自)\s*)?\d{4}\s*年", r"\d从自"),          # an optional group: its class and what follows
    (r"(?:近|\d)\s*年", None),                             # one character each: re makes it a class
    (r"(?:近年|\d+)\s*年", r"\d近"),                        # a branch re does not see through
    (r"(?:近年来|\d{1,2}\s*月)", r"\d近"),
    (r"(?:(?:今年|去年)\s*)?\d{1,2}\s*月", r"\d今去"),
    (r"\b(?:[a-c]|x)", r"a-cx"),                          # zero-width anchors are skipped
    (r".*期间", None),                                    # any character may start it
    (r"[^a]b|c", None),                                   # a negated class
    (r"(?:a)?", None),                                    # it may match nothing
    (r"(?i)(?:a|\d)", None),                              # case folding: not followed
    (r"(a)(?:x|\1)", None),                               # re sees the literal a itself
]


@pytest.mark.parametrize("pattern,expected", FIRST_CHARACTERS)
def test_first_characters(pattern, expected):
    assert first_characters(pattern) == expected


def rule_patterns():
    patterns = [p.pattern for p in RULES.periods.values()]
    patterns += [ex.within.pattern for ex in RULES.exclusions.values() if ex.within]
    patterns += [p.pattern for _, found in RULES.metadata.values() for p in found]
    patterns.append("|".join(f"(?:{p.pattern})" for p in RULES.periods.values()))  # as the period finder joins them
    return patterns


PIECES = list("0123456789 \n,。年月日底末来起至今去前近多连续截到从自期间“”《》十五一二两三四全省市") + [
    "截至", "以来", "开始", "上半年", "季度", "近年来", "疫情期间", "十四五", "八项规定", "千家万户", "日报", "来源:"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_fast_compile_finds_what_re_finds(text):
    for pattern in rule_patterns():
        plain = re.compile(pattern)
        fast = fast_compile(pattern)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], pattern


BRANCHES = [
    (r"a|b", ["a", "b"]),
    (r"(?:a|b)|c", ["a", "b", "c"]),                       # a group that is a whole branch opens up
    (r"(?:a|b)c|d", ["(?:a|b)c", "d"]),                    # one that is not stays
    (r"(?:a)(?:b)|c", ["(?:a)(?:b)", "c"]),
    (r"(?:a|b)?|c", ["(?:a|b)?", "c"]),
    (r"[|(]x|\|y", ["[|(]x", r"\|y"]),                   # | inside a class or escaped is a character
    (r"[]|]x|[^]|]y", ["[]|]x", "[^]|]y"]),
]


@pytest.mark.parametrize("pattern,expected", BRANCHES)
def test_branches(pattern, expected):
    assert _branches(pattern) == expected


RARE = r"近年来|\d{4}年|[\u4e00-\u9fa5]{2,3}期间|截至目前"


def test_a_branch_that_may_start_anywhere_is_tried_only_where_its_word_is():
    fast = fast_compile(RARE)
    assert isinstance(fast, RareBranches) and fast.words == ("期间",)
    for text in ["2021年疫情期间,近年来", "截至目前2021年", "期间", "在疫情期间", "", "近年来期"]:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in re.finditer(RARE, text)], text
        assert [m.span() for m in fast.finditer(text, 1, 6)] == [m.span() for m in re.compile(RARE).finditer(text, 1, 6)]
        found, plain = fast.search(text), re.search(RARE, text)
        assert (found and found.span()) == (plain and plain.span())
    # no shortcut: a broad branch without a word of its own, or groups that moving branches would renumber
    assert not isinstance(fast_compile(r"近年来|[\u4e00-\u9fa5]{2,3}"), RareBranches)
    assert not isinstance(fast_compile(r"(近年来)|[\u4e00-\u9fa5]{2,3}期间"), RareBranches)


def test_word_pattern_with_first_class_finds_the_same_words():
    words = ["会员", "工会会员", "驿站", "会", "职工"]
    text = "工会会员驿站职工会"
    plain = re.compile(f"(?=({word_pattern(words)}))")
    fast = re.compile(f"(?=({word_pattern(words, first_class=True)}))")
    found = [(m.start(), m.group(1)) for m in fast.finditer(text)]
    assert found == [(m.start(), m.group(1)) for m in plain.finditer(text)]
    assert found == [(0, "工会会员"), (1, "会"), (2, "会员"), (4, "驿站"), (6, "职工"), (8, "会")]


GAZETTEER = Gazetteer(RULES)
MARKER_WORDS = sorted({w for words in RULES.regions.get("markers", {}).values() for w in words})
MARKER_PIECES = MARKER_WORDS + sorted({ch for w in MARKER_WORDS for ch in w}) + ["，", "会员"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(MARKER_PIECES), max_size=20).map("".join))
def test_markers_found_in_one_pass_are_those_of_each_kind(text):
    marks = GAZETTEER.marks(text)
    markers = RULES.regions["markers"]
    titles = {kind.removesuffix("_title"): {p for m in re.finditer(word_pattern(words), text) for p in range(*m.span())}
              for kind, words in markers.items() if kind.endswith("_title")}
    # the one pass, spelled out: from left to right, at each place the first kind (in file order)
    # with a word there, its longest; the text after that word is read on (自治区总工会 holds no 区总工会)
    # (national_union names no kind: a list of names the places stage reads, whose words are 全国's too)
    one_pass = [k for k in markers if not k.endswith("_title") and k not in ("national_figure", "own", "national_union")]
    expected = {k: [] for k in one_pass}
    i = 0
    while i < len(text):
        found = next(((k, w) for k in one_pass for w in sorted(markers[k], key=len, reverse=True)
                      if text.startswith(w, i)), None)
        if found:
            expected[found[0]].append(i)
        i += len(found[1]) if found else 1
    expected["national_figure"] = [m.start() for m in re.finditer(word_pattern(markers["national_figure"]), text)]
    expected["own"] = [m.start() for m in re.finditer(word_pattern(markers["own"]), text)]  # a pass of its own
    for kind, inside in titles.items():  # 全国劳模, 全省首家: an honour or a rank; 争取省总: a giver
        expected[kind] = [p for p in expected[kind] if p not in inside]
    for kind in expected:
        assert marks[kind] == expected[kind], kind


# the boundaries as first defined, one regular expression for each level
FULL_STOP = r"(?<=[\u4e00-\u9fff%)）”’])\.(?!\d)"  # an English full stop after a word: 31家.全区
COMMA = r"(?<!\d),|,(?!\d{3}(?!\d))"  # not the thousands separator of 12,345
REFERENCE = {
    "paragraphs": r"\n",
    "sentences": rf"(?:[。！？!?]|{FULL_STOP})+[”’」』)）]?|\n",
    "clauses": rf"{COMMA}|[，;；:：、。！？!?\n]|{FULL_STOP}",
    "phrases": rf"{COMMA}|[，;；:：。！？!?\n]|{FULL_STOP}",
    "parts": rf"[;；。！？!?\n]|{FULL_STOP}",
}


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=list("ab ,，;；:：、。！？!?\n”’」』)）\U0001F600.1家%"), max_size=40))
def test_segments_in_one_pass_are_the_boundaries_of_each_level(text):
    segments = Segments.of(text, unwrap=False)
    for level, pattern in REFERENCE.items():
        assert getattr(segments, level) == [0] + [m.end() for m in re.finditer(pattern, text)], level


def test_an_exclusion_that_cannot_be_joined_still_applies(tmp_path):
    """A user's exclusion with a back-reference is not joined with the others, and still works."""
    (tmp_path / "exclusions.toml").write_text(
        "[[exclude]]\nname = \"doubled\"\nwhy = \"a doubled character before a number\"\n"
        "before = '(队)\\1\\s*$'\n", encoding="utf-8")
    from unionstats import extract_text
    from unionstats.claims import Extractor
    extractor = Extractor(load_rules(tmp_path))
    assert [c.text for c in extract_text("队队12名队员,另有8名队员", extractor=extractor)] == ["8名"]
    assert [c.text for c in extract_text("队队12名队员,另有8名队员")] == ["12名", "8名"]


def test_csv_cells_convert_what_is_not_the_engines_own(tmp_path):
    columns = ["doc", "start", "value", "value_max", "text", "published", "kept"]
    rows = [{"doc": 7, "start": 3, "value": 2.0, "value_max": None, "text": "2名", "published": math.nan, "kept": None},
            {"doc": "a", "start": 4, "value": 0.978, "value_max": 5, "text": "x"}]  # some columns missing
    with TableWriter(str(tmp_path / "t.csv"), columns) as out:
        out.write(rows)
    with open(tmp_path / "t.csv", encoding="utf-8-sig", newline="") as f:
        got = list(csv.reader(f))
    assert got == [columns, ["7", "3", "2", "", "2名", "", ""], ["a", "4", "0.978", "5", "x", "", ""]]


# \x00 and \ue000 are the marks CsvRenderer leaves in duplicate_of: text holding them takes another
CELL_TEXT = st.text(alphabet=st.sampled_from(list("会员,\"\n\r 1.名x'\x00\ue000")), max_size=6)
ROW = st.fixed_dictionaries({
    "doc": st.sampled_from(["a.txt", "b,c.txt", 'q"d.txt']), "start": st.integers(0, 5),
    "text": CELL_TEXT, "value": st.one_of(st.integers(0, 9), st.floats(0, 9, allow_nan=False), st.none()),
    "unit": st.sampled_from(["人", "个", None]), "sentence": CELL_TEXT,
    "published": st.one_of(CELL_TEXT, st.none(), st.just(math.nan)), "kept": st.one_of(CELL_TEXT, st.integers(), st.none())})


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(ROW, max_size=4), max_size=4), st.sampled_from([["kept"], []]))
def test_csv_rendered_in_workers_is_the_table_the_writer_makes(tmp_path_factory, documents, kept):
    folder = tmp_path_factory.mktemp("csv")
    columns = ["doc", "start", "text", "value", "unit", "sentence", "duplicate_of", "published", *kept]
    with TableWriter(str(folder / "plain.csv"), columns) as out:
        repeats = Repeats()
        for rows in documents:
            out.write(repeats.mark([dict(r) for r in rows]))
    render = CsvRenderer(columns, repeat_key)
    with TableWriter(str(folder / "rendered.csv"), columns) as out:
        repeats = Repeats()
        for rows in documents:
            out.write(repeats.mark(render([dict(r) for r in rows])))
    assert (folder / "rendered.csv").read_bytes() == (folder / "plain.csv").read_bytes()


def wrapped_reference(text):
    """wrapped_line_ends as first written: line by line in Python."""
    lines, start = [], 0
    for end in [i for i, ch in enumerate(text) if ch == "\n"]:
        line = text[start:end].rstrip(" \t\r\u3000")
        if line:
            lines.append((end, len(line), bool(re.fullmatch(r"[\u4e00-\u9fff0-9A-Za-z，,、(（“《]", line[-1])), line))
        start = end + 1
    if len(lines) < 3:
        return []
    worded = [line for line in lines if re.search(r"[\u4e00-\u9fff]", line[3])]  # not a page number
    lines = worded if len(worded) >= 3 else lines
    widths = sorted(n for _, n, _, _ in lines)
    wide = widths[int(0.9 * (len(widths) - 1))] * 0.75
    candidates = sorted(n for _, n, continuing, _ in lines if continuing and n >= wide)
    if len(candidates) < 3 or candidates[len(candidates) // 2] > 150:
        return []
    ending = [line for _, _, continuing, line in lines if continuing]
    if sum(1 for line in ending if re.search(r"\d[ \t]*[^\d\s]{0,2}$", line)) * 2 > len(ending):
        return []  # most lines end in a figure: a list (西安市 1200个), not a wrapped text
    width = candidates[len(candidates) // 2]
    wrapped = [end for end, n, continuing, _ in lines if continuing and abs(n - width) <= 0.25 * width]
    return wrapped if len(wrapped) >= 3 and len(wrapped) >= 0.3 * len(lines) else []


LINE = st.tuples(st.integers(0, 30), st.sampled_from(list("会。，a1 \t\r\u3000”"))).map(lambda p: "工" * p[0] + p[1])


@settings(max_examples=400, deadline=None)
@given(st.lists(LINE, max_size=12).map("\n".join))
def test_wrapped_line_ends_vectorised_are_those_found_line_by_line(text):
    from unionstats.text import wrapped_line_ends
    assert wrapped_line_ends(text) == wrapped_reference(text)


FINDER_WORDS = ["安庆", "安庆市", "安", "庆阳市", "西岗区", "大连", "大连市", "内蒙古自治区", "内蒙古", "市", "𠀀县"]
FINDER_PIECES = FINDER_WORDS + ["西", "岗", "区", "阳", "蒙", "古", "自治", "，", "会员", "𠀀", "a"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(FINDER_PIECES), max_size=25).map("".join))
def test_word_finder_finds_what_a_trie_pattern_finds(text):
    from unionstats.patterns import WordFinder
    trie = re.compile(word_pattern(FINDER_WORDS))
    assert WordFinder(FINDER_WORDS).spans(text) == [(m.start(), m.end(), m.group()) for m in trie.finditer(text)]


def test_word_finder_on_the_gazetteer_finds_what_a_trie_pattern_finds():
    names = list(GAZETTEER.places)
    trie = re.compile(word_pattern(names))
    text = "".join(open(path, encoding="utf-8").read() for path in sorted(SEEDS.glob("*.txt")))
    text += "凤庆县总工会、鄂尔多斯市准格尔旗、海淀区、沿海城市、河北区域"
    assert GAZETTEER.names.spans(text) == [(m.start(), m.end(), m.group()) for m in trie.finditer(text)]


@pytest.mark.parametrize("pattern,text,spans", [
    (r"(?<!以上|左)右\d", "左右1以上右2右3", [(7, 9)]),                     # a look-behind `re` cannot compile
    (r"(?<=第|其中)\d+|[\u4e00-\u9fa5]{2}期间", "其中3人在疫情期间", [(2, 3), (5, 9)]),  # parsed by `re`, refused by its compiler
    (r"\p{Han}{2}期间", "疫情期间", [(0, 4)]),                            # regex's own syntax
])
def test_what_re_cannot_compile_stays_with_regex(pattern, text, spans):
    fast = fast_compile(pattern)
    assert isinstance(fast, regex.Pattern)
    assert [m.span() for m in fast.finditer(text)] == spans
