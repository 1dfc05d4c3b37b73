"""Where and when a claim is: province, city and period, from the sentence and the document."""
import pytest

from unionstats import extract_text
from unionstats.claims import Extractor
from unionstats.rules import load_rules


def scopes(text):
    return [(c.text, c.province, c.city) for c in extract_text(text)]


def test_city_report_places_every_claim_in_its_city():
    text = ("安庆市总工会召开全委会。安庆市总工会党组书记介绍,目前,安庆全市工会组织数 9010 家。"
            "在全省率先开展活动,全市建成职工书屋120家。")
    assert scopes(text) == [("9010 家", "安徽省", "安庆市"), ("120家", "安徽省", "安庆市")]


def test_a_city_report_on_what_its_province_gives_it_stays_the_city_s():
    # the province is named more often than the city (as the body that names and honours), but the
    # report speaks as a city (我市, 全市, 市总工会) and never as the province
    text = ("秦皇岛5家创新工作室获河北省劳模和工匠人才创新工作室称号\n"
            "2月9日,记者从市总工会获悉,近日,河北省总工会、河北省科学技术厅公布了第九批河北省劳模和工匠人才"
            "创新工作室名单,我市5家创新工作室榜上有名。\n"
            "市总工会经济部工作人员介绍,截至目前,全市共有301家市级以上创新工作室。")
    assert [(t, p, c) for t, p, c in scopes(text)][1:] == [("5家", "河北省", "秦皇岛市"), ("301家", "河北省", "秦皇岛市")]
    # a provincial piece that names the city once and speaks as the province stays the province's
    text = ("河北省总工会公布第九批河北省劳模和工匠人才创新工作室名单,秦皇岛5家创新工作室榜上有名。"
            "截至目前,全省共有3010家省级以上创新工作室,省总工会累计投入资金1200万元。")
    assert scopes(text)[1:] == [("3010家", "河北省", ""), ("1200万元", "河北省", "")]


def test_provincial_report_is_province_wide_unless_a_city_is_named():
    text = ("陕西省总工会召开全委会。全省工会组织达1229个。陕西工会多项工作走在全国前列。\n"
            "9月16日,西安市驾驶员集中入会,代表全市9375名同行。\n"
            "今年省总工会选派9名干部,分赴渭南、延安、汉中蹲点,新建工会组织119个。")
    assert scopes(text) == [("1229个", "陕西省", ""), ("9375名", "陕西省", "西安市"),
                            ("9名", "陕西省", ""), ("119个", "陕西省", "")]


def test_a_city_named_earlier_in_the_paragraph_carries_until_the_province_speaks():
    text = ("辽宁省总工会推进网上工会建设。辽宁全省工会收录数据7500余万条。\n"
            "营口市总工会与阿里本地生活深度合作。推出职工“云课堂”,开放50余个职业的教学视频。"
            "全省工会会员达786万人。\n")
    assert scopes(text) == [("7500余万条", "辽宁省", ""), ("50余个", "辽宁省", "营口市"),
                            ("786万人", "辽宁省", "")]


def test_origin_and_institution_names_do_not_place_a_claim():
    text = ("辽宁省总工会开展活动。辽宁各级工会积极参与。日前,在大连市总工会服务中心,来自内蒙古的环卫工人和其他19名工友入会。\n"
            "陕西省总工会与西安交大战略合作,承担全部学员学费175万元。陕西省劳模工匠学历提升班开班。陕西工会再出发。")
    assert scopes(text) == [("19名", "辽宁省", "大连市"), ("175万元", "陕西省", "")]


def test_a_place_that_names_a_movement_or_its_spirit_places_no_claim():
    # 延安工运旧址 (the site of Yan'an's labour movement), 大庆精神: history and ideals, not where a figure is
    text = ("陕西省总工会召开全委会。2017年，陕西工会全面完成任务。完成延安工运旧址保护项目建设；全年新增企业工会组织7030个。\n"
            "辽宁省总工会召开会议。全省工会大力弘扬大庆精神、铁人精神，开展劳动竞赛1200场。")
    assert scopes(text) == [("7030个", "陕西省", ""), ("1200场", "辽宁省", "")]


def test_where_a_meeting_is_held_places_no_claim():
    # 在北京举行, 在南昌举行: the venue, not whose figures the meeting gives
    text = "全国劳动模范和先进工作者表彰大会4月28日上午在北京举行,2426人受到表彰。"
    assert scopes(text) == [("2426人", "", "")]
    text = "江西省首届职工创新成果交流大会在南昌举行。大会设置17个独立展厅，共展出354项职工创新成果。"
    assert scopes(text) == [("17个", "江西省", ""), ("354项", "江西省", "")]


def test_a_province_named_in_its_phrase_places_a_claim_of_a_national_report():
    text = ("中华全国总工会发布统计公报。全国工会会员总数达3.02亿人。分地区看,广东省会员2356万人,江苏省1836万人。"
            "四川、重庆两地新增会员分别为86万人和52万人。全总将继续推进。")
    assert scopes(text) == [("3.02亿人", "全国", ""), ("2356万人", "广东省", ""), ("1836万人", "江苏省", ""),
                            ("86万人", "四川省", ""), ("52万人", "重庆市", "")]


def test_a_destination_does_not_place_a_claim():
    text = ("宁波市总工会召开全委会。全市新建工会组织1860家。\n"
            "宁波市总工会还组织200名劳模赴杭州疗休养。宁波工会将继续努力。")
    assert scopes(text) == [("1860家", "浙江省", "宁波市"), ("200名", "浙江省", "宁波市")]

    # a destination named with its province (赴新疆阿克苏, 赴江苏苏州) is still no place of the claim
    text = ("浙江省总工会召开全委会。杭州市总工会组织120名劳模赴新疆阿克苏开展技术帮扶。"
            "湖州市总工会赴江苏苏州学习考察后,新建驿站30个。")
    assert scopes(text) == [("120名", "浙江省", "杭州市"), ("30个", "浙江省", "湖州市")]
    # nor is where they are sent to stay (安排在无锡…疗养院)
    text = "余姚市总工会组织一线职工疗休养。第一批80名职工安排在无锡工人太湖疗养院。"
    assert scopes(text) == [("80名", "浙江省", "宁波市")]

    # nor is a partner (联合/携手/会同 another union); a list joined by 与 still places each item
    text = "陕西省总工会召开全委会议。省总工会联合北京市总工会举办劳模培训班,培训劳模120名。"
    assert scopes(text) == [("120名", "陕西省", "")]
    # nor is a meeting's venue: the report that follows is still the province's
    text = ("陕西省总工会十五届三次全委（扩大）会议在西安召开。会议总结了2023年工作。"
            "2023年,新建工会组织1200个,建成职工驿站300个。")
    assert scopes(text) == [("1200个", "陕西省", ""), ("300个", "陕西省", "")]
    text = "陕西省总工会召开全委会议。省总工会与上海市总工会联合举办劳模培训班,培训劳模120名。"
    assert scopes(text) == [("120名", "陕西省", "")]
    text = "陕西省总工会召开全委会议。省总工会与浙江省总工会、江苏省总工会联合举办劳模培训班,培训劳模120名。"
    assert scopes(text) == [("120名", "陕西省", "")]  # every partner of a list
    text = "陕西省总工会召开会议。西安市总工会与咸阳市总工会分别建成驿站120个和85个。"
    assert scopes(text) == [("120个", "陕西省", "西安市"), ("85个", "陕西省", "咸阳市")]
    text = "陕西省总工会召开会议。西安市与咸阳市分别建成驿站120个和85个。"
    assert scopes(text) == [("120个", "陕西省", "西安市"), ("85个", "陕西省", "咸阳市")]
    # nor where a provincial body's money goes: the giver states the figure
    text = "青海省总工会召开会议。近日,青海省总工会下拨260万元专项资金,支持各市州、西宁经济技术开发区开展送温暖。"
    assert scopes(text) == [("260万元", "青海省", "")]
    # but money that goes to one city alone is that city's
    text = "青海省总工会召开会议。近日,省总工会下拨60万元资金用于西宁市开展送温暖。省总工会向西宁市拨付30万元。"
    assert scopes(text) == [("60万元", "青海省", "西宁市"), ("30万元", "青海省", "西宁市")]
    # nor a region joined to a count of regions: the nation's contest drew them all
    text = "全总消息,全国职工职业技能大赛吸引31个省（区、市）和新疆生产建设兵团的1200余名选手参赛。"
    assert scopes(text) == [("31个", "全国", ""), ("1200余名", "全国", "")]


def test_a_national_ranking_that_names_two_provinces_once_each_is_national():
    # one 全国, two provinces named once each and neither speaks of itself (全省, 省总工会): a ranking
    text = ("2020年全国共有工会基层组织数247.6万个。依据榜单可知：12个地区工会基层组织超过10万个，"
            "广东21.5万个领先于其他地区；河南工会专职工作人员最多。")
    assert scopes(text) == [("247.6万个", "全国", ""), ("12个", "全国", ""), ("10万个", "全国", ""),
                            ("21.5万个", "广东省", "")]


def test_short_forms_of_autonomous_regions_and_prefectures():
    text = "内蒙古自治区总工会:全区工会会员320万人。内蒙古工会。延边州总工会新建驿站35家。"
    assert scopes(text) == [("320万人", "内蒙古自治区", ""), ("35家", "吉林省", "延边朝鲜族自治州")]


def test_a_national_industry_unions_report_is_national():
    text = "中国能源化学地质工会2023年工作报告。一年来,全系统新发展会员12万人,建成职工书屋320家。"
    assert scopes(text) == [("12万人", "全国", ""), ("320家", "全国", "")]


def test_the_national_unions_foundation_files_a_national_report_from_beijing():
    text = ("本报北京3月8日电 中国职工发展基金会今天在京开展慰问活动。\n"
            "据了解,中国职工发展基金会今年将推动10万份“两癌”筛查落地,为1万名女职工提供筛查服务。")
    assert scopes(text) == [("10万份", "全国", ""), ("1万名", "全国", "")]


def test_national_report():
    text = ("中华全国总工会发布统计公报。全国工会会员总数达3.02亿人,全国基层工会组织280.9万个。"
            "全国各级工会筹集送温暖资金30亿元。全总将继续推进。")
    assert [(t, p) for t, p, _ in scopes(text)] == [("3.02亿人", "全国"), ("280.9万个", "全国"), ("30亿元", "全国")]


def test_a_report_that_says_全省_but_names_no_province_is_not_national():
    # the province is in a headline the excerpt lost; one 全国 (全国、省、市一级) does not make it national
    text = ("五年来,全省工会主动呼应、自觉融入。全省职工共实施合理化建议38.6万件,创经济效益55.65亿元。"
            "全省1300家全国、省、市一级“职工书屋”示范点已成为全新平台。")
    assert [(t, p) for t, p, _ in scopes(text)] == [("38.6万件", ""), ("55.65亿元", ""), ("1300家", "")]


@pytest.mark.parametrize("sentence,period", [
    ("截至10月28日,录入基层工会组织52306个。", "截至10月28日"),
    ("近5年,省总工会共发放帮扶资金4.31亿元。", "近5年"),
    ("未来5年,全省将培训职工300万人次。", "未来5年"),  # a plan's span, not a year
    ("今后三年内全市将建成驿站500个。", "今后三年内"),
    ("活动开展3个多月来,共有4.3万名会员领用消费券。", "3个多月来"),
    ("2021年,全省新建驿站300家。", "2021年"),
    ("2018年以来,全省评选劳模120名。", "2018年以来"),
    ("自2003年开展以来,已有1000余名困难职工子女得到资助。", "自2003年开展以来"),  # not 2003年 alone
    ("2024年“金秋助学”活动启动以来,共资助1108名学生。", "2024年“金秋助学”活动启动以来"),  # a start verb
    ("比赛自7月份启动以来,共有60名选手进入决赛。", "7月份启动以来"),
    ("顺德区三年累计建会2008家。", "三年"),  # the years a total runs over
    ("2024年累计建会2008家。", "2024年"),
    ("自2007年8月区总工会启动“金秋助学”活动以来,累计资助573名学生。", "自2007年8月区总工会启动“金秋助学”活动以来"),
    ("2024年全市工会共资助1108名学生,成效明显以来。", "2024年"),  # no start verb: the year
    ("从2015年成立以来,服务中心接待职工1.2万人次。", "从2015年成立以来"),
    ("今年投入“送温暖”资金近2亿元。", "今年"),
    ("近年来,组建58支红娘志愿服务队。", "近年来"),
    ("活动开展五年以来,累计救助职工2000人。", "五年以来"),
    ("三年多来,全市建成爱心驿站120个。", "三年多来"),
    ("到2020年8月底,全省已有各级职工书屋4800余个。", "到2020年8月底"),
    ("全省已有各级职工书屋4800余个。", ""),
    ("今年1至7月,全省新建工会组织1.2万个。", "今年1至7月"),
    ("2023年1-9月,全市发放帮扶资金3200万元。", "2023年1-9月"),
    ("第三季度,全省新增入会职工5.6万人。", "第三季度"),
    ("今年上半年,全市建成爱心驿站85个。", "今年上半年"),
    ("上半年,全省工会为职工办实事1.2万件。", "上半年"),  # no year: the report's own
    ("下半年力争新建驿站50个。", "下半年"),
    ("2023年度,全省新建驿站500个。", "2023年度"),
    ("2022年末,全省会员达1200万人。", "2022年末"),
    ("今年前10个月,全省新建驿站500个。", "今年前10个月"),
    ("2月以来,全省建成驿站50个。", "2月以来"),
    ("2023年春节前夕,慰问职工1200人。", "2023年春节前夕"),
    ("去年同期新建驿站400个。", "去年同期"),
    ("较去年同期增加驿站40个。", ""),  # a comparison base states no period
    ("年内新建驿站500个。", "年内"),
    ("本月新建驿站50个。", "本月"),
    ("上年度,市总工会投入经费1200万元。", "上年度"),
    ("10月底,全省建成驿站1200个。", "10月底"),  # a part of a month, alone or in a range
    ("9月中旬,全市新建工会组织251家。", "9月中旬"),
    ("1月底、2月初期间,工会先后慰问员工30名。", "1月底、2月初期间"),
    ("截止到8月底,共征集合理化建议32条。", "截止到8月底"),
    ("今年52岁的王师傅先后带徒弟60余名。", ""),  # an age's 今年 is no period of the count
    ("比上年度增加驿站40个。", ""),
    ("三年内建成驿站500个。", ""),  # a duration's 年内 is no period of its own
    ("近年,全省建成驿站500个。", "近年"),
    ("临近年底,全省发放慰问金500万元。", ""),  # 临近年底: no 近年
    ("这两年,全省建成驿站500个。", "这两年"),
    ("多年以来,全省建成驿站500个。", "多年以来"),
    ("今年4月至6月,全省新建驿站500个。", "今年4月至6月"),
    ("党的十八大以来,全省新建驿站5000个。", "党的十八大以来"),
    ("过去五年,全省新建驿站5000个。", "过去五年"),
    ("2022年全年,全省新建驿站500个。", "2022年全年"),
    ("二〇二三年全省新建驿站500个。", "二零二三年"),  # a year in Chinese digits (its 〇 read as 零)
    ("2019—2023年,全省工会累计筹集送温暖资金12.3亿元。", "2019—2023年"),
    ("2016至2020年,全省新建驿站5000个。", "2016至2020年"),
    ("十年间,全省会员增加了300万人。", "十年间"),
    # a holiday season whole, with its year (the catch-all ...期间 took two or three characters)
    ("元旦春节期间,走访慰问职工1280人。", "元旦春节期间"),
    ("2023年“两节”期间,全国各级工会筹集送温暖资金37.6亿元。", "2023年“两节”期间"),
    ("从1992年至2011年“两节”期间,各级工会累计筹集送温暖慰问款6200多万元。", "1992年至2011年“两节”期间"),
    # since a season or an event named without a year; a whole year named by 今年, 去年
    ("年初以来,全市工会慰问职工300人。", "年初以来"),
    ("今年年初至今,全市工会慰问职工300人。", "今年年初至今"),
    ("入冬以来,全市各级工会为环卫工人送去棉衣2000件。", "入冬以来"),
    ("疫情发生以来,全省工会筹集防疫资金1.2亿元。", "疫情发生以来"),
    ("“职工服务年”活动开展以来,全省各级工会共投入资金5.8亿元。", "活动开展以来"),
    ("去年全年,全市工会慰问职工300人。", "去年全年"),
    ("今冬明春,全市工会将慰问困难职工1000户。", "今冬明春"),
    ("据统计,“两节期间”全县各级工会筹集慰问物资120多万元。", "两节期间"),  # the quote around it is no part of it
    ("中秋、国庆期间,开展活动30场。", "中秋、国庆期间"),
    ("全国工会系统春节期间向农民工发放慰问金一亿余元。", "春节期间"),
    # a holiday season a few words after the clause starts: the season, not the words before it
    ("估计今年春节期间市总工会将帮扶慰问困难职工9535人次。", "今年春节期间"),
    ("预计元旦春节期间，全市工会将走访慰问职工1280人。", "元旦春节期间"),
    ("疫情防控期间,发放防疫物资3000份。", "疫情防控期间"),
    # a five-year plan's years, the 10th and 11th (十五, 十一五) as the later ones
    ("“十五”期间，全省职工提出合理化建议129万多条。", "“十五”期间"),
    ("“十一五”期间，全省新建工会组织1.2万个。", "“十一五”期间"),
    ("十三五期间，全省新建工会组织1.2万个。", "十三五期间"),
    # an event's season: the words from 在 or the clause's start, never 在 itself
    ("崇礼区总工会在冬奥会筹办期间，组织1.2万名建设者开展劳动竞赛。", "冬奥会筹办期间"),
    ("全市工会在疫情期间慰问职工3000人。", "疫情期间"),
    ("该APP试运行期间,注册会员1.2万人。", "试运行期间"),
    # a comparison base is no time scope: the claim keeps the one before it, or none
    ("全区职工入会率较去年同期提高近两个百分点。", ""),
    ("今年工会经费收入比上年增长5.2%。", "今年"),
    ("截至2008年6月,与2003年相比,全国会员净增8527万人。", "截至2008年6月"),
    # a span of days is one period, with its year if given
    ("6月20日—7月5日,市总工会共发放清凉物资3000份。", "6月20日—7月5日"),
    ("2024年8月1日至31日,慰问户外劳动者1.2万人次。", "2024年8月1日至31日"),
    # the day a dateline gives is when the report was filed, not the claim's scope; a day in the text is
    ("本报北京11月30日电 全国工会会员总数达3亿人。", ""),
    ("央广网北京10月19日消息 全国已建成驿站18万个。", ""),
    ("本报讯 3月5日,全市新建工会组织50家。", "3月5日"),
    # when a body was founded is a date of its history, not the scope of what it has now
    ("香港工会联合会成立于1948年，现有属会及赞助会共253间。", ""),
    ("始建于1956年的市工人文化宫，每年举办培训班200余期。", "每年"),
    ("2015年成立的工会驿站共接待户外劳动者3000人次。", ""),
    ("该职工服务中心于2015年建成，2023年服务职工1.2万人次。", "2023年"),
    ("2023年成立工会组织120个。", "2023年"),  # a year with the count of what was founded in it
    # a list of years is one period, as a range is
    ("据不完全统计，2021、2022年创新成果为企业降本增效近3亿元。", "2021、2022年"),
    ("1998年、1999年，市总工会筹资17万余元。", "1998年、1999年"),
    # as of the end of last month, not last month
    ("截至上月底，全省共建立环卫工人户外爱心饮水点742个。", "截至上月底"),
    # 现在 inside a word (实现|在档, 体现|在) is no "now"
    ("慰问活动实现在档困难职工全覆盖，送去慰问金396.2万元。", ""),
    ("关爱体现在细节上，为职工发放慰问品3000份。", ""),
    # the year a multiple is of (是2010年…的2.36倍) is a comparison base, as 比上年 is
    ("截至2011年底，覆盖企业增长率是2010年增长率的2.36倍；覆盖职工10389.2万人。", "截至2011年底"),
    # the start of a year, and a span that starts or ends at one
    ("2024年初至今，全市各级工会累计发放慰问金500万元。", "2024年初至今"),
    ("自2023年3月份以来，共慰问困难职工500人。", "自2023年3月份以来"),
    ("2020年初，建设1万个城区户外劳动者服务站。", "2020年初"),
    ("2016年底到2017年初，全省法律援助机构共受理7318件案件。", "2016年底到2017年初"),
    ("全省工会筹集帮扶资金的增幅是2016年的4倍；各级工会筹集经费4713万元。", ""),
])
def test_period(sentence, period):
    (claim,) = extract_text(sentence)
    assert claim.period == period


@pytest.mark.parametrize("sentence, periods", [
    # now (现在, 如今) is a scope as 目前 is: the later figure of a then-and-now is not the earlier year's
    ("困难职工从2017年的7.1万户下降到现在的2000余户。", ["2017年", "现在"]),
    ("由1988年的4293个基层工会，发展到如今的1.9万个。", ["1988年", "如今"]),
])
def test_then_and_now(sentence, periods):
    assert [claim.period for claim in extract_text(sentence)] == periods


def test_a_semicolon_part_naming_one_city_places_its_claims():
    text = ("广东省总工会:2022年全省各级工会投入帮扶资金6.8亿元。"
            "深圳市总工会推出服务模式,全市建成工会驿站1600余个;广州、佛山两市工会联合举办招聘会56场,提供岗位2.3万个。"
            "广东全省现有基层工会组织18.7万个。")
    assert scopes(text) == [("6.8亿元", "广东省", ""), ("1600余个", "广东省", "深圳市"), ("56场", "广东省", ""),
                            ("2.3万个", "广东省", ""), ("18.7万个", "广东省", "")]


def test_county_level_names_place_a_claim_in_their_prefecture():
    text = "江苏省总工会召开会议。全省工会会员达2000万人。昆山市总工会新建户外劳动者服务站点45个。全省再接再厉。"
    assert scopes(text)[1] == ("45个", "江苏省", "苏州市")


def test_a_corps_division_places_its_report_in_the_corps():
    # 十师一八一团: a regiment of the Corps' tenth division, named by its number as the Corps writes it
    text = "7月21日，十师一八一团总工会开展了“安康杯”知识竞赛活动，共有14支代表队参赛。"
    assert scopes(text) == [("14支", "新疆生产建设兵团", "")]
    assert scopes("第八师总工会今年慰问困难职工200人。") == [("200人", "新疆生产建设兵团", "")]
    # a teachers' college numbered first is no division
    assert scopes("第一师范学院工会组织120名教职工参加培训。") == [("120名", "", "")]


def test_a_special_zone_places_its_report_in_its_prefecture():
    text = "武当山特区工会开展集中入会活动,特区美团外卖送餐员、各快递公司快递员共90余人参加了活动。"
    assert scopes(text) == [("90余人", "湖北省", "十堰市")]


def test_a_county_report_belongs_to_its_prefecture():
    text = ("义乌市总工会2023年工作总结。全市现有基层工会3256个。义乌市总工会新建驿站45个。"
            "在全省率先开展活动。")
    assert {city for _, _, city in scopes(text)} == {"金华市"}


def test_a_city_report_moves_only_for_one_other_named_city():
    text = ("抚州市总工会召开会议。抚州全市工会会员达63万人。组织劳模赴上海、杭州学习考察,共30人参加。"
            "南昌市总工会来抚交流,带来慰问金10万元。对口支援的南昌市新建驿站30家。全市再接再厉。")
    assert scopes(text) == [("63万人", "江西省", "抚州市"), ("30人", "江西省", "抚州市"), ("10万元", "江西省", "抚州市"),
                            ("30家", "江西省", "南昌市")]


def test_全省_in_a_city_report_is_the_province_its_sentence_names():
    # a city's paper quoting another province: its 全省 is that province's, not the city's own
    text = ("福州市总工会召开全委会。福州市新建驿站30个。"
            "据报道,四川省各级工会集中力量推动建会,力争全省累计建立新就业形态群体工会组织7000个以上。"
            "福州全市发展会员2万名。")
    assert scopes(text) == [("30个", "福建省", "福州市"), ("7000个", "四川省", ""), ("2万名", "福建省", "福州市")]


def test_全省_in_the_claims_own_phrase_keeps_it_province_wide():
    text = "河南省总工会召开大会。全省已建成职工服务圈120个,其中郑州市建成36个。河南工会再出发。"
    assert scopes(text) == [("120个", "河南省", ""), ("36个", "河南省", "郑州市")]


def test_a_city_named_only_in_a_part_leaves_the_whole_and_the_next_sentence_to_the_province():
    # 其中广州市建成1500个 counts a part of the 7400: the whole and what follows are the province's
    text = ("广东省总工会召开全委会。建成户外劳动者服务站点7400多个,其中广州市建成1500个。"
            "开展“工会进万家”活动,为职工提供免费体检约15万人。\n"
            "全年新建驿站900个,其中,深圳市300个,覆盖职工20万人。")
    assert scopes(text) == [("7400多个", "广东省", ""), ("1500个", "广东省", "广州市"), ("15万人", "广东省", ""),
                            ("900个", "广东省", ""), ("300个", "广东省", "深圳市"), ("20万人", "广东省", "深圳市")]


def test_a_city_report_that_names_national_honours_and_contests_stays_the_citys():
    text = ("乌海市总工会开展劳动竞赛。全市参赛职工12.7万人。3家企业荣获全国、自治区“五一劳动奖状”,"
            "6名职工获得全国、自治区“五一劳动奖章”。市总工会还组织3万名职工参加全国总工会组织的知识竞赛。")
    assert scopes(text) == [("12.7万人", "内蒙古自治区", "乌海市"), ("3家", "内蒙古自治区", "乌海市"),
                            ("6名", "内蒙古自治区", "乌海市"), ("3万名", "内蒙古自治区", "乌海市")]


def test_a_two_character_county_places_its_report_by_its_unions_name():
    # 吉县 (临汾), 沛县 (徐州): recognised as a union's name; 代县 inside 古代县城 is no place
    assert scopes("吉县总工会今年新建工会组织6个,发展会员210人。") == [
        ("6个", "山西省", "临汾市"), ("210人", "山西省", "临汾市")]
    assert scopes("沛县工会为380名环卫工人送去清凉。") == [("380名", "江苏省", "徐州市")]
    assert scopes("古代县城里有3000名工匠。") == [("3000名", "", "")]
    # or as the name of another of its bodies (澧县教育局, 澧县人民政府)
    text = "澧县教育局组织开展全县困难教职工慰问活动\n此次活动共慰问困难教职工近200名，发放慰问金18万多元。"
    assert scopes(text) == [("200名", "湖南省", "常德市"), ("18万多元", "湖南省", "常德市")]
    # and a county named short, as its union's name is (石狮总工会): 昆山教育局
    assert scopes("昆山教育局慰问困难教职工200名。") == [("200名", "江苏省", "苏州市")]


def test_the_bodies_that_name_a_short_county_are_rules(tmp_path):
    # regions.toml's [mentions] short_county_body: a pack may name another body (卫健局)
    text = "澧县卫健局慰问困难职工200名。"
    assert scopes(text) == [("200名", "", "")]
    (tmp_path / "regions.toml").write_text('[mentions]\nshort_county_body = ["卫健局"]\n', encoding="utf-8")
    claims = Extractor(load_rules(tmp_path)).extract(text)
    assert [(c.text, c.province, c.city) for c in claims] == [("200名", "湖南省", "常德市")]


def test_a_city_that_ranks_itself_in_its_province_stays_the_citys():
    text = ("德州市总工会建成全省首家市级快递行业工会联合会,涵盖快递企业工会64家。"
            "全市11人荣获全省一等奖,居全省第一。")
    assert scopes(text) == [("64家", "山东省", "德州市"), ("11人", "山东省", "德州市")]


def test_the_provinces_union_as_a_giver_in_a_county_report_places_nothing():
    # 争取省总工会帮扶资金, 获省总资助: the county got it; its figures stay the county's
    text = "近日，通山县总工会开展送温暖活动。县总工会争取省总工会帮扶资金20万元，慰问困难职工300户。"
    assert scopes(text) == [("20万元", "湖北省", "咸宁市"), ("300户", "湖北省", "咸宁市")]
    text = ("宜秀区总工会一直把金秋助学作为一项惠民行动。共筹集资金6.3万元，帮扶救助了51名特困职工子女，"
            "其中获省总资助3名、获市总资助7名、区总资助41名。")
    assert {(p, c) for _, p, c in scopes(text)} == {("安徽省", "安庆市")}
    # the province's union that acts (no giver's verb before it) still speaks for the province
    text = "通山县总工会召开全委会。全县新建工会组织12个。省总工会投入帮扶资金1200万元，全省慰问困难职工3万户。"
    assert scopes(text) == [("12个", "湖北省", "咸宁市"), ("1200万元", "湖北省", ""), ("3万户", "湖北省", "")]


def test_a_citys_union_right_after_the_place_that_leads_its_sentence_is_that_citys():
    # 在汉中，市总工会…: 汉中's union, not the first-named city's, in a provincial round-up
    text = ("今年夏天，全省各级工会开展送清凉活动，省总工会投入资金800万元。在铜川，市总工会为1200名环卫工人送去清凉；"
            "在汉中，市总工会慰问一线职工3500人次。在宝鸡，市总工会慰问一线职工2000人次。")
    assert scopes(text) == [("800万元", "陕西省", ""), ("1200名", "陕西省", "铜川市"),
                            ("3500人次", "陕西省", "汉中市"), ("2000人次", "陕西省", "宝鸡市")]
    assert scopes("在铜川，市总工会为1200名环卫工人送去清凉。在宝鸡，市总工会慰问一线职工3500人次。") == [
        ("1200名", "陕西省", "铜川市"), ("3500人次", "陕西省", "宝鸡市")]
    # a place that does not lead its clause keeps the report's own 市总工会 (组织劳模赴宝鸡，市总工会主席带队)
    assert scopes("铜川市总工会组织劳模赴宝鸡，市总工会主席带队，共120人。全市新建驿站30个。") == [
        ("120人", "陕西省", "铜川市"), ("30个", "陕西省", "铜川市")]


def test_a_county_or_city_report_goes_back_to_itself_after_the_provinces_word():
    # 省级 is a level (省级劳模), no sign of a provincial report
    assert scopes("通榆县总工会召开全委会。全县今年新建工会组织12个。走访慰问省级劳模4人,发放慰问金1.2万元。") == [
        ("12个", "吉林省", "白城市"), ("4人", "吉林省", "白城市"), ("1.2万元", "吉林省", "白城市")]
    # 全省 is the province's plan; 我县, 全市 after it bring the claim back to the report's own place
    county = "德庆县总工会召开全委会。全县今年新建工会组织12个。按照全省统一部署,我县开展送清凉活动,慰问职工1200人次。"
    assert scopes(county)[-1] == ("1200人次", "广东省", "肇庆市")
    city = "南京市总工会召开全委会。全市今年新建工会组织12个。落实全省部署全市新建驿站30个。"
    assert scopes(city)[-1] == ("30个", "江苏省", "南京市")


def test_a_national_list_places_a_claim_by_the_province_named_before_it_not_after():
    text = ("全国总工会发布统计数据。全国工会会员总数达3.1亿人。"
            "中央和国家机关女性会员人数为18.5万人,山西女性会员占比最低。河南工会专职工作人员超过10万人。")
    assert scopes(text) == [("3.1亿人", "全国", ""), ("18.5万人", "全国", ""), ("10万人", "河南省", "")]


def test_a_count_of_places_makes_its_phrase_speak_of_several_not_the_one_named_before():
    text = ("全国总工会发布统计数据。全国工会会员总数达3.1亿人。1)12个地区工会基层组织超过10万个,广东21.5万个领先;"
            "4)河南工会专职工作人员最多,超过10万人,7个地区工会专职工作人员数不足1万人。"
            "西藏、中央和国家机关这2个地区工会组织数不足1万个。")
    assert scopes(text)[1:] == [("12个", "全国", ""), ("10万个", "全国", ""), ("21.5万个", "广东省", ""),
                                ("10万人", "河南省", ""), ("7个", "全国", ""), ("1万人", "全国", ""),
                                ("2个", "西藏自治区", ""), ("1万个", "全国", "")]
    # a count of places in an earlier phrase leaves the union that went to them the claim's place
    text = "海西州总工会组成慰问组分赴八个地区慰问困难职工,共走访慰问困难职工45户。"
    assert scopes(text)[-1] == ("45户", "青海省", "海西蒙古族藏族自治州")


def test_a_place_named_as_one_example_of_several_places_no_claim():
    text = ("贵州省总工会召开表彰会。会上,3名选手被授予“贵州五一劳动奖章”,"
            "贵阳市总工会等4个单位被授予优秀组织奖。")
    assert scopes(text) == [("3名", "贵州省", ""), ("4个", "贵州省", "")]
    # a list of places that ends in 等地 still names them
    assert scopes("陕西省总工会召开会议。西安、宝鸡等地工会建成驿站300个。") == [("300个", "陕西省", "")]
    assert scopes("陕西省总工会召开会议。西安等地工会建成驿站300个。") == [("300个", "陕西省", "西安市")]


def test_the_whole_prefectures_union_is_no_county_of_that_name():
    # 全州工会 is a prefecture's own (全州县 is 桂林's); 全州县总工会 written in full is the county
    text = "黔东南州总工会召开全委会。据统计,全州工会今年共投入资金1500万元。"
    assert scopes(text) == [("1500万元", "贵州省", "黔东南苗族侗族自治州")]
    assert scopes("全州县总工会慰问职工300人。") == [("300人", "广西壮族自治区", "桂林市")]


def test_a_pages_footer_names_its_publisher_not_its_subject():
    text = ("省总工会调研12351热线工作。2025年,省总工会热线共接听职工来电10.06万通。\n"
            "责任编辑:烟台市总工会\n版权所有 烟台市总工会地址:烟台市莱山区观海路75-1号\n")
    assert scopes(text) == [("10.06万通", "", "")]  # the province's, whichever it is: not 烟台's


def test_a_pages_list_of_cities_or_links_places_nothing():
    body = "县总工会开展“金秋助学”活动，为26名困难职工子女发放助学金5.2万元。\n"
    footer = "热门城市：北京 上海 广州 深圳 杭州\n友情链接：湖南省总工会 | 广东省总工会 | 深圳市总工会\n"
    assert scopes("宜阳县总工会\n" + body + footer) == [("26名", "河南省", "洛阳市"), ("5.2万元", "河南省", "洛阳市")]
    assert scopes(body + footer) == [("26名", "", ""), ("5.2万元", "", "")]
    # a line with figures is a table's, and its names are the report's
    assert scopes("西安市 宝鸡市 咸阳市 职工书屋 120家") == [("120家", "陕西省", "")]


def test_a_pages_credits_lines_make_no_report_a_provinces():
    text = ("金塔县总工会推进户外劳动者服务站点建设\n来源：金塔县总工会\n截至目前，建成户外劳动者服务站2个。\n"
            "主办单位：甘肃省总工会 版权所有\n地址：甘肃省兰州市城关区东郊巷26号\n")
    assert scopes(text) == [("2个", "甘肃省", "酒泉市")]


def test_hainans_cities_and_counties_under_the_province_itself():
    assert scopes("琼海市总工会慰问一线职工260人。") == [("260人", "海南省", "琼海市")]
    assert scopes("文昌总工会新建驿站8个。") == [("8个", "海南省", "文昌市")]
    assert scopes("陵水县总工会新建职工书屋6家。") == [("6家", "海南省", "")]


def test_every_name_in_a_destinations_clause_is_the_destinations():
    text = "本报讯 我省86名一线医护人员前往海南省工会琼海博鳌劳模疗休养基地参加疗休养活动。"
    assert scopes(text) == [("86名", "", "")]


def test_where_a_reporter_filed_from_places_nothing():
    text = ("本报记者 发自北京 4月23日,记者从中华全国总工会获悉,全国已累计建成职工书屋10万余家。"
            "全总每年投入专项经费2000万元。")
    assert scopes(text) == [("10万余家", "全国", ""), ("2000万元", "全国", "")]


def test_a_county_level_union_named_without_its_suffix_places_its_report():
    # 石狮总工会 is 石狮市's union (泉州); 鼓楼总工会 could be 南京's or 福州's, and places nothing
    assert scopes("石狮总工会上半年发放帮扶救助资金38.25万元。市总工会帮扶困难职工86人次。") == [
        ("38.25万元", "福建省", "泉州市"), ("86人次", "福建省", "泉州市")]
    assert scopes("鼓楼总工会上半年发放帮扶救助资金38.25万元。") == [("38.25万元", "", "")]
    assert scopes("松江工会系统4月共参与法律援助案件687件。") == [("687件", "上海市", "")]  # a district's
    assert scopes("近日,由石狮总工会主办的培训班开班,120名职工参加。") == [("120名", "福建省", "泉州市")]
    # a short form inside another word is none: 党政|和工会 (政和县 is 南平's)
    assert scopes("全国有80多万名党政和工会领导干部参与帮扶。") == [("80多万名", "全国", "")]
    # right after its province's name, a county's short form is that county (山东海阳: 烟台's)
    assert scopes("山东海阳万名职工参加劳动竞赛\n海阳市总工会开展竞赛,全市共有1万余名职工参与。") == [
        ("万名", "山东省", "烟台市"), ("1万余名", "山东省", "烟台市")]
    # but a short form that is mostly a landmark or a brand is none (新疆天山: the mountains, not Urumqi's 天山区)
    assert scopes("新和县总工会开展送温暖活动\n1月3日,新和县总工会先后为新疆天山托峰乳业有限公司、新和县信达餐饮配送服务有限公司"
                  "等9家企业的困难职工送去了生活物品。") == [
        ("9家", "新疆维吾尔自治区", "阿克苏地区")]
    assert scopes("天山区总工会为辖区9家企业的困难职工送去生活物品。") == [("9家", "新疆维吾尔自治区", "乌鲁木齐市")]


def test_a_region_wide_subject_stops_a_city_carried_from_the_sentence_before():
    text = ("新疆维吾尔自治区总工会举办培训班。日前,自治区总工会在乌鲁木齐举办培训班,200名农民工参加。"
            "今年以来,自治区各级工会共举办培训班580期。")
    assert scopes(text) == [("200名", "新疆维吾尔自治区", "乌鲁木齐市"), ("580期", "新疆维吾尔自治区", "")]


def test_a_national_news_piece_that_names_provinces_in_turn():
    text = ("工人日报讯 记者日前从全国总工会获悉,截至今年9月底,全国工会会员总数达3.02亿人。"
            "浙江省新发展新就业形态劳动者会员45.6万人;广东省累计建成工会驿站1.5万个;"
            "四川省总工会投入专项资金8000万元。据介绍,全国已有1200万名新就业形态劳动者加入工会。")
    assert scopes(text) == [("3.02亿人", "全国", ""), ("45.6万人", "浙江省", ""), ("1.5万个", "广东省", ""),
                            ("8000万元", "四川省", ""), ("1200万名", "全国", "")]


def test_a_national_piece_whose_speakers_take_turns_in_one_sentence():
    # each piece between semicolons is one union's; 浙江杭州市 names one place, not two, so the
    # piece stays the nation's though 浙江 and 杭州 are named most
    text = ("本报北京3月20日电 全国总工会今天召开推进会。会议通报，2023年全国新发展新就业形态劳动者会员1200万人。"
            "会上，北京、上海、广东、浙江等地工会作交流发言。北京市总工会介绍，全市已有新就业形态劳动者48万人入会；"
            "上海市累计建成“爱心接力站”1800个；广东省总工会推动平台企业建会，吸纳会员96万人。"
            "浙江杭州市总工会负责人说，杭州在全市建成“小哥驿站”600余个。会议要求，2024年全国要再发展会员1000万人以上。")
    assert scopes(text) == [("1200万人", "全国", ""), ("48万人", "北京市", ""), ("1800个", "上海市", ""),
                            ("96万人", "广东省", ""), ("600余个", "浙江省", "杭州市"), ("1000万人", "全国", "")]


def test_a_digest_tagged_by_province_places_each_items_全省_in_its_own_province():
    text = ("各地工会动态\n【陕西】全省工会今年已建成职工驿站3200个，服务职工超过500万人次。\n"
            "【甘肃】省总工会投入资金1800万元，为3.6万名户外劳动者购买意外伤害保险。\n"
            "【宁夏】银川市总工会举办专场招聘会12场。\n【青海】全省新发展会员2.1万人。")
    assert scopes(text) == [("3200个", "陕西省", ""), ("500万人次", "陕西省", ""), ("1800万元", "甘肃省", ""),
                            ("3.6万名", "甘肃省", ""), ("12场", "宁夏回族自治区", "银川市"), ("2.1万人", "青海省", "")]
    # the later sentences of a paragraph that opens with a province speak for it, unless they say 全国
    text = "各地工会动态\n【甘肃】省总工会投入资金1800万元。全省已建成驿站800个。全国已有驿站18万个。\n【宁夏】银川市举办招聘会12场。"
    assert scopes(text) == [("1800万元", "甘肃省", ""), ("800个", "甘肃省", ""), ("18万个", "全国", ""),
                            ("12场", "宁夏回族自治区", "银川市")]
    text = "全国总工会召开会议。\n在江苏，全省建成驿站5600个。\n在浙江，省总工会投入资金1.2亿元。全省新发展会员45万人。"
    assert scopes(text) == [("5600个", "江苏省", ""), ("1.2亿元", "浙江省", ""), ("45万人", "浙江省", "")]
    # unless the paragraph speaks of the report's own province: the one it opens with is a visitor
    text = "陕西省总工会召开全委会。\n江苏省总工会考察团一行来我省考察交流。据介绍，全省已建成驿站3200个。"
    assert scopes(text) == [("3200个", "陕西省", "")]
    # a province named only after the claim is a comparison, not whose 全省 it is
    assert scopes("陕西省总工会召开会议。全省工会会员达到650万人，多于甘肃省。") == [("650万人", "陕西省", "")]


def test_a_national_figure_quoted_in_a_provincial_report_is_the_nations():
    text = ("陕西省总工会2024年工作报告。全省工会会员达到650万名。截至2024年底,全国已建工会驿站18.61万个,"
            "覆盖服务职工群众1.93亿人,我省建成工会驿站3200个。全省建成全国职工书屋413家。")
    assert scopes(text) == [("650万名", "陕西省", ""), ("18.61万个", "全国", ""), ("1.93亿人", "全国", ""),
                            ("3200个", "陕西省", ""), ("413家", "陕西省", "")]
    # 全国有: how many the nation has, in a city's news that goes on to its own
    text = ("常州市总工会消息。全国总工会日前发布“最美工会户外劳动者服务站点”名单，全国有2000个站点入选，"
            "常州市有6家户外劳动者服务站名列其中。")
    assert scopes(text) == [("2000个", "全国", ""), ("6家", "江苏省", "常州市")]


def test_a_city_written_in_full_only_is_still_named_by_its_union_and_its_dateline():
    # 海口 is a city only in its union's name or a dateline (夸下海口 is a boast)
    text = "本报海口1月19日讯 省总工会本级筹措并下拨了2110.78万元，用于送温暖活动。"
    assert scopes(text) == [("2110.78万元", "海南省", "")]
    assert scopes("金华工会开展活动，慰问职工300名。") == [("300名", "浙江省", "金华市")]
    assert scopes("他夸下海口，要建驿站30个。") == [("30个", "", "")]
    # 吉林日报 is the province's paper, not 吉林市's
    assert scopes("吉林日报讯 全省建成职工书屋300家。") == [("300家", "吉林省", "")]


def test_the_national_union_as_its_sentences_subject_speaks_for_the_nation():
    # what the national union does, quoted in a city's news, up to the place that is the city's share
    text = ("宁德市总工会消息。今年7至11月，全国总工会将分58批次组织4600名劳模赴各地23个疗休养地点，"
            "我市12名劳模参加。市总工会今年组织300名职工疗休养。")
    assert scopes(text) == [("58批次", "全国", ""), ("4600名", "全国", ""), ("23个", "全国", ""),
                            ("12名", "福建省", "宁德市"), ("300名", "福建省", "宁德市")]
    text = "徐州市总工会消息。近日，全国总工会发布“最美工会户外劳动者服务站点”名单，共有2000个工会驿站入选。"
    assert scopes(text) == [("2000个", "全国", "")]
    # not what it gives to the city, nor the national union as another's object
    text = ("长春市总工会消息。全市建成职工书屋51个。此次，全国总工会还为两个劳模创新工作室配送了书籍。"
            "市总工会获得全国总工会四项表彰。")
    assert [s[1:] for s in scopes(text)] == [("吉林省", "长春市")] * 3
    # nor what it spends for the city's own (为我市…)
    assert scopes("宁德市总工会消息。全国总工会投入12万元，为我市建设职工书屋。") == [("12万元", "福建省", "宁德市")]


def test_a_national_piece_that_goes_round_the_country_is_national():
    # one city is named most (西安 and its province's union), but five provinces are named and the
    # piece speaks of the nation: a city's own clause still places its claims
    text = ("本报北京11月30日电 全国总工会机关干部赴开发区蹲点工作结束,蹲点组推动武汉、南昌、株洲、烟台、西安、"
            "沈阳6个开发区建会入会,新建工会组织186个、覆盖企业768家。目前,全国省级以上开发区已普遍建立工会。\n"
            "其中,西安蹲点组在陕西省总工会、西安市总工会共同努力下,推动成立了经开区总工会;"
            "南昌蹲点组指导推动新建工会组织45个;株洲蹲点组组织宣讲活动15场。\n"
            "此次蹲点工作累计开展基层工会干部培训20余场次。")
    assert scopes(text) == [("6个", "全国", ""), ("186个", "全国", ""), ("768家", "全国", ""),
                            ("45个", "江西省", "南昌市"), ("15场", "湖南省", "株洲市"), ("20余场次", "全国", "")]


def test_short_forms_of_cities_that_are_no_common_word_place_a_claim():
    text = ("江西省总工会召开全委会。全省工会会员达到680万名。鹰潭建成工会驿站85个,新余新建工会组织46家。"
            "全国劳模张金华所在班组获评工人先锋号1个。")
    assert scopes(text) == [("680万名", "江西省", ""), ("85个", "江西省", "鹰潭市"), ("46家", "江西省", "新余市"),
                            ("1个", "江西省", "")]  # 金华 is a given name here, not 金华市


@pytest.mark.parametrize("dateline", ["中新社北京二月十日电(记者 李静)", "人民日报北京电 (记者杨昊)",
                                      "新华社北京2月1日电 ", "本报北京11月30日电 ", "央广网北京10月19日消息 ",
                                      "北京网讯(记者 王明)", "北京日报讯 (记者 李明)", "北京晚报讯 ",
                                      "本报讯(北京日报记者 李明)", "(北京日报全媒体记者 李明)", "新华社北京11月28日专电 "])
def test_a_dateline_does_not_place_a_claim(dateline):
    text = dateline + "中华全国总工会称,全国工会系统春节期间向农民工发放慰问金一亿余元,帮助41.26万名农民工返乡。"
    assert scopes(text) == [("一亿余元", "全国", ""), ("41.26万名", "全国", "")]


def test_a_prefectures_name_before_it_became_a_city_places_a_claim():
    # 林芝地区 is today's 林芝市, whose short form is read only in full; filed from 拉萨, about 林芝
    text = "新华社拉萨11月28日专电 由福建省总工会注资200万元设立的帮扶基金成立,西藏林芝地区的30户困难职工首批受益。"
    assert scopes(text) == [("200万元", "西藏自治区", "林芝市"), ("30户", "西藏自治区", "林芝市")]


def test_a_source_line_places_only_a_report_that_names_no_place():
    # 东南网 is Fujian's news site: named after 来源, like a dateline's site
    assert scopes("全省职工共实施合理化建议38.6万件。\n来源：东南网") == [("38.6万件", "福建省", "")]
    assert scopes("西安市总工会慰问职工200人。\n来源：宝鸡日报") == [("200人", "陕西省", "西安市")]


def test_a_city_papers_dateline_leaves_a_provinces_figures_the_provinces():
    text = "郑州日报讯 省总工会23日发出通知,今年我省将筹资600万元,专项资助3万困难女职工免费接受检查。"
    assert scopes(text) == [("600万元", "河南省", ""), ("3万", "河南省", "")]


def test_a_site_named_for_a_province_files_a_city_report_of_that_province():
    # 云南网讯: a dateline, so the city the report names places its claims
    text = "昆明50万张“工惠卡”首发\n云南网讯(记者 杨之辉)9月25日,首批50万张“工惠卡”在昆明首发。"
    assert scopes(text) == [("50万张", "云南省", "昆明市"), ("50万张", "云南省", "昆明市")]


def test_a_site_named_for_a_province_is_no_districts_short_form():
    # 河北新闻网: 河北 is the province (天津's 河北区 has no short form that is a province's name)
    text = ("河北新闻网唐山4月17日电 自2008年列入全国重点工程劳动竞赛以来,曹妃甸18万名生产建设大军实现增收节支27亿元。")
    assert {p for _, p, _ in scopes(text)} == {"河北省"}


def test_a_provinces_own_union_speaks_for_that_province_in_a_national_piece():
    text = ("全国总工会日前通报,全国各级工会今年新建驿站1.2万个。其中,广东省建成驿站2000个,浙江省建成1800个;"
            "广东省总工会投入资金2亿元,浙江省总工会投入1.5亿元。全总将继续推进。")
    assert [(t, p) for t, p, _ in scopes(text)] == [("1.2万个", "全国"), ("2000个", "广东省"), ("1800个", "浙江省"),
                                                   ("2亿元", "广东省"), ("1.5亿元", "浙江省")]


def test_a_list_of_places_and_amounts_gives_each_amount_its_place():
    head = "陕西省总工会召开会议。"
    assert scopes(head + "全省建成驿站500个,其中西安120个、宝鸡85个。") == [
        ("500个", "陕西省", ""), ("120个", "陕西省", "西安市"), ("85个", "陕西省", "宝鸡市")]
    # but a list of places before the amounts is the places together
    assert scopes(head + "西安、宝鸡建成驿站120个、书屋30家。") == [("120个", "陕西省", ""), ("30家", "陕西省", "")]
    assert scopes(head + "西安、宝鸡两市建成驿站205个。") == [("205个", "陕西省", "")]


def test_an_autonomous_prefectures_report_says_全州():
    text = "临夏州总工会召开全委会。在省总工会指导下,全州新建工会组织120个,发展会员3000名。全州建成驿站56个。"
    assert {(p, c) for _, p, c in scopes(text)} == {("甘肃省", "临夏回族自治州")}


def test_a_county_report_that_cites_the_national_union_stays_the_countys():
    text = "通山县总工会召开会议。会议传达全国总工会有关精神,学习全总文件。全县新建工会组织36个,发展会员1200名。"
    assert scopes(text) == [("36个", "湖北省", "咸宁市"), ("1200名", "湖北省", "咸宁市")]


def test_a_national_piece_naming_one_province_as_an_example_stays_national():
    text = ("记者从全国总工会获悉:专项行动期间,各级工会配合政府部门为62.93万职工追回被拖欠工资73.62亿元。"
            "其中,广东省各地工会为职工追回工资和赔偿金7080.3万元。据全总统计,已建工会企业累计欠薪133亿元。")
    assert scopes(text) == [("62.93万", "全国", ""), ("73.62亿元", "全国", ""), ("7080.3万元", "广东省", ""),
                            ("133亿元", "全国", "")]


def test_a_report_naming_partner_provinces_and_national_honours_stays_its_own():
    # 全国劳模, 全国工人先锋号 are honours, not signs of a national report; a municipality's 全市 is
    # its whole province; a sentence naming other provinces stops the city carried from before
    shanghai = ("上海市总工会2023年工作报告。全市工会会员达到780万人。市总工会与江苏、浙江、安徽工会签订合作协议,"
                "对口支援云南、新疆、西藏帮扶资金1200万元。全市职工获得全国五一劳动奖章36人,全国工人先锋号20个。")
    assert {(p, c) for _, p, c in scopes(shanghai)} == {("上海市", "")}
    jiangsu = ("江苏省总工会2023年工作报告。南京建成驿站300个。与浙江、安徽、上海工会签订合作协议,对口支援新疆、"
               "西藏、青海职工帮扶资金1200万元。获得全国五一劳动奖章36人,全国工人先锋号20个,全国劳动模范12人。")
    assert scopes(jiangsu) == [("300个", "江苏省", "南京市"), ("1200万元", "江苏省", ""), ("36人", "江苏省", ""),
                               ("20个", "江苏省", ""), ("12人", "江苏省", "")]


def test_a_provincial_report_that_names_a_neighbour_stays_provincial():
    text = ("四川省总工会召开全委会。全省新建工会组织1860家,全省会员新增12万人。"
            "川渝两地工会签订合作协议,重庆市总工会参加。全国劳模、四川省劳模共120名受到表彰。")
    assert [p for _, p, _ in scopes(text)] == ["四川省", "四川省", "四川省"]


def test_an_autonomous_region_says_全区_where_a_province_says_全省():
    text = ("广西壮族自治区总工会召开全委会。全区各级工会新建驿站520个。\n"
            "南宁市总工会开展送清凉活动120场。全区建会率达92.5%,自治区总工会投入资金1.35亿元。\n")
    assert scopes(text) == [("520个", "广西壮族自治区", ""), ("120场", "广西壮族自治区", "南宁市"),
                            ("92.5%", "广西壮族自治区", ""), ("1.35亿元", "广西壮族自治区", "")]
    # in a city's report 全区 is one of its districts
    text = "西安市雁塔区总工会召开会议。全区新建驿站52个,西安市总工会支持资金100万元。全区会员达到12万人。"
    assert [c for _, _, c in scopes(text)] == ["西安市"] * 3


def test_a_district_of_a_municipality_places_its_report_in_the_municipality():
    text = "海淀区总工会召开全委会。全区新建工会组织120家,发展会员1.2万人。"
    assert scopes(text) == [("120家", "北京市", ""), ("1.2万人", "北京市", "")]
    text = "河北区总工会为职工办实事。全区发放慰问金50万元。"  # 天津市河北区, not 河北省
    assert scopes(text) == [("50万元", "天津市", "")]


def test_a_county_report_is_placed_in_its_prefecture():
    assert scopes("凤庆县总工会召开全委会。全县新建工会组织52家,发展会员3200人。") == [
        ("52家", "云南省", "临沧市"), ("3200人", "云南省", "临沧市")]
    assert scopes("鄂尔多斯市准格尔旗总工会新建职工书屋12家。") == [("12家", "内蒙古自治区", "鄂尔多斯市")]
    # an autonomous county as reports name it: 寻甸县 (寻甸回族彝族自治县), 长阳县, 莫旗
    assert scopes("寻甸县总工会今年新建工会组织35个。") == [("35个", "云南省", "昆明市")]
    assert scopes("长阳县总工会慰问困难职工300户。") == [("300户", "湖北省", "宜昌市")]
    assert scopes("莫旗总工会发放助学金20万元。") == [("20万元", "内蒙古自治区", "呼伦贝尔市")]
    # a common word holding a county's name is no mention: 沿海城市 (海城市), 河北区域 (河北区)
    assert scopes("辽宁省总工会:全省沿海城市新建驿站300个。") == [("300个", "辽宁省", "")]
    assert scopes("河北省总工会:推动京津冀及河北区域协调发展,全省新建驿站500个。") == [("500个", "河北省", "")]


def test_a_city_report_that_ends_with_other_cities_stays_the_lead_citys():
    # the reporting union is named first; 全市 with no name before it is its own; the other cities,
    # named twice each at the end (在芜湖、蚌埠等地…芜湖市总工会…), have only their own phrases
    text = ("7月15日上午，安徽省合肥市总工会慰问团来到施工现场，为300余名建设者送去防暑降温物品。\n"
            "今年全市各级工会计划投入资金800万元，覆盖全市10万余名一线职工。\n"
            "在芜湖、蚌埠、阜阳等地，工会也同步开展送清凉活动。芜湖市总工会为全市50家企业的3000名职工送去清凉物资；"
            "蚌埠市总工会走访慰问户外劳动者2000余人次。")
    assert scopes(text) == [("300余名", "安徽省", "合肥市"), ("800万元", "安徽省", "合肥市"),
                            ("10万余名", "安徽省", "合肥市"), ("50家", "安徽省", "芜湖市"),
                            ("3000名", "安徽省", "芜湖市"), ("2000余人次", "安徽省", "蚌埠市")]


def test_a_city_reports_claim_after_全省_in_its_phrase_is_the_provinces():
    # 全区 is the autonomous region's in a city report that names no district of its own;
    # 名列全省前茅 (after the claim) and 省级 (a level) leave a claim in its city
    text = ("银川市总工会近日发布消息,2023年全市举办招聘活动86场。石嘴山市、吴忠市等地工会也推出类似举措。"
            "据统计,全区各级工会今年共举办招聘活动300余场。全市另有四项工作名列全区前茅。")
    assert scopes(text) == [("86场", "宁夏回族自治区", "银川市"), ("300余场", "宁夏回族自治区", ""),
                            ("四项", "宁夏回族自治区", "银川市")]
    district = "兴庆区总工会召开全委会。全区各级工会今年共举办招聘活动30场。"
    assert scopes(district) == [("30场", "宁夏回族自治区", "银川市")]
    province = "南京市总工会介绍,全市新建驿站30个;据统计,全省共建成驿站5000个,建成省级示范站1个。"
    assert scopes(province) == [("30个", "江苏省", "南京市"), ("5000个", "江苏省", ""), ("1个", "江苏省", "南京市")]


def test_a_city_reports_sentence_whose_subject_is_a_provincial_body_is_the_provinces():
    lead = "昆山市总工会消息,2023年全市新建企业工会412家。张家港、常熟等地工会也纷纷跟进。"
    text = lead + "江苏省教育工会组织全省高校青年教师教学竞赛，共有来自98所高校的412名教师参赛。"
    assert scopes(text)[-2:] == [("98所", "江苏省", ""), ("412名", "江苏省", "")]
    # a circumstance (在省总工会的支持下) or a city named before the claim keeps it the city's
    text = lead + "在省总工会的支持下，新建书屋12家。省总工会授予昆山市30个集体荣誉。"
    assert scopes(text)[-2:] == [("12家", "江苏省", "苏州市"), ("30个", "江苏省", "苏州市")]
    # nor does a provider after 由 (本次活动由省总工会提供资金…): the activity is the city's
    text = lead + "本次活动由江苏省总工会提供筛查资金7.2万余元，578名女职工受益。"
    assert scopes(text)[-2:] == [("7.2万余元", "江苏省", "苏州市"), ("578名", "江苏省", "苏州市")]
    # its subject after an opening adverbial clause (为…，省总工会决定…), but not after one that names the city
    text = lead + "为进一步激励广大劳模更好发挥示范带头作用,省总工会决定重点支持28个劳模创新工作室。"
    assert scopes(text)[-1:] == [("28个", "江苏省", "")]
    text = lead + "按照全省统一部署,我市工会新建驿站16个。为服务职工,全市工会建成书屋20家。"
    assert scopes(text)[-2:] == [("16个", "江苏省", "苏州市"), ("20家", "江苏省", "苏州市")]


@pytest.mark.parametrize("name,province,city", [
    ("两江新区", "重庆市", ""), ("天府新区", "四川省", "成都市"), ("石河子市", "新疆生产建设兵团", ""),
    ("凤翔区", "陕西省", "宝鸡市"), ("天水", "甘肃省", "天水市"), ("平潭综合实验区", "福建省", "福州市"),
    ("西咸新区", "陕西省", "西安市"), ("金普新区", "辽宁省", "大连市"),
    # county-level cities that became districts, by their old names in older reports
    ("即墨市", "山东省", "青岛市"), ("萧山市", "浙江省", "杭州市"), ("吴江市", "江苏省", "苏州市"),
    # and a county renamed as a district (户县, 鄠邑区 since 2016)
    ("户县", "陕西省", "西安市")])
def test_new_areas_and_the_corps_cities_place_a_claim(name, province, city):
    assert scopes(name + "总工会今年新建驿站30个。") == [("30个", province, city)]


def test_a_city_reports_claim_of_two_cities_together_is_the_provinces():
    text = "宝鸡市总工会召开全委会。全市新建驿站30个。西安、宝鸡两市共建驿站320个。其中西安市200个、宝鸡市120个。"
    assert scopes(text) == [("30个", "陕西省", "宝鸡市"), ("320个", "陕西省", ""),
                            ("200个", "陕西省", "西安市"), ("120个", "陕西省", "宝鸡市")]


def test_a_short_form_written_in_full_elsewhere_is_a_place_in_a_list_of_places():
    # 安康 alone is 安康杯 as often as the city; joined to 汉中 by a list word, it is the city
    text = "陕西省总工会召开会议。汉中、安康两市分别新建驿站86个和72个。安康杯竞赛参赛班组3000个。"
    assert scopes(text) == [("86个", "陕西省", "汉中市"), ("72个", "陕西省", "安康市"), ("3000个", "陕西省", "")]


@pytest.mark.parametrize("text,place", [
    ("本报贵阳6月1日电(记者 王强)记者从省总工会获悉,今年以来,全省各级工会共新建驿站320个。", ("贵州省", "")),
    ("本报昆明讯 今年以来,全市各级工会新建驿站86个。", ("云南省", "昆明市")),
    # a site or paper named for no place files from its province
    ("南方工报讯 今年以来,全省各级工会新建驿站320个。", ("广东省", "")),
    ("天山网讯(记者 刘博)自治区总工会今年共慰问困难职工1.2万户。", ("新疆维吾尔自治区", "")),
    ("东方网讯 今年以来,全市各级工会新建驿站120个。", ("上海市", "")),  # not Hainan's 东方市
    # a province's workers' paper or site (陕工网, 劳动时报) files from it
    ("陕工网讯 近日,市总工会为120名环卫工人送去慰问品。", ("陕西省", "")),
    ("劳动时报讯 今年以来,全省各级工会新建驿站320个。", ("贵州省", "")),
    ("南国早报讯 今年以来,全区各级工会新建驿站320个。", ("广西壮族自治区", "")),
    ("新华社北京2月1日电 记者从全国总工会获悉,全国已建成驿站18万个。", ("全国", "")),
    # a paper's reporter says where the report is from too
    ("本报嘉积12月9日电 海南日报记者从会上获悉,当前全省共有各类服务职工阵地3958个。", ("海南省", "")),
])
def test_a_report_that_names_no_other_place_is_the_place_it_was_filed_from(text, place):
    (claim,) = extract_text(text)
    assert (claim.province, claim.city) == place


def test_a_countys_own_report_visited_by_the_national_union_is_not_national():
    text = ("中华全国总工会调研组来我县调研\n2月8日,中华全国总工会书记处书记带领调研组来我县调研。"
            "在宁夏某科技有限公司,调研组了解企业工会建设情况。我县认真贯彻中华全国总工会和自治区、市总工会部署。\n"
            "2022年,全县新增工会33家,发展会员2613人。")
    assert scopes(text) == [("33家", "宁夏回族自治区", ""), ("2613人", "宁夏回族自治区", "")]


def test_a_ranking_that_compares_provinces_is_national():
    # no province says 全省 or 省总工会 of itself, and one named twice is no author: the nation's
    text = ("据统计,2022年全国工会基层组织总数为260万个。\n"
            "从榜单看,11个地区基层组织超过10万个,山东12.3万个排在首位,宁夏不足1万个;"
            "山东、河南这2个地区的会员人数超过2000万人。")
    assert scopes(text) == [("260万个", "全国", ""), ("11个", "全国", ""), ("10万个", "全国", ""),
                            ("12.3万个", "山东省", ""), ("1万个", "宁夏回族自治区", ""), ("2个", "全国", ""),
                            ("2000万人", "全国", "")]


def test_a_round_ups_paragraph_that_opens_with_another_county_is_that_countys():
    # a city paper's round-up of county news: each paragraph opens (after its dateline or date) with
    # the union it reports on; the one named most does not take the others' paragraphs
    text = ("田东讯(通讯员 韦明)7月2日,田东县总工会开展送清凉活动,慰问一线职工320人,发放慰问品价值4万多元。"
            "田东县总工会还走访企业12家。\n"
            "近日,宜州区总工会开展金秋助学活动,共资助困难职工子女45名。\n"
            "7月5日—6日,在横州市,职工技能大赛吸引选手150名参赛。\n"
            "田东县总工会表示将持续做好服务。")
    assert scopes(text) == [("320人", "广西壮族自治区", "百色市"), ("4万多元", "广西壮族自治区", "百色市"),
                            ("12家", "广西壮族自治区", "百色市"), ("45名", "广西壮族自治区", "河池市"),
                            ("150名", "广西壮族自治区", "南宁市")]
    text = ("东兰讯(通讯员 兰工)8月5日,东兰县总工会送清凉慰问组慰问农民工60多位。东兰县总工会今年拿出1.5万元购买防暑物资。\n"
            "8月8日,宾阳县总工会开展送清凉活动,慰问环卫工人200名。\n"
            "东兰县总工会将持续开展关爱活动。")
    assert scopes(text) == [("60多位", "广西壮族自治区", "河池市"), ("1.5万元", "广西壮族自治区", "河池市"),
                            ("200名", "广西壮族自治区", "南宁市")]


def test_each_province_of_a_list_of_amounts_is_its_own_and_an_aside_after_one_holds_its_parts():
    # not only in a national report: a province's clause of its own names the amount's province, and
    # the cities of a bracket after the amount (含沈阳市总20万元) are its parts' places, not its own
    text = ("各级工会捐款已达4011万元。其中,北京市总100万元,辽宁省总90万元(含沈阳市总20万元,大连市总20万元),"
            "上海市总280万元。")
    assert scopes(text)[1:] == [("100万元", "北京市", ""), ("90万元", "辽宁省", ""), ("20万元", "辽宁省", "沈阳市"),
                                ("20万元", "辽宁省", "大连市"), ("280万元", "上海市", "")]
    assert scopes("其中,北京市100万元,天津市80万元,河北省30万元。") == [
        ("100万元", "北京市", ""), ("80万元", "天津市", ""), ("30万元", "河北省", "")]


def test_a_report_that_speaks_of_its_city_is_no_national_one_for_naming_the_national_union():
    # 我市 says whose report it is, however often it names 全国总工会 and its honours; its paper places it
    text = "株洲日报讯 近日,中华全国总工会下发了表彰决定。我市2个集体荣获“全国模范职工之家”称号。"
    assert scopes(text) == [("2个", "湖南省", "株洲市")]
    assert scopes("近日,中华全国总工会下发了表彰决定。我市2个集体荣获“全国模范职工之家”称号。") == [("2个", "", "")]
    assert scopes("中华全国总工会下发通知。全国已建工会驿站18万个。") == [("18万个", "全国", "")]


@pytest.mark.parametrize("text, place", [
    # a county's own paper, site or station, in a dateline or a source line, says whose report it is
    ("福鼎新闻网讯 11月21日,市总工会举办单身青年职工联谊活动,80余名青年参加。", ("福建省", "宁德市")),
    ("来源:仙游今报 | 时间:2025-08-27\n8月26日,县总工会共资助困难职工子女31名。", ("福建省", "莆田市")),
    ("来源：通山县融媒体中心\n县总工会今年慰问困难职工120户。", ("湖北省", "咸宁市")),
    ("秭归融媒讯 县总工会组织首批26名职工开展疗休养。", ("湖北省", "宜昌市")),
])
def test_a_countys_own_paper_or_station_places_a_report_that_names_no_other(text, place):
    assert {row[1:] for row in scopes(text)} == {place}


@pytest.mark.parametrize("headline", ["建瓯：", "建瓯:"])
def test_a_headline_that_opens_with_a_countys_short_name_and_a_colon_places_the_report(headline):
    # a headline's 建瓯： is the dateline of a county's news, as 建瓯讯 is; the body names where the workers come
    # home from (上海), which is no place of the report
    text = (f"{headline}300名农民工乘专车返乡\n"
            "1月20日，由上海市总工会联合开行的返乡专车抵达，市总工会为返乡职工发放慰问品300份。")
    assert scopes(text)[0] == ("300名", "福建省", "南平市")
    assert scopes("党政和工会：共慰问职工300名。") == [("300名", "", "")]


def test_a_paragraph_that_opens_with_another_county_keeps_the_reports_city_where_it_says_全市():
    text = ("东兰县总工会送清凉慰问组慰问农民工60多位。东兰县总工会今年拿出1.5万元购买防暑物资。东兰县职工踊跃参加。\n"
            "8月8日,宾阳县总工会来东兰交流。全市工会共慰问环卫工人2000名。")
    assert scopes(text)[-1] == ("2000名", "广西壮族自治区", "河池市")


@pytest.mark.parametrize("name, city", [("武鸣县", "南宁市"), ("田阳县", "百色市"), ("武鸣区", "南宁市")])
def test_a_district_is_found_by_its_old_county_name_too(name, city):
    assert scopes(f"{name}总工会今年新建职工书屋12家。") == [("12家", "广西壮族自治区", city)]


def test_a_former_name_shared_by_two_districts_places_nothing():
    # 长安区 is Xi'an's and Shijiazhuang's: 长安县 could be either
    assert scopes("长安县总工会今年新建职工书屋12家。") == [("12家", "", "")]


def test_a_papers_name_is_no_place_outside_a_dateline():
    assert scopes("各级工会推动提高劳动报酬,共签订集体合同120份。") == [("120份", "", "")]


def test_the_national_union_named_in_a_quoted_oath_makes_no_national_report():
    text = ("特区工会开展新就业形态劳动者集中入会活动,快递员共90余人参加。“我志愿加入中华全国总工会,遵守工会章程……”"
            "在宣誓声中,90名快递员加入了工会。")
    assert scopes(text) == [("90余人", "", ""), ("90名", "", "")]
    # outside the quotation it still says whose report it is
    assert scopes("全国总工会发出通知。全国新建基层工会组织24万个。") == [("24万个", "全国", "")]


def test_an_autonomous_regions_report_that_names_no_place_is_no_national_report():
    # 自治区总工会, 我区: some region's own report, though it says 全国 once
    text = ("自治区总工会召开援建工作座谈会。自2010年以来,全国19个省市工会对我区开展援助,"
            "区总工会与各支援省市工会召开座谈交流会73个。")
    # (the 19 provinces are the nation's: a figure right after 全国 is)
    assert scopes(text) == [("19个", "全国", ""), ("73个", "", "")]
    # nor are the ones that figure counts, named after its 的 (来自全国32支代表队的546名选手)
    text = ("第八届全国职工职业技能大赛决赛在陕西西安落幕。来自全国32支代表队的546名选手在6个工种展开角逐，"
            "西安市选派12名选手参赛。")
    assert scopes(text) == [("32支", "全国", ""), ("546名", "全国", ""), ("6个", "陕西省", "西安市"),
                            ("12名", "陕西省", "西安市")]
    # and the next item of its list (全国17个省（市）、16家中央企业工会), but not the place it is joined to
    text = ("全国工会对口援藏工作会议在拉萨召开。自2014年以来，全国17个省（市）、16家中央企业工会与西藏7市（地）、"
            "74个县（区）工会建立对口援助关系。全国30个省（区、市）的460名选手参赛。")
    assert scopes(text) == [("17个", "全国", ""), ("16家", "全国", ""), ("74个", "西藏自治区", ""),
                            ("30个", "全国", ""), ("460名", "全国", "")]
    # a count in Chinese numerals too; not one right after the national union's name (its honours of the city)
    text = ("广东省总工会消息。来自全国二十多个省（自治区）的帮扶产品参展，仅广东就有256个名优农产品参展。"
            "鹰潭市总工会获得全国总工会四项表彰。")
    assert scopes(text) == [("二十多个", "全国", ""), ("256个", "广东省", ""), ("四项", "江西省", "鹰潭市")]


def test_an_honours_list_is_the_reports_not_its_first_bodys_city_nor_the_nations():
    # 授予湖北省大冶市…中学等25个单位: the first body named is one of 25, not where they are; 全国 in a
    # quoted title (“全国模范教师”) is the honour's name; 对全国2375个单位: the nation's figure
    text = ("湖北日报讯 全国教育系统表彰活动在京举行，湖北共有25个单位和79名个人获表彰。"
            "人社部、教育部决定对全国2375个单位和个人进行表彰。"
            "其中，授予湖北省大冶市还地桥镇中学等25个单位“全国教育系统先进集体”称号；"
            "授予丁一刚等31人“全国模范教师”称号；授予马永飞等41人“全国优秀教师”称号。")
    assert scopes(text) == [("25个", "湖北省", ""), ("79名", "湖北省", ""), ("2375个", "全国", ""),
                            ("25个", "湖北省", ""), ("31人", "湖北省", ""), ("41人", "湖北省", "")]
    # nor is the province that begins the body's name with its city (福建|龙岩|古田山庄公司等13家): in a city's
    # report, the count is the city's
    text = ("龙岩市总工会召开职工疗休养工作推进会。会上，福建龙岩古田山庄有限责任公司等13家省、市级"
            "疗休养示范基地负责人作了汇报。")
    assert scopes(text) == [("13家", "福建省", "龙岩市")]
    # the city still tells whose report it is when nothing else does
    text = "市教育工会开展宣讲比赛。经过评审，江汉区万松园路小学熊丽萍等12名老师荣获一等奖。"
    assert scopes(text) == [("12名", "湖北省", "武汉市")]
    # a first body with a long name (…委员会宝学士托育中心爱心托管托育班等50个), and a list of cities
    # before the count (广州、深圳等10个市): examples, the province's count
    text = ("广东省总工会公布名单。广州工控健康教育投资有限公司工会委员会宝学士托育中心爱心托管托育班"
            "等50个托管班入选。广州、深圳等10个市新建驿站200个。")
    assert scopes(text) == [("50个", "广东省", ""), ("10个", "广东省", ""), ("200个", "广东省", "")]
    # the lowest of the levels of a joint figure (自治区、呼和浩特市两级工会): the higher level's; but a city's
    # own levels (西安市、区两级工会) are the city's
    text = ("内蒙古自治区总工会启动送温暖活动。在启动仪式上，自治区、呼和浩特市两级工会为30位困难劳模发放"
            "廉租住房钥匙。")
    assert scopes(text) == [("30位", "内蒙古自治区", "")]
    text = "陕西省总工会开展送温暖活动。省、西安市两级工会共投入资金500万元。西安市、区两级工会慰问职工300人。"
    assert scopes(text) == [("500万元", "陕西省", ""), ("300人", "陕西省", "西安市")]


def test_a_groups_report_quoting_a_national_honours_decision_is_no_national_report():
    # the national union first of the bodies that issue the decision, 全国 before a quoted contest's name:
    # whose honours, not whose report
    text = ("记者近日从金隅集团工会了解到，全年累计组织开展“安康杯”活动320余次。在中华全国总工会、应急管理部、"
            "国家卫生健康委员会下发的《关于表彰2020—2021年度全国“安康杯”竞赛活动先进集体和优秀个人的决定》中，"
            "金隅集团系统有5家单位荣获表彰。")
    assert scopes(text) == [("320余次", "", ""), ("5家", "", "")]


def test_a_city_of_taiwan_places_its_unions_figures():
    # in simplified or traditional characters; 新北 alone is still 常州's district (新北工会)
    assert scopes("台北市產業總工會召開會員大會，會員人數達3萬人。") == [("3萬人", "台湾省", "台北市")]
    assert scopes("臺中市工會會員3萬人。") == [("3萬人", "台湾省", "台中市")]
    assert scopes("新北工会建成驿站30个。") == [("30个", "江苏省", "常州市")]


def test_all_of_hong_kong_or_macao_names_it():
    # 全港, 本港 (全澳, 本澳): the special region a Hong Kong (Macao) report speaks of, though it names no 香港
    text = "工聯會和各屬會繼續在全港各區開設街站。工聯會擺設近500個街站，涉及的工作人員和義工逾2200多人。"
    assert scopes(text) == [("500個", "香港特别行政区", ""), ("2200多人", "香港特别行政区", "")]
    text = "工联总会在全澳设立5个服务中心，全年服务会员3万人次。"
    assert scopes(text) == [("5个", "澳门特别行政区", ""), ("3万人次", "澳门特别行政区", "")]


def test_a_place_left_out_of_a_figure_does_not_place_it():
    # (不含深圳), 除…外: the figure is of the rest of the province
    text = ("广东省总工会召开全委会。全省(不含深圳)建会企业5.2万家。"
            "除广州外,各市共建成职工书屋860家。惠州市新建驿站30个。")
    assert scopes(text) == [("5.2万家", "广东省", ""), ("860家", "广东省", ""), ("30个", "广东省", "惠州市")]


@pytest.mark.parametrize("dateline", ["云上崇阳报道(记者 王明):", "崇阳讯 ", "崇阳网讯 (通讯员 李华)", "崇阳消息 "])
def test_a_countys_short_form_in_a_dateline_places_its_report(dateline):
    # a county paper's dateline names its county short (崇阳县, 咸宁市); the report then says only 我县
    text = dateline + "据统计,“两节”期间我县各级工会筹集发放慰问物资120多万元,走访慰问困难企业80多家。"
    assert scopes(text) == [("120多万元", "湖北省", "咸宁市"), ("80多家", "湖北省", "咸宁市")]


def test_a_national_archive_named_in_a_countys_report_leaves_its_claims_the_countys():
    text = ("德钦网讯 (通讯员 李华)近日,县总工会开展金秋助学活动,共计帮扶困难职工子女60名,"
            "其中全国档案帮扶系统内帮扶学生25名。")
    assert scopes(text) == [("60名", "云南省", "迪庆藏族自治州"), ("25名", "云南省", "迪庆藏族自治州")]


def test_a_national_reports_全国_in_the_claims_phrase_outweighs_the_venue_before_it():
    text = ("全国总工会启动服务站点建设工程。当日,全国总工会在北京举行发布会,提出年底全国服务站点达到15万个。"
            "截至目前,各类服务站点已建成12.17万个。")
    assert scopes(text) == [("15万个", "全国", ""), ("12.17万个", "全国", "")]


def test_全市_after_a_municipalitys_name_is_no_evidence_for_the_city_named_later():
    # a national round-up: 天津全市 speaks of 天津, so one county-level city's union named last
    # (滦州市总工会) does not make the piece that city's report
    text = ("新华社北京1月17日电 入冬以来,各级工会正深入开展职工“送温暖”行动。\n"
            "在天津,遍布天津全市的近6000家工会驿站为户外劳动者服务。在广东,省总工会本级投入200万元专项资金,"
            "联动21个地市整合社会资源。在河北,滦州市总工会组织开展“冬季送温暖”活动。")
    assert scopes(text) == [("6000家", "天津市", ""), ("200万元", "广东省", ""), ("21个", "广东省", "")]


@pytest.mark.parametrize("opening", ["截至11月底,", "2023年,", "截至目前,"])
def test_a_paragraph_opening_with_a_province_after_a_date_speaks_for_it(opening):
    text = ("截至2020年底,福建全省已累计命名省级劳模工作室601家。福建省总工会将继续推动创建。\n"
            + opening + "山西全省共建成劳模创新工作室970个。3年来,全省创新工作室共取得专利1043项。")
    assert scopes(text) == [("601家", "福建省", ""), ("970个", "山西省", ""), ("1043项", "山西省", "")]


def test_places_listed_on_from_a_destination_are_destinations_too():
    # 赴扬州、无锡: where the workers go, every one of the list; the count is the sending union's
    text = "宿迁市总工会日前组织350名一线职工赴扬州、无锡等职工疗休养基地参加疗休养活动。"
    assert scopes(text) == [("350名", "江苏省", "宿迁市")]
    text = ("随州市总工会安排部署疗休养工作。今年8月至10月,我市将组织5批次共100名劳动模范"
            "赴恩施、神农架、宜昌等地进行疗休养。")
    assert scopes(text) == [("5批次", "湖北省", "随州市"), ("100名", "湖北省", "随州市")]
    # 到黄冈疗休养: where they rest, not whose they are; 根据省总工会…部署: the province's plan, the city's doing
    text = ("随州市总工会安排部署疗休养工作。根据省总工会职工疗休养工作部署,已组织了20名优秀职工到九宫山疗休养,"
            "并将于10月再组织35名劳动模范到黄冈疗休养。")
    assert scopes(text) == [("20名", "湖北省", "随州市"), ("35名", "湖北省", "随州市")]


def test_a_provinces_report_from_its_one_named_city_gives_that_city_its_loose_city_union():
    # a provincial union's visit reported by the city's paper (哈市: Harbin, as its own papers write it)
    text = ("省总工会在哈市开展送温暖活动。黑龙江省总工会主席到哈市部分企业走访慰问。\n"
            "全省各级工会预计筹集资金1.5亿元。市总工会还投入76万余元资金，慰问环卫工人。")
    assert scopes(text) == [("1.5亿元", "黑龙江省", ""), ("76万余元", "黑龙江省", "哈尔滨市")]
    # (a city named with others leaves 市总工会 to the report's province)
    text = ("黑龙江省总工会到哈尔滨市、大庆市走访慰问。\n全省各级工会预计筹集资金1.5亿元。市总工会还投入76万余元资金。")
    assert scopes(text) == [("1.5亿元", "黑龙江省", ""), ("76万余元", "黑龙江省", "")]


def test_a_leagues_short_name_places_its_report():
    # 锡盟: 锡林郭勒盟, as Inner Mongolia's papers write it
    text = "锡盟总工会推行职工之家流动服务车，全盟已投入13辆。"
    assert scopes(text) == [("13辆", "内蒙古自治区", "锡林郭勒盟")]


def test_a_mirror_pages_pinyin_does_not_hide_its_dateline():
    # a mirror site glues pinyin after characters (網(wǎng)訊): read as spaces, they must not part the
    # county's name from its dateline, nor 市總工會 from its 會
    text = ("香格里拉網(wǎng)訊 我州第十一期職工醫(yī)療互助活動有32316人參加，"
            "共匯集上交互助金263萬(wàn)元。全州工會(huì)共有252位患病職工得到補助。")
    assert scopes(text) == [("32316人", "云南省", "迪庆藏族自治州"), ("263萬(wàn)元", "云南省", "迪庆藏族自治州"),
                            ("252位", "云南省", "迪庆藏族自治州")]


@pytest.mark.parametrize("text, province, city", [
    ("羊城各级工会今年建成驿站120个。", "广东省", "广州市"),
    ("鹏城新就业形态劳动者入会2.3万人。", "广东省", "深圳市"),
    ("冰城工会慰问环卫工人3000名。", "黑龙江省", "哈尔滨市"),
    ("春城职工服务站达到56个。", "云南省", "昆明市"),
    ("申城各级工会发放慰问金500万元。", "上海市", ""),
])
def test_a_citys_byname_places_its_claims(text, province, city):
    # the bynames local and national papers use for one city (羊城, 鹏城, 冰城, 春城; 申城 for Shanghai)
    assert [(p, c) for _, p, c in scopes(text)] == [(province, city)]


def test_a_paragraph_opening_with_a_list_of_places_speaks_for_none_of_them():
    # 湖北省、四川成都市、甘肃张掖市等地总工会…: examples of several provinces, in a national report
    text = ("中工网北京1月15日电 全国已建工会驿站18.61万个。\n"
            "湖北省、四川成都市、甘肃张掖市等地总工会,中石化、美团等5家单位交流驿站建设经验。")
    assert scopes(text) == [("18.61万个", "全国", ""), ("5家", "全国", "")]


def test_a_city_in_another_piece_of_the_sentence_does_not_place_a_claim_whose_piece_says_whose():
    # 自治区总工会…又送去资金50万元；阿克苏地区工会送去…: the region's union gave the first
    text = ("新疆维吾尔自治区总工会组成慰问组深入灾区。\n自治区总工会下拨首批慰问金后,又送去抗震救灾资金50万元;"
            "阿克苏地区工会送去价值30万元的物资。")
    assert scopes(text) == [("50万元", "新疆维吾尔自治区", ""), ("30万元", "新疆维吾尔自治区", "阿克苏地区")]


def test_a_province_named_before_its_whole_in_its_own_phrase_places_the_claim():
    # a round-up whose last item is a city's: 浙江全省 in the middle item is Zhejiang's, not the city's province
    text = "江苏省总工会建成驿站5000个；浙江全省新发展会员30万人；湖南省长沙市总工会慰问困难职工2000户。"
    assert scopes(text) == [("5000个", "江苏省", ""), ("30万人", "浙江省", ""), ("2000户", "湖南省", "长沙市")]


def test_the_nations_own_figures_in_a_provincial_report_are_national():
    # 我国, or 全国 before the people or bodies it counts (not before an honour: 全国职工书屋)
    text = ("天津市总工会推动新就业形态劳动者入会。报告显示,我国共享经济服务提供者已达8400万人。"
            "调查显示,全国新就业形态劳动者已达8400万人,全国农民工总量29753万人。全市建成全国职工书屋12家。")
    assert scopes(text) == [("8400万人", "全国", ""), ("8400万人", "全国", ""), ("29753万人", "全国", ""),
                            ("12家", "天津市", "")]
