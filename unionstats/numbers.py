"""Turn a number as written into its value: 63.88万 -> 638800, 三千二百余 -> 3200.

Pure functions over one number string (already folded to ASCII digits by the
scanner). Values are Decimals so that 132.9万 is exactly 1329000. Anything that
is not a well-formed number (五一, 亿万, 两三) gives None: the caller drops it.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache

import regex

CN_DIGITS = "零一二两三四五六七八九"
# 大写 (financial) numerals, as written on cheques and in some tables: 肆佰陆拾 -> 460
FINANCIAL = str.maketrans("壹贰貳叁肆伍陆陸柒捌玖拾佰仟倆", "一二二三四五六六七八九十百千两")
FINANCIAL_CHARS = "壹贰貳叁肆伍陆陸柒捌玖拾佰仟倆"
MULTIPLIERS = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000, "兆": 10 ** 12}
NEXT_LOWER = {"十": "", "百": "十", "千": "百", "万": "千", "亿": "千万"}
_SPACE = regex.compile(r"[\s\u3000]+")
_SEGMENT = regex.compile(r"(\d+(?:,\d{3})*(?:\.\d+)?|[零一二两三四五六七八九]+(?:点[零一二三四五六七八九]+)?)?"
                         r"([十百千万亿兆]*)")
_REPEATED_UNIT = regex.compile(r"十十|百百|千千|零零|兆兆|亿亿亿|万万万")
_ZERO_BEFORE_UNIT = regex.compile(r"零+(?=[十百千万亿])")
_ZERO_TAIL = regex.compile(r"(?<=[万亿千百])零(?=\d)")
SPACE = r"[ \t\u3000\u00a0]*"
# 1,866 (but not 1, 234), 63.88 (but not 2222.2222.22), .5
_DECIMAL = r"(?:(?<!\d\.\d*)\.\d+(?![.\d]))?"
# a PDF that spaces every character: 1 2 3 6 个, 8 . 6 万 (single digits, one space apart)
# (a list's "3. 5家" is not 3.5: the point is spaced on both sides or not at all)
_SPACED = r"(?=\d[ \u3000])(?<![\d.])\d(?:(?:[ \u3000]\d)+(?:[ \u3000]\.[ \u3000]\d(?:[ \u3000]\d)*)?|[ \u3000]\.[ \u3000]\d(?:[ \u3000]\d)*)(?![\d.])"
# thousands set off by a space, as typesetters and PDFs do: 1 260个, 12 345.6万元 (groups of three)
_GROUPED = r"(?<![\d.])\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?!\d|[ \u00a0\u2009\u202f]\d)"
# a point with a space before it (and at most one after) joins its digits: 12 . 5万人, 97 .8%
_SPACED_POINT = r"(?<![\d.])\d+[ \u3000]\.[ \u3000]?\d+(?![\d.])"
ARABIC = rf"\d+(?:,\d{{3}})+(?![\d,]){_DECIMAL}|{_GROUPED}{_DECIMAL}|{_SPACED}|{_SPACED_POINT}|\d+{_DECIMAL}|(?<![\d.])\.\d+(?![.\d])"


def number_pattern(marks: str = "余多几") -> str:
    """The regex of a written number: Arabic or Chinese digits, multipliers, 余/多 inside,
    spaces left by PDF extraction (7 万5 千4 百, 三千 八百 九十六 万), 点 decimals (十五点七)."""
    mults = "".join(MULTIPLIERS)
    cn = CN_DIGITS + FINANCIAL_CHARS + mults
    digits = "零一二三四五六七八九" + FINANCIAL_CHARS
    marks = regex.escape(marks)
    # 1.5个亿, 两个多亿, 十几个亿: spoken hundreds of millions, 个 before 亿 (and 余/多 between)
    more = f"[{marks}]" if marks else "(?!)"
    spoken = rf"{SPACE}个{SPACE}{more}?{SPACE}亿(?!元?级){more}*"  # not 3个亿元级项目: three projects
    chinese = rf"[{cn}](?:{SPACE}[{cn}{marks}])*(?:{SPACE}点{SPACE}[{digits}]+(?:{SPACE}[{mults}{marks}])*)?(?:{spoken})?"
    # after 万/亿/千/百, Arabic digits go on the number: 3万4000, 25万6千, 1亿2000万, 7万 5千
    tail = rf"(?<=[万亿兆千百])(?:{SPACE}(?=\d+{SPACE}[千百十万亿])|零)?(?:{ARABIC})"
    # a PDF line may end between the digits and their 万/亿: 增加2,136.25\n万元 (not before 十/百/千, which start words)
    wrapped = rf"{SPACE}\r?\n{SPACE}[万亿][{mults}{marks}]*"
    arabic = rf"(?:{ARABIC})(?:{SPACE}[{mults}{marks}]+|{wrapped}|{tail}|{spoken})*"
    return rf"(?:{arabic}|{chinese})"


@lru_cache(maxsize=65536)
def parse_number(text: str, more_marks: str = "余多") -> tuple[Decimal, bool] | None:
    """Value of a written number and whether it carried 余/多 (more than)."""
    text = _SPACE.sub("", text).replace("个", "")  # 1.5个亿 is 1.5亿
    more = any(m in text for m in more_marks)
    for m in more_marks:
        text = text.replace(m, "")
    if not text:
        return None
    text = text.translate(FINANCIAL)
    plain = _PLAIN.fullmatch(text)
    if plain:  # 1.16亿, 9010, 3.5万: most numbers, read without the general path
        value = Decimal(plain.group(1))
        return (value * MULTIPLIERS[plain.group(2)] if plain.group(2) else value), more
    if text.startswith("."):
        text = "0" + text
    if all(ch in CN_DIGITS or ch in MULTIPLIERS or ch == "点" for ch in text):
        value = chinese_to_decimal(text)
    else:
        value = _mixed_to_decimal(text)
    return (value, more) if value is not None else None


_PLAIN = re.compile(r"(\d+(?:\.\d+)?)([十百千万亿]?)")  # digits, at most one magnitude
_DIGIT_STRING = regex.compile(r"([一二三四五六七八九][零一二三四五六七八九]*零[零一二三四五六七八九]*)([万亿]*)")
_SCALED_FRACTION = regex.compile(r"([零一二三四五六七八九]+)([千万亿]+)")


def chinese_to_decimal(text: str) -> Decimal | None:
    """Chinese numerals (三千二百, 两万, 百, 十二, 一万二千, 十五点七) through cn2an.

    Before cn2an: what it does not take is rewritten (百 -> 一百, 四万万 -> 四亿,
    五兆 -> 五万亿, 零十 -> 零一十); what is no number is refused (五一, 两三, 万一).
    """
    text = text.translate(FINANCIAL)
    whole, _, fraction = text.partition("点")
    scaled = _SCALED_FRACTION.fullmatch(fraction)
    if scaled and not any(ch in "万亿兆" for ch in whole):  # 十二点五万 = 12.5 × 10000
        base = chinese_to_decimal(f"{whole}点{scaled.group(1)}")
        if base is None:
            return None
        for ch in scaled.group(2):
            base *= MULTIPLIERS[ch]
        return base
    if not whole or (fraction and any(ch not in "零一二三四五六七八九" for ch in fraction)) or "点" in fraction:
        return None  # 两百点两: 两 is never a decimal digit
    if len(whole) > 1 and whole[0] in "万亿兆":
        return None  # 万一, 亿万: words, not numbers
    if _REPEATED_UNIT.search(whole):
        return None  # 十十, 零零零: no number is written so
    if any(a in "十百千" and b in "十百千" for a, b in zip(whole, whole[1:])):
        return None  # 百千万 (百千万人才工程), 千百万: a name or a vague "millions", no number
    if any(a in CN_DIGITS and b in CN_DIGITS and "零" not in (a, b) for a, b in zip(whole, whole[1:])):
        return None  # 五一, 两三: names or vague ranges, not a positional number
    if (digits := _DIGIT_STRING.fullmatch(whole)) is not None:  # 一〇八, 二〇二万: digit by digit, as years are
        value = Decimal("".join(str(DIGIT_VALUE[ch]) for ch in digits.group(1)))
        for ch in digits.group(2):
            value *= MULTIPLIERS[ch]
        return None if fraction else value
    if "兆" in whole:  # 五兆六十二亿: split where cn2an has no word
        high, _, low = whole.partition("兆")
        high_value = chinese_to_decimal(high) if high else Decimal(1)
        low_value = chinese_to_decimal(low) if low else Decimal(0)
        if high_value is None or low_value is None:
            return None
        return high_value * MULTIPLIERS["兆"] + low_value + (_fraction(fraction) if fraction else 0)
    whole = _ZERO_BEFORE_UNIT.sub(lambda m: "" if whole[m.end()] in "万亿" else m.group(), whole)
    whole = whole.replace("两", "二").replace("万万", "亿").replace("零十", "零一十")
    if whole[0] in MULTIPLIERS:
        whole = "一" + whole  # 百余场, 千场, 万家
    if len(whole) > 1 and whole[0] == "零":
        whole = whole.lstrip("零") or "零"
    candidates = [whole]
    if len(whole) >= 3 and whole[-1] in CN_DIGITS and whole[-2] in NEXT_LOWER and whole[-2] != "十":
        candidates.insert(0, whole + NEXT_LOWER[whole[-2]])  # colloquial 三千二 = 3200, 两万五 = 25000
    for candidate in candidates:
        try:
            value = Decimal(str(_cn2an()(candidate, "normal")))
        except (ValueError, KeyError, TypeError, IndexError):
            value = _sections(candidate)
            if value is None:
                continue
        return value + (_fraction(fraction) if fraction else 0)
    return None


@cache
def _cn2an():
    """cn2an's reader, imported on first use: the import builds its patterns (a quarter of a
    second), which a run that meets no Chinese numeral, or only reads a table, need not pay."""
    import cn2an
    return cn2an.cn2an


def _fraction(digits: str) -> Decimal:
    return Decimal("0." + "".join(str("零一二三四五六七八九".index(ch)) for ch in digits))


def _sections(text: str) -> Decimal | None:
    """The plain positional reading, for forms cn2an refuses (一百零一十万 = 1100000)."""
    total, section, digit = Decimal(0), Decimal(0), None
    for ch in text:
        if ch in "零一二三四五六七八九":
            digit = Decimal("零一二三四五六七八九".index(ch))
        elif ch in "十百千":
            section += (digit if digit is not None else 1) * MULTIPLIERS[ch]
            digit = None
        elif ch == "万":
            total, section, digit = total + (section + (digit or 0)) * MULTIPLIERS[ch], Decimal(0), None
        elif ch == "亿":
            total, section, digit = (total + section + (digit or 0)) * MULTIPLIERS[ch], Decimal(0), None
        else:
            return None
    return total + section + (digit or 0)


def _multiplier(marks: str) -> int:
    value = 1
    for ch in marks:
        value *= MULTIPLIERS[ch]
    return value


def _mixed_to_decimal(text: str) -> Decimal | None:
    """Arabic digits with Chinese multipliers: 1.16亿, 3万4000, 25万6千, 13万2, 1亿2000万."""
    zero_tail = _ZERO_TAIL.search(text)
    if zero_tail:  # 1千零20: the digits after 零 are units, not the next-lower magnitude
        head, tail = _mixed_to_decimal(text[:zero_tail.start()]), text[zero_tail.end():]
        if head is None or not tail.replace(".", "").isdigit():
            return None
        return head + Decimal(tail)
    segments = [(n, m) for n, m in _SEGMENT.findall(text) if n or m]
    if "".join(n + m for n, m in segments) != text or not segments or not segments[0][0]:
        return None
    total, previous = Decimal(0), None
    for number, marks in segments:
        if number and number[0] in CN_DIGITS + "点":
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


@lru_cache(maxsize=65536)
def to_number(value: Decimal) -> int | float:
    """A plain Python number for the table: int when whole, else float."""
    return int(value) if value == value.to_integral_value() else float(value)


def find_numbers(text: str) -> list[tuple[int, int, Decimal]]:
    """Every number in a (folded) text with its span, whatever follows it: the number
    parser on its own, as the peer suites of other recognizers test it."""
    found = []
    for m in _FIND.finditer(text):
        start, end = m.start(), m.end()
        while end > start and text[end - 1] in "余多几 \t\u3000":
            end -= 1  # 四百多: the number is 四百
        written = text[start:end]
        if len(written) == 1 and written in FINANCIAL_CHARS + "".join(MULTIPLIERS[k] and k for k in "万亿兆"):
            continue  # 陆地, 伍仁, 拾起: a lone 大写 character is a word; a lone 万 is no number
        if text.startswith(("分之", "分点", "%"), end) or text.startswith("分之", end - 1):
            continue  # 百分之五十: the number is 五十; 个百分点
        if written.endswith("百") and text.startswith("分", end):
            continue
        parsed = parse_number(written, "余多几")
        if parsed is None:
            continue
        value = parsed[0]
        sign = _MINUS.search(text, 0, start)
        if sign:  # 负三十二, -10000 (but 200-300 is a range)
            start, value = sign.start(), -value
        found.append((start, end, value))
    return found


_MINUS = regex.compile(r"(?:负|(?<![\w.\-－])[-－])$")


_FIND = regex.compile(number_pattern())


# the value of one digit, Chinese or Arabic (两 is 2)
DIGIT_VALUE = {ch: i for i, ch in enumerate("零一二三四五六七八九")} | {str(i): i for i in range(10)} | {"两": 2}
# a digit of the next place after 成 (七成六 = 76 %), or 半 (三成半 = 35 %): its value in that place
NEXT_PLACE = {ch: DIGIT_VALUE[ch] for ch in "一二三四五六七八九"} | {"半": 5}
_PERCENT = regex.compile(
    rf"(?P<pre>百{SPACE}分{SPACE}之){SPACE}(?P<a>{number_pattern('')})(?!{SPACE}分)"
    rf"|(?P<spaced>\d{SPACE}\d)(?={SPACE}折)(?P<tenth2>{SPACE}折)"
    rf"|(?P<b>{number_pattern('')})(?:{SPACE}(?P<pct>%)|{SPACE}个{SPACE}百{SPACE}分{SPACE}点"
    rf"|{SPACE}(?P<tenth>[成折])(?:{SPACE}(?P<extra>[{''.join(NEXT_PLACE)}])(?![\w]))?)")
_TWO_DIGITS = regex.compile(r"([一二三四五六七八九1-9])\s*([一二三四五六七八九0-9])")


def find_percentages(text: str) -> list[tuple[int, int, Decimal]]:
    """Percentages in a (folded) text: 97.8%, 百分之九十, 2.3个百分点, 八成 (80), 九五折 (95)."""
    found = []
    for m in _PERCENT.finditer(text):
        written = m.group("a") or m.group("b") or m.group("spaced")
        tenth = m.group("tenth") or (m.group("tenth2") and "折")
        pair = _TWO_DIGITS.fullmatch(written.strip()) if tenth == "折" else None
        if pair:  # 五五折, 75折: two digits before 折 are a percentage
            value = Decimal(DIGIT_VALUE[pair.group(1)] * 10 + DIGIT_VALUE[pair.group(2)])
        else:
            parsed = parse_number(written.replace("百", "一百") if written == "百" else written, "")
            if parsed is None or (tenth == "折" and parsed[0] >= 10) or (tenth == "成" and parsed[0] > 10):
                continue
            value = parsed[0] * (10 if tenth else 1)
            extra = m.group("extra")
            if extra:  # 七成六 = 76%, 三成半 = 35%
                value += NEXT_PLACE[extra]
        start = m.start()
        sign = _MINUS.search(text, 0, start)
        if sign:
            start, value = sign.start(), -value
        found.append((start, m.end(), value))
    return found
