"""The number parser and the quantity scanner, as tables of written forms and real sentences."""
from decimal import Decimal

import pytest

from unionstats import extract_text
from unionstats.numbers import parse_number

# written number -> (value, carried 余/多)
NUMBERS = [
    ("9010", 9010, False),
    ("63.88万", 638800, False),
    ("1.16 亿", 116000000, False),
    ("9944 万", 99440000, False),
    ("132.9 万", 1329000, False),
    ("3万余", 30000, True),
    ("40余万", 400000, True),
    ("1.12余万", 11200, True),
    ("7500余万", 75000000, True),
    ("1,866", 1866, False),
    ("1,100万", 11000000, False),
    ("3万4000", 34000, False),
    ("25万6千", 256000, False),
    ("13万2", 132000, False),
    ("1亿2000万", 120000000, False),
    ("3千", 3000, False),
    ("三千二百余", 3200, True),
    ("两万", 20000, False),
    ("百余", 100, True),
    ("十余", 10, True),
    ("千", 1000, False),
    ("万", 10000, False),
    ("百万", 1000000, False),
    ("九", 9, False),
    ("两", 2, False),
    ("一万二千", 12000, False),
    ("两百多", 200, True),
    ("三千二", 3200, False),
    ("两万五", 25000, False),
    ("一百零五", 105, False),
    ("一零八", 108, False),  # digit by digit, as years are written: a 零 with no 十百千 before it
    ("二零二万", 2020000, False),
    ("4000多", 4000, True),
    ("97.8", Decimal("97.8"), False),
    ("5百", 500, False),
    ("2.5千余", 2500, True),
    (".5", Decimal("0.5"), False),
]

NOT_NUMBERS = ["五一", "两三", "亿万", "万一", "3万2万"]


@pytest.mark.parametrize("written,value,more", NUMBERS)
def test_parse_number(written, value, more):
    assert parse_number(written) == (Decimal(value), more)


@pytest.mark.parametrize("written", NOT_NUMBERS)
def test_not_a_number(written):
    assert parse_number(written) is None


# sentence -> the claims it must yield: (text, value, unit, qualifier)
SENTENCES = [
    # numerals digit by digit, with 〇 for zero (二〇二万 was read as 2万); a year so written is no claim
    ("二〇二三年，全市共有会员二〇二万人，出席代表一〇八名。",
     [("二〇二万人", 2020000, "人", "exact"), ("一〇八名", 108, "人", "exact")]),
    # deeds done are counted (a plan of a few deeds, 十件实事, is a name: see the exclusions)
    ("“今年我们已经为职工办了1200多件实事。”", [("1200多件", 1200, "件", "more_than")]),
    # trips of vehicles: 辆次, as written (not 辆 and a stray 次)
    ("物流中心日进出车辆3000余辆次。", [("3000余辆次", 3000, "辆次", "more_than")]),
    # runs of a train or a bus laid on: 趟 (趟次), events
    ("省总工会开行返乡专列12趟，开通公交专线3趟次。", [("12趟", 12, "趟", "exact"), ("3趟次", 3, "趟", "exact")]),
    # spoken hundreds of millions: 个 before 亿 (近3个亿人次 was read as 亿人次, one hundred million)
    ("项目总投资2.3个亿，累计筹集资金两个多亿，惠及职工近3个亿人次。",
     [("2.3个亿", 230000000, "元", "exact"), ("两个多亿", 200000000, "元", "more_than"),
      ("3个亿人次", 300000000, "人次", "less_than")]),
    ("创造效益超亿元。", [("亿元", 100000000, "元", "more_than")]),
    ("一次性奖励万余元，对困难职工给予上万元救助。", [("万余元", 10000, "元", "more_than"), ("万元", 10000, "元", "more_than")]),
    # person-days, as written (人天, 人日): not people
    ("全年培训职工3200人天，志愿服务1.5万人日。", [("3200人天", 3200, "人天", "exact"), ("1.5万人日", 15000, "人日", "exact")]),
    # the sign ㎡ is 平方米; a place's population is a count even with no measure word after it
    ("新建驿站面积达120㎡，全县总人口48万。", [("120㎡", 120, "平方米", "exact"), ("48万", 480000, "人", "exact")]),
    # 平方 said short is 平方米; a land area in 平方公里 is no claim
    ("政务服务中心作为重要的窗口单位,面积14000平方,入驻单位20个。", [("14000平方", 14000, "平方米", "exact"), ("20个", 20, "个", "exact")]),
    ("全县总面积1200平方公里。", []),
    # real sentences of the seed reports
    ("目前,安庆全市工会组织数 9010 家,工会会员数63.88万名,农民工会员数28.99万名。",
     [("9010 家", 9010, "家", "exact"), ("63.88万名", 638800, "人", "exact"), ("28.99万名", 289900, "人", "exact")]),
    ("全省工会累计下拨帮扶资金 1.16 亿元,帮扶救助困难职工 1.1万户次,其中生活救助 5771 户。",
     [("1.16 亿元", 116000000, "元", "exact"), ("1.1万户次", 11000, "户次", "exact"), ("5771 户", 5771, "户", "exact")]),
    ("推广职工互助互济活动,筹 集 9944 万 元 为 132.9 万 名 劳 动 者 提 供 救 急 济 难 保障。",
     [("9944 万 元", 99440000, "元", "exact"), ("132.9 万 名", 1329000, "人", "exact")]),
    ("近三年开展宣讲百余场,覆盖职工群众3万余人次。",
     [("百余场", 100, "场", "more_than"), ("3万余人次", 30000, "人次", "more_than")]),
    ("组织送文艺下基层演出400余场次,覆盖职工群众36万余人次。",
     [("400余场次", 400, "场", "more_than"), ("36万余人次", 360000, "人次", "more_than")]),
    ("参与竞赛单位近100家,参与竞赛职工1000余人,带动岗位练兵近1万人次。",
     [("100家", 100, "家", "less_than"), ("1000余人", 1000, "人", "more_than"), ("1万人次", 10000, "人次", "less_than")]),
    ("年均开展活动近千场,服务职工超30万人次。",
     [("千场", 1000, "场", "less_than"), ("30万人次", 300000, "人次", "more_than")]),
    ("省 总 机 关 兼 挂 职 人 员 保 持 6% 以 上 。", [("6%", 6, "%", "more_than")]),
    ("全市基层工会组织总数7712个,建会率97.8%;全市职工总数63.6万人,入会率96.5%。",
     [("7712个", 7712, "个", "exact"), ("97.8%", 97.8, "%", "exact"), ("63.6万人", 636000, "人", "exact"),
      ("96.5%", 96.5, "%", "exact")]),
    ("为1.12余万名农民工发放补助金1031万元。",
     [("1.12余万名", 11200, "人", "more_than"), ("1031万元", 10310000, "元", "exact")]),
    ("近3年为3.4余万户小微企业返还工会经费1.39亿元。",
     [("3.4余万户", 34000, "户", "more_than"), ("1.39亿元", 139000000, "元", "exact")]),
    ("今年投入“送温暖”资金近2亿元。", [("2亿元", 200000000, "元", "less_than")]),
    ("组织开展全省重点民营企业劳动竞赛 200 场以上。", [("200 场", 200, "场", "more_than")]),
    ("新就业形态劳动者工会会员达 41.2 万,其中货车司机会员 32.5万。",
     [("41.2 万", 412000, "人", "exact"), ("32.5万", 325000, "人", "exact")]),
    ("今年首届“三秦工匠杯”职工职业技能大赛,百万职工参与。", [("百万", 1000000, "人", "exact")]),
    # a plain number with 余/多 right before people counts them, as a headline writes it
    ("平谷500余女职工聆听健康讲座。", [("500余", 500, "人", "more_than")]),
    ("通过小额贷款带动1000多下岗失业人员就业。", [("1000多", 1000, "人", "more_than")]),
    # a bare magnitude before the people a report helps counts them, not the money before it
    ("今年我省将筹资600万元，专项资助3万困难女职工免费接受“两癌”检查。",
     [("600万元", 6000000, "元", "exact"), ("3万", 30000, "人", "exact")]),
    ("全县3000多农民工参加技能培训,2000职工观看直播。", [("3000多", 3000, "人", "more_than")]),
    # a bare magnitude right after a word of money is money, whatever it is spent on (投入1.2亿建设驿站)
    ("全省工会系统筹资2.46亿助困", [("2.46亿", 246000000, "元", "exact")]),
    ("去年全市工会投入1.2亿建设驿站。", [("1.2亿", 120000000, "元", "exact")]),
    ("共筹集资金达3.5亿，慰问职工12万人。", [("3.5亿", 350000000, "元", "exact"), ("12万人", 120000, "人", "exact")]),
    ("两年来,共有4批40名干部深入企业车间见习。", [("4批", 4, "批", "exact"), ("40名", 40, "人", "exact")]),
    ("组织省总工会十场示范性劳动和技能竞赛、百场以上全省职工职业技能竞赛,动员万家企业踊跃参加。",
     [("十场", 10, "场", "exact"), ("百场", 100, "场", "more_than"), ("万家", 10000, "家", "exact")]),
    ("联合省发改委、省财政厅等 10 部门出台意见。", [("10 部门", 10, "个", "exact")]),
    ("平台内开放14大类50余个职业的教学视频。", [("14大类", 14, "大类", "exact"), ("50余个", 50, "个", "more_than")]),
    # forms the seeds do not use
    ("全市新建职工书屋三千二百余家。", [("三千二百余家", 3200, "家", "more_than")]),
    ("为两万户困难职工家庭送去慰问金。", [("两万户", 20000, "户", "exact")]),
    ("十余个基层工会参加了评选。", [("十余个", 10, "个", "more_than")]),
    ("全省建会率达到百分之九十。", [("百分之九十", 90, "%", "exact")]),
    ("帮扶困难职工１２３户,覆盖率达９５％。", [("１２３户", 123, "户", "exact"), ("９５％", 95, "%", "exact")]),
    ("为1,866户小微企业发放贴息贷款。", [("1,866户", 1866, "户", "exact")]),
    ("慰问一线职工约5000人。", [("5000人", 5000, "人", "approx")]),
    ("每人保额最高可达30万元,单笔贷款最高50万元。", [("30万元", 300000, "元", "less_than"), ("50万元", 500000, "元", "less_than")]),
    ("每场活动最少200人参加,每期起码30家企业。", [("200人", 200, "人", "more_than"), ("30家", 30, "家", "more_than")]),
    ("参与职工不下千人,建成驿站约莫50个,会场坐不下300人。",
     [("千人", 1000, "人", "more_than"), ("50个", 50, "个", "approx"), ("300人", 300, "人", "exact")]),
    ("发放助学金120万元左右。", [("120万元", 1200000, "元", "approx")]),
    ("全年培训职工不到300人。", [("300人", 300, "人", "less_than")]),
    ("参与职工近乎3000人。", [("3000人", 3000, "人", "less_than")]),
    ("会员总数突破3万4000人。", [("3万4000人", 34000, "人", "more_than")]),
    ("驿站年服务冲破10亿人次。", [("10亿人次", 1000000000, "人次", "more_than")]),  # 冲破, as 突破
    ("覆盖职工几乎10万人,建成驿站120个开外。", [("10万人", 100000, "人", "less_than"), ("120个", 120, "个", "more_than")]),
    ("筹集资金25万6千元。", [("25万6千元", 256000, "元", "exact")]),
    ("全市职工书屋上百家。", [("百家", 100, "家", "more_than")]),
    ("每人每年补助3至5万元。", [("3至5万元", 30000, "元", "exact")]),
    # a range of a bare magnitude: its low end shares the high end's 万
    ("本次活动计划组织动员100-200万工会会员参加。", [("100-200万", 1000000, "人", "exact")]),
    ("组织动员100万-200万会员参加。", [("100万-200万", 1000000, "人", "exact")]),
    ("组建200-300人的志愿者队伍。", [("200-300人", 200, "人", "exact")]),
    ("参加活动的职工过万人。", [("万人", 10000, "人", "more_than")]),
    ("累计服务职工破百万人次。", [("百万人次", 1000000, "人次", "more_than")]),
    # 来 right before the measure word: about so many (来自 is no measure word)
    ("一共帮了两千来户。", [("两千来户", 2000, "户", "approx")]),
    ("有300来人参与。", [("300来人", 300, "人", "approx")]),
    ("建成十来个驿站。", [("十来个", 10, "个", "approx")]),
    ("300来自各地的职工到场。", []),
    ("差不多有300人参加。", [("300人", 300, "人", "approx")]),
    ("培训班学员不满60人。", [("60人", 60, "人", "less_than")]),
    ("打破3项纪录。", [("3项", 3, "项", "exact")]),  # 破 qualifies only a Chinese magnitude
    ("每期培训班学员最多60人。", [("60人", 60, "人", "less_than")]),
    ("单笔救助金额不超过5000元。", [("5000元", 5000, "元", "less_than")]),
    # 至少, 最高 qualify the amount across the short verb that leads to it, not across 的
    ("各县区工会至少拿出30万元用于帮扶。", [("30万元", 300000, "元", "more_than")]),
    ("对患病职工每人最高救助1万元。", [("1万元", 10000, "元", "less_than")]),
    ("会员最多可以报销800元。", [("800元", 800, "元", "less_than")]),
    # a floor and a ceiling of one standard: at least, at most
    ("以每人最高4500元，最低3500元的标准资助困难职工子女。", [("4500元", 4500, "元", "less_than"), ("3500元", 3500, "元", "more_than")]),
    ("每人最低补助1000元。", [("1000元", 1000, "元", "more_than")]),
    ("参赛最多的是机械行业,共520人。", [("520人", 520, "人", "exact")]),
    ("女职工占比未超过50%。", [("50%", 50, "%", "less_than")]),  # not more than: at most
    ("经过3年努力,建成驿站3000个。", [("3000个", 3000, "个", "exact")]),
    ("全省农民工总数约为1200万人。", [("1200万人", 12000000, "人", "approx")]),
    ("受益职工约有3万人。", [("3万人", 30000, "人", "approx")]),
    ("发放慰问物资折合人民币约合120万元。", [("120万元", 1200000, "元", "approx")]),
    # a currency's name between the qualifier and the amount
    ("捐赠物资约合人民币500万元。", [("500万元", 5000000, "元", "approx")]),
    ("投入资金约￥120万元，另募集近¥30万元。", [("120万元", 1200000, "元", "approx"), ("30万元", 300000, "元", "less_than")]),
    ("春节期间返乡的农民工估计有3万人，帮扶资金估算200万元。", [("3万人", 30000, "人", "approx"), ("200万元", 2000000, "元", "approx")]),
    ("全年筹集资金超过人民币 2 亿元。", [("2 亿元", 200000000, "元", "more_than")]),
    ("投入人民币500万元。", [("500万元", 5000000, "元", "exact")]),
    ("全省农民工入会人数达到1000万+。", [("1000万+", 10000000, "人", "more_than")]),
    # 成 is a tenth: 一成 is a rate, not the article 一; 不到 after the quantity is less than it
    ("全省一成以上企业建立了职工书屋,三成不到的企业开展了集体协商。",
     [("一成", 10, "%", "more_than"), ("三成", 30, "%", "less_than")]),
    # 多 right after 成 is more than; after another measure word it starts the next word
    ("会员中农民工占三成多,女职工占四成余。", [("三成", 30, "%", "more_than"), ("四成", 40, "%", "more_than")]),
    ("全市3000人多次参加志愿服务。", [("3000人", 3000, "人", "exact")]),
    # a digit right after 成 is the next place (九成五 = 95 %, 七成半 = 75 %), where the number ends there
    ("职工满意率达九成五,七成六以上的会员参加了活动,近七成半的企业建会。",
     [("九成五", 95, "%", "exact"), ("七成六", 76, "%", "more_than"), ("七成半", 75, "%", "less_than")]),
    ("八成五保户得到帮扶。", [("八成", 80, "%", "exact")]),
    # single digits listed before a shared measure word are items too (3、6、9种), but not a line's own number
    ("礼包分三档,各自包含3、6、9种土特产。", [("3", 3, "种", "exact"), ("6", 6, "种", "exact"), ("9种", 9, "种", "exact")]),
    ("1、12个县区全部建立工会。\n（一）、20个单位获奖。", [("12个", 12, "个", "exact"), ("20个", 20, "个", "exact")]),
    # a lone neighbour is "three or four" (3、4次, 两、三名), an approximate range as 三四次 is
    ("每年组织3、4次活动,选派两、三名干部。", [("3、4次", 3, "次", "approx"), ("两、三名", 2, "人", "approx")]),
    ("入会率和建会率分别提高5、8.5个百分点。", [("5", 5, "百分点", "exact"), ("8.5个百分点", 8.5, "百分点", "exact")]),
    ("这个做法一成不变。", []),
    # the players a side of a game (三人制篮球) are no people counted; 5人制定 is a count
    ("运动会设三人制篮球、九人制足球等9个大项,共1200人参赛。", [("9个", 9, "个", "exact"), ("1200人", 1200, "人", "exact")]),
    ("工作组5人制定了方案。", [("5人", 5, "人", "exact")]),
    ("更加深刻理解了“娘家人”这3个字的分量。", []),  # characters of a word, not a count
    ("全年服务职工超10万+人次。", [("10万+人次", 100000, "人次", "more_than")]),
    ("全市有工会会员十二点五万人。", [("十二点五万人", 125000, "人", "exact")]),  # a Chinese decimal, then 万
    ("投入资金三点二亿余元。", [("三点二亿余元", 320000000, "元", "more_than")]),
    ("举办各类活动100+场。", [("100+场", 100, "场", "more_than")]),
    ("新建驿站30个+5个。", [("30个", 30, "个", "exact"), ("5个", 5, "个", "exact")]),  # a sum
    # a PDF that spaces out every character
    ("全 市 现 有 基 层 工 会 1 2 3 6 个 ， 会 员 8 . 6 万 人 。",
     [("1 2 3 6 个", 1236, "个", "exact"), ("8 . 6 万 人", 86000, "人", "exact")]),
    ("新 发 展 会 员 3 2 0 0 余 人", [("3 2 0 0 余 人", 3200, "人", "more_than")]),
    ("建成驿站12 35个", [("35个", 35, "个", "exact")]),  # digits in groups: two numbers, not one
    ("3. 5家企业参加评选。", [("5家", 5, "家", "exact")]),  # a list's number, not 3.5
    # a point spaced before (PDF extraction): the digits around it are one number
    ("全省共有会员12 . 5 万人。", [("12 . 5 万人", 125000, "人", "exact")]),
    ("职工满意度达到97 .8%。", [("97 .8%", 97.8, "%", "exact")]),
    # thousands set off by a space (or a thin or no-break space), in groups of three
    ("全区职工服务中心达到1 260个。", [("1 260个", 1260, "个", "exact")]),
    ("投入资金12 345.6万元。", [("12 345.6万元", 123456000, "元", "exact")]),
    ("新发展会员120\u2009000名。", [("120\u2009000名", 120000, "人", "exact")]),
    ("会员10\u00a0000余人。", [("10\u00a0000余人", 10000, "人", "more_than")]),
    # person-times written with a mark between; a bracketed 次 is a gloss (the gold's 1518场(次) is 1518场)
    ("培训职工1.2万人/次。", [("1.2万人/次", 12000, "人次", "exact")]),
    ("帮扶困难职工800户/次。", [("800户/次", 800, "户次", "exact")]),
    ("全年接待职工来访2300人·次。", [("2300人·次", 2300, "人次", "exact")]),
    ("开展维权服务活动近6万场(次)。", [("6万场", 60000, "场", "less_than")]),
    ("慰问困难职工56万多人(次),帮扶1.18万人（次）。",
     [("56万多人", 560000, "人", "more_than"), ("1.18万人", 11800, "人", "exact")]),
    # 上/成/过 qualify only a magnitude written alone: not the 成 of 组成, the 过 of 通过
    ("省总工会组成一百九十二个工作组。", [("一百九十二个", 192, "个", "exact")]),
    ("成千名职工参加。", [("千名", 1000, "人", "more_than")]),
    # a PDF line may end between the digits and their 万 (never inside the digits, nor before 千)
    ("收入比上年增加2,136.25\n万元。", [("2,136.25\n万元", 21362500, "元", "exact")]),
    # 十一期 counts sessions; 十一期间 is the National Day holiday; 两次 counts, 二次报销 is secondary
    ("举办工会干部培训班十一期。", [("十一期", 11, "期", "exact")]),
    ("全年召开专题会议两次。", [("两次", 2, "次", "exact")]),
    # other currencies keep their own unit, as written
    ("资助港澳台职工3000港元。", [("3000港元", 3000, "港元", "exact")]),
    ("捐赠5万美元。", [("5万美元", 50000, "美元", "exact")]),
    # 人 before 大: a milestone (大关) keeps its measure word; the people's congress (人大代表) is no measure word
    ("参保职工突破10万人大关。", [("10万人", 100000, "人", "more_than")]),
    ("会上,12名人大代表参加视察。", [("12名", 12, "人", "exact")]),
    ("春节前走访慰问职工3000人出头。", [("3000人", 3000, "人", "more_than")]),
    # trees and plants set out are counted in 棵 and 株 (not 株洲, the city)
    ("开展秋季绿化，栽植花草1790棵、树木105棵。", [("1790棵", 1790, "棵", "exact"), ("105棵", 105, "棵", "exact")]),
    ("义务植树3000余株，2023株洲市总工会。", [("3000余株", 3000, "株", "more_than")]),
    ("职工志愿者栽下500棵树。", [("500棵", 500, "棵", "exact")]),
]


def _quad(claim):
    return (claim.text, claim.value, claim.unit, claim.qualifier)


@pytest.mark.parametrize("sentence,expected", SENTENCES)
def test_sentence_claims(sentence, expected):
    claims = extract_text(sentence)
    assert [_quad(c) for c in claims] == [(t, v, u, q) for t, v, u, q in expected]
    for c in claims:
        assert sentence[c.start:c.end] == c.text


def test_range_keeps_its_high_end():
    (claim,) = extract_text("每人每年补助3至5万元。")
    assert (claim.value, claim.value_max) == (30000, 50000)
    (claim,) = extract_text("组建200-300人的志愿者队伍。")
    assert (claim.value, claim.value_max) == (200, 300)


@pytest.mark.parametrize("sentence,low,high", [
    # student aid lists its grants from the top down (衡阳, 金秋助学)
    ("衡阳市共有206名困难职工家庭子女享受到了3000至2000元不等的助学金。", 2000, 3000),
    ("根据困难程度，每户发放慰问金5000元至3000元不等。", 3000, 5000),
    ("每人补助1000-2000元。", 1000, 2000),
])
def test_range_written_either_way_keeps_both_ends(sentence, low, high):
    money = [c for c in extract_text(sentence) if c.unit == "元"]
    assert [(c.value, c.value_max) for c in money] == [(low, high)]


def test_a_range_from_the_top_needs_its_amounts_said_to_vary():
    # a tenfold drop is not one range read backwards: 500至20 stays unread rather than 20-500
    assert [c.value for c in extract_text("共有500至20人不等参加。")] == []
    # without 不等 nothing says the amounts vary: two amounts, not one range
    assert [(c.value, c.value_max) for c in extract_text("每人5000元至3000元。")] == [(5000, None), (3000, None)]
    assert [c.text for c in extract_text("10—3个")] == []
