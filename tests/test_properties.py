"""Properties that hold for any input: no crash, offsets point at the text, closed value sets."""
import math
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from unionstats import extract, extract_text, load_rules
from unionstats.numbers import find_numbers, find_percentages, parse_number
from unionstats.rules import CATEGORIES, QUALIFIERS

RULES = load_rules()
UNITS = RULES.canonical_units
NASTY = Path(__file__).resolve().parent / "data" / "nasty"
PIECES = list("0123456789０１２３.,，、。%％ 　\n零一二两三四五六七八九十百千万亿兆余多几点壹贰拾佰萬億兩餘") + [
    "人", "名", "人次", "户", "家", "个", "元", "万元", "场", "场次", "项", "件", "个月", "年", "第", "近", "超过", "约",
    "以上", "左右", "至", "-", "—", "“", "”", "《", "》", "会员", "驿站", "资金", "陕西", "西安市", "全省", "分别为", "其中"]


def check(document: str, claims):
    for c in claims:
        assert document[c.start:c.end] == c.text
        assert c.start < c.end
        assert math.isfinite(c.value)
        assert c.value_max is None or (math.isfinite(c.value_max) and c.value_max > c.value)
        assert c.qualifier in QUALIFIERS and c.unit in UNITS and c.category in CATEGORIES
        assert c.metric in RULES.metrics


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_unicode_never_crashes(text):
    check(text, extract_text(text))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_number_like_text_keeps_every_invariant(text):
    check(text, extract_text(text))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789.,零一二两三四五六七八九十百千万亿兆余多几点壹拾佰 ", max_size=20))
def test_the_number_parser_answers_or_refuses(written):
    parsed = parse_number(written)
    assert parsed is None or math.isfinite(float(parsed[0]))
    for start, end, value in find_numbers(written) + find_percentages(written):
        assert 0 <= start < end <= len(written) and math.isfinite(float(value))


def test_the_nasty_corpus():
    result = extract([str(NASTY)])
    assert result.documents == len(list(NASTY.glob("*.txt")))
    texts = {p.name: p.read_bytes().decode("utf-8") for p in NASTY.glob("*.txt")}
    for row in result.frame.itertuples():
        assert texts[row.doc][row.start:row.end] == row.text
        assert math.isfinite(row.value) and row.unit in UNITS and row.category in CATEGORIES
