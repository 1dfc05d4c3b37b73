"""Read one rule file: its TOML data, and the line of each entry and field, so that every
problem found in it is reported as `file:line: what is wrong`."""
from __future__ import annotations

import tomllib
from pathlib import Path

import regex


class RuleError(ValueError):
    """A rule file is wrong; str() is `file:line: message`."""

    def __init__(self, path, line, message):
        self.path, self.line, self.message = str(path), line, message
        super().__init__(f"{self.path}:{line}: {message}")


class RuleFile:
    """One rule file: its parsed data and a way to find the line of an entry or field."""

    def __init__(self, path: Path):
        self.path = path
        try:
            self.raw = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise RuleError(path, 1, f"cannot read rule file: {e}") from None
        try:
            self.data = tomllib.loads(self.raw)
        except tomllib.TOMLDecodeError as e:
            found = regex.search(r"line (\d+)", str(e))
            line = int(found.group(1)) if found else max(1, len(self.raw.splitlines()))
            raise RuleError(path, line, f"not valid TOML: {e}") from None
        self.lines = self.raw.splitlines()

    def line_of(self, table: str, index: int | None = None, key: str | None = None) -> int:
        """Line of the index-th `[[table]]` (or of `[table]`), then of `key =` inside it."""
        header = f"[[{table}]]" if index is not None else f"[{table}]"
        seen, start = -1, 0
        for n, text in enumerate(self.lines):
            if text.strip() == header:
                seen += 1
                if index is None or seen == index:
                    start = n
                    break
        if key is not None:
            pattern = regex.compile(rf'^\s*"?{regex.escape(key)}"?\s*=')
            for n in range(start, len(self.lines)):
                if n > start and self.lines[n].lstrip().startswith("["):
                    break
                if pattern.match(self.lines[n]):
                    return n + 1
        return start + 1

    def error(self, message, table, index=None, key=None):
        return RuleError(self.path, self.line_of(table, index, key), message)


def compile_pattern(src: RuleFile, text, table, index=None, key=None, variables=None) -> regex.Pattern:
    if not isinstance(text, str) or not text:
        raise src.error(f"{key} must be a non-empty string", table, index, key)
    for name, value in (variables or {}).items():
        text = text.replace("{" + name + "}", value)
    try:
        return regex.compile(text)
    except regex.error as e:
        raise src.error(f"pattern does not compile: {e}", table, index, key) from None


def strings(src, value, table, index, key, required=False) -> tuple[str, ...]:
    if value is None and not required:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise src.error(f"{key} must be a list of non-empty strings", table, index, key)
    return tuple(value)


# the fields each kind of entry may have: a misspelt one (`governss`) is an error, not ignored
FIELDS = {
    "unit": ("word", "unit", "metric", "not_before", "names_metric", "scale"),
    "metric": ("key", "label", "category", "units", "cues", "after", "examples", "generic", "before",
               "fallback", "head", "governs", "object_of", "refers_back", "change"),
    "exclude": ("name", "why", "before", "after", "number", "within", "units", "not_units", "examples"),
    "period": ("name", "pattern", "states"),
    "province": ("name", "short", "cities"),
}


# the tables each rule file may hold: a misspelt one (`[qualifers.before]`) is an error, not ignored
TABLES = {
    "units": ("unit",), "exclusions": ("exclude",), "metrics": ("cue_masks", "modifiers", "metric"),
    "numbers": ("charmap", "multipliers", "percent", "qualifiers", "ranges", "links", "bare", "limits"),
    "periods": ("vars", "period"), "metadata": ("published", "source"), "traditional": ("glosses", "pairs"),
    "regions": ("province", "aliases", "counties", "union_counties", "sites", "former", "full_only", "mentions", "city_report", "markers"),
}


def check_tables(src: RuleFile, name: str) -> None:
    unknown = [key for key in src.data if key not in TABLES[name]]
    if unknown:
        at = next((n + 1 for n, line in enumerate(src.lines)
                   if regex.match(rf"\s*(?:\[\[?\s*{regex.escape(unknown[0])}\b|\"?{regex.escape(unknown[0])}\"?\s*[=.])", line)), 1)
        raise RuleError(src.path, at, f"unknown table `{unknown[0]}` in {name}.toml (tables: {', '.join(TABLES[name])})")


def entries(src: RuleFile, table: str, required: tuple[str, ...]):
    entries = src.data.get(table, [])
    if not isinstance(entries, list):
        raise src.error(f"[[{table}]] entries must be an array of tables", table)
    for i, entry in enumerate(entries):
        for key in required:
            if not entry.get(key):
                raise src.error(f"[[{table}]] entry lacks `{key}`", table, i)
        unknown = [key for key in entry if key not in FIELDS[table]]
        if unknown:
            raise src.error(f"unknown field `{unknown[0]}` in [[{table}]] (fields: {', '.join(FIELDS[table])})",
                            table, i, unknown[0])
        yield i, entry
