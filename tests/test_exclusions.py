"""What is not a claim: dates, durations, ordinals, names, codes and slogans."""
import pytest

from unionstats import extract_text

# sentences (real ones from the seeds first) in which nothing is a claim
NO_CLAIMS = [
    "清扫一个来回需要两个多小时。",  # a duration, 多 between its measure word and its time word
    "活动历时一个半月,培训三个多星期。",
    "大赛分初赛和决赛两个期间进行。",  # the stages of a contest, not a count
    "聚焦快递员、外卖送餐员、货车司机3个重点群体推进入会。",  # kinds of workers, not people
    "对于刚刚过去的 5 年,安庆工会走过了一段不平凡的征途。",
    "获得第五届全国“书香三八”活动优秀组织单位。",
    "展望“十四五”,安庆工会如何在格局重塑中迈好新步伐?",
    "深入开展劳模进企业、进校园等“五进”活动。",
    "我们深入调研,决定大力实施“四大工程”。",
    "以迎接建党 100 周年为契机,举办职工歌手大赛。",
    "期次:第7793期",
    "发布时间:2022-03-10 阅读1234次 点赞56次",  # a page's counters written close up
    "浏览量 974 阅读: 1234",
    "(上接第 1 版)",
    "2022-03-10",
    "2021 年第三方评估结果显示。",
    "赴基层单位蹲点 3 至 6 个月。",
    "推深做实“42101”重点工作格局,着力抓好“四项重点任务”。",
    "持续为职工办好“十件实事”。",
    "被市政府列入2021年十件民生实事。",
    "为做好省定50项民生实事，市总工会持续建设户外劳动者服务站点。",  # the plan, by the count of its deeds
    "2018年海南省总工会服务职工群众10件实事全部兑现。",  # the plan's name, with what kind of deeds it promises
    "用好职工服务中心、12351 职工维权服务热线平台等载体。",
    "持之以恒落实中央八项规定精神及省委实施细则要求。",
    "坚持两个毫不动摇,做到两个确保。",
    "深化八大群体入会和百人以上企业建会工作。",
    "推动已建工会的国有企业及其控股企业、百人以上非公有制企业普遍建立职代会。",
    "推动职工不足25人的小微企业建会。",
    "会员人数低于500人的企业可以联合建会。",
    "25人以下小微企业可建立联合工会。",
    "推动百人以下小微、非公企业单独或联合建会。",  # the class goes on after a pause mark
    "今天会议的议程共4项。",
    "按照职工工资总额的2%拨缴工会经费。",
    "围绕一个中心,把握两个关键,实施三项工程。",
    "深化国有企业三项制度改革,作出十项承诺。",
    # a saved page's links to other articles: their headlines' figures are theirs
    "上一篇：我市举办职工运动会 参赛职工1200人\n下一篇：市总工会开展“送清凉”活动 慰问职工5000人次",
    "相关新闻：\n· 全省建成职工书屋3000家（2023-04-01）\n全市新建驿站120个 2023-03-15\n",
    "抓好四个一批,坚持三个导向。",
    "我们将围绕三个方面攻坚突破。",
    "会议由3个部分组成。",  # the parts of a whole: its structure, not a count of things
    "活动分为4个阶段、5个环节。",
    "这是陕西省总工会去年3月培养新进机关干部的一项创举。",
    "每两年举办一次职工科技节。",
    "9月16日,几十名巡游车网约车驾驶员来到这里。",
    "当年工会筹集数亿元资金用于帮扶。",  # 数亿: several hundred million, no figure stated
    "实事项目涵盖技能提升、文体服务、维权服务和困难帮扶等六大类。",  # the kinds a list sums up
    "出台了《辽宁省总工会关于集中开展100人以上企业建会攻坚行动方案》。",
    "倡导每天读书10分钟。",
    "组织千人宴,举办职工万人健步走活动。",
    "计量单位      万人      万元      %",  # a table's header: its units count nothing
    "(单位:万元)",
    "新开3门店,设5门诊部。",
    "累计志愿服务时长5万小时,节约工时3万余天。",
    "我们主要做了三件事。",
    "为困难职工建立1人1档,实行一户一策。",
    "两节期间,开展节能宣传。",
    "职工分成10组,每组5-8人,2-3人一组结对。",
    "每队由5名队员组成。",
    "建成3个亿元级项目。",  # a class of size (亿元级), and 个 before 亿 is no measure word of 3
    "培育千万级企业。",
    "丈夫去世,留下她和两个正在上学的孩子。",  # a story's family, not a count
    "“网上入会”平台开通仅仅42天。",
    "庆祝中华人民共和国成立70周年。",
    "在西岗区365外来务工人员服务中心。",
    "全省职工第一、二届大合唱比赛。",
    "组织召开“五一”表彰大会。",
    "荣获全国五一劳动奖章和全国技术能手称号。",
    "省总工会连续4年持续组织开展主题活动。",
    "2015年以来,省总工会连续7年荣获优秀等次。",
    "新建24小时智能化驿站。",
    # of our own
    "开展百日千万招聘专项行动。",  # a campaign's name
    "实施百千万人才工程。",  # 百千万 is no number
    "推行五个一服务模式。",
    "组织百万职工健步走活动。",
    "在全区建立了创业示范园区、创业一条街和创业实训基地三位一体的创业平台。",  # a set phrase
    "全市工会做到三个全覆盖。",  # a slogan, unquoted
    "6月10日，2022年贵阳市百万职工安全生产进企业、“安康杯”系列活动启动。",  # the campaign, by its slogan
    "启动百万职工“建功十四五”劳动竞赛。",
    "地址:西安市北大街123号  邮编:710003  电话:029-87654321\n本站由市总工会主办",  # a page's footer
    "陕ICP备05001234号-1  陕公网安备61010302000123号",
    "把党的温暖送到千家万户。",
    "开展工会干部基层蹲点进万家行动。",
    "七台河市总工会召开全委会。",
    "全省5G基站建设提速。",
    "年满18周岁的职工均可参加。",
    "位列全国第3名。",
    "一批劳模工匠走上讲台。",
    "开展职工医疗费用二次报销。",  # 二次: secondary
    "十一期间坚守岗位。",  # the National Day holiday
    "实施两个“一百”工程。",  # a programme's parts, its name quoted between
    "慰问组驱车300公里来到工地。",  # how far someone went
    "组织职工参加5公里健步走活动。",  # the length of a walk or a race names its kind
    "举办全市职工10公里越野跑比赛。",
    "来自销售二部的职工代表发言。",  # a department's name and number
    "工程3部工会小组开展了读书活动。",
    "县总工会到一期工程工地慰问一线建设者。",  # a project's phase
    "慰问组来到二期扩建项目现场。",
    "职工获得各工种技能竞赛第二、三名。",  # places in a contest, listed (第二、三名) or a range (第四至十名)
    "获得第四至十名的职工被授予技术能手称号。",
    "对考入一本、二本院校的困难职工子女给予资助。",  # the tier of a university, not books
    "考入三本院校的学生同样纳入助学范围。",
    "逐步构建起‘1公里’户外劳动者暖心服务圈。",  # a name in single quotes; a service's promised reach
    "打造3公里职工生活圈。",
    "一路向西，637公里后就到达塔城。",  # a distance ahead, or to a place (距…仅17公里)
    "这里距边境口岸仅17公里。",
    "驿站每周开展2次志愿服务活动。",  # a schedule within a week, a month, a season
    "坚持每月召开1次例会，每季度开展1次检查。",
    "区总工会投入万元，扎实开展了送温暖活动。",  # a figure left blank in a template
    "首趟农民工免费返乡专列——3672次列车从深圳出发。",  # a train's number
    "务工人员乘坐1461次旅客列车返乡。",
    "广元作为全省开展工会会员普惠性服务工作的八个先行试点城市之一。",  # the size of a set it is one of
    "该企业是全省3家获此殊荣的企业之一。",
    "总职工数50人以下的不超过三分之一。",  # a unit's size class by its headcount
    "职工人数在100人及以上的企业全部建会。",
]


@pytest.mark.parametrize("sentence", NO_CLAIMS)
def test_no_claim(sentence):
    assert [c.text for c in extract_text(sentence)] == []


def test_claims_beside_exclusions_survive():
    text = "2021年,全市新建工会组织119个,第二届劳动竞赛吸引1000余名职工参加。"
    assert [c.text for c in extract_text(text)] == ["119个", "1000余名"]
    # a year's count is no schedule: 每年 is a period, the count a claim
    assert [c.text for c in extract_text("每年开展送温暖活动100余次，每月服务职工1200人次。")] == ["100余次", "1200人次"]
    # the tiers of university admission are names; the students counted beside them are claims
    assert [c.text for c in extract_text("其中考取一本的45人，考取二本的87人。")] == ["45人", "87人"]
    text = "衡阳市共有206名被国内全日制本科二批以上院校录取的困难职工家庭子女。"
    assert [c.text for c in extract_text(text)] == ["206名"]
    # a round magnitude of workers naming a campaign is no count; one taking part in it is
    text = "推进百万职工消费扶贫行动，全市百万职工参与消费扶贫行动，带动2万名职工参与。"
    assert [c.text for c in extract_text(text)] == ["百万", "2万名"]
    # a programme's parts are no count (三件事), the public institutions a union runs are
    text = "内蒙古总工会下设四个事业单位；我们主要做了三件事。"
    assert [c.text for c in extract_text(text)] == ["四个"]
    # a key enterprise or trade is counted (十个重点企业); a key point of a plan is not (四个重点)
    text = "深入十个重点企业开展慰问，在七个重点行业推进集体协商，组建四个行动小组；把握两个关键，聚焦四个重点。"
    assert [c.text for c in extract_text(text)] == ["十个", "七个", "四个"]
    # a family in a story is counted in 个 (两个孩子); the children a report counts, in 名 or 位
    text = "留下她和两个孩子。公司工会向省总工会上报了五位子女考中大学的职工名单。"
    assert [c.text for c in extract_text(text)] == ["五位"]
    # a train's number is no count of runs; the runs of a special train are
    text = "3672次列车从深圳出发，今年共开行返乡专列12次，运送农民工5000人。"
    assert [c.text for c in extract_text(text)] == ["12次", "5000人"]
    # a headcount stated with 以上 is a count; only one that classes units (…以上的企业) is not
    assert [c.text for c in extract_text("全市职工总数达120万人以上。")] == ["120万人"]
    # a third (三分之一) is no "one of": the count before it stays
    text = "全市120家企业中三分之一建立了职工书屋，帮扶困难职工300人之多。"
    assert [c.text for c in extract_text(text)] == ["120家", "300人"]


def test_money_above_an_amount_is_a_sum_not_a_size_class():
    # 以上 before 资金 says how much money, not which enterprises (as 2000万元以上企业 would)
    text = "贴息贷款撬动3亿元以上资金支持小微企业发展,推动年营业收入2000万元以上企业建会。"
    assert [(c.text, c.qualifier) for c in extract_text(text)] == [("3亿元", "more_than")]


@pytest.mark.parametrize("text, expected", [
    # a quotation holding a sentence's end, or cut off by a comma (…,”他说), is somebody's words…
    ("“今年我们已建成驿站30个。”张主席说。", ["30个"]),
    ("他介绍：“全县已有会员1.2万人。”", ["1.2万人"]),
    ("“截至目前，共发放助学金50万元，”他说。", ["50万元"]),
    ("「全年服務會員3萬人次。」", ["3萬人次"]),
    ("“我们建了30个驿站！”他说。", ["30个"]),
    # …while a short one without is a name or a slogan, even with a comma inside
    ("开展“百名劳模进千家企业”活动,推进“十百千万”工程。", []),
    ("开展“百场宣讲进基层，千名劳模送技能”活动。", []),
])
def test_quoted_words_and_quoted_names(text, expected):
    assert [c.text for c in extract_text(text)] == expected
