using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Core.Tests.Answering;

public sealed class AnswerSlotsTests
{
    // jieba's part-of-speech tagger over the package dictionary copied beside the test assembly.
    private static readonly WordSegmenter Words = new([]);

    private static AskedSlot Detect(string question) => AnswerSlots.Detect(question, Words.Tagged);

    [Fact]
    public void Detect_reads_a_person_asked_by_post_with_the_body_the_post_belongs_to()
    {
        var slot = Detect("凤凰台街道办事处主任是谁");

        Assert.Equal(AnswerSlot.Person, slot.Slot);
        Assert.Equal("主任", slot.Role);
        Assert.Equal("街道办事处", slot.Organisation);
    }

    [Fact]
    public void Detect_reads_the_name_of_a_thing_as_a_title_not_a_person()
    {
        var slot = Detect("北下街那条经济带叫什么名字");

        Assert.Equal(AnswerSlot.Title, slot.Slot);
    }

    [Fact]
    public void Detect_takes_the_noun_after_the_list_word_as_the_items_asked_for()
    {
        var slot = Detect("会前去看了哪些项目");

        Assert.Equal(AnswerSlot.List, slot.Slot);
        Assert.Contains("项目", slot.Heads);
    }

    [Fact]
    public void Detect_asks_for_no_noun_when_a_verb_stands_right_before_the_list_word()
    {
        var slot = Detect("夜市整治要抓哪几样");

        Assert.Equal(AnswerSlot.List, slot.Slot);
        Assert.Empty(slot.Heads);
    }

    [Fact]
    public void The_objects_of_the_asked_verb_fill_a_list_question_that_names_no_noun()
    {
        var slot = Detect("夜市整治要抓哪几样");

        var filled = AnswerSlots.IsFilled(slot, "夜市整治分三步走,抓摊位、抓油烟、抓垃圾", "夜市整治要抓哪几样");

        Assert.True(filled);
    }

    [Fact]
    public void A_list_holding_one_item_of_the_noun_named_fills_a_question_asking_for_the_other_items()
    {
        var slot = Detect("本市特色小吃 烩饼 凉粉 还有啥");

        var filled = AnswerSlots.IsFilled(slot, "推广羊肉凉粉、豆腐脑、油旋、糖糕等特色小吃", "本市特色小吃 烩饼 凉粉 还有啥");

        Assert.True(filled);
    }

    [Fact]
    public void A_list_holding_one_item_of_the_noun_named_does_not_fill_a_question_asking_for_all_items()
    {
        var slot = Detect("本市的特色凉粉有哪些");

        var filled = AnswerSlots.IsFilled(slot, "推广羊肉凉粉、豆腐脑、油旋、糖糕等特色小吃", "本市的特色凉粉有哪些");

        Assert.False(filled);
    }

    [Fact]
    public void Detect_reads_fang_after_the_list_word_as_a_measure_word_not_a_noun()
    {
        var slot = Detect("这份合作协议是哪三方签的");

        Assert.Equal(AnswerSlot.List, slot.Slot);
        Assert.Equal(3, slot.Items);
        Assert.True(slot.ItemsStated);
        Assert.Empty(slot.Heads);
    }

    [Fact]
    public void Detect_reads_the_number_of_items_a_question_asks_for()
    {
        var slot = Detect("园区建设要提高哪三个含量");

        Assert.Equal(AnswerSlot.List, slot.Slot);
        Assert.Equal(3, slot.Items);
        Assert.True(slot.ItemsStated);
    }

    [Fact]
    public void Detect_takes_the_noun_of_a_set_named_by_its_size_before_a_bare_count()
    {
        var slot = Detect("全市要打的三大攻坚战是哪三个");

        Assert.Equal(AnswerSlot.List, slot.Slot);
        Assert.Contains("攻坚战", slot.Heads);
    }

    [Fact]
    public void A_list_of_other_things_does_not_fill_a_question_about_a_set_named_by_its_size()
    {
        var slot = Detect("全市要打的三大攻坚战是哪三个");

        var filled = AnswerSlots.IsFilled(slot, "围绕三大攻坚战,通过规划布局、政策引导、资源整合集聚要素", "全市要打的三大攻坚战是哪三个");

        Assert.False(filled);
    }

    [Fact]
    public void The_items_of_a_set_named_by_its_size_fill_the_question()
    {
        var slot = Detect("全市要打的三大攻坚战是哪三个");

        var filled = AnswerSlots.IsFilled(slot, "坚决打好蓝天、碧水、净土三大攻坚战", "全市要打的三大攻坚战是哪三个");

        Assert.True(filled);
    }

    [Fact]
    public void A_deputy_does_not_fill_a_question_about_the_post_itself()
    {
        var slot = Detect("凤凰台街道办事处主任是谁");

        var filled = AnswerSlots.IsFilled(slot, "金水区凤凰台街道办事处副主任周凯表示,下一步将补短强弱", "凤凰台街道办事处主任是谁");

        Assert.False(filled);
    }

    [Fact]
    public void A_name_after_the_asked_post_in_a_chain_of_posts_fills_the_question()
    {
        var slot = Detect("市发改委主任是谁");

        var filled = AnswerSlots.IsFilled(slot, "市政协副主席,市发展改革委党组书记、主任夏扬表示,全市发改系统将", "市发改委主任是谁");

        Assert.True(filled);
    }

    [Fact]
    public void A_post_of_another_body_does_not_fill_a_question_about_an_office()
    {
        var slot = Detect("西流湖街道办事处主任是谁");

        var filled = AnswerSlots.IsFilled(slot, "区委常委、纪委书记、监委主任靳大勇通报了全区项目建设督办情况。", "西流湖街道办事处主任是谁");

        Assert.False(filled);
    }

    [Fact]
    public void The_reporters_post_is_not_given_to_the_person_interviewed()
    {
        var slot = Detect("那篇专访是哪位记者写的");

        var filled = AnswerSlots.IsFilled(slot, "本报记者采访了中原区委书记乔耸。", "那篇专访是哪位记者写的");

        Assert.False(filled);
    }

    [Fact]
    public void A_list_followed_by_the_asked_noun_fills_the_question()
    {
        var slot = new AskedSlot(AnswerSlot.List, Items: 2) { Heads = ["商圈"] };

        var filled = AnswerSlots.IsFilled(slot, "休闲娱乐业,依托万达、锦艺、金马凯旋等商圈,二砂、芝麻街等园区", "中原区靠哪些商圈");

        Assert.True(filled);
    }

    [Fact]
    public void A_list_of_qualities_does_not_fill_a_question_about_items()
    {
        var slot = new AskedSlot(AnswerSlot.List, Items: 2) { Heads = ["事项"] };

        var filled = AnswerSlots.IsFilled(slot, "推动更多办理频次高、需求大的政务服务事项实现跨省通办", "免证办支持哪些事项");

        Assert.False(filled);
    }

    [Fact]
    public void A_list_shorter_than_the_number_asked_does_not_fill_the_question()
    {
        var slot = new AskedSlot(AnswerSlot.List, Items: 5, ItemsStated: true);

        var filled = AnswerSlots.IsFilled(slot, "要完善项目建设\"五个一\"机制,系统做好规划衔接、要素保障和建设推进", "五个一机制具体是哪五个一");

        Assert.False(filled);
    }

    [Fact]
    public void A_figure_counting_another_noun_does_not_fill_a_count_question()
    {
        var slot = new AskedSlot(AnswerSlot.Count) { Heads = ["社区"] };

        var filled = AnswerSlots.IsFilled(slot, "优化\"15分钟健身圈\"建设,更新健身路径10条", "健身圈覆盖了多少个社区");

        Assert.False(filled);
    }

    [Fact]
    public void A_figure_next_to_the_noun_counted_fills_a_count_question()
    {
        var slot = new AskedSlot(AnswerSlot.Count) { Heads = ["社区"] };

        var filled = AnswerSlots.IsFilled(slot, "今年新建嵌入式服务设施,覆盖32个社区", "嵌入式服务设施覆盖了多少个社区");

        Assert.True(filled);
    }

    [Fact]
    public void The_parts_listed_in_the_clause_naming_a_programme_define_it()
    {
        var slot = Detect("招商引资的两库一单是指什么");

        var filled = AnswerSlots.IsFilled(slot, "完善招商引资重大项目库、重要客商资源库、目标企业清单“两库一单”,聚焦产业发展定位", "招商引资的两库一单是指什么");

        Assert.Equal(AnswerSlot.Definition, slot.Slot);
        Assert.True(filled);
    }

    [Fact]
    public void A_clause_that_only_names_a_programme_does_not_define_it()
    {
        var slot = Detect("两高四着力具体指的是什么");

        var filled = AnswerSlots.IsFilled(slot, "聚焦“两高四着力”,坚持“三标”引领", "两高四着力具体指的是什么");

        Assert.False(filled);
    }

    [Fact]
    public void CountsOnly_is_true_for_a_quote_that_gives_the_asked_items_only_as_a_figure()
    {
        var slot = new AskedSlot(AnswerSlot.List) { Heads = ["实事"] };

        var counted = AnswerSlots.CountsOnly(slot, "推行社区合伙人制度,实施10项群众点题的实事,推动幸福沟赵建设。");

        Assert.True(counted);
    }

    [Fact]
    public void CountsOnly_is_false_for_a_quote_that_names_the_asked_noun_without_a_figure()
    {
        var slot = new AskedSlot(AnswerSlot.List) { Heads = ["实事"] };

        var counted = AnswerSlots.CountsOnly(slot, "老旧小区改造、道路建设等一批民生实事落地。");

        Assert.False(counted);
    }

    [Fact]
    public void CountsOnly_is_false_when_the_question_says_how_many_items_it_wants()
    {
        var slot = new AskedSlot(AnswerSlot.List, Items: 3, ItemsStated: true) { Heads = ["实事"] };

        var counted = AnswerSlots.CountsOnly(slot, "实施10项群众点题的实事。");

        Assert.False(counted);
    }

    [Fact]
    public void Detect_takes_a_user_dictionary_noun_before_an_unnumbered_list_word_not_its_qualifier()
    {
        var words = new WordSegmenter(["研发平台"]);

        var slot = AnswerSlots.Detect("新增市级研发平台有哪些", words.Tagged);

        Assert.Equal(AnswerSlot.List, slot.Slot);
        Assert.DoesNotContain("市级", slot.Heads);
        Assert.Contains(slot.Heads, h => h.EndsWith("平台", StringComparison.Ordinal));
    }

    [Fact]
    public void Detect_takes_the_noun_before_dou_shi_naxie_as_the_items_asked_for()
    {
        var slot = Detect("中原区的重点项目都是哪些");

        Assert.Equal(AnswerSlot.List, slot.Slot);
        Assert.Contains(slot.Heads, h => h.EndsWith("项目", StringComparison.Ordinal));
    }

    [Fact]
    public void CountsOnly_is_true_for_a_figure_and_measure_word_before_the_asked_noun()
    {
        var slot = new AskedSlot(AnswerSlot.List) { Heads = ["产业项目"] };

        var counted = AnswerSlots.CountsOnly(slot, "全年谋划储备97个产业项目。");

        Assert.True(counted);
    }

    [Fact]
    public void CountsOnly_is_true_for_the_asked_noun_right_before_a_figure_and_measure_word()
    {
        var slot = new AskedSlot(AnswerSlot.List) { Heads = ["市级研发平台"] };

        var counted = AnswerSlots.CountsOnly(slot, "新增省级孵化器1家、市级研发平台12家。");

        Assert.True(counted);
    }

    [Fact]
    public void CountsOnly_is_false_when_the_figure_stands_more_than_eight_characters_before_the_noun()
    {
        var slot = new AskedSlot(AnswerSlot.List) { Heads = ["实事"] };

        var counted = AnswerSlots.CountsOnly(slot, "实施10项涉及群众身边难题的各类民生领域的实事。");

        Assert.False(counted);
    }

    [Fact]
    public void Detect_takes_the_noun_before_the_list_word_when_only_a_measure_word_follows_it()
    {
        var slot = Detect("新增科技型企业 分别是哪几家？");

        Assert.Equal(AnswerSlot.List, slot.Slot);
        Assert.Contains(slot.Heads, h => h.EndsWith("企业", StringComparison.Ordinal));
    }

    [Fact]
    public void Counts_of_several_kinds_do_not_fill_a_question_about_the_last_kinds_items()
    {
        var slot = new AskedSlot(AnswerSlot.List) { Heads = ["研发平台"] };

        var filled = AnswerSlots.IsFilled(slot, "新增省级孵化器1家、省级工程研究中心4家、市级研发平台12家。", "新增市级研发平台有哪些");

        Assert.False(filled);
    }

    [Theory]
    [InlineData("自来水公司电话多少")]
    [InlineData("婚姻登记处的电话号码是多少")]
    public void Detect_reads_a_phone_number_asked_with_duoshao_as_no_count(string question)
    {
        var slot = Detect(question);

        Assert.NotEqual(AnswerSlot.Count, slot.Slot);
    }

    [Theory]
    [InlineData("刚才提到的那几个园区都叫什么")]
    [InlineData("这几家医院分别是哪些")]
    public void Detect_reads_those_few_pointed_back_at_as_no_count(string question)
    {
        var slot = Detect(question);

        Assert.NotEqual(AnswerSlot.Count, slot.Slot);
    }

    [Fact]
    public void Detect_reads_a_numbered_formula_asked_as_no_count()
    {
        var slot = Detect("这个镇的发展布局是几纵几横");

        Assert.NotEqual(AnswerSlot.Count, slot.Slot);
    }

    [Fact]
    public void Detect_still_reads_a_plain_count()
    {
        var slot = Detect("这个镇有几个社区");

        Assert.Equal(AnswerSlot.Count, slot.Slot);
    }

    [Fact]
    public void Detect_reads_how_many_kuai_as_an_amount_not_a_count()
    {
        var slot = Detect("电动车停放每个月收几块钱");

        Assert.NotEqual(AnswerSlot.Count, slot.Slot);
    }

    [Fact]
    public void Detect_reads_dou_shi_sha_as_a_list_asked()
    {
        var slot = Detect("新建的三个公园都是啥");

        Assert.Equal(AnswerSlot.List, slot.Slot);
    }

    [Fact]
    public void A_count_of_kinds_is_filled_by_a_list_of_them()
    {
        var slot = Detect("夜市一共有几样特色小吃");

        Assert.Equal(AnswerSlot.Count, slot.Slot);
        Assert.True(AnswerSlots.CountedByList(slot));
        Assert.True(AnswerSlots.IsFilled(slot, "夜市集中了胡辣汤、烩面、水煎包等特色小吃。", "夜市一共有几样特色小吃"));
        Assert.False(AnswerSlots.IsFilled(slot, "夜市集中了本地特色小吃。", "夜市一共有几样特色小吃"));
    }

    [Fact]
    public void A_count_asked_with_hui_is_filled_by_a_figure_with_ci()
    {
        var slot = Detect("督导组今年下来过几回");

        Assert.Equal(AnswerSlot.Count, slot.Slot);
        Assert.True(AnswerSlots.IsFilled(slot, "督导组今年先后3次到社区检查。", "督导组今年下来过几回"));
    }
}
