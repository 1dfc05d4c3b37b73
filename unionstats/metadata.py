"""What a document says about itself: `published` (its dateline) and `source` (its paper)."""
from __future__ import annotations

from functools import lru_cache

import regex

from .patterns import fast_compile
from .rules import Rules

_DATE = regex.compile(r"(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})")


def describe(text: str, rules: Rules) -> dict[str, str]:
    found = {"published": "", "source": ""}
    for name in found:
        window, patterns = rules.metadata.get(name, (0, []))
        places = [text[:window]] + ([text[-window:]] if name == "source" and len(text) > window else [])
        for pattern in map(_fast, patterns):
            match = next((m for place in places if (m := pattern.search(place))), None)
            if match:
                found[name] = match.group("value").strip()
                break
    date = _DATE.fullmatch(found["published"].removesuffix("日"))
    if date:
        found["published"] = f"{date.group(1)}-{int(date.group(2)):02d}-{int(date.group(3)):02d}"
    return found


@lru_cache(maxsize=256)
def _fast(pattern):
    """The rule's pattern as `fast_compile` makes it: it is searched in every document."""
    return fast_compile(pattern.pattern)
