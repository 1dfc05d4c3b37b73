"""Numbers in lists: the bare numbers that share a later measure word (120、85和64个), and the
items of a 分别 list that each number answers to (书屋、驿站分别为120个、85个)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from .classify import Context
from .numbers import DIGIT_VALUE
from .text import LIST_JOINERS, Segments, squeeze

if TYPE_CHECKING:
    from .scan import Quantity

LIST_GAP = regex.compile(r"[ \t]*(?:、|和|及|与|以及|或)[ \t]*")


Item = tuple[int, int, str]  # a bare number's start, end and writing


def chained(text: str, listed: list[Item], start: int, last: str) -> tuple[list[Item], Item | None]:
    """The bare numbers that run into the quantity at `start` (its number written `last`) with
    only list words between. A lone digit is an item only in a list of the same digits, not
    one that numbers a line (一、20个单位; 1、12个县区); a lone digit right below `last` (3、4个,
    三、四个) is "three or four", one approximate range as 三四个 is: given apart, as no item."""
    chain: list[Item] = []
    for item in reversed(listed):
        if not LIST_GAP.fullmatch(text, item[1], start):
            break
        chain.insert(0, item)
        start = item[0]
    if chain and len(chain[0][2]) == 1 and (
            not text[text.rfind("\n", 0, chain[0][0]) + 1:chain[0][0]].strip(" \t\u3000(（")
            or chain[0][2][0].isdigit() != last[0].isdigit()):  # 一、20个: not a list of one script
        chain = chain[1:]  # the line's own number
    if len(chain) == 1 and len(chain[0][2]) == len(last) == 1 and chain[0][2].isdigit() == last.isdigit() \
            and 0 < DIGIT_VALUE.get(chain[0][2], -1) == DIGIT_VALUE.get(last, -1) - 1:
        return [], chain[0]
    return chain, None


_RESPECTIVELY = regex.compile(r"分别(?:达到|增长|完成|为|是|有|达|占)?")
_COMMA = regex.compile(r"[,，;；:：]")
_LIST_SEPARATORS = regex.compile(rf"[{LIST_JOINERS},，]|以及")


@dataclass(frozen=True)
class ListItem:
    """The item of a 分别 list that a number answers to: its words and where they stand."""

    context: Context
    start: int
    end: int
    between: str = ""  # the words from 分别 to the first number (建成母婴室)


def respectively(text: str, segments: Segments, quantities: list[Quantity]) -> dict[int, ListItem]:
    """书屋、驿站和工作室分别为120个、85个和64个: each number answers to the list item of its rank."""
    listed: dict[int, ListItem] = {}
    for m in _RESPECTIVELY.finditer(text):
        s_start, s_end = segments.sentence(m.start())
        group = [i for i, q in enumerate(quantities) if m.end() <= q.start < s_end]
        chained = group[:1]
        for i in group[1:]:
            between = squeeze(text[quantities[chained[-1]].end:quantities[i].start])
            if _LIST_SEPARATORS.sub("", between):
                break
            chained.append(i)
        if not chained or _COMMA.search(text, m.end(), quantities[chained[0]].start):
            continue  # 分别建成驿站120个、85个: words may come between, a clause may not
        commas = [s_start] + [p.end() for p in _COMMA.finditer(text, s_start, m.start())]
        subject_start = commas[-1]
        if len(commas) > 1 and not squeeze(text[subject_start:m.start()]):
            subject_start = commas[-2]  # 伊犁州、喀什地区、阿克苏地区位居前三，分别为326个、298个、251个
        cuts = [subject_start] + [c for sep in _LIST_SEPARATORS.finditer(text, subject_start, m.start())
                                  for c in sep.span()] + [m.start()]
        items = [(a, b) for a, b in zip(cuts[::2], cuts[1::2]) if squeeze(text[a:b])]
        if len(items) == len(chained) > 1:
            for i, (start, end) in zip(chained, items):
                listed[i] = ListItem(Context(before=squeeze(text[start:end]), after="", earlier=""), start, end,
                                     text[m.end():quantities[chained[0]].start])
    return listed
