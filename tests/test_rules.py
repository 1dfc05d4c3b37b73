"""Rule files: the built-in ones load; a broken one stops with `file:line: what is wrong`."""
import subprocess
import sys

import pytest

from unionstats import RuleError, load_rules
from unionstats.rules import CATEGORIES, builtin_dir


def test_builtin_rules_load_and_are_consistent():
    rules = load_rules()
    assert len(rules.metrics) >= 40
    assert {m.category for m in rules.metrics.values()} == set(CATEGORIES)
    assert all(u.metric in rules.metrics for u in rules.units.values())
    assert "陕西省" in rules.provinces and "西安市" in rules.provinces["陕西省"]["cities"]


def pack(tmp_path, name, text):
    folder = tmp_path / "pack"
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.toml").write_text(text, encoding="utf-8")
    return folder


BROKEN = [
    ("metrics", '[[metric]]\nkey = "x"\nlabel = "X"\ncategory = "money"\nunits = ["元"]\n', 4, "unknown category `money`"),
    ("metrics", '[[metric]]\nkey = "BadKey"\nlabel = "X"\ncategory = "funds"\nunits = ["元"]\n', 2, "snake_case"),
    ("metrics", '[[metric]]\nkey = "x"\nlabel = "X"\ncategory = "funds"\nunits = ["匹"]\n', 1, "unknown unit `匹`"),
    ("metrics", '\n[[metric]]\nkey = "x"\nlabel = "X"\n', 2, "lacks `category`"),
    ("metrics", '[[metric]]\nkey = "x"\nlabel = "X"\ncategory = "funds"\nunits = ["元"]\ngeneric = "yes"\n', 6,
     'generic must be true, false, "same_category" or "from_earlier"'),
    ("metrics", '[[metric]]\nkey = "x"\nlabel = "X"\ncategory = "funds"\nunits = ["元"]\nchange = "yes"\n', 6, "change must be true or false"),
    ("exclusions", '[[exclude]]\nname = "x"\nwhy = "y"\n\nbefore = "第(\\\\d"\n', 5, "pattern does not compile"),
    ("units", '[[unit]]\nword = "斤"\nunit = "斤"\nmetric = "no_such_metric"\n', 4, "unknown metric"),
    ("exclusions", '\n[[exclude]]\nname = "x"\nwhy = "y"\nafter = "^以上"\nunits = ["匹"]\n', 2, "unknown unit `匹`"),
    ("exclusions", '[[exclude]]\nname = "x"\nwhy = "y"\nnumber = "^一$"\nnot_units = ["匹"]\n', 1, "unknown unit `匹`"),
    ("exclusions", '[[exclude]]\nname = "x"\nwhy = "y"\nafter = "^以上"\nunits = "人"\n', 5, "units must be a list"),
    ("periods", 'x = 1\ny = [1,,2]\n', 2, "not valid TOML"),
    ("periods", '[vars]\nN = [1,\n', 2, "not valid TOML"),
    ("periods", '[[period]]\nname = "x"\npattern = "去年"\nstates = "no"\n', 4, "states must be true or false"),
    ("numbers", '[qualifiers.after]\nmaybe = ["许"]\n', 2, "unknown qualifier `maybe`"),
    ("numbers", '[qualifiers.currency]\napprox = ["人民币"]\n', 2, "qualifiers.currency holds one list, `words`"),
    ("traditional", '# pairs\npairs = """\n萬万 億亿\n國国 會\n"""\n', 4, "`會` is not a pair"),
    ("traditional", 'pairs = ["萬万"]\n', 1, "one string of two-character pairs"),
    ("traditional", 'pairs = "萬万"\nglosses = "(huì"\n', 2, "pattern does not compile"),
    ("regions", '[mentions]\nnot_after = ["赴"]\ndateline = "(电"\n', 3, "pattern does not compile"),
    ("regions", '[markers]\nprovince = ["全省"]\n\n[city_report]\nregion = "全区"\n', 5, "region must be a list"),
    ("regions", '[counties]\n"西安市" = ["长安区"]\n\n[union_counties]\n"吉安县" = ["吉县"]\n', 5, "`吉安县` is not a prefecture-level city"),
    ("regions", '[sites]\n"广东省" = ["南方工报"]\n"广东" = ["羊城晚报"]\n', 3, "`广东` is not the full name of any [[province]]"),
    ("regions", '[mentions]\nparagraph_lead = "(近日"\n', 2, "pattern does not compile"),
    ("regions", '[mentions]\n\nsource = "(来源"\n', 3, "pattern does not compile"),
    ("regions", '[former]\ndistrict = "县"\n', 2, "district must be a list"),
    ("regions", '[mentions]\nshort_county_body = "教育局"\n', 2, "short_county_body must be a list"),
    ("metrics", '[[metric]]\nkey = "x"\nlabel = "X"\ncategory = "funds"\nunits = ["元"]\ngovern = ["发放"]\n', 6,
     "unknown field `govern` in [[metric]]"),
    ("exclusions", '[[exclude]]\nname = "x"\nwhy = "y"\nbefor = "第$"\n', 4, "unknown field `befor`"),
    ("numbers", '[links]\nserved = ["为"]\nserved_not = ["members"]\n', 3, "unknown category `members`"),
    ("numbers", '[links]\nawarding = "授予"\n', 2, "awarding must be a list"),
    ("numbers", '# qualifiers\n[qualifers.before]\nmore_than = ["超"]\n', 2, "unknown table `qualifers` in numbers.toml"),
    ("units", 'units = []\n', 1, "unknown table `units` in units.toml"),
    ("metrics", '[cue_masks]\nwords = ["工会卡"]\nphrases = ["在(的带领下"]\n', 3, "pattern does not compile"),
    ("metrics", '[cue_masks]\n\nphrases = "在.{1,9}带领下"\n', 3, "phrases must be a list"),
    ("metrics", '[modifiers]\nlevels = "(全国"\n', 2, "pattern does not compile"),
    ("metrics", '[modifiers]\nlevels = "全国级"\norigin = "来自(的"\n', 3, "pattern does not compile"),
    ("metrics", '[modifiers]\norigin = ["来自"]\n', 2, "origin must be a non-empty string"),
]


@pytest.mark.parametrize("name,text,line,message", BROKEN)
def test_broken_rule_file_names_file_and_line(tmp_path, name, text, line, message):
    folder = pack(tmp_path, name, text)
    with pytest.raises(RuleError) as caught:
        load_rules(folder)
    assert caught.value.path.endswith(f"{name}.toml")
    assert caught.value.line == line, str(caught.value)
    assert message in str(caught.value)


def test_unknown_rule_file_is_refused(tmp_path):
    with pytest.raises(RuleError, match="unknown rule file"):
        load_rules(pack(tmp_path, "metric", ""))


def test_cli_stops_on_broken_rules_with_one_line(tmp_path):
    folder = pack(tmp_path, "metrics", '[[metric]]\nkey = "x"\nlabel = "X"\ncategory = "money"\nunits = ["元"]\n')
    result = subprocess.run([sys.executable, "-m", "unionstats", "extract", "--rules", str(folder),
                             str(builtin_dir("seeds"))], capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"unionstats: error: {folder / 'metrics.toml'}:4: unknown category `money` "
        "(one of: membership, organizations, workforce, funds, facilities, activities, participation, "
        "assistance, awards, personnel, rates, other)"]


def test_user_pack_adds_a_metric_and_overrides_by_key(tmp_path):
    folder = pack(tmp_path, "metrics", '[[metric]]\nkey = "tea_stations"\nlabel = "茶水站"\n'
                  'category = "facilities"\nunits = ["个", "家"]\ncues = ["茶水站"]\n')
    from unionstats import Extractor
    (claim,) = Extractor(load_rules(folder)).extract("全市建成茶水站120个。")
    assert (claim.metric, claim.label, claim.category) == ("tea_stations", "茶水站", "facilities")


def cli(*args):
    return subprocess.run([sys.executable, "-m", "unionstats", *map(str, args)], capture_output=True, text=True)


EXAMPLE_PACK = builtin_dir("rules").parent / "examples" / "custom-rules"


def test_rules_check_passes_on_builtin_rules():
    result = cli("rules", "check")
    assert result.returncode == 0, result.stderr
    assert "metrics" in result.stdout and "examples:" in result.stdout
    passed, total = result.stdout.split("examples: ")[1].split(" pass")[0].split(" of ")
    assert passed == total and int(total) >= 60
    assert "ever win" not in result.stderr + result.stdout  # one cue names one metric per unit


@pytest.mark.skipif(not EXAMPLE_PACK.is_dir(), reason="the examples folder is in a checkout, not in an installed package")
def test_rules_check_passes_on_the_example_pack_and_the_pack_works():
    result = cli("rules", "check", EXAMPLE_PACK)
    assert result.returncode == 0, result.stderr
    from unionstats import Extractor
    (claim,) = Extractor(load_rules(EXAMPLE_PACK)).extract("全市工会开办职工子女暑期爱心托管班126个。")
    assert (claim.metric, claim.category) == ("childcare_classes", "facilities")
    # the built-in rules know 托管班 as a facility too: the pack's own metric wins where they share it
    (claim,) = Extractor().extract("全市工会开办职工子女暑期爱心托管班126个。")
    assert (claim.metric, claim.category) == ("facilities_other", "facilities")


def test_rules_check_reports_a_failing_example(tmp_path):
    folder = pack(tmp_path, "metrics", '[[metric]]\nkey = "tea"\nlabel = "茶"\ncategory = "other"\n'
                  'units = ["个"]\ncues = ["茶水站"]\n'
                  'examples = [{ text = "建成茶水间12个。", value = 12, unit = "个" }]\n')
    result = cli("rules", "check", folder)
    assert result.returncode == 1
    assert f"{folder / 'metrics.toml'}:1: example '建成茶水间12个。' should give tea" in result.stderr


def test_rules_check_fails_clearly_on_a_broken_pack(tmp_path):
    folder = pack(tmp_path, "exclusions", '[[exclude]]\nname = "x"\nwhy = "y"\nbefore = "第(\\\\d"\n')
    result = cli("rules", "check", folder)
    assert result.returncode == 2
    assert f"{folder / 'exclusions.toml'}:4: pattern does not compile" in result.stderr
    assert "Traceback" not in result.stderr


def test_rules_list_shows_the_taxonomy():
    result = cli("rules", "list", "--category", "funds")
    assert result.returncode == 0
    assert "assistance_funds" in result.stdout and "帮扶资金" in result.stdout and "union_members" not in result.stdout


def test_a_cue_shared_within_one_file_is_reported_but_a_pack_may_shadow_a_builtin_cue(tmp_path):
    twice = ('[[metric]]\nkey = "tea"\nlabel = "茶"\ncategory = "other"\nunits = ["个"]\ncues = ["茶水站"]\n\n'
             '[[metric]]\nkey = "tea2"\nlabel = "茶"\ncategory = "other"\nunits = ["个"]\ncues = ["茶水站"]\n')
    (tmp_path / "a").mkdir()
    result = cli("rules", "check", pack(tmp_path / "a", "metrics", twice))
    assert result.returncode == 1 and "cue '茶水站' of tea2 is also a cue of tea for 个" in result.stderr
    shadow = ('[[metric]]\nkey = "stations_of_mine"\nlabel = "驿站"\ncategory = "facilities"\nunits = ["个"]\n'
              'cues = ["驿站"]\nexamples = [{ text = "建成驿站12个。", value = 12, unit = "个" }]\n')
    (tmp_path / "b").mkdir()
    result = cli("rules", "check", pack(tmp_path / "b", "metrics", shadow))
    assert result.returncode == 0, result.stderr
