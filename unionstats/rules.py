"""Load the rule files (TOML) into checked, compiled rules.

Knowledge lives in `rules/*.toml`; this module only reads it. Every problem in a
rule file is reported as `file:line: what is wrong`, so a user editing a rule
knows where to look. A user's rule pack (`--rules DIR`) is laid over the
built-in one: entries with the same key (metric key, unit word, exclusion name,
period name, province name) replace the built-in entry, others are added.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import regex

from .rulefile import RuleError, RuleFile, check_tables, compile_pattern, entries, strings

CATEGORIES = (
    "membership", "organizations", "workforce", "funds", "facilities", "activities",
    "participation", "assistance", "awards", "personnel", "rates", "other",
)
QUALIFIERS = ("exact", "more_than", "less_than", "approx")
RULE_FILES = ("units", "numbers", "exclusions", "metrics", "regions", "periods", "metadata", "traditional")


@dataclass(frozen=True)
class Unit:
    word: str
    unit: str
    metric: str
    not_before: tuple[str, ...] = ()
    names_metric: bool = False
    scale: float = 1


@dataclass(frozen=True)
class Metric:
    key: str
    label: str
    category: str
    units: tuple[str, ...]
    cues: tuple[str, ...]
    after: tuple[str, ...] = ()
    examples: tuple[dict, ...] = ()
    source: str = ""
    generic: bool = False
    before: tuple[str, ...] = ()
    fallback: tuple[str, ...] = ()  # right against the number, and only when no other cue names it
    head: tuple[str, ...] = ()  # only as the noun right after the number (120个工会)
    governs: tuple[str, ...] = ()  # verbs naming every item of a list before the number (慰问A、B、C 300人)
    object_of: tuple[str, ...] = ()  # verbs after the number naming it by their object (28个班组获得…先锋号)
    keeps_category: bool = False  # generic = "same_category": only a specific of its category wins (劳模教育基地)
    refers_back: tuple[str, ...] = ()  # cues of those an earlier item involves (…案件2856件，涉及职工4120人)
    from_earlier: bool = False  # generic = "from_earlier": a specific cue of an earlier clause names it too
    change: bool = False  # its cues name the amount right after them, not a later one (提高5个百分点，达到85%)


@dataclass(frozen=True)
class Exclusion:
    name: str
    why: str
    before: regex.Pattern | None = None
    after: regex.Pattern | None = None
    number: regex.Pattern | None = None
    within: regex.Pattern | None = None
    examples: tuple[str, ...] = ()
    source: str = ""
    units: tuple[str, ...] = ()  # only quantities in these units (none: any)
    not_units: tuple[str, ...] = ()  # never quantities in these units (一成 is a rate, not an article)


@dataclass
class Rules:
    """Everything the engine knows, compiled once per process."""

    units: dict[str, Unit] = field(default_factory=dict)
    metrics: dict[str, Metric] = field(default_factory=dict)
    exclusions: dict[str, Exclusion] = field(default_factory=dict)
    periods: dict[str, regex.Pattern] = field(default_factory=dict)
    period_bases: set[str] = field(default_factory=set)  # periods that state none (较去年同期)
    provinces: dict[str, dict] = field(default_factory=dict)
    numbers: dict = field(default_factory=dict)
    regions: dict = field(default_factory=dict)
    cue_masks: list[str] = field(default_factory=list)
    cue_mask_phrases: list[str] = field(default_factory=list)  # patterns: 在志愿者的带领下
    modifiers: regex.Pattern | None = None  # 全国、省、市一级; 来自…的: which level, whence; read past to the noun
    metadata: dict[str, tuple[int, list[regex.Pattern]]] = field(default_factory=dict)
    traditional: dict[str, str] = field(default_factory=dict)  # 萬 -> 万: folded before matching
    glosses: str | None = None  # pinyin glued after characters (會(huì)): read as spaces
    sources: list[str] = field(default_factory=list)
    digest: str = ""

    @property
    def canonical_units(self) -> set[str]:
        return {u.unit for u in self.units.values()}


def builtin_dir(name: str) -> Path:
    """Folder of data shipped with the package (rules, seeds): `unionstats/_rules` once
    installed, the top-level `rules/` in a checkout."""
    here = Path(__file__).resolve().parent
    installed = here / f"_{name}"
    return installed if installed.is_dir() else here.parent / name


# the patterns of regions.toml's [mentions] (each optional; see regions.Gazetteer)
MENTION_PATTERNS = ("dateline", "paragraph_lead", "example_of", "first_of", "several_places", "source", "credits")

def _load_units(src, rules):
    for i, e in entries(src, "unit", ("word", "unit", "metric")):
        if not isinstance(e.get("names_metric", False), bool):
            raise src.error("names_metric must be true or false", "unit", i, "names_metric")
        scale = e.get("scale", 1)
        if not isinstance(scale, (int, float)) or isinstance(scale, bool) or scale <= 0:
            raise src.error("scale must be a positive number", "unit", i, "scale")
        rules.units[e["word"]] = Unit(e["word"], e["unit"], e["metric"],
                                      strings(src, e.get("not_before"), "unit", i, "not_before"),
                                      e.get("names_metric", False), scale)


def _load_metrics(src, rules):
    masks = src.data.get("cue_masks", {}).get("words", [])
    rules.cue_masks.extend(strings(src, masks, "cue_masks", None, "words"))
    phrases = strings(src, src.data.get("cue_masks", {}).get("phrases"), "cue_masks", None, "phrases")
    for phrase in phrases:
        compile_pattern(src, phrase, "cue_masks", None, "phrases")
    rules.cue_mask_phrases.extend(phrases)
    modifiers = src.data.get("modifiers", {})  # each checked on its own, so an error names its key
    patterns = [compile_pattern(src, text, "modifiers", None, name).pattern for name, text in modifiers.items()]
    if patterns:
        rules.modifiers = regex.compile("|".join(f"(?:{p})" for p in patterns))
    seen = set()
    for i, e in entries(src, "metric", ("key", "label", "category")):
        key = e["key"]
        if key in seen:
            raise src.error(f"duplicate metric key `{key}`", "metric", i, "key")
        seen.add(key)
        if not regex.fullmatch(r"[a-z][a-z0-9_]*", key):
            raise src.error(f"metric key `{key}` must be snake_case", "metric", i, "key")
        if e["category"] not in CATEGORIES:
            raise src.error(f"unknown category `{e['category']}` (one of: {', '.join(CATEGORIES)})",
                            "metric", i, "category")
        examples = e.get("examples", [])
        if not isinstance(examples, list) or not all(isinstance(x, dict) and "text" in x for x in examples):
            raise src.error("examples must be a list of tables with a `text`", "metric", i, "examples")
        generic = e.get("generic", False)
        if generic not in (True, False, "same_category", "from_earlier"):
            raise src.error('generic must be true, false, "same_category" or "from_earlier"', "metric", i, "generic")
        if e.get("change", False) not in (True, False):
            raise src.error("change must be true or false", "metric", i, "change")
        rules.metrics[key] = Metric(
            key, e["label"], e["category"],
            strings(src, e.get("units"), "metric", i, "units", required=True),
            strings(src, e.get("cues", []), "metric", i, "cues"),
            strings(src, e.get("after"), "metric", i, "after"),
            tuple(examples), f"{src.path}:{src.line_of('metric', i)}", bool(generic),
            strings(src, e.get("before"), "metric", i, "before"),
            strings(src, e.get("fallback"), "metric", i, "fallback"),
            strings(src, e.get("head"), "metric", i, "head"),
            strings(src, e.get("governs"), "metric", i, "governs"),
            strings(src, e.get("object_of"), "metric", i, "object_of"), generic == "same_category",
            strings(src, e.get("refers_back"), "metric", i, "refers_back"), generic == "from_earlier",
            e.get("change", False))


def _load_exclusions(src, rules):
    for i, e in entries(src, "exclude", ("name", "why")):
        tests = {k: compile_pattern(src, e[k], "exclude", i, k) for k in ("before", "after", "number", "within") if k in e}
        if not tests:
            raise src.error("an exclusion needs one of before, after, number, within", "exclude", i)
        rules.exclusions[e["name"]] = Exclusion(
            e["name"], e["why"], examples=strings(src, e.get("examples"), "exclude", i, "examples"),
            source=f"{src.path}:{src.line_of('exclude', i)}", units=strings(src, e.get("units"), "exclude", i, "units"),
            not_units=strings(src, e.get("not_units"), "exclude", i, "not_units"), **tests)


def _load_periods(src, rules):
    variables = src.data.get("vars", {})
    for i, e in entries(src, "period", ("name", "pattern")):
        rules.periods[e["name"]] = compile_pattern(src, e["pattern"], "period", i, "pattern", variables)
        states = e.get("states", True)
        if not isinstance(states, bool):
            raise src.error("states must be true or false", "period", i, "states")
        if states:
            rules.period_bases.discard(e["name"])  # a pack's entry may replace a built-in base
        else:
            rules.period_bases.add(e["name"])


_WORD_LISTS = ("blockers", "currency")  # qualifier tables that are one list of words, not words per qualifier


def _load_numbers(src, rules):
    data = src.data
    for table in ("charmap", "multipliers"):
        for k, v in data.get(table, {}).items():
            if len(k) != 1 or (table == "charmap" and (not isinstance(v, str) or len(v) != 1)):
                raise src.error(f"{table} maps one character to " + ("one character" if table == "charmap" else "a number"), table, key=k)
    for place, table in data.get("qualifiers", {}).items():
        for qualifier, words in table.items():
            if place in _WORD_LISTS and qualifier != "words":
                raise src.error(f"qualifiers.{place} holds one list, `words`", f"qualifiers.{place}", key=qualifier)
            if place not in _WORD_LISTS and qualifier not in QUALIFIERS:
                raise src.error(f"unknown qualifier `{qualifier}` (one of: {', '.join(QUALIFIERS)})",
                                f"qualifiers.{place}", key=qualifier)
            strings(src, words, f"qualifiers.{place}", None, qualifier)
    for key, words in data.get("ranges", {}).items():
        strings(src, words, "ranges", None, key)
    for key, words in data.get("links", {}).items():
        strings(src, words, "links", None, key)
    for category in data.get("links", {}).get("served_not", []):
        if category not in CATEGORIES:
            raise src.error(f"unknown category `{category}` (one of: {', '.join(CATEGORIES)})", "links", None, "served_not")
    _merge(rules.numbers, data)


def _load_regions(src, rules):
    for i, e in entries(src, "province", ("name",)):
        rules.provinces[e["name"]] = {
            "name": e["name"], "short": list(strings(src, e.get("short"), "province", i, "short")),
            "cities": list(strings(src, e.get("cities"), "province", i, "cities"))}
    for table in ("markers", "city_report"):
        for key, words in src.data.get(table, {}).items():
            strings(src, words, table, None, key)
    for key, value in src.data.get("mentions", {}).items():
        if key in MENTION_PATTERNS:
            compile_pattern(src, value, "mentions", key=key)
        else:  # a list of words (not_after, short_county_body...)
            strings(src, value, "mentions", None, key)
    for table in ("sites", "former"):
        for key, words in src.data.get(table, {}).items():
            strings(src, words, table, None, key)
    _merge(rules.regions, {k: v for k, v in src.data.items() if k != "province"})


def _merge(target: dict, extra: dict):
    for k, v in extra.items():
        if isinstance(v, dict) and isinstance(target.get(k), dict):
            _merge(target[k], v)
        else:
            target[k] = v


def _load_metadata(src, rules):
    for name, table in src.data.items():
        window = table.get("window", 800)
        if not isinstance(window, int) or window <= 0:
            raise src.error("window must be a positive whole number", name, key="window")
        patterns = [compile_pattern(src, p, name, None, "patterns") for p in table.get("patterns", [])]
        for p in patterns:
            if "value" not in p.groupindex:
                raise src.error("each pattern needs a group named `value`: (?P<value>...)", name, key="patterns")
        rules.metadata[name] = (window, patterns)


def _load_traditional(src, rules):
    pairs = src.data.get("pairs", "")
    if not isinstance(pairs, str):
        raise src.error("pairs is one string of two-character pairs (萬万 億亿 ...)", "", key="pairs")
    for pair in pairs.split():
        if len(pair) != 2:
            first = src.line_of("", key="pairs")
            line = next((n for n in range(first, len(src.lines) + 1) if pair in src.lines[n - 1].split()), first)
            raise RuleError(src.path, line, f"`{pair}` is not a pair: a traditional character and its simplified "
                                            "form, pairs separated by spaces")
        rules.traditional[pair[0]] = pair[1]
    glosses = src.data.get("glosses")
    if glosses is not None:
        compile_pattern(src, glosses, "", key="glosses")
        rules.glosses = glosses


_LOADERS = {"units": _load_units, "numbers": _load_numbers, "exclusions": _load_exclusions,
            "metrics": _load_metrics, "regions": _load_regions, "periods": _load_periods,
            "metadata": _load_metadata, "traditional": _load_traditional}


def _check(rules: Rules, sources: dict[str, RuleFile]):
    """Cross-file checks: every reference names something that exists."""
    canonical = rules.canonical_units
    for word, unit in rules.units.items():
        if unit.metric not in rules.metrics:
            src = sources["units"]
            index = next(i for i, e in enumerate(src.data.get("unit", [])) if e.get("word") == word) \
                if any(e.get("word") == word for e in src.data.get("unit", [])) else None
            raise src.error(f"unit `{word}` names unknown metric `{unit.metric}`", "unit", index, "metric")
    owners = [(f"metric `{m.key}`", m.source, m.units) for m in rules.metrics.values()]
    owners += [(f"exclusion `{e.name}`", e.source, e.units + e.not_units) for e in rules.exclusions.values()]
    for owner, source, units in owners:
        for u in units:
            if u not in canonical:
                path, line = source.rsplit(":", 1)
                raise RuleError(path, int(line), f"{owner} names unknown unit `{u}` (units are defined in units.toml)")


def _check_counties(rules: Rules, src: "RuleFile") -> None:
    cities = {c for p in rules.provinces.values() for c in p["cities"]}
    cities |= {p["name"] for p in rules.provinces.values()}  # a municipality's districts; counties under a province itself
    for table in ("counties", "union_counties"):
        for city in src.data.get(table, {}):
            if city not in cities:
                raise src.error(f"{table}: `{city}` is not a prefecture-level city or a province of any [[province]]",
                                table, key=city)
    provinces = {p["name"] for p in rules.provinces.values()}
    for province in src.data.get("sites", {}):
        if province not in provinces:
            raise src.error(f"sites: `{province}` is not the full name of any [[province]]", "sites", key=province)


def load_rules(*extra_dirs: str | Path) -> Rules:
    """The built-in rules, with each folder of `extra_dirs` laid over them in turn."""
    rules = Rules()
    last: dict[str, RuleFile] = {}
    digest = hashlib.sha256()
    for folder in (builtin_dir("rules"), *map(Path, extra_dirs)):
        if not folder.is_dir():
            raise RuleError(folder, 0, "rule folder not found")
        for name in RULE_FILES:
            path = folder / f"{name}.toml"
            if not path.exists():
                continue
            src = RuleFile(path)
            check_tables(src, name)
            _LOADERS[name](src, rules)
            last[name] = src
            rules.sources.append(str(path))
            digest.update(src.raw.encode())
        unknown = sorted(p.name for p in folder.glob("*.toml") if p.stem not in RULE_FILES)
        if unknown:
            raise RuleError(folder / unknown[0], 1, f"unknown rule file (expected one of: "
                                                    f"{', '.join(n + '.toml' for n in RULE_FILES)})")
    missing = [n for n in RULE_FILES if n not in last]
    if missing:
        raise RuleError(builtin_dir("rules"), 0, f"missing rule files: {', '.join(missing)}")
    _check(rules, last)
    _check_counties(rules, last["regions"])
    rules.digest = digest.hexdigest()[:16]
    return rules
