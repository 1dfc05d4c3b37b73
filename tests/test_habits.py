"""Writing habits of real reports, each with real-looking sentences and the claims they must yield."""
import pytest

from unionstats import extract_text


def rows(text, *fields):
    return [tuple(getattr(c, f) for f in fields) for c in extract_text(text)]


def test_traditional_characters_give_the_same_claims_at_the_same_offsets():
    simplified = "南京市总工会:全市工会会员达到186万人,建成职工驿站320余家,投入资金1.2亿元。"
    traditional = "南京市總工會:全市工會會員達到186萬人,建成職工驛站320餘家,投入資金1.2億元。"
    fields = ("start", "end", "value", "unit", "qualifier", "metric", "label", "category", "province", "city")
    assert rows(traditional, *fields) == rows(simplified, *fields)
    assert [c.text for c in extract_text(traditional)] == ["186萬人", "320餘家", "1.2億元"]
    assert rows(traditional, "label", "city")[0] == ("工会会员", "南京市")


def test_a_traditional_news_piece_reads_as_its_simplified_form():
    # as a mirror site converted a national news piece: 全國 is national, 單位 organisations
    traditional = ("據悉,截至2024年底,全國已建工會驛站18.61萬個,覆蓋服務職工群眾1.93億人。"
                   "湖北省、四川成都市、甘肅張掖市民樂縣等地總工會,中石化、美團等5家單位交流驛站建設經驗,"
                   "北京市總工會宣讀倡議書。")
    simplified = ("据悉,截至2024年底,全国已建工会驿站18.61万个,覆盖服务职工群众1.93亿人。"
                  "湖北省、四川成都市、甘肃张掖市民乐县等地总工会,中石化、美团等5家单位交流驿站建设经验,"
                  "北京市总工会宣读倡议书。")
    fields = ("start", "value", "unit", "metric", "province", "city", "period")
    assert rows(traditional, *fields) == rows(simplified, *fields)
    assert rows(traditional, "value", "province", "period")[:2] == [
        (186100, "全国", "截至2024年底"), (193000000, "全国", "截至2024年底")]


def test_a_text_spaced_out_character_by_character_keeps_its_places_and_exclusions():
    plain = ("陕西省总工会召开全委会。西安市新建工会组织120个,推动百人以上企业建会,"
             "省总工会选派9名干部蹲点3个月,持续为职工办好十件实事。")
    spaced = " ".join(plain)  # as some PDF converters leave a page
    fields = ("value", "unit", "metric", "province", "city")
    assert rows(spaced, *fields) == rows(plain, *fields) == [
        (120, "个", "union_organizations", "陕西省", "西安市"), (9, "人", "union_cadres", "陕西省", "")]


def test_a_character_by_character_conversion_reads_as_the_simplified_text():
    # converters that go character by character write 干部 as 乾部
    assert rows("全省572名工會乾部組成工作組。", "metric") == rows("全省572名工会干部组成工作组。", "metric") == [
        ("union_cadres",)]


def test_pinyin_a_mirror_site_glued_after_each_character_is_read_as_spaces():
    text = "全國已建工會(huì )驛站18.61萬(wàn)個(gè),日服務(wù)230.97萬(wàn)人次。"
    assert rows(text, "text", "value", "unit", "metric") == [
        ("18.61萬(wàn)個", 186100, "个", "service_stations"),
        ("230.97萬(wàn)人次", 2309700, "人次", "people_reached")]
    assert rows("会员服务卡(app)发放20万张。", "value", "unit") == [(200000, "张")]


def test_emoji_a_mirror_site_strews_in_brackets_are_read_as_spaces():
    # wherever they stand: inside a measure word, after a mark, inside the pinyin of a character
    text = "全国参(🆘)加技能比赛的(de )职工累计0.93亿人(🐮)次,其中、(🏸)晋升等(dě(🚚)ng )级的职工201.8万人次。"
    assert rows(text, "text", "value", "unit", "metric") == [
        ("0.93亿人(🐮)次", 93000000, "人次", "people_reached"),
        ("201.8万人次", 2018000, "人次", "people_reached")]
    assert rows("全市建成驿站(⏲)120个。", "value", "unit", "metric") == [(120, "个", "service_stations")]


def test_markup_left_in_a_copied_text_reads_as_what_the_page_shows():
    # a page pasted as text: tags end lines (or part cells), references are their characters
    plain = "全省建成驿站1200 个，服务职工3.5万人次。\n其中，农民工会员20万人\n西安市新建工会组织120个。"
    marked = ("<p>全省建成驿站1200&nbsp;个，服务职工3.5万人次&#12290;</p><p class=\"a\">其中&#xff0c;农民工会员"
              "20万人</p><br/>西安市新建工会组织120个&#12290;")
    fields = ("value", "unit", "metric", "province", "city")
    assert rows(marked, *fields) == rows(plain, *fields) == [
        (1200, "个", "service_stations", "陕西省", ""), (35000, "人次", "people_reached", "陕西省", ""),
        (200000, "人", "migrant_worker_members", "陕西省", ""), (120, "个", "union_organizations", "陕西省", "西安市")]
    found = extract_text(marked)
    assert [c.text for c in found][:1] == ["1200&nbsp;个"]  # offsets stay the document's own
    assert all(marked[c.start:c.end] == c.text for c in found)
    cells = "<tr><td>新建基层工会</td><td>个</td><td>3256</td></tr><tr><td>新发展会员</td><td>万人</td><td>28.6</td></tr>"
    assert rows(cells, "value", "metric") == [(3256, "union_organizations"), (286000, "new_members")]
    # what only looks like markup stays text: 年龄<35岁, a stray & and an unknown reference
    assert rows("35岁以下(年龄<35岁)青年职工1200人参加，A&B公司&foo;捐款30万元。", "value", "unit") == [
        (1200, "人"), (300000, "元")]


@pytest.mark.parametrize("sentence,expected", [
    ("开展各类活动三千二百余场。", [("三千二百余场", 3200, None, "more_than")]),
    ("为一万二千户困难职工家庭送去温暖。", [("一万二千户", 12000, None, "exact")]),
    ("两百多人参加了培训。", [("两百多人", 200, None, "more_than")]),
    ("建成十余个服务站点。", [("十余个", 10, None, "more_than")]),
    ("入会率达到百分之九十五。", [("百分之九十五", 95, None, "exact")]),
    ("吸引千余名职工参加。", [("千余名", 1000, None, "more_than")]),
    # 上百, 成千: a stated lower bound, so a claim that is more than 100, 1000
    ("上百人参加了开幕式。", [("百人", 100, None, "more_than")]),
    ("成千名职工受益。", [("千名", 1000, None, "more_than")]),
    # 两三个, 三四百人: neighbouring digits are an approximate range, never 23 or 340
    ("每个企业选派两三个人。", [("两三个人", 2, 3, "approx")]),
    ("三四百人参加了活动。", [("三四百人", 300, 400, "approx")]),
])
def test_chinese_numerals(sentence, expected):
    assert rows(sentence, "text", "value", "value_max", "qualifier") == expected


@pytest.mark.parametrize("sentence", ["开展宣讲数十场。", "几十名职工到场。", "数百人参加。", "若干个工作组。", "几千名志愿者。", "数万名职工参与。"])
def test_vague_counts_state_no_number_and_are_no_claim(sentence):
    assert extract_text(sentence) == []


@pytest.mark.parametrize("sentence,expected", [
    ("全市工会会员１２３４５人,入会率９５．５％。", [("１２３４５人", 12345, "人"), ("９５．５％", 95.5, "%")]),
    ("为1,866户小微企业发放贷款12,500万元。", [("1,866户", 1866, "户"), ("12,500万元", 125000000, "元")]),
    ("筹 集 9944 万 元 为 132.9 万 名 劳 动 者 提 供 保障。", [("9944 万 元", 99440000, "元"), ("132.9 万 名", 1329000, "人")]),
    ("全市工会会员数63.88万\n名,居全省前列。", [("63.88万\n名", 638800, "人")]),
])
def test_full_width_separators_and_pdf_spaces(sentence, expected):
    assert rows(sentence, "text", "value", "unit") == expected


def test_small_form_punctuation_ends_clauses_as_the_marks_it_stands_for():
    # some mirror sites print ﹔ ﹐ for ； ，: each clause still names its own count
    text = "慰問困難職工等3萬人次﹔發動不少於2萬名職工參加醫療互助活動﹐覆蓋會員5萬人。"
    assert rows(text, "text", "category") == [("3萬人次", "assistance"), ("2萬名", "participation"), ("5萬人", "membership")]


def test_a_change_from_one_amount_to_another_is_two_claims_not_a_range():
    assert rows("人均补助标准由1500元提高至2000元。", "text", "value_max") == [("1500元", None), ("2000元", None)]
    # and the second counts what the first does
    assert rows("全省会员人数从120万人增加到150万人。", "metric") == [("union_members",), ("union_members",)]
    assert rows("职工书屋由300家增至450家。", "metric") == [("reading_rooms",), ("reading_rooms",)]
    # a noun that names a count only right against it, across 从/由; 发展到, 成长到 are changes too
    assert rows("一线职工从2000人发展到3000人。", "metric") == [("workers",), ("workers",)]
    assert rows("高级工、技师、高级技师从6.3万人成长到31.3万人。", "metric") == [("workers",), ("workers",)]
    # with the second amount's year after the change word
    assert rows("农民工会员已从2013年的1.08亿增加到2017年的1.4亿。", "metric") == [
        ("migrant_worker_members",), ("migrant_worker_members",)]
    # the change word is no growth: both are levels of what the words before count
    assert rows("一线职工代表比例由十六大时的47.9%提高到60%以上。", "metric", "qualifier") == [
        ("share", "exact"), ("share", "more_than")]


def test_a_range_whose_ends_cannot_both_be_read_is_no_claim():
    assert rows("补助3至2万元。", "text") == []  # neither 3万 to 2万 nor 3 to 20000


def test_a_number_split_by_a_line_end_is_skipped_not_misread():
    assert [c.text for c in extract_text("会员数63.\n88万名")] == []
    assert [c.text for c in extract_text("安排贴息资金,为18\n66户小微企业发放贷款")] == []
    # a line end inside the unit or before its qualifier is read across
    assert rows("组织职工参加活动6.5万人\n次,覆盖率达70%\n以上,筹集资金近\n2亿元。", "text", "unit", "qualifier") == [
        ("6.5万人\n次", "人次", "exact"), ("70%", "%", "more_than"), ("2亿元", "元", "less_than")]
    # a quotation a hard-wrapped text breaks once is still a name
    assert [c.text for c in extract_text("实施“\n百千万法律帮扶”行动。")] == []


@pytest.mark.parametrize("sentence,expected", [
    ("给予每人3至5万元奖励。", ("3至5万元", 30000, 50000, "元")),
    ("每个园区配备3—5个服务站点。", ("3—5个", 3, 5, "个")),
    ("每场招聘会吸引200-300人。", ("200-300人", 200, 300, "人")),
    ("组织1.5万～2万名职工疗休养。", ("1.5万～2万名", 15000, 20000, "人")),
    ("会员人数年均增长10%-15%。", ("10%-15%", 10, 15, "%")),            # the measure word written twice
    ("每户补助3000元至5000元不等。", ("3000元至5000元", 3000, 5000, "元")),
    ("会员卡可透支5000到5万元不等。", ("5000到5万元", 5000, 50000, "元")),  # not 5000万 to 5万
    ("每人救助800至1万元。", ("800至1万元", 800, 10000, "元")),
])
def test_ranges_keep_both_ends(sentence, expected):
    assert rows(sentence, "text", "value", "value_max", "unit") == [expected]


@pytest.mark.parametrize("sentence,expected", [
    ("劳动奖章获得者中产业工人占比超过40%。", ("40%", 40, "%", "more_than", "rates")),
    ("推动将省劳模奖金提高到每人2万元。", ("2万元", 20000, "元", "exact", "funds")),
    ("全市会员人数同比增长12.5%。", ("12.5%", 12.5, "%", "exact", "rates")),
    ("建会率较上年提高2.3个百分点。", ("2.3个百分点", 2.3, "百分点", "exact", "rates")),
    ("其中女职工占六成以上。", ("六成", 60, "%", "more_than", "rates")),
    ("八成以上的企业建立了职代会制度。", ("八成", 80, "%", "more_than", "rates")),  # a share, not a size class
])
def test_ratios_and_shares(sentence, expected):
    assert rows(sentence, "text", "value", "unit", "qualifier", "category") == [expected]


def test_sub_counts_after_其中_are_claims_of_their_own():
    text = "帮扶救助困难职工 1.1万户次,其中生活救助 5771 户,助学救助 3020 人,医疗救助 2978 人。"
    assert rows(text, "text", "category") == [("1.1万户次", "assistance"), ("5771 户", "assistance"),
                                              ("3020 人", "assistance"), ("2978 人", "assistance")]


@pytest.mark.parametrize("sentence,metrics", [
    # a part named only by 职工/劳动者 counts what the whole does
    ("此次表彰全国劳动模范和先进工作者1689名,其中企业职工和其他劳动者1117名。", ["model_workers", "model_workers"]),
    ("参加培训职工5000人,其中,一线职工3000人。", ["trainees", "trainees"]),
    ("全省共有会员1200万人,其中一线职工800万人。", ["union_members", "union_members"]),
    # a part that names its own count keeps it
    ("全省新发展会员12万人,其中农民工会员5.6万人。", ["new_members", "migrant_worker_members"]),
    ("全省共有职工1200万人,其中女职工520万人。", ["workers", "workers"]),
    # a part whose only cue is a catch-all verb the whole used too counts what the whole does, in
    # every clause of a sentence that starts with 其中
    ("全省吸纳新就业形态劳动者入会46.8万人。其中，广州吸纳12.6万人，东莞市吸纳5.2万人。", ["new_members"] * 3),
    # the clauses after the one that starts the parts are parts too, up to a semicolon
    ("全年培训职工5000人，其中一线职工3000人，农民工1000人。", ["trainees"] * 3),
    ("全省新发展会员12万人，其中女职工5万人，农民工3万人。", ["new_members"] * 3),
    ("慰问困难职工1.2万户，其中劳模300户，农民工2000户。", ["assisted_workers"] * 3),
    ("全年培训职工5000人，其中一线职工3000人；全省有农民工1000万人。", ["trainees", "trainees", "migrant_workers"]),
    # a part named by a catch-all noun of the whole's kind (示范点, 基地) is some of the whole
    ("全省累计建成职工书屋3200家，其中全国示范点86家。", ["reading_rooms", "reading_rooms"]),
    ("新建职工之家420个，其中省级示范点35个。", ["workers_homes", "workers_homes"]),
    ("全市投入帮扶资金500万元，其中建成示范点12个。", ["assistance_funds", "facilities_other"]),  # not of its kind
    # cadres among people trained or served are trained or served, in 人 of a whole in 人次 too; not among a
    # workforce or a union's staff, where they are counted as cadres
    ("培训工会干部3.5万人次，其中基层工会主席1.2万人。", ["trainees", "trainees"]),
    ("参加活动职工5000人，其中工会干部200人。", ["people_reached", "people_reached"]),
    ("服务职工3.5万人次，其中农民工2万人。", ["people_reached", "people_reached"]),
    ("全市职工30万人，其中工会干部1200人。", ["workers", "union_cadres"]),
    ("全市共有工会干部3万人，其中专职工会干部5000人。", ["union_cadres", "union_cadres"]),
    # a part in brackets: （含…）, (其中…)
    ("全省会员达到1200万人（含农民工300万人）。", ["union_members", "union_members"]),
    # a bare magnitude of people among parts in money is no part of the money (7.79万贫困群众)
    ("累计采购扶贫产品近3亿元，其中线上采购7027.2万元，有效带动7.79万贫困群众稳定增收。",
     ["sales", "sales", "people_reached"]),
])
def test_a_part_after_其中_counts_what_the_whole_does(sentence, metrics):
    assert [m for (m,) in rows(sentence, "metric")] == metrics


def test_分别为_lists_give_each_number_the_metric_of_its_item():
    text = "全省职工书屋、工会驿站和劳模创新工作室分别为120个、85个和64个。"
    assert rows(text, "text", "metric") == [("120个", "reading_rooms"), ("85个", "service_stations"),
                                            ("64个", "innovation_studios")]
    text = "全市新建工会组织和发展会员分别达到119个和6303名。"
    assert rows(text, "metric", "category") == [("union_organizations", "organizations"), ("new_members", "membership")]


@pytest.mark.parametrize("sentence,expected", [
    ("入会率和建会率分别比上年提高1.2和2.5个百分点。", [("1.2", 1.2, "百分点"), ("2.5个百分点", 2.5, "百分点")]),
    ("职工书屋、爱心驿站和创新工作室分别为120、85和64个。", [("120", 120, "个"), ("85", 85, "个"), ("64个", 64, "个")]),
    ("两市会员增幅为8.5%和9.2%。", [("8.5%", 8.5, "%"), ("9.2%", 9.2, "%")]),
    ("每个班组配备3、4个急救包。", [("3、4个", 3, "个")]),  # 3、4个: three or four, one range from 3 (as 三四个), not two claims
    ("2019、2020年连续举办。", []),                      # years share no measure word
])
def test_a_list_of_numbers_shares_the_measure_word_of_its_last(sentence, expected):
    assert rows(sentence, "text", "value", "unit") == expected


def test_the_members_of_a_list_read_the_words_before_the_first():
    assert rows("全市建成爱心驿站120个、85个。", "metric") == [("service_stations",), ("service_stations",)]
    assert rows("两市会员人数比上年增长1.2和2.5个百分点。", "metric") == [("growth_rate",), ("growth_rate",)]
    # with 分别, each answers to its item
    assert rows("入会率和建会率分别比上年提高1.2和2.5个百分点。", "metric") == [("membership_rate",),
                                                                              ("unionization_rate",)]


def test_the_noun_after_a_list_word_is_the_next_items_not_this_ones():
    text = "全国总工会累计表彰全国五一劳动奖状2245个、奖章8650个和全国工人先锋号8870个。"
    assert rows(text, "metric") == [("may_day_awards",), ("may_day_awards",), ("pioneer_awards",)]
    assert rows("全区建成工会驿站20个及职工书屋5个。", "metric") == [("service_stations",), ("reading_rooms",)]


def test_a_list_of_nouns_after_a_number_runs_to_the_noun_whose_的_leads_on():
    # 160余家|生产、施工、设计、监理单位|的18万名: the units, not the honours of the sentence before
    text = "在大会上了解到，自2008年以来，160余家生产、施工、设计、监理单位的18万名生产建设大军参加了竞赛。"
    assert rows(text, "text", "metric") == [("160余家", "units"), ("18万名", "people_reached")]
    # a list of items each with its number keeps its own words (母婴室11个、|心灵驿站1个)
    # and a catch-all noun of an item is no compound with the item before it (母婴室、|托管班: two things)
    text = "全县共有母婴室11个、心灵驿站1个、托管班1个。"
    assert rows(text, "metric") == [("women_facilities",), ("service_stations",), ("facilities_other",)]


def test_an_aside_after_a_number_does_not_name_it():
    text = "2. 新发展会员:52.36万人(其中农民工会员31.2万人)"
    assert rows(text, "text", "metric") == [("52.36万人", "new_members"), ("31.2万人", "migrant_worker_members")]
    text = "全市建成职工驿站126个【其中户外劳动者服务站80个】"
    assert rows(text, "text", "metric") == [("126个", "service_stations"), ("80个", "service_stations")]


def test_分别_lists_of_places_place_each_number_and_leave_the_metric_to_the_sentence():
    text = "省总工会通报,西安市、宝鸡市和咸阳市分别建成爱心驿站120个、85个和64个。"
    assert rows(text, "text", "metric", "city") == [("120个", "service_stations", "西安市"),
                                                    ("85个", "service_stations", "宝鸡市"),
                                                    ("64个", "service_stations", "咸阳市")]
    text = "四川省总工会消息,德阳、绵阳两市的入会率分别达到91.2%和89.7%。"
    assert rows(text, "metric", "province", "city") == [("membership_rate", "四川省", "德阳市"),
                                                        ("membership_rate", "四川省", "绵阳市")]
    # the items may end the clause before: 位居前三，分别为…
    text = "新疆维吾尔自治区总工会消息,伊犁哈萨克自治州、喀什地区、阿克苏地区新建工会数量位居前三，分别为326个、298个、251个。"
    assert rows(text, "metric", "city") == [("union_organizations", "伊犁哈萨克自治州"),
                                            ("union_organizations", "喀什地区"), ("union_organizations", "阿克苏地区")]
    # items that are who has the things (companies, unions) leave the metric to the words after 分别
    text = "国网河南电力工会消息,郑州、洛阳供电公司工会分别建成母婴室12个和8个。"
    assert rows(text, "category", "city") == [("facilities", "郑州市"), ("facilities", "洛阳市")]


@pytest.mark.parametrize("sentence,metric,category", [
    ("全省各级工会收缴工会经费12.6亿元。", "union_funds", "funds"),
    ("全省职工互助保障参保职工达到623万人次。", "insured_workers", "participation"),
    ("发放“金秋助学”资金7517.6万元。", "subsidies", "funds"),
    ("“金秋助学”活动资助困难职工子女2.3万人。", "assisted_workers", "assistance"),
    ("组织劳模和一线职工疗休养3191人次。", "rest_recuperation", "participation"),
    ("全省签订集体合同5.6万份。", "collective_contracts", "other"),
    ("各级工会调处劳动争议案件3260件。", "disputes", "assistance"),
    ("全省农民工总数达1200万人。", "migrant_workers", "workforce"),
    ("其中农民工会员726万人。", "migrant_worker_members", "membership"),
    ("全市女职工会员达到52万人。", "female_members", "membership"),
    ("其中,农民工会员人数6674.6万人。", "migrant_worker_members", "membership"),
    ("女职工会员人数达52万人。", "female_members", "membership"),
    ("全省已建成职工书屋1.2万家。", "reading_rooms", "facilities"),
    ("全省共有工人文化宫105家。", "cultural_palaces", "facilities"),
    ("新培树模范职工之家200个。", "workers_homes", "facilities"),
    ("全市建成工会爱心驿站2183余家。", "service_stations", "facilities"),
    ("累计建成户外劳动者服务站点16万个。", "service_stations", "facilities"),
    ("全省已建成劳模创新工作室3125家。", "innovation_studios", "facilities"),
    ("全市建档困难职工3200户。", "difficult_worker_files", "assistance"),
    ("今年投入“送温暖”资金近2亿元。", "assistance_funds", "funds"),
    ("为职工提供法律援助1860件。", "legal_aid", "assistance"),
    ("全国建立乡镇(街道)工会3.9万个。", "union_organizations", "organizations"),
    ("各级工会劳动法律监督组织58.3万个。", "organizations_other", "organizations"),
    ("每年召开联席会议,解决160个事关工会工作与职工的实际问题。", "items", "other"),
    ("活动现场,100名劳模代表和一线职工代表参加了大会。", "people_reached", "participation"),
    # a term in quotation marks inside a compound is read as part of it
    ("全省“八大群体”职工覆盖31.5万名。", "workers", "workforce"),
    ("发放“送温暖”资金3200万元。", "assistance_funds", "funds"),
    # money a catch-all verb raises (筹集资金, 筹措资金) in a clause that names its kind further back
    ('今年"两节"送温暖活动共筹集资金170.5万元。', "assistance_funds", "funds"),
    ("此次夏送清凉活动县总工会筹措资金近6万元。", "assistance_funds", "funds"),
    ("省总工会本级列支资金1000万元。", "funds_other", "funds"),
    # money a catch-all word names, for what the next clause does (not when it builds or buys: 建成驿站)
    ("兰州市总工会投入资金1500万元，慰问困难职工、劳模和一线职工。", "assistance_funds", "funds"),
    ("省总工会本级安排1000万元，组成送温暖慰问组，赴各市州走访慰问。", "assistance_funds", "funds"),
    ("通过努力，共筹集资金6.3万元，帮扶救助了困难职工子女。", "assistance_funds", "funds"),
    ("市总工会累计投入资金800万元，建成工会爱心驿站。", "funds_other", "funds"),
    # a chain of catch-alls (服务, 覆盖, 惠及) before the number: the specific word before them names it
    ("全年职工法律援助服务惠及1.2万人。", "legal_aid", "assistance"),
    ("线上就业服务覆盖农民工12万人次。", "jobs", "assistance"),
    ("职工服务覆盖3万人。", "people_reached", "participation"),
    ("今年全省新增工会会员12万名。", "new_members", "membership"),
    # 职工/员工 right before the number counts the workforce only when nothing else names the count
    ("该公司现有员工3000余人。", "workers", "workforce"),
    ("其中一线职工2000人。", "workers", "workforce"),
    # …and across a qualifier or a link between them
    ("全市有一线职工近3000人。", "workers", "workforce"),
    ("全市共有户外劳动者约28万名。", "workers", "workforce"),
    ("全省有职工达1200万人。", "workers", "workforce"),
    ("全省技能人才总量达到520万人。", "workers", "workforce"),
    ("全省有高技能人才152万人。", "workers", "workforce"),
    ("全市培训高技能人才3000人。", "trainees", "participation"),
    ("全省已建立劳动争议调解组织1.6万个。", "organizations_other", "organizations"),  # 组织 heads it
    ("帮扶困难职工家庭2.35万个。", "households_assisted", "assistance"),
    ("评选表彰最美家庭100个。", "honours", "awards"),
    ("全省共有农民工1500万人。", "migrant_workers", "workforce"),
    ("春节前慰问一线职工4.5万人次。", "assisted_workers", "assistance"),
    ("参与竞赛职工1000余人。", "people_reached", "participation"),
    ("衡阳市每万名职工拥有职工书屋12.5个。", "reading_rooms", "facilities"),  # 每万名: a base, no claim
    ("闵行区建成“司机之家”45个。", "service_stations", "facilities"),
    ("全市建成劳动者港湾320家。", "service_stations", "facilities"),
    ("受理职工诉求1.2万件。", "disputes", "assistance"),
    ("全省工会发放防暑降温用品价值2800万元。", "assistance_funds", "funds"),
    ("全省排查安全隐患3.2万处。", "items", "other"),
    ("全省工会基层组织 5.6 万个。", "union_organizations", "organizations"),
    ("全省工会女职工委员会达2.1万个。", "union_organizations", "organizations"),
    ("帮助企业解决技术难题320个。", "items", "other"),
    ("新建职工食堂45个。", "facilities_other", "facilities"),
    ("建成职工活动室320个。", "facilities_other", "facilities"),
    ("全省参保职工人数达到210万人。", "insured_workers", "participation"),
    ("全年接待职工来信来访3200件次。", "disputes", "assistance"),
    ("全省新增职业技能等级认定12万人。", "trainees", "participation"),
    ("市总工会班子成员组成5个慰问组，分赴各县区走访。", "work_teams", "personnel"),
    ("五年来,全市成立了15个红娘分队。", "work_teams", "personnel"),
    ("各级工会干部组成的红娘志愿服务者达500人。", "union_cadres", "personnel"),
    # 集体 inside 集体协议, 集体协商 is no honoured collective; right before the number it is
    ("全镇累计签订工资集体协议50家。", "organizations_other", "organizations"),
    ("表彰集体50个。", "advanced_collectives", "awards"),
    ("法律志愿服务队面授职工1.2万余名。", "trainees", "participation"),
    ("全市累计受理职工维权诉求4600余批。", "disputes", "assistance"),
    ("市本级累计承办案件3038件。", "disputes", "assistance"),
    ("上半年评出五星级职工服务(帮扶)中心12个。", "service_centres", "facilities"),  # an aside inside a term
    ("省总工会命名134个山西省职工(劳模)创新工作室。", "innovation_studios", "facilities"),  # after the number too
    ("各级工会还建成“流动职工书箱”“职工读书角”等3200多个。", "reading_rooms", "facilities"),
    ("全省评选“工人先锋号”班组36个。", "pioneer_awards", "awards"),  # the team honoured, not a count of teams
    ("大赛评出优秀组织奖3个。", "honours", "awards"),  # 奖 against the number ends a prize's name
    ("本届大赛共设置15个赛项。", "labour_competitions", "activities"),
    ("全省12351热线共接听职工来电10.06万通。", "disputes", "assistance"),  # 通: calls
    # a department in a title (宣传部长) names no propaganda events counted
    ("县委常委、宣传部长带队,前往垃圾中转站等10个高温现场慰问。", "items", "other"),
    ("全市职工书屋年服务职工人数达44万人次。", "people_reached", "participation"),
    ("电子职工书屋开通两年来已普惠职工300余万人。", "people_reached", "participation"),
    ("办理法律援助案件1900余件。", "legal_aid", "assistance"),
    # a bare magnitude takes the unit of what its sentence names: money earned, not events
    ("全市职工技术创新活动创收十亿。", "economic_benefits", "funds"),
    # a list (、) is one phrase: the verb before its first item names the count
    ("春节期间,全省工会走访慰问困难职工、劳模和一线职工32.6万人次。", "assisted_workers", "assistance"),
    ("温州市举办联谊活动,2000余名单身职工参加。", "people_reached", "participation"),  # 名单身: not a 名单
    # the noun right after the number ends at a verb: 单位 is counted, not the 驿站 they talk about
    ("中石化、美团等5家单位交流驿站建设经验。", "units", "organizations"),
    ("2万多个驿站具备法律服务功能。", "service_stations", "facilities"),
    ("已有24个省级工会开展试点。", "union_organizations", "organizations"),
    ("全市建成乡镇(街道)工会联合会126个。", "union_organizations", "organizations"),
    ("中心共接待处理职工群众来信、来访、来电16485余次。", "disputes", "assistance"),
    ("建成骑手之家35个。", "service_stations", "facilities"),
    ("建立职工心理咨询室45个。", "facilities_other", "facilities"),
    ("建成爱心妈妈小屋300个。", "women_facilities", "facilities"),
    ("选聘工会法律顾问56名。", "union_cadres", "personnel"),
    ("聘请劳动法律监督员300名。", "union_cadres", "personnel"),
    ("“职工之家”APP注册用户突破50万。", "people_reached", "participation"),  # not the app's name
    ("比赛评选出二等奖2名。", "honours", "awards"),
    ("职工代表队获得金牌3枚。", "honours", "awards"),
    ("颁发五一劳动奖章100枚。", "may_day_awards", "awards"),
    ("授予五一劳动奖状12家。", "may_day_awards", "awards"),
    ("为3.2万名环卫工人送去清凉。", "assisted_workers", "assistance"),
    ("春节前夕慰问劳模1200人。", "assisted_workers", "assistance"),  # 表彰劳动模范300名 stays awards
    ("全省工会法律援助中心达到96个。", "service_centres", "facilities"),
    ("召开产改工作推进会12场。", "meetings", "activities"),
    ("开展普法宣传活动360场。", "lectures", "activities"),
    ("工运史馆接待参观1.2万人次。", "people_reached", "participation"),
    ("配备心理咨询师86名。", "union_cadres", "personnel"),
    ("评选首席技师50名。", "model_workers", "awards"),
    # 工会 names a count only as the noun right after the number, and a compound it starts is the compound's
    ("全市新建120个工会。", "union_organizations", "organizations"),
    ("指导56个工会开展集体协商。", "union_organizations", "organizations"),
    ("相继建设2183余家工会爱心驿站。", "service_stations", "facilities"),
    ("全国有2000个工会户外劳动者服务站点入选。", "service_stations", "facilities"),  # a long cue after 工会
    ("截至目前,全县参保会员达1787人。", "insured_workers", "participation"),  # members insured, not members
    ("截至目前,该活动已拉动消费500万余元。", "sales", "funds"),  # spending set off, not a union's money
    ("拉动文旅消费1290万余元。", "sales", "funds"),
    ("全国新发展工会会员1600万人以上。", "new_members", "membership"),
    ("村工会成立以来,已吸纳工会会员360人。", "new_members", "membership"),
    ("90名外卖送餐员加入了工会。", "new_members", "membership"),
    ("解决160个事关工会工作的问题。", "items", "other"),
    ("直接处理工资拖欠案件,涉及农民工22454人。", "disputes", "assistance"),
    ("全市现有120余万职工。", "workers", "workforce"),  # a population: no verb, no cue
    ("全市共有高级技师1200人。", "workers", "workforce"),  # skilled grades, right against the number
    ("全省有1200万农民工。", "migrant_workers", "workforce"),
    # a bare magnitude takes its unit from what it counts: books in 册, a fund in 元 (帮扶 before 资金
    # is no verb with an object: the fund is what is counted, not those helped)
    ("全市工会全年向职工书屋赠送图书7万。", "books", "other"),
    ("全年下拨帮扶资金达1.2亿。", "assistance_funds", "funds"),
    # 建档在册: the files of workers in hardship (泗县), not the workers helped
    ("本年度建档在册困难职工101户。", "difficult_worker_files", "assistance"),
    ("全市在册困难职工1200户。", "difficult_worker_files", "assistance"),
    # the award named after 被授予/被评为 is what the bodies or people hold (not any honour)
    ("最终，两个参建单位被授予云南省五一劳动奖状。", "may_day_awards", "awards"),
    ("9个建设集体被授予云南省工人先锋号荣誉称号。", "pioneer_awards", "awards"),
    ("唐发启等8人被授予重庆市五一劳动奖章。", "may_day_awards", "awards"),
    ("全县有3人被评为全国劳动模范。", "model_workers", "awards"),
    # the workers a skills training is for are its trainees (援疆: 天山工匠精培计划)
    ("计划开展1.5万名产业工人技能培训。", "trainees", "participation"),
    # money saved by a contest is what it earned (常州, 重点工程创优立功竞赛)
    ("通过参加竞赛，改进工艺流程和控制成本，去年节约1400万元。", "economic_benefits", "funds"),
    # a station on wheels (西青): a site, not an item
    ("西青区总工会2辆工会驿站流动车每周出勤6天。", "facilities_other", "facilities"),
    # places listed with 、 before a noun say where the counted things are (县乡、口岸|职工之家); a list
    # joined with 和 or 及 goes on to other things visited (州（市）|和|部分省属企业)
    ("深入实施工会阵地建设,建成97个边境县乡、口岸职工之家。", "workers_homes", "facilities"),
    ("全年建成120个乡镇、街道职工服务站。", "service_stations", "facilities"),
    ("省总工会领导带队分赴11个州（市）和部分省属企业开展慰问活动。", "areas", "other"),
    # whose a noun is may stand inside it (基层工会|女职工|休息哺乳室: rooms, not unions)
    ("提供技能培训、建设1300多个基层工会女职工休息哺乳室。", "women_facilities", "facilities"),
    ("实地参观了职工暖心服务室、榜样展厅、职工书屋等11个功能室。", "facilities_other", "facilities"),
    # a long noun after the amount starts near enough, however far its last word runs (中央财政|职工困难|帮扶资金)
    ("全国总工会于春节前紧急下拨3.96亿元中央财政职工困难帮扶资金,用于各地工会开展帮扶项目。", "assistance_funds", "funds"),
    ("工会兴办的企事业安排下岗职工2052名。", "jobs", "assistance"),  # placed in work, not a workforce
    ("十年来,全总为职工书屋配送1000余万册。", "books", "other"),  # volumes are books, named or not
    ("力争累计发展新就业形态群体会员达到100万人以上。", "new_employment_members", "membership"),
    ("组织线上技能培训课程1200门。", "items", "other"),
    ("开设网上课堂200节。", "trainings", "activities"),  # 节: lessons (两节 are festivals)
    ("全局有48个班组被评为“春运先锋班组”。", "honours", "awards"),  # 被评为: what they were named
    ("1200名困难职工子女获得助学金。", "assisted_workers", "assistance"),  # 获得 alone names no honour
    # …but 获得 whose object is an honour names it, past the head noun (班组: work teams)
    ("全市有28个班组获得全国工人先锋号。", "pioneer_awards", "awards"),
    ("今年有12名职工获得省五一劳动奖章。", "may_day_awards", "awards"),
    ("5家企业获得市级先进集体称号。", "advanced_collectives", "awards"),
    ("56家企业获得贴息贷款。", "enterprises", "organizations"),
    ("全省工会共帮助1.6万名农民工返乡过年。", "assisted_workers", "assistance"),
    ("帮助企业解决用工需求3.5万人。", "jobs", "assistance"),
    ("全省建成爱心托管班260个。", "facilities_other", "facilities"),
    ("建立劳动法律监督委员会860个。", "organizations_other", "organizations"),
    ("创建“安康杯”竞赛优胜单位80家。", "advanced_collectives", "awards"),
    ("组织120名劳模赴北戴河疗养。", "rest_recuperation", "participation"),  # what they do, not who they are
    ("帮助2.3万名职工提升学历和技能。", "trainees", "participation"),
    ("全省工会会员覆盖率达99.2%。", "membership_rate", "rates"),
    ("2023年全国农民工总量达到2.97亿人。", "migrant_workers", "workforce"),
    ("全市建成职工健身房120个。", "facilities_other", "facilities"),
    ("在项目部建成农民工夜校3所。", "facilities_other", "facilities"),  # a school is a place, not an organisation
    ("在56个工业园区建立工会联合会。", "organizations_other", "organizations"),
    ("覆盖商务楼宇300栋。", "organizations_other", "organizations"),
    ("新建工会分会35个。", "union_organizations", "organizations"),
    ("评选优秀工会干部50名。", "honours", "awards"),
    ("安置下岗职工300人。", "jobs", "assistance"),
    ("调处劳动争议1200件。", "disputes", "assistance"),
    ("看望困难职工1200人。", "assisted_workers", "assistance"),  # 门: courses (not 3门店, 门诊)
    ("全年发放互助金6.7亿元。", "mutual_insurance", "funds"),
    # what a job fair's jobs span is no job: industries and trades counted (but 行业工会 are unions)
    ("招聘岗位涵盖制造、物流、餐饮等20多个行业。", "industries", "other"),
    ("新建行业工会联合会20个。", "union_organizations", "organizations"),
    ("组织开展电工、焊工等12个工种的技能比武。", "industries", "other"),
    # a level of union right after the count is what it counts (its later verbs and objects are not)
    ("全市10个区总工会均建成职工驿站。", "union_organizations", "organizations"),
    ("全省14个市总工会全部建立法律援助中心。", "union_organizations", "organizations"),
    # views of a page or a video are no events (点击量, 播放量), trips of a bus are counted as written
    ("电子职工书屋点击量突破500万次。", "views", "other"),
    ("系列短视频播放量达1200万次。", "views", "other"),
    ("开行职工通勤班车1200班次。", "items", "other"),
    ("提出合理化建议12.6万条。", "achievements", "other"),  # 条 of suggestions, not records
    ("全年服务会员3万人次。", "people_reached", "participation"),  # person-times are visits, not members
    ("结对帮扶困难职工300对。", "assisted_workers", "assistance"),  # pairs helped, not events
    ("为1.2万名环卫工人发放防寒物资。", "assisted_workers", "assistance"),  # goods handed to them: helped
    ("为3000名快递小哥送去暖心包。", "assisted_workers", "assistance"),
    ("香港工聯會屬會及贈會共有253間。", "union_organizations", "organizations"),  # affiliates, in 間
    # the provinces and cities counted: 省级/市级 are levels, not them
    ("来自全省21个市（州）的代表参加会议。", "areas", "other"),
    ("本届大赛设置9个省特色产业竞赛项目。", "labour_competitions", "activities"),  # the province's, not provinces
    ("今年共有5个市重点工程开工。", "items", "other"),
    ("全国31个省（区、市）总工会参与评选。", "areas", "other"),
    # a union word ending the noun after the place: the unions are counted (县|工会, through an aside),
    # unless a noun of any unit goes on (地区|工会|专职工作人员 are the places', 县|工会|经费 too)
    ("我省140个县(市、区)工会全部建立了帮扶中心。", "union_organizations", "organizations"),
    ("全国19个省市工会对口支援新疆。", "union_organizations", "organizations"),
    ("全省有7个地区工会专职工作人员偏少。", "areas", "other"),
    ("建成12个省级示范职工之家。", "workers_homes", "facilities"),
    ("全市12个县级工会全部完成换届。", "union_organizations", "organizations"),
    ("8个设区市总工会获评先进。", "honours", "awards"),
    ("全省13个设区市总工会均建立了服务中心。", "union_organizations", "organizations"),
    ("全年发放节日慰问品,惠及会员320万人。", "people_reached", "participation"),  # those it reached
    ("各级工会选派驻村工作队员326名。", "union_cadres", "personnel"),
    ("推动11.6万名职工取得技能等级证书。", "trainees", "participation"),
    ("县级以上地方工会机关工作人员5120人。", "union_cadres", "personnel"),
    ("活动覆盖全县15个镇街。", "areas", "other"),  # towns and streets, as a county report counts them
    ("全乡有20个行政村，宣传队走遍了每个村。", "areas", "other"),  # villages, as a township counts them
    ("全区8个镇（街道）均建立了工会。", "areas", "other"),
    ("年末实有人员编制186名。", "union_cadres", "personnel"),  # a union's own staff, as its accounts count them
    ("为300余名大病职工提供二次医疗救助。", "assisted_workers", "assistance"),  # 二次: secondary, no count
    ("覆盖全区43个街乡。", "areas", "other"),
    ("为全区1.6万名新就业形态劳动者购买意外伤害保险。", "insured_workers", "participation"),
    ("共评选出省级和谐企业520家。", "honours", "awards"),  # a designation conferred, as 劳模 is
    # a base or a centre is a facility whatever its theme (培训, 劳模): the catch-all keeps its category
    ("建成职工培训基地18个。", "facilities_other", "facilities"),
    ("建立劳模教育基地12个。", "facilities_other", "facilities"),
    # a governing verb right before one object names it, as it names a list of them
    ("培训劳模120名。", "trainees", "participation"),
    ("帮扶劳模30人。", "assisted_workers", "assistance"),
    ("表彰劳模50名。", "model_workers", "awards"),
    ("荣立二等功1人。", "honours", "awards"),  # a merit is an honour
    # visiting delegations are people received, not petitioners (接待来访职工 is a petition's)
    ("劳模展馆全年接待来访团组1036人次。", "people_reached", "participation"),
    ("帮扶中心全年接待来访职工6700余人次。", "disputes", "assistance"),
    # 涉及职工 counts those the earlier item involves: a dispute's, or a contract's (wages are no dispute)
    ("推动企业建立工资正常增长机制，涉及职工12万人。", "people_reached", "participation"),
    ("签订工资专项集体合同，涉及职工420万人。", "people_reached", "participation"),
    ("受理劳动争议案件，涉及职工4120人。", "disputes", "assistance"),
    # 金额 alone is the money of the earlier item; 资助金额, 参保金额 say whose money themselves
    ("为困难职工提供生活救助，金额达800余万元。", "assistance_funds", "funds"),
    ("今年共发放助学金，金额达120万元。", "subsidies", "funds"),
    ("组织职工参加互助保障活动，参保金额3.6亿元。", "mutual_insurance", "funds"),
    ("今年共发放消费券，总金额达500万元。", "funds_other", "funds"),
    ("帮助1200名农民工追讨工资。", "disputes", "assistance"),
    ("全省职工平均工资达到8.5万元。", "funds_other", "funds"),
    # a project's site office is no project; its union is a union; member units are units, not members
    ("去年全县共成立12个建筑工地项目部工会。", "union_organizations", "organizations"),
    ("职工之家主要服务周边36家会员单位。", "units", "organizations"),
    ("截至年底,全区已建成服务职工阵地2100个。", "cultural_palaces", "facilities"),
    ("全市2100个服务职工阵地已全部挂牌。", "cultural_palaces", "facilities"),
    # a modifier (示范性, 省级) and a place's name before the noun do not end it: the studios are counted
    ("全年命名12家示范性劳模工作室。", "innovation_studios", "facilities"),
    ("省总工会命名15家湖南省示范性劳模工作室。", "innovation_studios", "facilities"),
    ("假期全市143个福州职工服务e站照常开放。", "service_stations", "facilities"),  # a city's short name too
    ("开展普法宣传活动，受教育职工近23万人次。", "people_reached", "participation"),
    ("竞赛中涌现出先进模范人物30余名。", "honours", "awards"),
    ("慰问了离休干部十余位。", "assisted_workers", "assistance"),  # retired cadres are no union staff
    # the people a place or a body has are a population; not those who have done something
    ("全县共有3.2万名职工。", "workers", "workforce"),
    ("这个只有12名职工的小微企业去年建了会。", "workers", "workforce"),
    ("全市有120万名农民工。", "migrant_workers", "workforce"),
    ("已有1.1万名职工累计积分。", "people_reached", "participation"),
    # a team of lawyers or volunteers is a working group
    ("新增法律援助律师团队12个。", "work_teams", "personnel"),
    # 发展农民工 is bringing migrant workers into the union, as 发展会员 is
    ("截至9月中旬,全市新发展农民工1.6万人。", "migrant_worker_members", "membership"),
    # those who work away from home are a population, not people reached
    ("全县常年外出务工人员达8.4万人。", "migrant_workers", "workforce"),
    # people in flexible work are a population: the 就业 inside the term is no jobs cue
    ("全区灵活就业人员已有6.5万人。", "workers", "workforce"),
    ("全市灵活就业人员3.2万人。", "workers", "workforce"),
    # contestants are those who took part, whoever has them
    ("决赛共有48名选手同台比拼。", "people_reached", "participation"),
    # a change to a level states the level (提高到, 提升至), not the change
    ("全区职工入会率提高到91.5%。", "membership_rate", "rates"),
    ("农民工占会员的比例提升至44%。", "share", "rates"),
    ("会员人数比上年提高6.2%。", "growth_rate", "rates"),
    # 地区 right after a count names areas, as 市 and 县 do
    ("共有9个地区参加了试点。", "areas", "other"),
    # the economy a report cites as its setting is money, but no union's
    ("去年全省经济总量迈上6万亿新台阶。", "economy", "funds"),
    ("该市地区生产总值首次突破4000亿元。", "economy", "funds"),
    # 专项资金 is a catch-all: the word before it names the fund
    ("市总工会下拨“送温暖”专项资金300万元。", "assistance_funds", "funds"),
    ("省总工会组成12个慰问团分赴各地。", "work_teams", "personnel"),
    # what people took part in names them, where it says more than taking part does
    ("全年组织1.8万名职工参加职业技能培训。", "trainees", "participation"),
    ("全年共有1.8万名职工参加各类活动。", "people_reached", "participation"),
    ("区总工会为960名快递员送上清凉。", "assisted_workers", "assistance"),
    # 一、二、三等奖 is one prize word cut short: its pause marks end no clause
    ("决赛中共有37名选手获得一、二、三等奖。", "honours", "awards"),
    ("经过比拼,26名职工分获一、二等奖。", "honours", "awards"),
    ("决赛评出10个团体名次奖。", "honours", "awards"),
    # a catch-all noun names nothing when a specific one stands two characters before it
    ("全区累计筹集送温暖活动资金138余万元。", "assistance_funds", "funds"),  # the prize names the thing, not the 团体
    ("通过协商增加工资的企业中,受惠职工104万人。", "people_reached", "participation"),
    # platform workers counted as a population, and as those a verb acts on
    ("据统计,全县共有网约车司机3200多人。", "new_employment_workers", "workforce"),
    ("当天为300名快递员送去清凉礼包。", "assisted_workers", "assistance"),
    # a list of nouns after one count goes on to the verb they share
    ("全县1.2万余名快递员、货车司机集中加入工会。", "new_members", "membership"),
    # money a union wins back for workers: losses recovered, wages owed, compensation
    ("全市工会法律援助中心去年为职工追回欠薪3200万元。", "recovered_money", "funds"),
    ("各级工会法律援助机构为职工挽回经济损失4100余万元。", "recovered_money", "funds"),
    ("经工会调解,用人单位当场支付伤残赔偿金75000元。", "recovered_money", "funds"),
    # student aid is a subsidy however it is written (助学金, 助学资金, 助学款, 资助金额)
    ("截至2020年,市总工会累计发放助学资金592.43万元。", "subsidies", "funds"),
    ("今年市总工会发放的助学款近22万元。", "subsidies", "funds"),
    ("当年考入大学的应届生，其中本科资助5000元。", "subsidies", "funds"),  # a grant, by its verb
    ("创业者个人可获1万元至3万元借款。", "loans", "funds"),  # money lent
    ("据了解，厦门职场女性有67万人。", "workers", "workforce"),  # women at work: a workforce, as 女职工 are
    # a catch-all noun after the money (专项资金) takes its kind from the clauses around, as a verb before does
    ("此次集中慰问活动中，自治区总工会为一线在岗环卫工人安排547万元专项资金。", "assistance_funds", "funds"),
    ("此次送温暖活动，新城区工会共筹措5万余元专项资金。", "assistance_funds", "funds"),
    ("其中大学生获集团公司工会资助款2.32万元。", "subsidies", "funds"),
    ("至今全市工会系统的资助金额达2千余万元。", "subsidies", "funds"),
    # collective contracts: the rate of enterprises that have one
    ("全市建会企业集体合同建制率达到91.3%。", "contract_rate", "rates"),
    ("全县区域性合同签订率达到92%。", "contract_rate", "rates"),
    # a change in a rate: a change verb right before the percentage, not one clauses earlier
    ("去年以来,职工参赛的参与率比往年提升30%。", "growth_rate", "rates"),
    ("全市会员人数比上年增加9.09%。", "growth_rate", "rates"),
    ("开展职工技能提升行动,目前已完成全年目标的七成。", "rate_other", "rates"),
    # page views counted in person-times are still views
    ("集体协商微视频累计浏览量突破8.2万人次。", "views", "other"),
    # innovation: projects and proposals put forward by workers
    ("全国职工创新大赛,推荐申报职工创新项目533个。", "achievements", "other"),
    # a workforce is never counted in person-times: 覆盖职工数…人次 is reach
    ("今年的实事项目覆盖职工数526.2万人次。", "people_reached", "participation"),
    # people a union gathers to meet or gives a health check are reached, not those it rests
    ("补贴职工疗休养,并组织1万名单身青年职工交友。", "people_reached", "participation"),
    ("工会还为200余名新就业形态劳动者提供免费体检。", "people_reached", "participation"),
    # those an awarding verb right before the count gives an honour are its holders, whatever the noun
    ("表彰大会授予10个单位“五一劳动奖状”荣誉称号。", "may_day_awards", "awards"),
    ("活动表彰了40个省五一劳动奖状获奖集体。", "may_day_awards", "awards"),
    ("授予市第一中学等22家单位“工人先锋号”荣誉称号。", "honours", "awards"),
    ("省总工会命名15家示范性劳模工作室。", "innovation_studios", "facilities"),
    # medical mutual aid (医疗互保): the claims it settles (结报, 理赔) and their money
    ("职工医疗互保全年结报4129人次。", "insured_workers", "participation"),
    # those a union pays a premium for, whoever the words between say they are (已加入工会的: not new members)
    ("漳州市总工会为3761名已加入工会的快递员缴交今年度医疗互助金。", "insured_workers", "participation"),
    # those a union has examined, whoever they are (劳模: no honour is counted)
    ("市总工会为172名劳模进行健康体检。", "people_reached", "participation"),
    ("组织120名劳模免费体检。", "people_reached", "participation"),
    ("参加5公里健步走的职工达到1200人。", "people_reached", "participation"),  # not a workforce: the walk's length is no claim
    ("县总工会为1200名环卫工人缴纳意外伤害保险。", "insured_workers", "participation"),
    ("今年职工医疗互保结报金额407万元。", "mutual_insurance", "funds"),
    # the noun after a count runs as long as its cues do, but does not end in a modifier (示范|性)
    ("全系统培育了16个全国示范性劳模和工匠人才创新工作室。", "innovation_studios", "facilities"),
    ("发布42项福建省劳模工作室创新成果。", "achievements", "other"),
    # 岗位 in a contest at work (岗位技能竞赛, 岗位练兵) names no jobs
    ("组织职工参加钢筋工等岗位技能竞赛3000余人次。", "people_reached", "participation"),
    # a union card names no union: the merchants that take it are enterprises
    ("会员服务日现场,50多家工会卡特惠商户为会员带来优惠。", "enterprises", "organizations"),
    # what the insured pay in (投保金额, 参保资金) is the mutual insurance's money
    ("截至目前,全县职工投保金额达17.2万元。", "mutual_insurance", "funds"),
    ("近半年来,职工医疗互助参保资金达20.8万余元。", "mutual_insurance", "funds"),
    # money put in to fund students is a grant, whatever verb put it in
    ("市总工会今年将投入30万元资助贫困准大学生。", "subsidies", "funds"),
    # apprentices a master takes on are trained, not honoured with the master's title
    ("劳模创新工作室带头人从事焊接工作30年,带徒120余人。", "trainees", "participation"),
    ("他先后带出徒弟40余名。", "trainees", "participation"),
    # a workers' congress is a meeting; what its delegates table are proposals (not 争议案件: disputes)
    ("全年共召开公司和基层两级职代会或职工大会28次。", "meetings", "activities"),
    ("职工代表围绕企业生产经营、职工生活等方面提出48条提案。", "proposals", "other"),
    ("今年以来共受理劳动争议案件58件。", "disputes", "assistance"),
    # members a union does something for are those it serves, not a count of its members
    ("县总工会为1200名会员发放慰问品。", "assisted_workers", "assistance"),
    ("今年为全市30万名会员提供普惠服务。", "people_reached", "participation"),
    ("累计向86名会员赔付互助保障金。", "insured_workers", "participation"),
    ("全年新发展会员1200名。", "new_members", "membership"),
    # those who gain from a scheme are reached by it; 参互 (taking part in mutual aid) is insurance
    ("通过职工互助保障活动,让3.3万人次职工获益。", "people_reached", "participation"),
    ("全盟年度参互人数达到12万人。", "insured_workers", "participation"),
    # a contest's teams take part in it; the cities they come from are places
    ("全省共有63支代表队进入决赛。", "contest_teams", "participation"),
    ("来自各地的28个代表团参加了展示活动。", "contest_teams", "participation"),
    ("大赛吸引了来自21个城市的选手同台竞技。", "areas", "other"),
    # 户 counts employers as it counts enterprises, 家 families as it counts households
    ("区域性集体合同覆盖用人单位7049户。", "units", "organizations"),
    ("春节前夕,走访慰问了24家特困在职和退休职工家庭。", "households_assisted", "assistance"),
    # the places a service opens are those it can reach
    ("另300个公益筛查名额将提供给困难企业女职工。", "places_offered", "participation"),
    # a modifier between a union and its noun (工会|标志性|职工书屋), and a qualifier after the count
    ("省总工会还将指导建设5个以上工会标志性“职工书屋”。", "reading_rooms", "facilities"),
    ("建设5个工会标志性“职工书屋”。", "reading_rooms", "facilities"),
    ("全市新建200个以上工会。", "union_organizations", "organizations"),
    ("各级工会共开放1200个以上女职工两癌筛查名额。", "places_offered", "participation"),
    # the number of workers in hardship a union has on file is its register, not the workforce
    ("采取基层上报、实地走访等方式,共统计核实困难职工数3049人。", "difficult_worker_files", "assistance"),
    ("平台企业员工数约631万人。", "workers", "workforce"),
    ("举办200个职工子女暑托班。", "facilities_other", "facilities"),
    ("县总工会开展职工医疗互助活动,筹措互助资金23.65万元。", "mutual_insurance", "funds"),
    # wages owed and got back, in the words of legal-aid news
    ("农民工赵某双手接过69.5万余元血汗钱。", "recovered_money", "funds"),
    ("某央企集团将全额22万元拖欠的工资汇入农民工账户。", "recovered_money", "funds"),
    # N个X的Y counts the X: the noun after 的 is no part of the counted compound
    ("本次大赛共设焊工、钳工等8个工种的比赛。", "industries", "other"),
    ("组织不少于100个工种的职业技能大赛。", "industries", "other"),
    ("全县企业集体合同、工资集体协商等四个合同签订到位。", "collective_contracts", "other"),
    ("活动集中邀请了100个省直有关单位工会负责人到现场参观采购。", "union_organizations", "organizations"),  # 省直: no province; the units' unions
    ("本次活动旨在推动广州市11个对口帮扶地区的农特产品进城上桌。", "areas", "other"),
    ("活动现场设置了20个展销摊位。", "items", "other"),
    ("各地工会代表、一线职工代表等近70人观摩了现场。", "people_reached", "participation"),  # not 代表: a workforce
    ("各界代表300余人观看了文艺演出。", "people_reached", "participation"),
    ("全市有24家企业获市“安全生产优胜单位”称号。", "advanced_collectives", "awards"),  # 获, as 获得: the holders
    ("8个班组获省“优秀安全班组”称号。", "honours", "awards"),
    ("3家企业获全国五一劳动奖状。", "may_day_awards", "awards"),
    # those served (为, 向) are named by the verb of what is done for them, as right after it (慰问498名劳模)
    ("市总工会为498名劳模发放春节慰问金。", "assisted_workers", "assistance"),
    ("向35名一线职工代表发放帮扶资金。", "assisted_workers", "assistance"),
    ("为120名劳模颁发荣誉证书。", "model_workers", "awards"),
    ("新一轮援助将优先保障21个边境县的工会阵地建设。", "areas", "other"),  # 边境县: counties, not the sites
    ("该平台帮助销售全省25个脱贫县的农产品。", "areas", "other"),
    ("全市已建成120家“职工学堂”。", "facilities_other", "facilities"),  # a school, not an organisation
    ("全年举办职工学堂20期。", "trainings", "activities"),
    ("全省发展普惠商家3200家。", "enterprises", "organizations"),
    # a union named by the area it serves is a union: 乡镇|工会 is one noun, not the places
    ("全县新建12个乡镇工会。", "union_organizations", "organizations"),
    ("市总工会在4个社区工会内深入推动“安康杯”竞赛。", "union_organizations", "organizations"),
    # 一行N人: the people of a visiting group, not those it reached
    ("省总工会考评组一行4人来我市审核考评。", "delegation_members", "personnel"),
    # the share of units with a union, however it is worded
    ("全区社会组织建会覆盖率100%。", "unionization_rate", "rates"),
    ("全市工会组织覆盖率达到90%。", "unionization_rate", "rates"),
    # those who stay at their posts are people visited, not jobs
    ("慰问节假日留守岗位的职工5万人次。", "assisted_workers", "assistance"),
    # a list of levels before the noun says which, not what (全国、省、市一级|职工书屋)
    ("全省1300家全国、省、市一级“职工书屋”示范点已成为全新平台。", "reading_rooms", "facilities"),
    ("建成86家国家、省、市级职工书屋。", "reading_rooms", "facilities"),
    # teams named by their honour are the honour's count
    ("2299个“工人先锋号”团队开启了一扇扇文明窗口。", "pioneer_awards", "awards"),
    ("全市常住人口320万人。", "population", "workforce"),
    # a headline's clauses parted by a space: the words after it are the next clause's
    ("全省会员总数达3000万 新建驿站", "union_members", "membership"),
    ("新建驿站520个 服务户外劳动者", "service_stations", "facilities"),  # measured too: 服务 is the next clause's verb
    # who leads them (在…带领下) is not what is counted
    ("20多名职工子女在志愿者们的带领下参观了科技馆。", "people_reached", "participation"),
    ("在外务工的110名农民工在工作人员带领下宣誓加入工会。", "new_members", "membership"),
    # representatives who attend a meeting are counted as its attendance, not as a workforce
    ("县总工会组织劳动模范、先进工会工作者36名代表进行座谈。", "people_reached", "participation"),
    ("全市共有150名代表出席本次会议。", "people_reached", "participation"),
    ("出席大会的与会代表320余人。", "people_reached", "participation"),
    ("全县现有职工代表1.2万名。", "workers", "workforce"),
    # an account is an item, even when a union sets it up (组织 is the verb here)
    ("区总工会组织设立了网上工会账号800余个。", "items", "other"),
    # a list closed by 等 is read past to its verb
    ("当天，56名货车司机、网约车司机等新就业形态劳动者加入了工会。", "new_members", "membership"),
    ("320名环卫工人、快递员、外卖送餐员等户外劳动者参加了免费体检。", "people_reached", "participation"),
    # model workers given a subsidy are helped, not honoured
    ("向全县88名困难劳模发放专项补助资金。", "assisted_workers", "assistance"),
    ("为全区215名劳模发放生活补助。", "assisted_workers", "assistance"),
    ("为120名劳模颁发荣誉证书。", "model_workers", "awards"),
    # those helped, named as such, even after someone speaks for them
    ("农民工老李代表12名受助者向区总工会送来锦旗。", "assisted_workers", "assistance"),
    # where they come from (来自…的) is read past to the noun
    ("本届竞赛共有26个来自非公有制企业的班组。", "work_teams", "personnel"),
    ("350名来自全国各地的困难职工子女参加了夏令营。", "people_reached", "participation"),
    # an office's staff and posts, as its budget report gives them
    ("县总工会机关共有行政编制5个。", "staff_posts", "personnel"),
    ("县总工会机关实有行政人员6人。", "union_cadres", "personnel"),
    # past a journey and the places it went to, what it was for
    ("今年我市将组织80名劳动模范和抗疫一线的优秀职工赴恩施、神农架、宜昌等地进行疗休养。", "rest_recuperation", "participation"),
    ("组织全省约5000名优秀技术工人和一线职工赴省内外疗休养基地开展疗休养。", "rest_recuperation", "participation"),
    ("今年将组织职工疗休养示范专班3000人。", "rest_recuperation", "participation"),
    ("全国总工会在各地设立疗休养地点28个。", "cultural_palaces", "facilities"),
    # those a dispute involves are the dispute's
    ("县总工会调处劳动争议，涉及劳动者860人。", "disputes", "assistance"),
    # rules and plans a body adopts, named right after their count, whatever the sentence says before
    ("公司职代会讨论通过了安全生产奖惩规定等6个管理制度。", "documents", "other"),
    ("职工代表大会审议通过了工资调整等3个方案。", "documents", "other"),
    ("市总工会出台关心关爱新就业形态劳动者的12条措施。", "documents", "other"),
    ("三、加强民主管理。召开职代会审议通过《员工绩效考核办法》等制度5项。", "documents", "other"),
    ("县总工会出台支持新就业形态劳动者的政策措施10条。", "documents", "other"),
    # a street's unions: 独立工会 (not those the units it covers), 工联会 (a union federation's short name)
    ("截止今年9月，辖区覆盖单位众多，基层独立工会已发展到349个。", "union_organizations", "organizations"),
    ("街道总工会现有社区工联会7个。", "union_organizations", "organizations"),
    # a body's staff at large (干部职工), party members (党员干部): not a union's cadres
    ("捐款现场，42名干部职工踊跃捐款。", "people_reached", "participation"),
    ("全县120余名党员干部深入企业走访。", "people_reached", "participation"),
    # a population's noun names its count across 已, 已经, 是 as across 达到, 有 (not those reached)
    ("灵活就业人员已达到2亿多人。", "workers", "workforce"),
    ("依托互联网平台的新就业形态劳动者大约是8400万人。", "new_employment_workers", "workforce"),
    ("全市一线职工已经有3万人。", "workers", "workforce"),
    # 商场信息员: mall staff, one of the groups of new employment, not a union's information officers
    ("慰问组对近千名商场信息员、物流配送员、货车司机等新就业形态劳动者进行慰问。", "assisted_workers", "assistance"),
    # the workers a union does something for are those it reaches, not a workforce, even when nothing names what
    ("多年以来，建成职工书屋数千家，为200多万职工提供精神食粮。", "people_reached", "participation"),
    ("计划为7000名符合条件的产业工人提供学历提升服务。", "trainees", "participation"),
    # (the workforce a place has stays one)
    ("全市共有200余万职工。", "workers", "workforce"),
    # (a subsidy, though, is a benefit: 补助金 for study leaves them to the study they took part in, as the seeds' gold has it)
    ("连续3年开展农民工学历提升“求学圆梦行动”，为1.12余万名农民工发放补助金。", "trainees", "participation"),
    # the insured paid out by mutual aid (赔付, 获赔) are those its insurance reached, not members or a workforce
    ("享受赔付待遇职工32人。", "insured_workers", "participation"),
    ("县总工会累计为14名会员赔付互助保障金。", "insured_workers", "participation"),
    # any 能手 (技术创新能手, 操作能手) is an honour, as 技术能手 and 岗位能手 are
    ("授予大连长丰实业总公司施娟等10人为大连市技术创新能手。", "model_workers", "awards"),
    # batches of rest and recuperation trips are the trips held, not items
    ("今年8月至10月，我市将分5批次组织劳动模范疗休养。", "recuperation_trips", "activities"),
    ("我省省级职工疗养院累计接待一线职工疗休养478批次。", "recuperation_trips", "activities"),
    # workers in extreme hardship (特困职工) are those helped, as 困难职工 are, however they are counted
    ("已有9万名特困职工享受优惠待遇。", "assisted_workers", "assistance"),
    ("全区共有特困职工900名。", "assisted_workers", "assistance"),
    ("主要是针对775名建档特困职工开展生活救助。", "difficult_worker_files", "assistance"),
    # the number of workers a contract or a service covers (覆盖职工数, 覆盖职工人数) is its reach, not a workforce
    ("目前，工资集体合同覆盖职工数达到1.04亿。", "people_reached", "participation"),
    ("全市集体合同覆盖职工人数达到52万人。", "people_reached", "participation"),
    # the places won in a contest (第一名, 冠军) are honours, as its prizes are
    ("竞赛中，22名职工获得各工种技能竞赛第一名。", "honours", "awards"),
    # departments of government (厅局, 委办局) are units
    ("近8年来，省总工会每年与20多个厅局分别联合举办系列职业技能竞赛。", "units", "organizations"),
    # a verb after a list of three or more, closed by 和 or 及 as 等 closes one, says what they all did
    ("一百余名受助学生、家长代表和工会干部参加了活动。", "people_reached", "participation"),
    ("组织1755名劳模工匠、一线医务人员和职工疗休养。", "rest_recuperation", "participation"),
    # a platform's riders (外卖骑手, 配送员) a place has are a workforce, as its 快递员 are
    ("天明社区地处大桥集镇，整个辖区有80多名外卖骑手。", "new_employment_workers", "workforce"),
    # a small station (惠工小站, 爱心小站) is a service station
    ("目前，南湖区已为户外劳动者高标准建设了130多个惠工小站。", "service_stations", "facilities"),
    # any work method (创新操作法, 先进操作法) is a contest's innovation, not an item
    ("参赛单位共创新操作法170项。", "achievements", "other"),
    # the full name of the contests (劳动和技能竞赛, 职工技能大赛) is one noun: 示范性 before it is no honour
    ("6月底前启动52项市县两级示范性职工劳动和技能竞赛。", "labour_competitions", "activities"),
    ("全年举办示范性劳动和技能竞赛16项。", "labour_competitions", "activities"),
    ("举办3场示范性职工技能大赛。", "labour_competitions", "activities"),
    # a 港湾 (渝工港湾, 户外劳动者港湾) is a station for outdoor workers
    ("2024年，重庆将新建“渝工港湾”400个。", "service_stations", "facilities"),
    ("全市建成工会户外劳动者港湾120个。", "service_stations", "facilities"),
    # an aside that says what the whole holds names a part, not the whole (会员（含农民工会员）)
    ("全市工会会员（含农民工会员）共计56.3万人。", "union_members", "membership"),
    ("全省建成户外劳动者服务站点（包括职工书屋）3200个。", "service_stations", "facilities"),
    # a union's school (女职工学校, 周末学校, 农民工学校) is a facility; an honour earlier in the sentence is another's
    ("挂牌成立了全国女职工培训示范学校，各级女职工周末学校已达339家。", "facilities_other", "facilities"),
    ("全市已建女职工学校339所。", "facilities_other", "facilities"),
    # an honoured unit (优秀组织单位, 优秀单位) is an award like 先进单位; suggestions may come in 份
    ("集团公司工会每年评比表彰3个优秀组织单位。", "advanced_collectives", "awards"),
    ("选树20个以上关爱职工优秀单位。", "advanced_collectives", "awards"),
    ("对初评入围的20份合理化建议进行了评审。", "achievements", "other"),
    # those a union does something for may be named by a long list of where they work (为…等单位的|1000余名)
    ("富拉尔基区总工会慰问组为区卫健局、区医院、交警大队等单位的1000余名防疫工作人员送去了慰问品。", "assisted_workers",
     "assistance"),
    # a city's main districts (主城区, 中心城区) are places counted
    ("市总工会启动了对5个主城区环卫工人的慰问活动。", "areas", "other"),
    # a clause saying who those served are (加入工会的, 新入会的) does not count them: what is done for them does
    ("为2000名加入工会组织的新就业形态劳动者开展走访慰问。", "assisted_workers", "assistance"),
    ("为300名新入会的快递员送上慰问品。", "assisted_workers", "assistance"),
    ("向1497名新加入工会组织的新就业形态劳动者发放了暖“新”礼包。", "new_members", "membership"),
    # issues of a bulletin or a blackboard are printed matter, not sessions held
    ("援疆三年，区总工会累计刊发了87期援疆动态信息。", "books", "other"),
    ("全年编发工作简报48期。", "books", "other"),
    ("机关各部室出版黑板报206期。", "books", "other"),
    ("举办工会干部培训班23期。", "trainings", "activities"),
    # a service on wheels is a site; the places an aid programme helps are places
    ("锡林郭勒盟工会13辆“职工之家流动服务车”正式运行。", "facilities_other", "facilities"),
    ("工会对口援疆工作覆盖我区12个受援地州。", "areas", "other"),
    ("此次征文活动共收到全校教职工来稿378份。", "articles", "other"),
    # a place before a noun of its own kind or of the count's unit is whose it is, not what is counted;
    # a place whose figure follows is counted (12个地区工会基层组织超过…: places)
    ("全县43个乡镇（街道）工会组织全部实现规范化建设。", "union_organizations", "organizations"),
    ("全市12个县工会组织全部达标。", "union_organizations", "organizations"),
    ("建成15个乡镇（街道）职工服务站。", "service_stations", "facilities"),
    ("建设97个边境县乡职工之家。", "workers_homes", "facilities"),
    ("深入12个乡镇职工家中走访。", "areas", "other"),
    # the employed (就业人员) are a workforce, not jobs; a count of person-times named before it
    ("全国7.5亿就业人员中，技能劳动者超过四分之一。", "workers", "workforce"),
    ("平台职工学习培训人次累计达到1.86亿。", "trainees", "participation"),
    # the cases a mutual-aid scheme takes and pays: help given, counted in cases
    ("2015年至今,大病保障项目累计受理2600件。", "mutual_aid_cases", "assistance"),
    ("职工医疗互助保障全年理赔1.2万笔。", "mutual_aid_cases", "assistance"),
    # gift packs are things given, whoever's name they bear
    ("为留汴过年职工送上8个“工会大礼包”。", "items", "other"),
    # a union's verb of founding between it and the count: the unions founded
    ("截至目前，全市货车司机工会组建187个。", "union_organizations", "organizations"),
    ("外卖送餐员工会组建15家。", "union_organizations", "organizations"),
    ("今年快递员工会成立了12家。", "union_organizations", "organizations"),
    # a body that acts on a count of things (a verb between them, a noun after the count): the things
    ("各基层工会设立120个爱心摊点。", "items", "other"),
    ("女职工委员会开通8个热线。", "items", "other"),
    ("全省基层工会建立120个。", "union_organizations", "organizations"),
    # named as a facility (被命名为…创新工作室): the facility is counted, not an honour; a person named
    # (12名职工被命名为“齐鲁工匠”) holds the honour it is named for
    ("截至2020年，75个创新室被命名为省级劳模（职工）创新工作室。", "innovation_studios", "facilities"),
    ("其中209个被命名为省级“工会爱心驿站”。", "service_stations", "facilities"),
    ("其中19个被全总确认为“最美工会户外劳动者服务站点”。", "service_stations", "facilities"),
    ("12名职工被命名为“齐鲁工匠”。", "model_workers", "awards"),
    ("漳州市有1个劳模工作室被命名为省示范性劳模工作室。", "innovation_studios", "facilities"),  # the noun's last word
    # a premium paid into mutual aid; wages claimed back (追索劳动报酬)
    ("今年1-9月份，归集保费40.43万元。", "mutual_insurance", "funds"),
    ("全年共为农民工追索劳动报酬68亿元。", "recovered_money", "funds"),
    # members in the new forms of work, said as a field (新业态领域)
    ("其中新业态领域会员5.69万人。", "new_employment_members", "membership"),
    # people sent somewhere (到…) for what they went for, named past the place
    ("组织全市50名技术工人和先进职工代表到省技术工人疗休养基地开展职工乡村疗休养活动。", "rest_recuperation", "participation"),
    # 站点 alone, in a union's report, is an outdoor workers' station
    ("截至今年4月，全国已建站点近9.6万个。", "service_stations", "facilities"),
    # a catch-all word (设施) in a clause that says what the counted are like is not their noun
    ("作为今年新建的16家有特色、设施齐全的“妈妈小屋”之一，受到女职工好评。", "women_facilities", "facilities"),
    # the migrant workers' members said with 工会 in the middle, and their total
    ("农民工工会会员总数达到8854.7万人。", "migrant_worker_members", "membership"),
    # a list of places counts the places, though one of them (社区) may name a body too
    ("志愿服务覆盖全县30个乡镇、社区。", "areas", "other"),
    # the platform workers a union takes in (吸纳) are its members, not people reached
    ("持续开展暖“新”行动，累计吸纳新就业形态劳动者超2万人。", "new_employment_members", "membership"),
    # a bare amount before 的 and the noun that has it: what its words before name (money invested)
    ("当天，总投资50亿的重点项目集中开工。", "funds_other", "funds"),
    # issues of a feed of works are the works', not training sessions
    ("微信公众号累计推送1000多期新媒体作品。", "articles", "other"),
    # an app's downloads are views of it, not events
    ("截至目前，消费帮扶平台app下载量810万次。", "views", "other"),
    # cadres (干部, 志愿者) right before a verb of help are those who help, not those helped
    ("15名厂领导和工会专职干部看望慰问了“交友帮扶”对象。", "union_cadres", "personnel"),
    ("县总工会组织30名志愿者慰问坚守岗位的环卫工人。", "union_cadres", "personnel"),
    # but cadres after 对 are those the help is for (对79名领导干部交友帮扶对象入户慰问)
    ("安排领导对79名领导干部交友帮扶对象入户慰问。", "assisted_workers", "assistance"),
    # the workers a network of reading rooms reaches (辐射), and reading corners (图书角)
    ("全国工会已经建设的职工书屋，辐射职工6000万人。", "people_reached", "participation"),
    ("带动基层工会建成“图书角”50余个。", "reading_rooms", "facilities"),
    # what they took part in, past the words that describe it up to its 的
    ("来自德宏州、中铜集团的280多名职工参加了首批为期6天的疗休养活动。", "rest_recuperation", "participation"),
    # a rate at which something grows year on year (以20%的速度递增)
    ("近年来，援助案件逐年攀升，每年以20%的速度递增。", "growth_rate", "rates"),
    ("困难职工户数每年以5%左右递减。", "growth_rate", "rates"),
    # workers who rose a skill grade through a contest were trained by it (like those who got a certificate)
    ("市总工会先后举办叉车、电焊等技能比赛，298名职工通过比赛晋升技术等级。", "trainees", "participation"),
    ("其中通过技能比赛晋升技术等级的职工累计201.8万人次。", "trainees", "participation"),
    # 专干: a union's full-time cadre
    ("全县各乡镇配备工会专干35名。", "union_cadres", "personnel"),
    ("乡镇（街道）总工会配齐专干86人。", "union_cadres", "personnel"),
    # people of a list of three or more kinds who went somewhere: what they went for
    ("年内省总工会继续组织690名省部级劳模、援鄂医护人员、艰苦地区一线优秀职工赴异地疗休养。",
     "rest_recuperation", "participation"),
    # and past the comma that ends their noun, to where they went and what for
    ("市总工会组织600名劳模，前往杭州疗休养。", "rest_recuperation", "participation"),
    ("今年将组织200名劳模于7月，赴黄山疗休养。", "rest_recuperation", "participation"),  # when, between them
    ("区总工会组织300名职工，到延安开展红色教育培训。", "trainees", "participation"),
    # contracts a collective bargaining signs, however they are called
    ("近五年，签订企业工资集体协商合同1587份。", "collective_contracts", "other"),
    ("女职工特殊保护专项合同20份。", "collective_contracts", "other"),
    # the unions a federation sponsors (Hong Kong's 赞助会) are unions too
    ("工联会旗下另有59个赞助会。", "union_organizations", "organizations"),
    # the couples a matchmaking event brings together (单身, 缘分), however the sentence puts it
    ("表白环节中，4对单身青年职工觅得缘分，甜蜜牵手。", "matchmaking", "activities"),
    # 就有, 还有 between a noun and its count say nothing of what is counted, as 有 does not
    ("据统计，仅哈尔滨市受金融危机影响而返乡的农民工就有5万人。", "migrant_workers", "workforce"),
    # those who come to terms with an employer at a job fair (意向性协议, 用工意向) are placed in jobs
    ("据统计，当日的招聘会共有1.1万余人与用人单位达成意向性协议。", "jobs", "assistance"),
    # the points where outdoor workers drink and cool off in summer are service stations
    ("其中，在药店建立饮水点160个。", "service_stations", "facilities"),
    # those who join the workers' medical mutual aid (职工医疗互助) are its insured, as 参保 ones are
    ("今年全县共有3.2万名职工参加职工医疗互助活动。", "insured_workers", "participation"),
    # 新就业群体 is another name of the new forms of employment; those of them who join are its members
    ("截至目前，全区已吸纳新就业群体会员5639人。", "new_employment_members", "membership"),
    # the delegates who sit in a congress (出席…正式代表, 列席代表, 实到代表) are people it reaches, not a workforce
    ("出席本次大会的有正式代表20名。", "people_reached", "participation"),
    ("本次职代会实到代表172名。", "people_reached", "participation"),
    # money for the care of workers in need (关爱金, 关爱基金) is relief, as 慰问金 is
    ("今年以来，市总工会共筹措关爱金170万元。", "assistance_funds", "funds"),
    # a passive: what was done to them (授予…称号) stands past who did it, however many bodies they are
    ("获奖的196名选手被省总工会、省人社厅、省经信委、省科技厅联合授予“广东省职工经济技术创新能手”称号。",
     "model_workers", "awards"),
    ("今年共有12个班组被市总工会、市人社局、市发改委联合命名为“工人先锋号”。", "pioneer_awards", "awards"),
    ("12个班组被命名为“工人先锋号”。", "pioneer_awards", "awards"),
    # a post an earlier clause names (主席: a title before a name) is not held by those its own words
    # call workers (职工, 工友: fellow workers, in Hong Kong and Macao above all)
    ("省总工会主席张三出席活动，与近300名一线职工交流。", "people_reached", "participation"),
    ("本會聯同積金局主席劉麥嘉軒到訪石門食肆，與近30名餐飲業工友分享強積金資訊。", "people_reached", "participation"),
    ("该厂现有工友3000余人。", "workers", "workforce"),
    # the calls a union's hotline answers (接听电话, 热线电话) are workers' appeals, as 来电 are
    ("开通12351热线，接听电话1.2万个。", "disputes", "assistance"),
    # the union of an enterprise or a body of a kind (央企工会, 机关工会), not the enterprise or the body
    ("16家央企工会已确认援建意向。", "union_organizations", "organizations"),
    ("全市近30家机关工会负责人参观学习。", "union_organizations", "organizations"),
    # a contest's main events, written 大项 with no 个
    ("全市开展劳动和技能竞赛12大项。", "labour_competitions", "activities"),
    # those who gathered (聚首一堂, 齐聚一堂) are people reached, whatever they are
    ("工聯總會屬下多個工會的會員約八百人聚首一堂。", "people_reached", "participation"),
    ("来自德令哈地区快递、外卖配送等行业的近百名劳动者代表齐聚一堂。", "people_reached", "participation"),
    ("工联有两个办事处：总会和北区办事处。", "organizations_other", "organizations"),  # offices are bodies
    ("全省新建企业、社区等帮扶站784个。", "service_centres", "facilities"),
    ("有效带动7.79万贫困群众稳定增收。", "people_reached", "participation"),
    ("为5万名新就业形态劳动者和环卫工人,购买人身意外伤害保险。", "insured_workers", "participation"),
    ("县总工会举办培训班，培训了300名工会会员。", "trainees", "participation"),
    ("区总工会集中慰问了500名会员，送去米面油等慰问品。", "assisted_workers", "assistance"),
    ("在岁末年初专项行动中，全省法律援助机构共受理7318件案件。", "disputes", "assistance"),
    ("春运期间，市总工会用专列运送农民工5000人返乡。", "people_reached", "participation"),
    ("主赛区在遵义，举办焊工、钳工等7个赛项比赛。", "labour_competitions", "activities"),
    ("今年以来，全县共举办职工技能比赛12场。", "labour_competitions", "activities"),
    ("来自各市(州)的253名优秀技能人才展开角逐。", "people_reached", "participation"),
    ("8日上午，100余名春节期间坚守岗位、留通过年的一线职工代表参加首期疗休养活动。", "rest_recuperation", "participation"),
    ("今年选派156名工会干部参加驻村帮扶工作。", "union_cadres", "personnel"),
    ("市总工会抽调30名工会干部参加专项检查。", "union_cadres", "personnel"),
    ("选派10名优秀职工参加全国比赛。", "people_reached", "participation"),
    ("全年举办各类职工体育赛事380项次。", "cultural_events", "activities"),
    ("“陕西工会”APP累计访问量1.2亿人次。", "views", "other"),
    ("全县2个开发区均成立了工会联合会。", "areas", "other"),
    ("萧山区总组建了一支20余人的职工心理健康服务专家团队。", "union_cadres", "personnel"),
    ("集团工会还通过省交通运输工会聘请了3名外部评审专家。", "union_cadres", "personnel"),
    ("组织志愿者为800名职工义诊。", "people_reached", "participation"),
    ("评选首席技能专家10名。", "honours", "awards"),
    ("为市直工会会员的子女提供400个托位。", "places_offered", "participation"),
    ("郑州市总工会将开展140个班次假期爱心托管班。", "trainings", "activities"),
    ("将帮助5000名从业人员提升语言应用能力。", "assisted_workers", "assistance"),
])
def test_metrics_beyond_the_seeds(sentence, metric, category):
    assert rows(sentence, "metric", "category") == [(metric, category)]


def test_the_holders_of_a_prize_are_honourees():
    # not those who enjoy what the count before them names (享受国务院津贴: people reached)
    assert rows("享受国务院津贴6人，国家、市级科学技术奖获得者7人。", "text", "category")[1:] == [("7人", "awards")]


def test_places_whose_own_figure_follows_are_what_is_counted():
    # 12个地区|工会基层组织|超过10万个: each place's figure follows its noun; 43个乡镇工会组织 counts unions
    assert rows("12个地区工会基层组织超过10万个。", "text", "metric") == [
        ("12个", "areas"), ("10万个", "union_organizations")]


def test_those_whose_pay_a_union_recovered_are_helped():
    text = "2017年全州各级工会配合相关部门清欠农民工工资4097.01万元，涉及人数4272人。"
    assert rows(text, "text", "category") == [("4097.01万元", "funds"), ("4272人", "assistance")]


def test_people_a_campaign_reached_are_not_what_an_earlier_clause_counted():
    # 宣传, 宣讲, 普法 in 人次 name those reached, not the jobs offered before the comma
    assert rows("共提供就业岗位近6万多个，开展用工政策、信息宣传近23万人次。", "metric", "category") == [
        ("jobs", "assistance"), ("people_reached", "participation")]


@pytest.mark.parametrize("sentence, expected", [
    # a semicolon ends a statement: the clauses before it name nothing after it
    ("举办技能培训班46期，培训女职工5200余人次；芜湖市开展“两癌”筛查，为1.3万名困难女职工免费检查。",
     [("trainings", "activities"), ("trainees", "participation"), ("people_reached", "participation")]),
    ("共计救助困难职工4860户；为2000至3000名一线职工开展健康体检。",
     [("assisted_workers", "assistance"), ("people_reached", "participation")]),
    # unless the parts go on after it
    ("慰问困难职工1.2万户；其中劳模300户。", [("assisted_workers", "assistance")] * 2),
])
def test_a_semicolon_ends_what_earlier_clauses_name(sentence, expected):
    assert rows(sentence, "metric", "category") == expected


@pytest.mark.parametrize("sentence", [
    "大连市总工会还将向290位罹患“两癌”的在岗女职工会员发放286万元关爱慰问金。",
    "向290位女职工发放286万元关爱慰问金。",
    "为86名劳模发放12万元慰问金。",
    # and every item of a list of them (为34名困难职工、10名劳动模范: the model workers too)
    "为34名基层工会困难职工、10名劳动模范发放慰问金4.4万元。",
    # goods taken to them (送去, 送上) help them; who they are may be said between 为 and the count
    "渝北区总工会为200余名环卫工人送去冬衣。",
    "中铁四局盐通铁路项目部为奋战在一线的300余名农民工兄弟送去了防寒大衣、手套等保暖物品。",
    "宁德市总工会于农历腊八节当天为1500多名快递员、外卖配送员等户外劳动者送上腊八粥。",
    # a comma may end their noun phrase before what is done for them; the words before 为 name the giver
    "这两天，陇西县总工会的工作人员为300余名外卖员、快递员、环卫工人等新就业形态劳动者，送上一份节日的关怀。",
    # what they are given names them past an amount that cuts their clause (每人1200元的|助学金)
    "近日，银川市总工会为22名“工会班”学生发放了每人1200元的助学金。",
])
def test_people_served_are_named_by_the_verb_of_what_is_done_for_them(sentence):
    people = [(metric, category) for unit, metric, category in rows(sentence, "unit", "metric", "category") if unit == "人"]
    assert people and set(people) == {("assisted_workers", "assistance")}


def test_what_is_done_past_a_comma_is_for_people_served_only_when_their_phrase_ends_with_them():
    # 为100名劳模颁发证书: the model workers are honoured there; the next clause's help is for others
    assert rows("市总工会为100名劳模颁发荣誉证书，慰问困难职工。", "metric", "category") == [("model_workers", "awards")]
    # a clause that counts its own people keeps its verb to itself
    assert rows("为300名环卫工人，送去慰问金20万元。", "metric", "category")[1] == ("assistance_funds", "funds")


@pytest.mark.parametrize("sentence, expected", [
    # a change in points, then a per cent: the rate itself, not a change
    ("全市职工入会率同比提高5个百分点，达到85%。", ["growth_rate", "membership_rate"]),
    ("建会率比上年提高三个百分点，达到92.5%。", ["growth_rate", "unionization_rate"]),
    # a second amount of the same change in per cent is still a change; 增速 is one
    ("企业工资增长10%以上，个别高达40%以上。", ["growth_rate", "growth_rate"]),
    ("农村居民收入增速达5.3%。", ["growth_rate"]),
])
def test_a_change_names_its_own_amount(sentence, expected):
    assert [m for (m,) in rows(sentence, "metric")] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a later item of a list after one verb counts what the verb says, unless its own words name a thing
    ("今年走访慰问困难职工1200户、一线职工5000人次。", [("assisted_workers", "assistance")] * 2),
    ("组织竞赛14项,参赛班组1300余个、职工2.1万人。",
     [("labour_competitions", "activities"), ("work_teams", "personnel"), ("people_reached", "participation")]),
    ("全市有企业3000家、职工50万人。", [("enterprises", "organizations"), ("workers", "workforce")]),
    ("建成职工书屋120家、驿站85个。", [("reading_rooms", "facilities"), ("service_stations", "facilities")]),
    ("新建工会组织300个、发展会员1.5万人。", [("union_organizations", "organizations"), ("new_members", "membership")]),
    # a `governs` verb names every item of the list of its objects (劳模 among them), not a list of verbs
    ("元旦春节期间,走访慰问困难职工、劳模、一线职工共计1280人。", [("assisted_workers", "assistance")]),
    ("今年走访慰问困难职工1200户、劳模300人。", [("assisted_workers", "assistance")] * 2),
    ("今年走访慰问困难职工1200户、发展会员300人。", [("assisted_workers", "assistance"), ("new_members", "membership")]),
    # and the people right after a count it governs are those it acts on, not an honour or a post
    ("春节期间走访慰问120名劳模。", [("assisted_workers", "assistance")]),
    ("全年培训了800名工会干部。", [("trainees", "participation")]),
    ("大会表彰了50名劳模。", [("model_workers", "awards")]),
    # a governing verb's object may be a few words on (慰问|一线职工人数): those visited, not the workforce
    ("全省走访慰问一线职工人数约19万人次。", [("assisted_workers", "assistance")]),
    ("全年培训农民工3000人、困难职工子女500人。", [("trainees", "participation")] * 2),
    ("通过帮扶、培训等方式惠及职工3000人。", [("people_reached", "participation")]),
    # a phrase that only names people goes on with the verb of the count before it, after a comma
    # or as a part (其中…), unless its own noun names a thing of that verb's kind more closely
    ("全省走访慰问困难职工1200户，劳模300人。", [("assisted_workers", "assistance")] * 2),
    ("全年培训职工5000人，劳模300人。", [("trainees", "participation")] * 2),
    ("慰问职工43万人，其中困难职工2.1万人、劳动模范3100人、农民工8.6万人。", [("assisted_workers", "assistance")] * 4),
    ("慰问职工18.6万户，其中困难职工家庭3.2万户。", [("assisted_workers", "assistance"), ("households_assisted", "assistance")]),
    # every part of a whole goes on with the whole's verb, not only the first (…，其中退休职工57人，劳模15人)
    ("共同慰问困难职工116人，其中退休职工57人，劳模15人。", [("assisted_workers", "assistance")] * 3),
    ("参加培训职工5000人，其中一线职工3000人，劳模1000人。", [("trainees", "participation")] * 3),
    # model workers in hardship (困难劳模) are those helped, not an honour
    ("节前共慰问困难职工116人，特困职工和困难劳模15人。", [("assisted_workers", "assistance")] * 2),
    # also where the verb's first count is of places it went to, not of people (慰问|3000多家单位，职工…)
    ("入夏以来，全市各级工会先后慰问3000多家单位，职工10万多人。", [("units", "organizations"), ("assisted_workers", "assistance")]),
    ("春节前夕，县总工会走访慰问企业45家，一线职工2300人。", [("enterprises", "organizations"), ("assisted_workers", "assistance")]),
    # and where the verb's object is a list of places (慰问|全区企业和重点工程项目58个，一线职工…)
    ("此次活动共慰问全区企业和重点工程项目58个，一线职工3700余人。", [("items", "other"), ("assisted_workers", "assistance")]),
    ("全年共慰问建筑工地、物流园区和重点项目120个，户外劳动者1.5万人次。",
     [("items", "other"), ("assisted_workers", "assistance")]),
    # a verb of its own (惠及), or a noun after the verb before (帮扶金), ends that
    ("发放劳模特困帮扶金967万元，惠及劳模13571人次。", [("assistance_funds", "funds"), ("people_reached", "participation")]),
    ("帮扶困难职工1200户，资金300万元。", [("assisted_workers", "assistance"), ("assistance_funds", "funds")]),
    # money a catch-all (资金) names after an earlier clause of relief is that relief's
    ("累计生活救助988人，发放资金143.3万元。", [("assisted_workers", "assistance"), ("assistance_funds", "funds")]),
    ("夏送清凉慰问一线职工18.2万人次，发放物资折合资金1560万元。", [("assisted_workers", "assistance"), ("assistance_funds", "funds")]),
    ("新建驿站50个，投入资金200万元。", [("service_stations", "facilities"), ("funds_other", "funds")]),
    ("全市有企业3000家，劳模300人。", [("enterprises", "organizations"), ("model_workers", "awards")]),
    # the words after a count name it before an earlier clause's verb does (帮助…, 推动…证书)
    ("帮助3.8万名职工提升学历,推动11.6万名职工取得技能等级证书。", [("trainees", "participation")] * 2),
    # the verb after the last of a list of counted nouns is every item's (3家单位、5名个人受到表彰)
    ("我省3家单位、5名个人受到全总表彰。", [("honours", "awards")] * 2),
    ("全省共有10个集体、20名个人获得全国五一劳动奖。", [("may_day_awards", "awards")] * 2),
    # (an item may name examples first: 王永红等141位个人)
    ("中钢设备公司等80个集体、王永红等141位个人受到表彰。", [("honours", "awards")] * 2),
    ("中钢公司等3个集体、王永红等5名职工、李明等2名农民工受到表彰。", [("honours", "awards")] * 3),
    ("全省有300个工会、1.2万名会员参加活动。", [("union_organizations", "organizations"), ("people_reached", "participation")]),
    ("当天,1200名货车司机、2600名快递员、300名外卖配送员加入工会。", [("new_members", "membership")] * 3),
    # and the noun after the last is every item's, where an item names none (五星级、四星级)
    ("今年全市评出76家五星级、138家四星级、273家三星级职工书屋。", [("reading_rooms", "facilities")] * 3),
    # however long the list of those visited runs
    ("走访慰问困难职工、劳动模范、一线职工和新就业形态劳动者等各类群体48.3万人次。", [("assisted_workers", "assistance")]),
    # a sentence that starts with 其中 counts a part of what the sentence before it counts
    ("全国已建成工会驿站18.6万个。其中,广东、江苏分别建成1.2万个和9800个。", [("service_stations", "facilities")] * 3),
    # also when it opens a paragraph of its own
    ("省总工会命名28个创新工作室为省级示范性创新工作室。\n其中,济南4家,青岛、烟台各2家。", [("innovation_studios", "facilities")] * 3),
    # 培养 counts people trained
    ("每个劳模创新工作室每年培养技能人才20余人。", [("trainees", "participation")]),
    # amounts joined by list words read the words after the last (分别有86名、52名个人获奖)
    ("郑州市、洛阳市分别有86名、52名个人获奖。", [("honours", "awards")] * 2),
    # Chinese written with English punctuation: the full stop ends the sentence (31家.全区…)
    ("南宁市、柳州市分别建成创新工作室56家和31家.全区各级工会组织职工开展技术攻关1200余项.",
     [("innovation_studios", "facilities")] * 2 + [("achievements", "other")]),
    # a verb's list of objects, each its own count: the people in it are those the verb acts on
    ("区总工会共走访慰问12个重点企业,35名省级劳模,1860名环卫工人。",
     [("enterprises", "organizations"), ("assisted_workers", "assistance"), ("assisted_workers", "assistance")]),
    # and joined by 和, 、 or 以及 in one phrase
    ("慰问组看望慰问212名农牧民工和13名劳动模范。", [("assisted_workers", "assistance")] * 2),
    ("慰问组看望慰问212名农牧民工、13名劳动模范。", [("assisted_workers", "assistance")] * 2),
    # those an honouring verb right before the count honours, whatever noun names them (单位, 个人)
    ("2004年先后推出一系列劳动竞赛活动，评选表彰了13个单位和247名个人。", [("honours", "awards")] * 2),
    ("年底共表彰了26家企业、150名职工。", [("honours", "awards")] * 2),
    # but an honour's list stays the honour's
    ("大会表彰了20个先进集体和50名劳动模范。", [("advanced_collectives", "awards"), ("model_workers", "awards")]),
])
def test_list_items_after_one_verb(sentence, expected):
    assert rows(sentence, "metric", "category") == expected


# a report hard-wrapped at 24 characters a line, as a PDF's text or a fixed-width file comes
WRAPPED = """2022年工作总结
一、基本情况
全市现有基层工会1236个，会员8.6万人。今年
新建工会56个，新发展会员3200余人。全市职工
书屋达到320家，其中省级示范书屋45家。
二、主要工作
（一）困难帮扶。全年累计发放帮扶资金356.8万
元，慰问困难职工1200户次，金秋助学资助困难职
工子女860人，发放助学金215万元。
"""


def test_a_hard_wrapped_text_is_read_across_its_line_ends():
    assert rows(WRAPPED, "text", "metric", "period") == [
        ("1236个", "union_organizations", ""), ("8.6万人", "union_members", ""),
        ("56个", "union_organizations", "今年"), ("3200余人", "new_members", "今年"),
        ("320家", "reading_rooms", ""), ("45家", "reading_rooms", ""),
        ("356.8万\n元", "assistance_funds", "全年"), ("1200户次", "assisted_workers", "全年"),
        ("860人", "assisted_workers", "全年"), ("215万元", "subsidies", "全年")]


def test_line_ends_of_a_text_of_one_paragraph_a_line_stay_ends():
    from unionstats.text import wrapped_line_ends
    assert wrapped_line_ends(WRAPPED)  # the wrapped one: its mid-sentence line ends
    # headings (short, no full stop) and paragraphs ending in 。: every line end is an end
    text = "工作总结\n一、基本情况\n" + "全市现有基层工会1236个，会员8.6万人。" * 5 + "\n二、主要工作\n" + \
        "全年发放帮扶资金356.8万元。" * 6 + "\n三、下步打算\n"
    assert wrapped_line_ends(text) == []
    # one line stopping on a word is a title, not a wrap
    assert wrapped_line_ends("湖南省总工会扎实开展职工技能提升行动\n" + "全年发放帮扶资金356.8万元。\n" * 4) == []


def test_short_lines_after_a_colon_read_their_intro():
    # a list of places and figures, one a line, under a line that ends in a colon
    text = "陕西省总工会公布各市工会驿站建设情况：\n西安市 1200个\n宝鸡市 850个\n\n咸阳市：620个\n"
    assert rows(text, "text", "metric", "city") == [("1200个", "service_stations", "西安市"),
                                                    ("850个", "service_stations", "宝鸡市"),
                                                    ("620个", "service_stations", "咸阳市")]
    # a long line ends the list: what follows it is no item of the intro
    longer = "各市驿站建设情况：\n" + "全省各级工会坚持以职工为中心，扎实推进建会入会、维权服务、帮扶救助各项工作，取得明显成效。\n" + "西安市 1200个\n"
    assert rows(longer, "metric") == [("items",)]


def test_a_tables_figures_take_the_unit_of_their_own_cell():
    # the unit stands in a column or in brackets; the figure alone is the claim, the lone 万人 none
    text = ("指标名称            单位      完成数      同比增长\n"
            "新建基层工会        个        3256        12.3%\n"
            "新发展会员          万人      28.6        8.5%\n"
            "基层工会数（个）：10314\n"
            "| 工会会员 | 万人 | 1086.5 |\n"
            "帮扶资金(万元)    356.8\n")
    assert rows(text, "text", "value", "unit", "metric") == [
        ("3256", 3256, "个", "union_organizations"), ("12.3%", 12.3, "%", "rate_other"),
        ("28.6", 286000, "人", "new_members"), ("8.5%", 8.5, "%", "rate_other"),
        ("10314", 10314, "个", "union_organizations"), ("1086.5", 10865000, "人", "union_members"),
        ("356.8", 3568000, "元", "assistance_funds")]
    # in prose a number still needs its measure word after it: no unit cell, no claim
    assert rows("2023年全省新建基层工会3256，较上年增长。", "text") == []
    # a row goes on with a figure a column (a yearbook's years), in its label's unit
    yearbook = ("指 标 | 2010年 | 2009年 |\n基层工会数(个) | 10314 | 9683 |\n"
                "  会员人数(万人) 645.48 626.67\n")
    assert rows(yearbook, "text", "value", "unit") == [("10314", 10314, "个"), ("9683", 9683, "个"),
                                                       ("645.48", 6454800, "人"), ("626.67", 6266700, "人")]


def test_a_barred_yearbook_gives_its_columns_years_and_its_sub_rows_the_unit_above():
    # a row with no unit of its own (其中: …, 事业单位) is counted in the unit of the row above that
    # gave one; a row of words ends that, and a figure's period is its column's year
    text = ("表3 基层工会情况 | |\n项目 | 2022 | 2023年 |\n建会单位数(个) | 4120 | 4388 |\n"
            "其中:非公企业 | 3051 | 3310 |\n机关 | 402 | 415 |\n工会会员(万人) | 52.6 | 55.1 |\n"
            "数据来源 | 市总工会 | 统计年报 |\n备注 | 35 | 36 |\n")
    assert rows(text, "text", "value", "unit", "period") == [
        ("4120", 4120, "个", "2022年"), ("4388", 4388, "个", "2023年"),
        ("3051", 3051, "个", "2022年"), ("3310", 3310, "个", "2023年"),
        ("402", 402, "个", "2022年"), ("415", 415, "个", "2023年"),
        ("52.6", 526000, "人", "2022年"), ("55.1", 551000, "人", "2023年")]


def test_a_part_row_with_no_words_of_its_own_counts_what_the_row_above_counts():
    text = ("指 标 | 2010年 | 2009年 |\n基层工会数(个) | 10314 | 9683 |\n"
            "工会会员数(人) | 1789570 | 1704293 |\n其中:女性 | 55631 | 55716 |\n")
    assert rows(text, "value", "metric")[-2:] == [(55631, "union_members"), (55716, "union_members")]


def test_a_yearbook_row_counted_by_its_label_gets_the_labels_unit():
    # under a header of years, a label ending in a noun of counting (基层工会数, 职工代表人数) gives
    # its row's unit as a bracket does; without the header the bare figures stay no claims
    text = ("指 标 | 2006年 | 2005年 |\n基层工会数 | 6941 | 6254 |\n"
            "职代会职工代表人数 | 96442 | 92735 |\n")
    assert rows(text, "text", "unit", "metric", "period") == [
        ("6941", "个", "union_organizations", "2006年"), ("6254", "个", "union_organizations", "2005年"),
        ("96442", "人", "workers", "2006年"), ("92735", "人", "workers", "2005年")]
    assert rows("基层工会数 | 6941 | 6254 |\n", "text") == []


def test_a_yearbook_saved_one_cell_a_line_reads_as_its_rows():
    # a web page's table saved as text, a cell a line with bars between: rows end where a label follows
    # a figure, and each figure is counted by its row's label however far up it stands
    text = ("表16—4 工会组织基本情况\n指 标\n|\n2006年\n|\n2005年\n|\n基层工会数\n|\n6941\n|\n6254\n|\n"
            "工会会员数\n|\n1356885\n|\n1248255\n|\n注:本表数据由市总工会提供。\n|\n")
    assert rows(text, "text", "value", "unit", "metric", "period") == [
        ("6941", 6941, "个", "union_organizations", "2006年"), ("6254", 6254, "个", "union_organizations", "2005年"),
        ("1356885", 1356885, "人", "union_members", "2006年"), ("1248255", 1248255, "人", "union_members", "2005年")]


def test_a_caption_gives_the_unit_of_the_rows_below_it():
    text = ("表2 各市工会经费收入（单位：万元）\n"
            "地区        2022年      2023年      增长\n"
            "西安市      12,345      13,210      7.0%\n"
            "宝鸡市      5,678       5,902       3.9%\n"
            "\n"
            "以上数据来源于统计系统,共统计12345条。\n")  # after a blank line: prose again
    assert rows(text, "text", "value", "unit", "metric", "city") == [
        ("12,345", 123450000, "元", "union_funds", "西安市"), ("13,210", 132100000, "元", "union_funds", "西安市"),
        ("7.0%", 7.0, "%", "rate_other", "西安市"), ("5,678", 56780000, "元", "union_funds", "宝鸡市"),
        ("5,902", 59020000, "元", "union_funds", "宝鸡市"), ("3.9%", 3.9, "%", "rate_other", "宝鸡市"),
        ("12345条", 12345, "条", "records", "")]


def test_a_yearbook_table_copied_with_single_spaces_reads_its_rows():
    # the caption's unit for rows without one of their own; a row's own unit (万人) for its "#" sub-rows;
    # the header of years and a section's name are no rows
    text = ("表5 工会组织基本情况\n单位:个\n指 标 2021 2022\n基层组织\n"
            "  基层工会数 5120 5342\n  会员人数(万人) 61.2 63.5\n   #女会员人数 24.8 26.1\n"
            "  职工之家 830 912\n\n注:本表数据来源于全省工会统计年报,共汇总1200家单位。\n")
    assert rows(text, "text", "value", "unit", "metric") == [
        ("5120", 5120, "个", "union_organizations"), ("5342", 5342, "个", "union_organizations"),
        ("61.2", 612000, "人", "union_members"), ("63.5", 635000, "人", "union_members"),
        ("24.8", 248000, "人", "female_members"), ("26.1", 261000, "人", "female_members"),
        ("830", 830, "个", "workers_homes"), ("912", 912, "个", "workers_homes"),
        ("1200家", 1200, "家", "units")]
    # each figure's period is its column's year; a row short of cells leaves its columns unknown
    assert [p for (p,) in rows(text, "period")][:8] == ["2021年", "2022年"] * 4
    short = "单位:个\n指 标 2020 2021 2022\n  基层工会数 5120 5342 5410\n  职工之家 830 912\n"
    assert rows(short, "text", "period") == [("5120", "2020年"), ("5342", "2021年"), ("5410", "2022年"),
                                             ("830", ""), ("912", "")]


def test_a_thousands_comma_ends_no_clause():
    # the words after 1,866户 are its own (小微企业: the seed gold counts them as organisations)
    assert rows("为1,866户小微企业发放贴息贷款。", "metric", "category") == [("enterprises", "organizations")]


def test_a_column_headers_unit_gives_the_figures_below_it():
    # 驿站（个） heads its column: the figures under it are stations, the label read from the header cell
    text = ("各市驿站和书屋建设情况\n"
            "城市\t驿站（个）\t书屋（家）\t会员（万人）\n"
            "西安市\t1200\t350\t120.5\n"
            "宝鸡市\t850\t210\t45.2\n"
            "\n"
            "以上为统计数据。\n")
    assert rows(text, "text", "value", "unit", "metric", "city") == [
        ("1200", 1200, "个", "service_stations", "西安市"), ("350", 350, "家", "reading_rooms", "西安市"),
        ("120.5", 1205000, "人", "union_members", "西安市"), ("850", 850, "个", "service_stations", "宝鸡市"),
        ("210", 210, "家", "reading_rooms", "宝鸡市"), ("45.2", 452000, "人", "union_members", "宝鸡市")]


def test_a_federation_that_does_something_is_not_what_it_counts():
    # 工联会 (Hong Kong's federation of unions) is the subject here, the stalls are what is counted
    assert rows("工联会摆设近500个街站。", "category") != [("organizations",)]
    # but it names unions right after or right before a count
    assert rows("全港共有3个工联会。", "metric") == [("union_organizations",)]


def test_a_part_whose_words_name_nothing_counts_what_its_whole_does():
    # 其中600多名都是女性: the part names no metric of its own, so it is of the employees too
    assert rows("嬉戏族集团有限公司共有1000多名员工，其中600多名都是女性。", "text", "category") == [
        ("1000多名", "workforce"), ("600多名", "workforce")]
    # but a part that names itself keeps its own metric (家庭: households)
    assert rows("慰问职工18.6万户，其中困难职工家庭3.2万户。", "metric") == [
        ("assisted_workers",), ("households_assisted",)]
    # a bare part after where they are (在…单位的) counts what the whole does, in its unit
    assert rows("全市农民工664万，其中在市内企事业单位的78.3万。", "text", "unit", "metric") == [
        ("664万", "人", "migrant_workers"), ("78.3万", "人", "migrant_workers")]
    # but not a kind of the whole's own (会员: 农民工会员)
    assert rows("全国工会会员达到3亿人，其中，农民工会员已从2013年的1.08亿增加到1.4亿。", "metric")[1] == (
        "migrant_worker_members",)


def test_a_part_that_names_only_a_kind_of_people_counts_what_its_whole_does():
    # the sentence of parts after the whole's: 农民工 and 职工 are kinds of honourees here, not the cadres
    # named last in the sentence before, nor a workforce
    text = ("在1218名奖章个人中，包括一线职工和专业技术人员，以及机关干部和企事业单位管理人员。"
            "其中，农民工122人，占总数的10.02%；非公有制企业职工419人，占总数的34.40%。")
    assert rows(text, "text", "category") == [
        ("1218名", "awards"), ("122人", "awards"), ("10.02%", "rates"), ("419人", "awards"), ("34.40%", "rates")]
    # a clause 在…中 says what the counts after it are parts of, whole count or none
    assert rows("据了解，在1218名奖章个人中，农民工122人，非公有制企业职工419人。", "category") == [
        ("awards",), ("awards",), ("awards",)]
    assert rows("在常规表彰的奖章对象中，产业工人380名，占40.3%。", "category") == [("awards",), ("rates",)]
    # a workforce's parts are a workforce still
    assert rows("全省职工总数800万人，其中产业工人300万人。", "category") == [("workforce",), ("workforce",)]
    # the parts of a count of trainees are trainees, as before
    assert rows("参加培训职工5000人，其中一线职工3000人。", "metric") == [("trainees",), ("trainees",)]


def test_a_header_ending_in_a_measure_word_gives_it_to_its_column():
    # 服务人次 and 帮扶户次 end in their measure words, with no brackets: the figures below them (12.5万 too)
    # are counted in them; a cell with a figure (全年服务3.2万人次) is a sentence, not a header
    text = ("| 城市 | 驿站数（个） | 服务人次 | 帮扶户次 |\n"
            "|---|---|---|---|\n"
            "| 西安市 | 1200 | 12.5万 | 3200 |\n"
            "| 宝鸡市 | 850 | 8.3万 | 1500 |\n")
    assert rows(text, "text", "value", "unit", "category", "city") == [
        ("1200", 1200, "个", "facilities", "西安市"), ("12.5万", 125000, "人次", "participation", "西安市"),
        ("3200", 3200, "户次", "assistance", "西安市"), ("850", 850, "个", "facilities", "宝鸡市"),
        ("8.3万", 83000, "人次", "participation", "宝鸡市"), ("1500", 1500, "户次", "assistance", "宝鸡市")]
    assert rows("驿站120个  全年服务3.2万人次\n西安市  1200\n", "text", "unit") == [("120个", "个"), ("3.2万人次", "人次")]


def test_a_count_with_no_word_of_its_own_reads_its_phrase_before_an_earlier_count():
    assert rows("全市驿站总数达到320个(较去年增加45个)。", "text", "metric") == [
        ("320个", "service_stations"), ("45个", "service_stations")]
    assert rows("建档困难职工由2020年底的1.56万户下降至目前的3826户。", "text", "metric") == [
        ("1.56万户", "difficult_worker_files"), ("3826户", "difficult_worker_files")]


def test_goods_handed_out_cases_and_lessons_have_their_measure_words():
    assert rows("发放矿泉水5000瓶、西瓜3000斤、绿豆1200公斤、大米2000袋。", "text", "unit", "category") == [
        ("5000瓶", "瓶", "other"), ("3000斤", "斤", "other"), ("1200公斤", "公斤", "other"), ("2000袋", "袋", "other")]
    assert rows("送法进企业200堂,体检发现异常120例,例如高血压。", "text", "unit", "category") == [
        ("200堂", "堂", "activities"), ("120例", "例", "other")]
    assert rows("一堂课让职工受益。", "text") == []
    # classes run (澳門工會聯合總會舉辦課程超過1,200班), not shifts or a team's words (三班倒, 3班组, 两班制)
    assert rows("去年舉辦課程超過1,200班,开设职工夜校20班。", "text", "unit", "qualifier", "category") == [
        ("1,200班", "班", "more_than", "activities"), ("20班", "班", "exact", "activities")]
    assert rows("职工实行四班三倒,设3班组,实行2班制,配备2班车。", "text") == []
    # times of a kind of event or item are written as they are (380项次), not cut to 380项
    assert rows("举办各类体育赛事380项次。", "text", "unit") == [("380项次", "项次")]
    assert rows("发放手套5000双、棉被1200床、口罩10万只、帐篷200顶、护膝3000副,拍摄微视频30集。", "text", "unit") == [
        ("5000双", "双"), ("1200床", "床"), ("10万只", "只"), ("200顶", "顶"), ("3000副", "副"), ("30集", "集")]
    # …but not where the word runs on (双职工, 副主席, 集团) or is an adverb (只有)
    assert rows("帮扶1000双职工家庭,3集团公司,工会作用只有12个企业发挥好。", "text") == [("12个",)]
    assert rows("制作展板50块,赠送锦旗12面,送凉茶5000杯。", "text", "unit") == [
        ("50块", "块"), ("12面", "面"), ("5000杯", "杯")]
    assert rows("花了5块钱,两面临街,3面积不大,第3杯赛。", "text") == []
    assert rows("项目部共向员工送出羽绒服43件套,赠送被褥200件。", "text", "unit") == [("43件套", "件套"), ("200件", "件")]
    # doses are no people; letters, tables of a meal, bags, tins and orders are things counted as written
    assert rows("发放防暑药品2000人份、慰问信1200封、年夜饭50桌、大米100包、奶粉20罐,骑手接单3000单。",
                "text", "unit", "category") == [
        ("2000人份", "人份", "other"), ("1200封", "封", "other"), ("50桌", "桌", "other"), ("100包", "包", "other"),
        ("20罐", "罐", "other"), ("3000单", "单", "other")]
    # …but not where the word runs on (封闭, 桌椅, 包括, 罐头, 单位, 单亲)
    assert rows("3封闭小区,2桌椅,5包括,4罐头,120单位,20单亲母亲。", "text") == []
    # reading a number of books is no page counter (阅读1234次 is)
    assert rows("送上职工书屋阅读卡,可免费阅读3万本图书、400本杂志。", "text") == [("3万本",), ("400本",)]


def test_a_wrapped_pdf_with_centred_page_numbers_is_still_read_across_its_line_ends():
    text = ("成都市总工会2023年工作总结\n\n一、基层组织建设\n全年新建基层工会1286个，新发展会员\n"
            "8.6万名，其中新就业形态劳动者入会2300\n名。\n                                — 1 —\n二、服务职工\n"
            "全年投入帮扶资金3260万元，帮扶困难职工\n1.2万人次。建成工会驿站520个。\n第 2 页 共 5 页\n"
            "三、劳动竞赛\n组织开展劳动竞赛186项，参与职工32万人\n次。\n- 3 -\n")
    assert rows(text, "value", "metric") == [
        (1286, "union_organizations"), (86000, "new_members"), (2300, "new_members"),
        (32600000, "assistance_funds"), (12000, "assisted_workers"), (520, "service_stations"),
        (186, "labour_competitions"), (320000, "people_reached")]


def test_a_part_whose_noun_is_elided_counts_what_the_whole_does():
    """其中…的215个: a relative clause before an elided noun, which is the whole's."""
    assert rows("全省建成职工书屋1200家,其中达到省级示范标准的215个。", "metric") == [("reading_rooms",)] * 2
    assert rows("全市班组3000个,其中获得国家级荣誉的12个。", "metric") == [("work_teams",)] * 2
    # so is one after a level or a kind (国家级, 示范性): the whole's noun again
    assert rows("全省创新工作室已建3672家,其中国家级11家,省级620家,省示范性110家。", "metric") == [
        ("innovation_studios",)] * 4
    # …and one after a type or a class (标准型, 一类), past the parts listed before it (示范型17个、)
    assert rows("当年我州共建成站点1300个，其中示范型17个、标准型200个、普通型1083个。", "metric") == [
        ("service_stations",)] * 4
    assert rows("全市评定星级驿站120个，其中一类45个、二类75个。", "value", "metric") == [
        (120, "service_stations"), (45, "service_stations"), (75, "service_stations")]
    # …while a part that names its own noun keeps it
    assert rows("全市会员50万人,其中农民工会员20万人。", "metric") == [("union_members",), ("migrant_worker_members",)]
    # …even before a year's 的: a kind of the whole's that grew (its own noun, not an elided one)
    assert rows("全国工会会员达到3亿人,其中,农民工会员已从2013年的1.08亿增加到2017年的1.4亿。", "metric") == [
        ("union_members",), ("migrant_worker_members",), ("migrant_worker_members",)]


@pytest.mark.parametrize("sentence, expected", [
    # a plain number after a noun that counts (人数, 户数, 工会数, 数量) is a count, in the noun's unit
    ("全市会员人数为3200。", [("3200", 3200, "人", "union_members")]),
    ("基层工会数：856", [("856", 856, "个", "union_organizations")]),
    ("帮扶户数 1280\n", [("1280", 1280, "户", "assisted_workers")]),
    ("新建驿站数量超过50。", [("50", 50, "家", "service_stations")]),
    # ...and so is a magnitude with no measure word (职工数达到1.04亿: people, whatever else its clause names)
    ("工资集体合同覆盖职工数达到1.04亿。", [("1.04亿", 104000000, "人", "people_reached")]),
    ("全省企业数达到12万，", [("12万", 120000, "家", "enterprises")]),
    # ...only where the number ends its phrase: not a year, a ratio, or a figure with a unit of its own
    ("参赛人数2023年为300人。", [("300人", 300, "人", "people_reached")]),
    ("男女职工人数比例为3:1。", []),
    ("人数为主的指标。", []),
])
def test_a_plain_number_after_a_counting_noun(sentence, expected):
    assert rows(sentence, "text", "value", "unit", "metric") == expected


def test_a_page_footer_inside_a_sentence_ends_nothing():
    # a PDF's page break between a noun and its number: — 3 —, 第3页 lines join what they split
    for footer in ("— 3 —", "- 12 -", "第3页", "第 3 页 共 12 页", "3/12"):
        text = f"全省新建基层工会组织1200个，发展会员\n\n{footer}\n\n8.6万人，建成职工书屋300家。\n"
        assert rows(text, "text", "metric") == [("1200个", "union_organizations"), ("8.6万人", "new_members"),
                                                ("300家", "reading_rooms")], footer
    # after a sentence's end it is a break like any other line end
    text = "全省新建基层工会组织1200个。\n— 3 —\n发展会员8.6万人。\n"
    assert rows(text, "text", "sentence") == [("1200个", "全省新建基层工会组织1200个。"), ("8.6万人", "发展会员8.6万人。")]


def test_a_label_before_a_colon_names_its_figure():
    # 其中农民工会员：45.6万人 — a part written as a label and its figure: the label says what is counted
    assert rows("全市工会会员123.4万人，其中农民工会员：45.6万人。", "text", "metric") == [
        ("123.4万人", "union_members"), ("45.6万人", "migrant_worker_members")]


def test_an_infographics_figures_read_the_label_a_line_under_or_over_them():
    """一图读懂: each figure alone on its line, its label on the line under it (or, when the block
    ends with a figure, on the line over it); not the next figure's label, nor the one before."""
    under = "一图读懂｜2023年市总工会工作成绩单\n12.6万人\n新发展会员\n1300余家\n新建基层工会\n520个\n建成工会驿站\n98.5%\n职工满意度\n"
    assert rows(under, "text", "metric") == [("12.6万人", "new_members"), ("1300余家", "union_organizations"),
                                             ("520个", "service_stations"), ("98.5%", "satisfaction_rate")]
    over = "2023年市总工会工作成绩单\n新发展会员\n12.6万人\n新建基层工会\n1300余家\n建成工会驿站\n520个\n职工满意度\n98.5%\n"
    assert rows(over, "text", "metric") == [("12.6万人", "new_members"), ("1300余家", "union_organizations"),
                                            ("520个", "service_stations"), ("98.5%", "satisfaction_rate")]


def test_an_infographics_figure_reads_the_label_after_its_colon():
    """A figure that starts its line reads the label after its colon (12.6万：新发展会员人数), a bare
    magnitude included; a colon in prose reads as before."""
    text = "2023年工作成绩单\n12.6万：新发展会员人数\n1300余家：新建基层工会\n98.5%：职工满意度\n"
    assert rows(text, "text", "category") == [("12.6万", "membership"), ("1300余家", "organizations"),
                                              ("98.5%", "rates")]
    assert rows("全年共建成驿站520个：其中新建80个。", "text", "metric") == [("520个", "service_stations"),
                                                                  ("80个", "service_stations")]
