"""The verbs after a quantity: what the counted did (359.9万名职工参加), or what they got (28个班组
获得全国工人先锋号), read past a list the count opens or a journey they made to what it was for."""
from __future__ import annotations

import re

from .cues import compound
from .heads import HeadWords
from .rules import Metric
from .text import LIST_JOINERS

VERB_WINDOW = 14  # how far after a quantity its verb may stand
OBJECT_WINDOW = 6  # 慰问|困难职工家庭: how long the object of a verb before a count may run
LIST_MARK = re.compile(f"[{LIST_JOINERS}]")


def clause_before_de(longest: int, shortest: int = 2, marks: str = "") -> re.Pattern:
    """A clause of `shortest` to `longest` characters that ends in 的 and says what the counted are
    like; within a clause, and without any of `marks`."""
    return re.compile(rf"[^，,。；;：:{marks}的]{{{shortest},{longest}}}的")


DESCRIBING = clause_before_de(12)  # what they have, before their noun (有特色、设施齐全的)
_WHO_THEY_ARE = clause_before_de(16)  # who they are, before their verb (100余名|春节期间坚守岗位、留通过年的|一线职工代表参加)
_LAST_ITEM = re.compile(r"、[^，,。；;：:、]{1,8}[和及与]([^，,。；;：:、和及与])")  # the last item of a list of three or more


class VerbsAfter(HeadWords):
    """Reads the verbs right after a quantity."""

    def _verb(self, after: str, unit: str | None) -> Metric | None:
        """359.9万名职工参加: the first `after` verb soon after the quantity."""
        verbs = self._hits(self.verb_pattern, self.by_verb, after[:self._verb_reach(after)], unit)
        if not verbs:
            return None
        verb = min(verbs, key=lambda h: h[0])
        if verb[2].generic:  # 2.3万名职工参加职业技能培训: what they took part in, where a cue of its kind says it
            named = [h for h in self._hits(self.cue_pattern, self.by_cue, _object_of(after, verb[1]), unit)
                     if not h[2].generic and h[2].category == verb[2].category]
            if named:
                return min(named, key=lambda h: h[0])[2]
        return verb[2]

    def _verb_reach(self, after: str) -> int:
        """How far after a quantity its verb may stand: past a list that the count opens and 等
        closes (90名外卖送餐员、快递员等新就业形态劳动者加入了工会: new members), past a clause
        before 的 that says who they are (100余名春节期间坚守岗位的一线职工代表参加…), past a journey
        (`travel`: 100名劳动模范和优秀职工赴恩施、宜昌等地进行疗休养) to what it was for, and past
        who did it to them (`passive`: 196名选手被省总工会、省人社厅联合授予…称号)."""
        if len(after) <= VERB_WINDOW:
            return VERB_WINDOW  # most clauses end sooner
        reach = VERB_WINDOW
        closed = after.find("等", 0, VERB_WINDOW)
        if closed >= 0 and LIST_MARK.search(after, 0, closed):
            reach = closed + 1 + VERB_WINDOW
        elif (last := _LAST_ITEM.search(after, 0, VERB_WINDOW)) is not None:
            reach = last.start(1) + VERB_WINDOW  # 受助学生、家长代表和|工会干部参加了活动: 和 closes it
        if (described := _WHO_THEY_ARE.match(after)) is not None:
            reach = max(reach, described.end() + VERB_WINDOW)  # past a clause that says who they are
        if self.travel_pattern is not None and (went := self.travel_pattern.search(after, 0, 2 * VERB_WINDOW)):
            reach = max(reach, went.end() + 2 * VERB_WINDOW)
        if (done_to := self.passive_at(after)) >= 0:
            reach = max(reach, done_to + 1 + 2 * VERB_WINDOW)  # who did it may be a list of bodies
        return reach

    def passive_at(self, after: str) -> int:
        """Where a passive (被) soon after a quantity stands, or -1: what was done to the counted
        is said past who did it."""
        return min((at for word in self.passive if (at := after.find(word, 0, VERB_WINDOW)) >= 0), default=-1)

    def _object(self, after: str, unit: str | None) -> Metric | None:
        """28个班组获得全国工人先锋号: an `object_of` verb soon after the quantity whose object,
        later in its clause, is a cue of a metric that verb names."""
        found = self.object_verbs.search(after, 0, self._verb_reach(after)) if self.object_verbs is not None else None
        if not found:
            return None
        named = self.by_object_verb[found.group()]
        obj = after[found.end():]
        hits = compound([h for h in self._hits(self.cue_pattern, self.by_cue, obj, unit) if h[2] in named], obj)
        if not hits:
            return None
        first, last = min(hits, key=lambda h: (h[0], h[0] - h[1])), max(hits, key=lambda h: (h[1], h[1] - h[0]))
        # the first noun's last word when it names another kind (被命名为省示范性劳模|工作室: studios), else
        # its first (获市先进个人|称号: model workers)
        return last[2] if last[2].category != first[2].category else first[2]


def _object_of(after: str, verb_end: int) -> str:
    """The object of a verb: its first words, or up to the 的 that ends what describes it
    (参加了首批为期6天的|疗休养活动)."""
    described = DESCRIBING.match(after, verb_end)
    end = described.end() if described and described.end() - verb_end <= 2 * OBJECT_WINDOW else verb_end
    return after[verb_end:end + OBJECT_WINDOW]
