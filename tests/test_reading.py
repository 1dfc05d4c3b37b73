"""Reading the numbers: summaries, repeated passages, spreadsheets, stdout formats, show options."""
import json
import subprocess
import sys

import pandas as pd
import pytest

from unionstats import extract
from unionstats.summary import SummaryError, summarize

from .conftest import SEEDS


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "unionstats", *map(str, args)], cwd=cwd, capture_output=True,
                          text=True, encoding="utf-8")


@pytest.fixture(scope="module")
def claims():
    return extract([str(SEEDS)]).frame


def test_repeated_passage_is_marked(claims):
    marked = claims[claims["duplicate_of"] != ""]
    assert marked[["doc", "start", "text", "duplicate_of"]].values.tolist() == [
        ["004_ad6042aab68bbb38.txt", 4462, "7500余万条", "004_ad6042aab68bbb38.txt:3567"]]


def test_summary_keeps_units_apart_and_bounds_visible(claims):
    table = summarize(claims, ["province", "category"], ["sum", "count", "min", "max"])
    anhui = table[(table["province"] == "安徽省") & (table["category"] == "assistance")]
    assert sorted(anhui["unit"]) == sorted(["人", "人次", "个", "户", "户次"])
    row = table[(table["province"] == "安徽省") & (table["category"] == "activities") & (table["unit"] == "场")].iloc[0]
    assert row["sum_is"] == "lower bound"  # includes 250 余场 and 200 场以上
    exact = table[(table["province"] == "江西省") & (table["category"] == "rates")].iloc[0]
    assert (exact["sum_is"], exact["count"], exact["min"], exact["max"]) == ("exact", 2, 96.5, 97.8)


def test_summary_counts_repeats_once_unless_asked(claims):
    once = summarize(claims, ["doc", "metric"], ["sum", "count"])
    twice = summarize(claims, ["doc", "metric"], ["sum", "count"], keep_duplicates=True)
    pick = lambda t: t[(t["doc"] == "004_ad6042aab68bbb38.txt") & (t["metric"] == "records")].iloc[0]  # noqa: E731
    assert (pick(once)["count"], pick(once)["sum"]) == (1, 75000000)
    assert (pick(twice)["count"], pick(twice)["sum"]) == (2, 150000000)


def test_summary_refuses_unknown_columns_and_values(claims):
    with pytest.raises(SummaryError, match="no column nope"):
        summarize(claims, ["nope"])
    with pytest.raises(SummaryError, match="unknown value median"):
        summarize(claims, ["province"], ["median"])


def test_summary_cli_prints_and_writes(tmp_path):
    result = run("summary", SEEDS, "--by", "province", "--values", "sum,count")
    assert result.returncode == 0, result.stderr
    assert "≥" in result.stdout and "陕西省" in result.stdout and "lower bound" in result.stdout
    out = tmp_path / "pivot.csv"
    assert run("summary", SEEDS, "--by", "city,metric", "-o", out).returncode == 0
    pivot = pd.read_csv(out, encoding="utf-8-sig")
    assert {"city", "metric", "label", "unit", "sum", "sum_is", "count"} <= set(pivot.columns)
    assert run("summary", SEEDS, "--by", "nope").returncode == 2


def test_xlsx_has_a_styled_claims_sheet_and_a_summary(tmp_path):
    import openpyxl
    out = tmp_path / "stats.xlsx"
    assert run("extract", SEEDS, "-o", out).returncode == 0
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["claims", "summary"]
    sheet = book["claims"]
    assert sheet.freeze_panes == "A2" and sheet["A1"].font.bold
    assert sheet["E2"].value == 9010 and isinstance(sheet["E3"].value, int)
    assert sheet.column_dimensions["N"].width >= 40  # the sentence column is wide
    assert [c.value for c in book["summary"][1]][:4] == ["province", "metric", "label", "unit"]


def test_stdout_formats():
    jsonl = run("extract", SEEDS / "000_be27cdee8171a801.txt", "--format", "jsonl")
    rows = [json.loads(line) for line in jsonl.stdout.splitlines()]
    assert [r["value"] for r in rows] == [9010, 638800, 289900, 100]
    table = run("extract", SEEDS / "000_be27cdee8171a801.txt", "--format", "table")
    assert "63.88万 人" in table.stdout and "4 claims" in table.stdout
    assert run("extract", SEEDS, "--format", "xml").returncode == 2


def test_show_sort_columns_min_value_and_chart():
    result = run("show", SEEDS, "--category", "funds", "--sort", "value", "--limit", "2",
                 "--columns", "text,value,label")
    assert result.returncode == 0
    assert result.stdout.index("23亿元") < result.stdout.index("10亿元") and "2 of 25 claims" in result.stdout
    result = run("show", SEEDS, "--min-value", "1000000", "--category", "membership", "--limit", "0")
    assert "786.3165万" in result.stdout and "6303" not in result.stdout
    chart = run("show", SEEDS, "--metric", "union_members", "--chart")
    assert "辽宁省 ████" in chart.stdout and "63.88万" in chart.stdout
    assert run("show", SEEDS, "--chart").returncode == 2
    assert run("show", SEEDS, "--sort", "nope").returncode == 2
