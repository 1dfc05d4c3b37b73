"""The noun right after a quantity: a `head` word that names a count only there (120个工会),
the compound it starts (120个工会驿站: stations), and a modifier's noun further on (示范性|劳模工作室)."""
from __future__ import annotations

from .cues import HEAD_GAP, CueTables, nearest
from .rules import Metric
from .text import cue_text, word_at

HEAD_WINDOW = 10  # how far after the number its noun may start
MODIFIER_WINDOW = 4  # 工会|标志性|职工书屋: how long a modifier between a head word and its noun may run
MODIFIER_ENDS = ("性", "级")  # what ends a modifier before its noun (示范性|劳模工作室)


class HeadWords(CueTables):
    """Reads the head words and the nouns right after a quantity."""

    def _head_word(self, after: str, unit: str | None) -> Metric | None:
        """120个工会(开展协商): a `head` word right after the number names what it counts, unless
        a cue carries the compound on (120个工会驿站, 2183余家工会爱心驿站: stations). Of head words
        in a row the last is the noun (140个县(市、区)工会: unions), unless a noun goes on after it
        (7个地区工会专职工作人员: the places, whose staff the words count; a noun of the head's kind,
        乡镇工会组织, is the same noun, not one going on; one in the count's unit is what it counts:
        97个边境县乡职工之家)."""
        # 12个地区工会基层组织|超过|10万个: a figure of each follows its noun, so the places are counted
        measured = self._bare(after.rstrip()) != after.rstrip()
        after = cue_text(after[:2 * HEAD_WINDOW])  # 140个县(市、区)|工会: an aside inside the noun
        heads = self._hits(self.head_pattern, self.by_head, after[:HEAD_WINDOW], unit)
        best = max((h for h in heads if h[0] == 0), key=nearest, default=None)
        if best is None:
            return None
        first = best
        while following := [h for h in heads if h[0] == best[1]]:  # 县|工会, 乡镇|工会: the last word is the head
            best = max(following, key=nearest)
        # 30个乡镇、社区: a list of places, which it counts (a place after the first may name a body too)
        places = {h[:2] for h in heads if h[0] > best[1]}
        cues = [h for h in self._hits(self.cue_pattern, self.by_cue, after, unit) if h[:2] not in places]
        if after.startswith("、", best[1]) and any(  # (not 11个州（市）|和|部分省属企业: a list of what is visited)
                best[1] < h[0] <= best[1] + 1 + MODIFIER_WINDOW for h in cues):
            return None  # 97个边境县乡、口岸|职工之家: places listed before the noun, which the count is of
        if best is not first:  # unless a noun of any unit goes on: 7个地区|工会|专职工作人员, 2个县|工会|经费
            going_on = [h for h in self._hits(self.cue_pattern, self.by_cue, after, None)
                        if h[0] <= best[1] + HEAD_GAP and h[1] > best[1]
                        and (measured or h[2].category != best[2].category)]  # (not 乡镇|工会组织: one noun)
            if not measured and any(unit in h[2].units for h in going_on):
                return None  # 97个边境县乡|职工之家: a noun in the count's unit is what it counts
            return first[2] if going_on else best[2]  # count the places
        # a cue that starts within reach may run past the window (120个工会|户外劳动者服务站点), or
        # after a short modifier (5个工会|标志性|职工书屋), or after nouns that join it (15个乡镇|职工|服务站)
        if any(h[0] <= best[1] + HEAD_GAP or (h[0] <= best[1] + MODIFIER_WINDOW and after[h[0] - 1] in MODIFIER_ENDS)
               for h in cues):
            return None
        if not cues:
            return best[2]
        reach = best[1]
        for start, end, _ in sorted(self._hits(self.cue_pattern, self.by_cue, after, None)):
            if start <= reach < end:  # nouns that abut
                reach = end
        reach += word_at(self.people, after, reach)  # (乡镇|职工|服务站: whose, before what)
        return None if any(h[0] <= reach for h in cues) else best[2]

    def _bridged(self, after: str, head: list, hits: list) -> list:
        """The noun after a quantity whose first cue is a modifier (示范性|劳模工作室), through cues
        of other units: 劳模 counts people, but it joins 示范性 to 工作室, which 23家 counts."""
        end = max(h[1] for h in head) + 1
        for start, stop, _ in sorted(self._hits(self.cue_pattern, self.by_cue, after[:HEAD_WINDOW], None)):
            if start > end + HEAD_GAP:
                break
            end = max(end, stop)
        return [h for h in hits if h[0] <= end + HEAD_GAP and h[1] <= HEAD_WINDOW]
