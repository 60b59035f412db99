using ServiceDeskBot.Core.Answering;

namespace ServiceDeskBot.Core.Tests.Answering;

public sealed class AnswerKindsTests
{
    [Theory]
    [InlineData("社保窗口周六上班吗", AnswerKind.TimeOfDay)]
    [InlineData("不动产登记大厅几点下班", AnswerKind.TimeOfDay)]
    [InlineData("新体育馆什么时候建成", AnswerKind.Date)]
    [InlineData("老年证补办截止到几号", AnswerKind.Date)]
    [InlineData("办居住证收费吗", AnswerKind.Money)]
    [InlineData("创业担保贷款补贴多少钱", AnswerKind.Money)]
    [InlineData("税务局的联系方式是什么", AnswerKind.Phone)]
    [InlineData("出入境接待大厅在哪里", AnswerKind.Address)]
    [InlineData("婚姻登记处在什么地方", AnswerKind.Address)]
    [InlineData("补办户口本要准备什么材料", AnswerKind.Procedure)]
    [InlineData("怎么申请公租房", AnswerKind.Procedure)]
    [InlineData("申请人才公寓有什么条件", AnswerKind.Eligibility)]
    [InlineData("这项政策适用于哪些人", AnswerKind.Scope)]
    [InlineData("今年开工了几个项目", AnswerKind.Number)]
    [InlineData("全区一共有多少所学校", AnswerKind.Number)]
    [InlineData("介绍一下数字科创城", AnswerKind.Any)]
    [InlineData("双随机抽查多久一次", AnswerKind.Frequency)]
    [InlineData("中原区一季度经济增长了多少", AnswerKind.Ratio)]
    [InlineData("星光科技产业园占地多少亩", AnswerKind.Area)]
    [InlineData("黄金批发中心一年交易额多少", AnswerKind.Money)]
    [InlineData("全区生产总值有多大", AnswerKind.Money)]
    [InlineData("科技型企业认定有什么奖励", AnswerKind.Money)]
    [InlineData("青禾区去年gdp冲到了多少", AnswerKind.Money)]
    [InlineData("园区营收突破多少", AnswerKind.Money)]
    [InlineData("旧房征收的补偿怎么算", AnswerKind.Money)]
    [InlineData("工伤赔偿标准如何计算", AnswerKind.Money)]
    [InlineData("统计局给市领导交的是哪些材料", AnswerKind.Any)]
    [InlineData("今年确保哪些学校具备招生条件", AnswerKind.Any)]
    [InlineData("居住证多久能办好", AnswerKind.Duration)]
    [InlineData("残疾人证几个工作日能拿到", AnswerKind.Duration)]
    [InlineData("会上分析的是哪几个月的数据", AnswerKind.Any)]
    [InlineData("贴息资金多久拨付一次", AnswerKind.Any)]
    [InlineData("创业担保贷款的年利率是多少", AnswerKind.Ratio)]
    [InlineData("什么人可以申领居住证", AnswerKind.Eligibility)]
    [InlineData("申请高龄津贴要带什么", AnswerKind.Procedure)]
    [InlineData("中原区增加学位 比去年多吗", AnswerKind.Ratio)]
    [InlineData("技术合同成交额同比增长多少", AnswerKind.Ratio)]
    [InlineData("读书会一年办几期", AnswerKind.Frequency)]
    [InlineData("体检每季度搞几场", AnswerKind.Frequency)]
    [InlineData("领导每月调研一般去几个区县", AnswerKind.Number)]
    public void Detect_reads_the_kind_of_fact_a_question_asks_for(string question, AnswerKind expected)
    {
        var kind = AnswerKinds.Detect(question);

        Assert.Equal(expected, kind);
    }

    [Theory]
    [InlineData("黄金批发中心要做到多大")]
    [InlineData("这个产业集群要做多大多强")]
    [InlineData("数字经济要发展到多大")]
    [InlineData("招商的力度有多大")]
    [InlineData("项目规模有多大")]
    public void Detect_reads_an_ambition_or_the_size_of_an_abstraction_as_no_measured_kind(string question)
    {
        var kind = AnswerKinds.Detect(question);

        Assert.Equal(AnswerKind.Any, kind);
    }

    [Theory]
    [InlineData("新体育馆有多大")]
    [InlineData("产业园面积多大")]
    public void Detect_still_reads_the_size_of_a_site_as_an_area(string question)
    {
        var kind = AnswerKinds.Detect(question);

        Assert.Equal(AnswerKind.Area, kind);
    }

    [Theory]
    [InlineData(AnswerKind.TimeOfDay, "大厅工作日8:30开始受理业务。")]
    [InlineData(AnswerKind.Date, "体育馆预计2026年底竣工。")]
    [InlineData(AnswerKind.Money, "每人一次性补贴3000元。")]
    [InlineData(AnswerKind.Phone, "咨询电话0371-67180000。")]
    [InlineData(AnswerKind.Address, "接待大厅位于市民中心东侧。")]
    [InlineData(AnswerKind.Procedure, "需携带本人身份证和申请表。")]
    [InlineData(AnswerKind.Eligibility, "申请人须符合本市户籍条件。")]
    [InlineData(AnswerKind.Scope, "补助对象为辖区内低保家庭。")]
    [InlineData(AnswerKind.Number, "今年新开工项目三十二个。")]
    [InlineData(AnswerKind.Number, "擘画了郑州未来五年发展蓝图")]
    [InlineData(AnswerKind.Frequency, "坚持领导班子每月带队赴区开展调研")]
    [InlineData(AnswerKind.Ratio, "灾后重建项目投资完成率110%")]
    [InlineData(AnswerKind.Area, "产业园占地120亩")]
    [InlineData(AnswerKind.Duration, "自受理之日起15个工作日内发放居住证。")]
    [InlineData(AnswerKind.Duration, "遗嘱公证当日办结")]
    [InlineData(AnswerKind.Money, "首次申领居住证不收费")]
    [InlineData(AnswerKind.Money, "不动产登记资料查询：免费")]
    [InlineData(AnswerKind.Money, "全区生产总值首次突破800亿大关")]
    [InlineData(AnswerKind.Money, "项目总投资两亿元")]
    [InlineData(AnswerKind.Money, "市级财政安排奖补资金三千万元")]
    [InlineData(AnswerKind.Date, "津贴于每月15日前打入社会保障卡")]
    [InlineData(AnswerKind.Address, "居住登记凭证由社区警务室出具")]
    public void IsPresent_finds_a_fact_of_the_asked_kind(AnswerKind kind, string text)
    {
        var present = AnswerKinds.IsPresent(kind, text);

        Assert.True(present);
    }

    [Theory]
    [InlineData(AnswerKind.TimeOfDay, "体育馆将为市民提供优质服务。")]
    [InlineData(AnswerKind.Money, "项目进展顺利，群众满意度高。")]
    [InlineData(AnswerKind.Money, "全区千万元以上重点项目加快推进")]
    [InlineData(AnswerKind.Phone, "如有疑问可到窗口咨询。")]
    [InlineData(AnswerKind.Address, "我们将持续优化营商环境。")]
    [InlineData(AnswerKind.Procedure, "今年经济运行总体平稳。")]
    [InlineData(AnswerKind.Number, "坚持项目为王，扎实推进建设。")]
    [InlineData(AnswerKind.Frequency, "要加大督查力度、频次")]
    [InlineData(AnswerKind.Ratio, "全面分析1~2月份全区经济运行情况")]
    [InlineData(AnswerKind.Area, "现代服务业开发区获评第12届河南省开发区建设金星奖")]
    [InlineData(AnswerKind.TimeOfDay, "材料齐全的，15个工作日内办结")]
    [InlineData(AnswerKind.Duration, "公示无异议的纳入轮候名单")]
    public void IsPresent_rejects_a_text_without_a_fact_of_the_asked_kind(AnswerKind kind, string text)
    {
        var present = AnswerKinds.IsPresent(kind, text);

        Assert.False(present);
    }

    [Fact]
    public void IsPresent_accepts_any_text_when_the_question_asks_for_no_particular_kind()
    {
        var present = AnswerKinds.IsPresent(AnswerKind.Any, "坚持项目为王。");

        Assert.True(present);
    }

    [Fact]
    public void Cue_is_the_asking_words_around_the_question_word_and_not_what_is_asked_about()
    {
        var cue = AnswerKinds.Cue("高龄津贴多久能审核完");

        Assert.Equal("多久能", cue);
    }

    [Fact]
    public void Asks_credits_a_light_verb_of_the_cue_and_not_a_noun_the_cue_regex_spans()
    {
        var cue = AnswerKinds.Cue("黄金批发中心投资多少");

        Assert.False(AnswerKinds.Asks(cue, "投资"));
    }

    [Theory]
    [InlineData("新图书馆在哪条路上")]
    [InlineData("社区食堂开在什么街上")]
    [InlineData("新建的垃圾处理厂建在哪个镇")]
    [InlineData("这座体育公园位于哪个区")]
    [InlineData("人才公寓选址在哪")]
    public void SiteUnstated_declines_a_road_or_a_siting_asked_of_a_quote_naming_neither(string question)
    {
        var unstated = AnswerKinds.SiteUnstated(question, "谋划布局建设人才公寓、新图书馆、体育公园等一批平台。");

        Assert.True(unstated);
    }

    [Theory]
    [InlineData("加快推进东太康路两侧商业体改造")]
    [InlineData("项目选在伊河路与桐柏路交叉口")]
    [InlineData("水库位于登封市境内")]
    public void SiteUnstated_accepts_a_named_road_with_a_side_a_crossing_or_a_siting(string quote)
    {
        var unstated = AnswerKinds.SiteUnstated("这个项目在哪条路上", quote);

        Assert.False(unstated);
    }

    [Theory]
    [InlineData("这条路走的是哪条路子")]
    [InlineData("今年要建哪几个公园")]
    [InlineData("社区服务设施建在哪些小区")]
    public void SiteUnstated_reads_no_site_in_a_path_a_list_of_builds_or_a_list_of_sites(string question)
    {
        var unstated = AnswerKinds.SiteUnstated(question, "走出一条产城融合的发展之路,更新健身路径10条。");

        Assert.False(unstated);
    }

    [Theory]
    [InlineData("参加表彰会的先进个人有哪些人")]
    [InlineData("驻村帮扶派了哪些人去")]
    [InlineData("招商小组是哪些人")]
    public void Detect_reads_a_list_of_people_as_no_scope_of_coverage(string question)
    {
        var kind = AnswerKinds.Detect(question);

        Assert.NotEqual(AnswerKind.Scope, kind);
    }

    [Theory]
    [InlineData("城乡低保覆盖哪些人")]
    [InlineData("这项救助面向哪些人")]
    [InlineData("哪些人员需要参加体检")]
    public void Detect_reads_who_is_covered_as_a_scope(string question)
    {
        var kind = AnswerKinds.Detect(question);

        Assert.Equal(AnswerKind.Scope, kind);
    }

    [Fact]
    public void Detect_reads_those_few_named_again_as_no_count()
    {
        var kind = AnswerKinds.Detect("你说的那几个园区都叫什么");

        Assert.NotEqual(AnswerKind.Number, kind);
    }

    [Theory]
    [InlineData("办事能不能不带证件，推的是哪两个“免”")]
    [InlineData("推的是哪两个“免”，是不是不用带证件")]
    public void Detect_reads_the_kind_from_the_question_word_clause_and_not_a_yes_no_lead_in(string question)
    {
        var kind = AnswerKinds.Detect(question);

        Assert.NotEqual(AnswerKind.Procedure, kind);
    }

    [Fact]
    public void Detect_still_reads_a_procedure_asked_after_a_topic_clause()
    {
        var kind = AnswerKinds.Detect("居住证丢了，补办要带什么材料");

        Assert.Equal(AnswerKind.Procedure, kind);
    }

    [Theory]
    [InlineData("办个残疾证前后要花多少时间", AnswerKind.Duration)]
    [InlineData("社区服务站的座机是多少", AnswerKind.Phone)]
    [InlineData("全区财政收入到底多少", AnswerKind.Money)]
    public void Detect_reads_a_span_a_landline_and_a_total_asked_with_an_adverb(string question, AnswerKind expected)
    {
        Assert.Equal(expected, AnswerKinds.Detect(question));
    }

    [Theory]
    [InlineData("志愿服务队要去哪几个社区")]
    [InlineData("巡查组在哪两个街道驻点")]
    [InlineData("区里搞的全流程代办有哪些项目")]
    public void Detect_reads_which_few_places_and_a_whole_process_noun_as_no_address_and_no_procedure(string question)
    {
        Assert.Equal(AnswerKind.Any, AnswerKinds.Detect(question));
    }

    [Fact]
    public void SiteUnstated_declines_the_room_a_meeting_was_held_in_when_the_quote_names_no_room()
    {
        var declined = AnswerKinds.SiteUnstated("推进会是在哪个会议室开的", "5月6日,青禾区召开老旧小区改造推进会,会议要求加快进度。");
        var named = AnswerKinds.SiteUnstated("推进会是在哪个会议室开的", "5月6日,青禾区在区政府五楼会议室召开老旧小区改造推进会。");

        Assert.True(declined);
        Assert.False(named);
    }
}
