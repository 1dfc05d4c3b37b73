"""Name what a quantity counts: a metric from rules/metrics.toml, by its cue words.

Where the cue stands matters more than which cue it is. In order, the first that
applies wins (a cue only counts for metrics measured in the quantity's unit):
  1. a verb right after the quantity (359.9万名职工参加 -> participation), or an `object_of` verb
     whose object is a cue of its metric (28个班组获得全国工人先锋号 -> awards, but 1200名职工子女
     获得助学金 says nothing), unless the count is of staff right after a verb that sends them
     (选派156名工会干部参加驻村帮扶工作: cadres, whatever they went to do);
  2. the noun right after it (58支红娘志愿服务队; the rightmost cue of that head,
     since Chinese compounds end with their head: 劳模企业 is an enterprise; the head
     ends where the cues stop running on: 5家单位|交流|驿站经验 counts units), or a `head`
     word that names a count only there (120个工会); in a list whose items name none, the noun
     after its last item (76家五星级、273家三星级小屋); but people right after a `governs` verb's
     count are those it acts on (慰问120名劳模: assistance, not awards; 培训300名会员: trainees), and so are people served
     that such a verb later acts on (为498名劳模发放慰问金);
  3. a `governs` verb before a list that runs up to the number (走访慰问困难职工、劳模1280人: the
     verb names every item, 劳模 among them, however long the list; and a phrase of people only that
     goes on from a count of that verb: 慰问困难职工1200户，劳模300人); else the nearest cue before it in its phrase
     (工会会员数63.88万名), or a `before` word right against the number (乡镇工会3.9万个); a
     `refers_back` cue (涉及职工) takes the nearest cue of the earlier clauses that counts in the unit,
     and so does a `from_earlier` catch-all with nothing specific in its phrase (生活救助988人，发放资金…);
  4. a `fallback` word right against the number (一线职工2000人), unless it is a part (其中…)
     of a count whose earlier clauses name it;
  5. any cue after it in its clause; for a bare magnitude, a `fallback` noun right after it
     (全市120余万职工: the workforce);
  6. the nearest cue in the earlier clauses of its sentence (after its last semicolon);
  7. the metric of its measure word (场 -> events).
A change word right after the quantity (由47.9%提高到60%) leads to the next amount and
says nothing of this one: its words after are not read; a qualifier there (1600个以上) is skipped.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from .cues import compound, nearest, outside
from .heads import HEAD_WINDOW, MODIFIER_ENDS
from .rules import Metric, Rules
from .patterns import WordFinder
from .text import CJK, LIST_JOINERS, PART_WORDS, cue_text, word_at
from .verbs import DESCRIBING, LIST_MARK, OBJECT_WINDOW, VerbsAfter, clause_before_de

BEFORE_WINDOW = 24
PURPOSE_WINDOW = 8  # 投入资金1500万元，|为环卫工人|慰问…: how far into the next clause the purpose of money may be named


class Context(NamedTuple):  # a tuple: one per quantity, built far faster than a frozen dataclass
    """The text around a quantity that the classifier reads, spaces and quotation marks left out."""

    before: str   # its phrase, from the previous quantity or phrase start to the number
    after: str    # its clause after the quantity, to the next quantity or clause end
    earlier: str  # the clauses of its sentence before its own (read last: cleaned only then)
    part: bool = False  # a part of an earlier count (其中…): the earlier clauses before 职工 alone
    shared: str = ""  # the next list item's words after its number (3家单位、5名|个人受到表彰): its verb is ours
    governor: str = ""  # the words before the count of the phrase before (慰问职工|43万人，其中劳模3100人)
    beyond: str = ""  # of people served, their clause after the next quantity (向290位女职工发放|286万元|慰问金);
    # of money that ends its clause, the next clause (投入资金1500万元，|慰问困难职工…)


class Classifier(VerbsAfter):
    """Reads the hits of the cue tables around a quantity (see the order above)."""

    def __init__(self, rules: Rules, places: WordFinder | None = None):
        super().__init__(rules)
        # 命名23家福建省示范性劳模工作室: a place's name before the noun after a quantity says where, not what
        self.places = places

    def _sent(self, ctx: Context, unit: str | None) -> Metric | None:
        """选派156名工会干部参加驻村帮扶工作: the count right after a verb that sends staff, of the staff
        named right after it, is of that staff, not of people reached by what they went to do."""
        if not self.dispatching or not self._bare(ctx.before.rstrip(" \t")).endswith(self.dispatching):
            return None
        staff = [h for h in self._hits(self.cue_pattern, self.by_cue, ctx.after[:HEAD_WINDOW], unit) if h[0] == 0]
        metric = max(staff, key=nearest)[2] if staff else None
        return metric if metric is not None and metric.category == _PERSONNEL else None

    def _awarded(self, ctx: Context, unit: str | None) -> Metric | None:
        """授予10个单位“五一劳动奖状”荣誉称号: the count right after an awarding verb (or after the
        examples it names first: 授予教研室等22家单位) is of the holders of the honour named after
        it (its first), whatever the noun between says (单位, 个人)."""
        if not self.awarding:
            return None
        tail = self._bare(ctx.before[-BEFORE_WINDOW * 2:]).rstrip("了")
        if not tail.endswith(self.awarding) and not (tail.endswith("等") and any(v in tail for v in self.awarding)):
            return None
        honours = [h for h in self._hits(self.cue_pattern, self.by_cue, ctx.after, unit) if h[2].category == _HONOURS]
        if not honours and tail.endswith(self.awarding):  # 评选表彰了|13个单位: those the verb honours, whatever
            honours = [h for h in self._hits(self.cue_pattern, self.by_cue, tail, unit)  # they are (not 授予: a
                       if h[1] == len(tail) and h[2].category == _HONOURS]  # verb that is no cue of its own)
        return min(honours, key=lambda h: (h[0], h[0] - h[1]))[2] if honours else None

    def _money_against(self, before: str) -> bool:
        """Whether a word of money stands right before the number (投入|1.2亿, 筹集资金共计|2.46亿)."""
        tail = self._bare(self._bare(before[-BEFORE_WINDOW:]).rstrip("了为"))  # (the links and qualifiers around 了, 为)
        return any(h[1] == len(tail) and h[2].category == _FUNDS for h in self._hits(self.cue_pattern, self.by_cue, tail, "元"))

    def _governed(self, tail: str, unit: str | None) -> Metric | None:
        """The metric of the last `governs` verb in `tail` when a list of its objects (、 和 及 与) runs
        from it to the number (慰问困难职工、劳模1280人 counts people visited, not model workers), or
        when one cue right after it ends against the number (培训劳模120名: the trained are counted)."""
        if self.governing_pattern is None:
            return None
        listed = LIST_MARK.search(tail) is not None
        if not listed:
            tail = self._bare(tail)
            if not tail or tail[-1] not in self.cue_ends or not any(v in tail for v in self.governing_words):
                return None  # most numbers follow no governing verb and its object
        verbs = self._hits(self.governing_pattern, self.by_governing, tail, unit)
        if not listed:
            verbs = [h for h in verbs if h[1] < len(tail)]
        if not verbs:
            return None
        verb = max(verbs, key=nearest)
        if listed:
            if tail.startswith(_LIST_WORDS, verb[1]) or not LIST_MARK.search(tail, verb[1]):
                return None  # 通过帮扶、培训等方式惠及职工: the verbs are the list, not what it counts
            last = tail[max(m.end() for m in LIST_MARK.finditer(tail, verb[1])):]
            own = self._hits(self.cue_pattern, self.by_cue, last, unit)
            if own and max(own, key=nearest)[2].category not in (*_PEOPLE_CATEGORIES, verb[2].category):
                return None  # 慰问困难职工1200户、发展会员300人: the last item says what it counts, not whom
            return verb[2]
        # an object counted in a unit the verb's metric counts in: 帮扶|资金 is a fund, not those helped
        objects = [h for h in self._hits(self.cue_pattern, self.by_cue, tail[verb[1]:], None)
                   if not set(h[2].units).isdisjoint(verb[2].units)]
        rest = len(tail) - verb[1]
        # its object right after it (培训劳模), or people a few words on (慰问一线职工人数约19万人次)
        return verb[2] if any(h[1] == rest and (h[0] == 0 or h[0] <= OBJECT_WINDOW and h[2].category in _PEOPLE_CATEGORIES
                                                 and h[2].category != verb[2].category) for h in objects) else None

    def _verb_before(self, before: str, unit: str | None) -> Metric | None:
        """The metric of a `governs` verb right against the number (慰问|120名, 培训了|800名)."""
        if self.governing_pattern is None:
            return None
        tail = self._bare(before[-BEFORE_WINDOW:]).rstrip("了")
        if not tail.endswith(self.governing_words):
            return None  # most counts follow no such verb
        verbs = [h for h in self._hits(self.governing_pattern, self.by_governing, tail, unit) if h[1] == len(tail)]
        return max(verbs, key=nearest)[2] if verbs else None

    def _governing(self, words: str, unit: str | None) -> Metric | None:
        """The metric of a `governs` verb whose object ends `words` (慰问|职工, 培训|一线职工), or that
        ends them itself: its object is the count they come before (慰问|3000多家单位，职工10万多人)."""
        words = self._bare(words)
        if self.governing_pattern is None or not any(v in words for v in self.governing_words):
            return None  # most counts follow no governing verb
        verbs = self._hits(self.governing_pattern, self.by_governing, words, unit)
        if not verbs:
            return None
        verb = max(verbs, key=nearest)
        if verb[1] == len(words.rstrip("了")):
            return verb[2]
        if not all(0 < len(item) <= OBJECT_WINDOW for item in LIST_MARK.split(words[verb[1]:])):
            return None  # 慰问|困难职工家庭, 慰问|全区企业和重点工程项目: a noun or a list of them
        ends = [h for h in self._hits(self.cue_pattern, self.by_cue, words, None) if h[1] == len(words)]
        return verb[2] if words.endswith(self.people) or ends else None  # 慰问职工, not 帮扶金

    def _people_only(self, tail: str, unit: str | None) -> bool:
        """Whether the words before a number only name people, as objects do (其中困难职工、劳模|3100人):
        list marks and the cues (or `fallback` nouns: 一线职工) of the people a report honours or employs,
        or those of `people`; not a verb (惠及劳模)."""
        tail = self._bare(tail)
        tail = tail[2:] if tail.startswith("其中") else tail
        if not tail:
            return False
        covered = bytearray(len(tail))
        for start, end, metric in (self._hits(self.cue_pattern, self.by_cue, tail, unit)
                                   + self._hits(self.fallback_pattern, self.by_fallback, tail, unit)):
            if metric.category in _PEOPLE_CATEGORIES:
                covered[start:end] = b"\x01" * (end - start)
        for word in self.people:
            at = tail.find(word)
            while at >= 0:
                covered[at:at + len(word)] = b"\x01" * len(word)
                at = tail.find(word, at + 1)
        return all(covered[i] or tail[i] in _NOUN_LIST_MARKS for i in range(len(tail)))

    @staticmethod
    def _specific(hits, best, words: str = "") -> Metric:
        """送温暖资金: the catch-all 资金 ends the compound, the specific 送温暖 names it; through a
        chain of catch-alls too (就业|服务|覆盖79万人: the jobs service is what reached them);
        not across a list mark in `words` (母婴室、托管班: two things)."""
        rightmost, seen = best, {best[:2]}
        while best[2].generic:
            joined = [h for h in hits if h[:2] not in seen and best[0] - 2 <= h[1] <= best[0] + 1
                      and words[h[1]:best[0]] not in _ITEM_JOINERS]
            specific = [h for h in joined if not h[2].generic
                        and (not best[2].keeps_category or h[2].category == best[2].category)]
            if specific:
                return max(specific, key=nearest)[2]
            if not joined:
                break
            best = max(joined, key=nearest)
            seen.add(best[:2])
        return rightmost[2]

    def _served_by(self, ctx: Context, unit: str | None, named: Metric | None) -> Metric | None:
        """为498名劳模发放慰问金: the `governs` verb later in the clause of a count of people served
        names them, as it does right before them (慰问498名劳模), unless their noun is of its kind
        (为66户困难家庭发放慰问金: households)."""
        if self.governing_pattern is None or not (self.serves(ctx.before) or (  # (为34名困难职工、|10名劳模发放…)
                ctx.governor and ctx.before.endswith(_ITEM_JOINERS) and self.serves(ctx.governor))):
            return None
        words = ctx.after + ctx.beyond
        verbs = self._hits(self.governing_pattern, self.by_governing, words, unit)
        if named is None:  # their noun names nothing: a subsidy (补助金) is a benefit, no help
            verbs = [h for h in verbs if words[h[0]:h[1]] not in self.served_benefit]
        verb = min(verbs, key=lambda h: h[0])[2] if verbs else None
        return verb if verb is not None and (named is None or verb.category != named.category) else None

    def _kind_of(self, named: Metric, before: list, ctx: Context, unit: str | None) -> Metric:
        """The kind a catch-all (资金) takes from the words around it: a specific word further back
        in its clause (送温暖活动共筹集资金…), else in the clauses before when its phrase says only
        catch-alls (生活救助988人，发放资金143.3万元), else the start of the next clause
        (投入资金1500万元，慰问困难职工…); else itself."""
        own = [h for h in before if not h[2].generic and h[2].category == named.category]
        if own:
            return max(own, key=nearest)[2]
        if all(h[2].generic for h in before) and (
                specific := [h for h in self._earlier(ctx, unit) if not h[2].generic]):
            return max(specific, key=nearest)[2]
        purpose = [h for h in self._hits(self.cue_pattern, self.by_cue, ctx.beyond[:PURPOSE_WINDOW], unit)
                   if not h[2].generic and h[2].category == named.category]
        return min(purpose, key=lambda h: h[0])[2] if purpose else named

    def named(self, text: str, unit: str | None) -> Metric | None:
        """The metric that the last cue in `text` names in `unit`, if any."""
        hits = self._hits(self.cue_pattern, self.by_cue, cue_text(text), unit)
        return max(hits, key=nearest)[2] if hits else None

    def _earlier(self, ctx: Context, unit: str | None):
        """The cues of the clauses before its own, read only when nothing nearer names it."""
        return self._hits(self.cue_pattern, self.by_cue, self._earlier_text(ctx), unit)

    @staticmethod
    def _earlier_text(ctx: Context) -> str:
        return cue_text(ctx.earlier[-BEFORE_WINDOW * 4:])[-BEFORE_WINDOW * 2:]

    def classify(self, unit: str | None, ctx: Context, default: str | None) -> Metric | None:
        """The metric of a quantity in `unit` (None: a bare magnitude, unit to be decided)."""
        bare = unit is None  # a magnitude with no measure word (120余万职工)
        if bare and ctx.after.startswith(self.people):
            unit = "人"
        if trailing := word_at(self.trailing, ctx.after):  # the longest first
            ctx = ctx._replace(after=ctx.after[trailing:])  # 1600个以上|公益性筛查服务名额
        if unit is None and self._money_against(ctx.before):
            return self.classify("元", ctx, default)  # 投入1.2亿建设驿站, 筹资2.46亿助困: money, whatever it is for
        if bare and ctx.after.startswith("的") and self._hits(self.cue_pattern, self.by_cue, ctx.before[-BEFORE_WINDOW:], None):
            ctx = ctx._replace(after="")  # 投资50亿的项目: the noun after 的 has the amount its words before name
        if self.changes and ctx.after.startswith(self.changes):
            ctx = ctx._replace(after="")  # 由47.9%提高到60%: the change word says nothing of what is counted
        elif self.places is not None and len(place := self.places.prefix(ctx.after) or "") > 1:
            ctx = ctx._replace(after=ctx.after[len(place):])
        named = self._object(ctx.after, unit) or self._awarded(ctx, unit)
        if named:
            return named
        if ctx.after.startswith(self.head_words):
            head = self._head_word(ctx.after, unit)
            if head:
                return head
        if (sent := self._sent(ctx, unit)) is not None:
            return sent
        named = self._verb(ctx.after, unit) or (ctx.shared and (self._object(ctx.shared, unit)
                                                                 or self._verb(ctx.shared, unit)))
        if named and named.category in self.served_not and _DESCRIBED.match(ctx.after):  # 为2000名|加入工会的|劳动者
            named = self._served_by(ctx, unit, named) or named  # 开展走访慰问: who they are; what is done counts them
        if named:
            return named
        after = self._hits(self.cue_pattern, self.by_cue, ctx.after, unit)
        if after and self.serves(ctx.before):  # 为1200名会员发放慰问品: those served, not members
            after = [h for h in after if h[2].category not in self.served_not]
        head = compound(after, ctx.after, self.people)  # the noun right after it, however long, once it starts near enough,
        if head and head[0][2].category == _PERSONNEL and not ctx.before.rstrip().endswith(self.acted_on) and (acts := [
                h for h in head[1:] if ctx.after.startswith(self.governing_words, h[0])]):
            head = [h for h in head if h[0] < acts[0][0]]  # 30名志愿者慰问…: who acts (not 对79名干部帮扶对象)
        while len(head) > 1 and ctx.after.startswith(MODIFIER_ENDS, max(h[1] for h in head)):
            head = [h for h in head if h[1] < max(h[1] for h in head)]  # and not ending in a modifier (示范|性)
        head = head if head and min(h[0] for h in head) < HEAD_WINDOW else []
        if head and min(h[0] for h in head) > 0 and all(h[2].generic for h in head) \
                and (described := DESCRIBING.match(ctx.after)):
            # 16家有特色、设施齐全的妈妈小屋: a catch-all word in a clause that says what they are like, then
            # their own noun (not 5个权属企业选送的合理化建议: the enterprises are named)
            noun = compound([h for h in after if h[0] >= described.end()])
            if noun and noun[0][0] == described.end() and not all(h[2].generic for h in noun):
                head = noun
        if head and len(head) < len(after) and ctx.after.startswith(MODIFIER_ENDS, max(h[1] for h in head)):
            head = self._bridged(ctx.after, head, after)
        if not after and ctx.shared:  # 76家五星级、138家四星级、273家三星级小屋: the last item's noun is every item's
            head = compound([h for h in self._hits(self.cue_pattern, self.by_cue, ctx.shared, unit) if h[1] <= HEAD_WINDOW])
        # a list item with no words before it (走访慰问18个企业,48名劳模,3229名环卫工) is the verb's object too
        listed = ctx.governor and (not ctx.before.strip() or ctx.before.endswith(_ITEM_JOINERS)) \
            and self._verb_before(ctx.governor, unit)  # (and 看望慰问212名农牧民工和|13名劳动模范)
        if head:
            named = self._specific(head, max(head, key=nearest), ctx.after)
            if named.category in _OBJECT_CATEGORIES and (verb := self._verb_before(ctx.before, unit) or listed
                                                         or self._served_by(ctx, unit, named)):
                return verb  # 走访慰问120名劳模, 培训了800名工会干部: the people a verb acts on, not an honour or a post
            if named.from_earlier:  # 安排547万元专项资金: a catch-all noun, its kind from the words around
                return self._kind_of(named, self._hits(self.cue_pattern, self.by_cue, ctx.before[-BEFORE_WINDOW:], unit),
                                     ctx, unit)
            return named
        if listed or (not after and (listed := self._served_by(ctx, unit, None))):
            return listed  # (为500名环卫工人送去…, 向290位女职工发放286万元慰问金: the verb names them)
        if not after and ctx.beyond and self.serves(ctx.before) and (given := [
                h for h in self._hits(self.cue_pattern, self.by_cue, ctx.beyond, unit)
                if not h[2].generic and h[2].category not in self.served_not]):
            return min(given, key=lambda h: h[0])[2]  # 为22名学生发放了每人1200元的助学金: what they are given
        tail = ctx.before[-BEFORE_WINDOW:]
        if ctx.part and tail.endswith(_ATTRIBUTIVE):  # 书屋1200家,其中达到省级示范标准的215个, 其中省示范性
            # 110家: the whole's noun, elided after a word that needs one; unless its own words name a kind
            # of the whole's (会员3亿人，其中，农民工会员已从2013年的1.08亿…)
            whole_text = self._earlier_text(ctx)  # up to its parts: 其中示范型17个、|标准型200个 (not 示范)
            cut = max(whole_text.rfind(word) for word in PART_WORDS)
            earlier = self._hits(self.cue_pattern, self.by_cue, whole_text[:cut] if cut > 0 else whole_text, unit)
            if earlier:
                whole = max(earlier, key=nearest)[2]
                if not any(h[2].category == whole.category and not h[2].generic
                           for h in self._hits(self.cue_pattern, self.by_cue, tail, unit)):
                    return whole
        governed = self._governed(ctx.before, unit)  # the whole phrase: a list of those visited runs long
        before = None if governed else self._hits(self.cue_pattern, self.by_cue, tail, unit)
        if not governed and ctx.governor and (governed := self._governing(ctx.governor, unit)):
            # 慰问困难职工1200户，劳模300人; 慰问职工43万人，其中劳动模范3100人: a verbless phrase of
            # nouns goes on with the verb of the count before it
            if not self._people_only(tail, unit) or (
                    before and max(before, key=nearest)[2].category == governed.category):
                governed = None  # 慰问职工18.6万户，其中困难职工家庭3.2万户: its own noun says it more closely
        if governed:
            return governed
        bare_tail = self._bare(tail)
        if before and CJK.match(ctx.after):  # a noun after the count: 各基层工会设立120个爱心摊点, the body acting is none
            before = [h for h in before if h[2].category != _BODIES or not self._bare(tail[h[1]:]).strip()]
        before += self._against(self.adjacent_pattern, self.by_adjacent, self.adjacent_words, bare_tail, unit)
        if before and self.serves(ctx.before) and CJK.match(ctx.after):
            before = [h for h in before if h[2].category != _PERSONNEL]  # 组织志愿者为800名职工义诊: who serve them
        if before:
            best = max(before, key=nearest)
            if (tail[best[0]:best[1]] in self.refers_back and not outside(before, best)
                    and (earlier := self._earlier(ctx, unit))):
                # 受理劳动争议案件2856件，涉及职工4120人: those the earlier item involves
                return max(earlier, key=nearest)[2]
            if ctx.part and best[2].category == WORKFORCE and (whole := [
                    h for h in self._earlier(ctx, unit) if h[2].category in _WHOLES_OF_KINDS]):
                return max(whole, key=nearest)[2]  # 在常规表彰的奖章对象中，产业工人380名: honourees of a kind
            if ctx.part and best[2].generic and (whole := self._earlier(ctx, unit)):
                if tail[best[0]:best[1]] in ctx.earlier:
                    # 吸纳…入会46.8万人。其中，广州吸纳12.6万人: a catch-all verb of the whole again, its count
                    return max([h for h in whole if not h[2].generic] or whole, key=nearest)[2]
                kind = max(whole, key=nearest)[2]
                if not kind.generic and kind.category == best[2].category:
                    return kind  # 职工书屋356家，其中省级示范点45家: a catch-all noun for some of the whole
            named = self._specific(before, best, tail)
            return self._kind_of(named, before, ctx, unit) if named.from_earlier else named
        # 参加培训职工5000人,其中一线职工3000人: a part counts what the whole does
        earlier = self._earlier(ctx, unit) if ctx.part else None
        if earlier:
            return max(earlier, key=nearest)[2]
        # 一线职工2000人, and nothing else in its clause names it
        fallback = self._against(self.fallback_pattern, self.by_fallback, self.fallback_words, bare_tail, unit)
        if fallback:
            return max(fallback, key=lambda h: h[1] - h[0])[2]
        if after:
            return min(after, key=lambda h: (h[0], h[0] - h[1]))[2]
        # 全市120余万职工, 全县共有3.2万名职工: a `fallback` noun right after a bare magnitude or a count
        # that something has, and no word names it otherwise
        having = bare or (self.having and tail.rstrip().endswith(self.having))
        fallback = [h for h in self._hits(self.fallback_pattern, self.by_fallback, ctx.after[:HEAD_WINDOW], unit)
                    if h[0] == 0 and (bare or _ENDS_NOUN_PHRASE.match(ctx.after, h[1]))] if having else []
        if fallback and self.serves(ctx.before):  # 为200多万职工提供…: those served, not a workforce
            fallback = [h for h in fallback if h[2].category not in self.served_not]
        if fallback:
            return max(fallback, key=lambda h: h[1])[2]
        if earlier is None:  # 入会率同比提高5个百分点，达到85%: a change whose amount has come names no later one
            text = self._earlier_text(ctx)
            earlier = [h for h in self._hits(self.cue_pattern, self.by_cue, text, unit)
                       if not (h[2].change and unit == "%" and _POINTS.search(text, h[1]))]
            if earlier and self._hits(self.fallback_pattern, self.by_fallback, ctx.after[:HEAD_WINDOW], unit):
                # 省总工会主席张三出席活动，与近300名一线职工交流: those its own words call workers hold no post
                # an earlier clause names (a title before a name)
                earlier = [h for h in earlier if h[2].category != _PERSONNEL]
        if earlier:
            return max(earlier, key=nearest)[2]
        if unit is None:
            return None
        return self.rules.metrics.get(default) if default else None


_ITEM_JOINERS = tuple(LIST_JOINERS)  # what joins one counted item to the next (212名农牧民工和13名劳动模范)
_DESCRIBED = clause_before_de(12, shortest=1, marks="、")  # who the counted are (加入工会的), no list
# a change in points (提高5个百分点): what comes after it in per cent is a rate's level, not a change
_POINTS = re.compile(r"[\d.一二三四五六七八九十两]+个?百分点")
_NOUN_LIST_MARKS = LIST_JOINERS + "，,：:"
_ATTRIBUTIVE = ("的", "性", "级", "型", "类")  # what ends a modifier whose noun is left out (达标的, 示范性, 省级, 标准型, 一类)
_ENDS_NOUN_PHRASE = re.compile(r"的|[\s，,。；;：:、）)]|$")  # 共有3.2万名职工。, 12名职工的企业 (not 职工累计积分)
_HONOURS = "awards"
_FUNDS = "funds"
_PERSONNEL = "personnel"  # 工会干部, 志愿者: those who act on the people a report counts
_MEMBERSHIP = "membership"  # 会员: who belong, unless a verb before their count acts on them
_BODIES = "organizations"  # unions, enterprises, units: who may act on what a count after a verb counts
WORKFORCE = "workforce"  # 产业工人, 农民工: a kind of people, which a part may name of any whole
_ASSISTANCE, _PARTICIPATION = "assistance", "participation"
ACTED_ON = (_PARTICIPATION, _ASSISTANCE)  # people a union reached or helped: a part of them is, whoever they are
KINDS_OF_PEOPLE = (_PERSONNEL,)  # 基层工会主席 among those (培训干部…，其中工会主席…); not 会员: a report's own figure
_WHOLES_OF_KINDS = (_HONOURS, _ASSISTANCE)  # 劳模, 困难职工: a whole of people of many kinds
_PEOPLE_CATEGORIES = (*_WHOLES_OF_KINDS, WORKFORCE)  # and 农民工: who may be a verb's object
_OBJECT_CATEGORIES = (*_PEOPLE_CATEGORIES, _PERSONNEL, _MEMBERSHIP)  # and 工会干部, 会员, right after the verb's count

_LIST_WORDS = (*_ITEM_JOINERS, "等")
