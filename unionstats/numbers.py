"""Turn a number as written into its value: 63.88万 -> 638800, 三千二百余 -> 3200.

Pure functions over one number string (already folded to ASCII digits by the
scanner). Values are Decimals so that 132.9万 is exactly 1329000. Anything that
is not a well-formed number (五一, 亿万, 两三) gives None: the caller drops it.
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

import cn2an
import regex

CN_DIGITS = "零一二两三四五六七八九"
MULTIPLIERS = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}
NEXT_LOWER = {"十": "", "百": "十", "千": "百", "万": "千", "亿": "千万"}
_SPACE = regex.compile(r"[\s\u3000]+")
_SEGMENT = regex.compile(r"(\d+(?:,\d{3})*(?:\.\d+)?|[零一二两三四五六七八九]+)?([十百千万亿]*)")


def parse_number(text: str, more_marks: str = "余多") -> tuple[Decimal, bool] | None:
    """Value of a written number and whether it carried 余/多 (more than)."""
    text = _SPACE.sub("", text)
    more = any(m in text for m in more_marks)
    for m in more_marks:
        text = text.replace(m, "")
    if not text:
        return None
    if all(ch in CN_DIGITS or ch in MULTIPLIERS for ch in text):
        value = chinese_to_decimal(text)
    else:
        value = _mixed_to_decimal(text)
    return (value, more) if value is not None else None


def chinese_to_decimal(text: str) -> Decimal | None:
    """Chinese numerals (三千二百, 两万, 百, 十二, 一万二千, 三千二) through cn2an's strict mode."""
    if len(text) > 1 and text[0] in "万亿":
        return None  # 万一, 亿万: words, not numbers
    if any(a in CN_DIGITS and b in CN_DIGITS and "零" not in (a, b) for a, b in zip(text, text[1:])):
        return None  # 五一, 两三: names or vague ranges, not a positional number
    text = text.replace("两", "二")
    if text[0] in MULTIPLIERS:
        text = "一" + text  # 百余场, 千场, 万家
    try:
        return Decimal(str(cn2an.cn2an(text, "strict")))
    except (ValueError, KeyError, TypeError):
        pass
    if text[-1] in CN_DIGITS and len(text) >= 3 and text[-2] in MULTIPLIERS:
        try:  # colloquial 三千二 = 3200, 两万五 = 25000
            return Decimal(str(cn2an.cn2an(text + NEXT_LOWER[text[-2]], "strict")))
        except (ValueError, KeyError, TypeError):
            return None
    return None


def _multiplier(marks: str) -> int:
    value = 1
    for ch in marks:
        value *= MULTIPLIERS[ch]
    return value


def _mixed_to_decimal(text: str) -> Decimal | None:
    """Arabic digits with Chinese multipliers: 1.16亿, 3万4000, 25万6千, 13万2, 1亿2000万."""
    segments = [(n, m) for n, m in _SEGMENT.findall(text) if n or m]
    if "".join(n + m for n, m in segments) != text or not segments or not segments[0][0]:
        return None
    total, previous = Decimal(0), None
    for number, marks in segments:
        if number and number[0] in CN_DIGITS:
            value = chinese_to_decimal(number)
        else:
            try:
                value = Decimal(number.replace(",", "")) if number else Decimal(1)
            except InvalidOperation:
                return None
        if value is None:
            return None
        if marks:
            scale = _multiplier(marks)
        elif previous is not None and len(number) == 1:
            scale = _multiplier(previous) // 10  # 13万2: the digit is the next-lower magnitude
        else:
            scale = 1
        if previous is not None and scale >= _multiplier(previous):
            return None  # 3万2万: not one number
        total += value * scale
        previous = marks or previous
    return total


def to_number(value: Decimal) -> int | float:
    """A plain Python number for the table: int when whole, else float."""
    return int(value) if value == value.to_integral_value() else float(value)
