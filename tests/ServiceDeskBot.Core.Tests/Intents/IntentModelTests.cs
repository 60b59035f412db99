using ServiceDeskBot.Core.Intents;

namespace ServiceDeskBot.Core.Tests.Intents;

[Collection(SharedTrainedIntentModel.Name)]
public sealed class IntentModelTests(TrainedIntentModelFixture fixture)
{
    // Phrasings written for this test, not present in seeds/intents.
    [Theory]
    [InlineData("请问，孩子的出生医学证明在哪里领", IntentLabels.Question)]
    [InlineData("你好，想问下电动车上牌去哪办", IntentLabels.Question)]
    [InlineData("谢谢，那医保断了怎么续上？", IntentLabels.Question)]
    [InlineData("金水区 重点项目 数量", IntentLabels.Question)]
    [InlineData("二七区去年引进了多少企业", IntentLabels.Question)]
    [InlineData("您好呀，有人吗", IntentLabels.Greeting)]
    [InlineData("哈喽 在不", IntentLabels.Greeting)]
    [InlineData("嗯嗯，谢谢你啦", IntentLabels.Thanks)]
    [InlineData("好的，非常感谢你的帮助", IntentLabels.Thanks)]
    [InlineData("帮我转接一下人工吧", IntentLabels.Handoff)]
    [InlineData("我想和真人客服聊", IntentLabels.Handoff)]
    [InlineData("窗口的人爱答不理，态度太差了", IntentLabels.Complaint)]
    [InlineData("跑了三趟都没办成，怎么回事？", IntentLabels.Complaint)]
    [InlineData("给我讲个冷笑话吧", IntentLabels.OutOfScope)]
    [InlineData("推荐一家好吃的烧烤店", IntentLabels.OutOfScope)]
    [InlineData("帮我写个js函数", IntentLabels.OutOfScope)]
    public void Predict_labels_unseen_phrasings(string text, string expected)
    {
        var prediction = fixture.Model.Predict(text);

        Assert.Equal(expected, prediction.Label);
    }

    // The traps: a greeting or thanks in front of a real question, a bare greeting with punctuation, terse keyword
    // queries, and complaints phrased as questions.
    [Theory]
    [InlineData("你好，请问残疾证怎么年审", IntentLabels.Question)]
    [InlineData("hello，想咨询下公积金贷款", IntentLabels.Question)]
    [InlineData("谢谢你，那社保卡在哪领", IntentLabels.Question)]
    [InlineData("好的谢谢，那要多久能办好", IntentLabels.Question)]
    [InlineData("中原区 GDP 增长", IntentLabels.Question)]
    [InlineData("郑州 高新区 企业 数量", IntentLabels.Question)]
    [InlineData("你好，在吗？", IntentLabels.Greeting)]
    [InlineData("这到底怎么回事？等了三天了", IntentLabels.Complaint)]
    [InlineData("为什么每次都说系统维护？", IntentLabels.Complaint)]
    public void Predict_sees_through_greeting_and_thanks_prefixes_and_question_shaped_complaints(string text, string expected)
    {
        var prediction = fixture.Model.Predict(text);

        Assert.Equal(expected, prediction.Label);
    }

    [Theory]
    [InlineData("您好，请问出入境证件怎么预约")]
    [InlineData("太感谢你了")]
    [InlineData("投诉窗口")]
    public void Confidence_is_a_probability_and_scores_sum_to_one(string text)
    {
        var prediction = fixture.Model.Predict(text);

        Assert.InRange(prediction.Confidence, 0.0, 1.0);
        Assert.Equal(1.0, prediction.Scores.Values.Sum(), precision: 3);
        Assert.Equal(prediction.Scores[prediction.Label], prediction.Confidence);
    }

    [Fact]
    public void Scores_have_one_entry_per_label()
    {
        var prediction = fixture.Model.Predict("营业执照在哪办");

        Assert.Equal(IntentLabels.All.Order(), prediction.Scores.Keys.Order());
    }

    [Theory]
    [InlineData("ＨＥＬＬＯ，在吗？", "hello,在吗?")]
    [InlineData("人工！！", "人工!!")]
    [InlineData("  谢谢  ", "谢谢")]
    [InlineData("Ｔｈａｎｋｓ", "thanks")]
    public void Full_width_and_half_width_variants_get_the_same_prediction(string fullWidth, string halfWidth)
    {
        var wide = fixture.Model.Predict(fullWidth);

        var narrow = fixture.Model.Predict(halfWidth);

        Assert.Equal(narrow.Label, wide.Label);
        Assert.Equal(narrow.Confidence, wide.Confidence, precision: 6);
    }

    [Fact]
    public void Blank_text_is_out_of_scope()
    {
        var prediction = fixture.Model.Predict("   ");

        Assert.Equal(IntentLabels.OutOfScope, prediction.Label);
        Assert.Equal(1.0, prediction.Confidence);
    }

    [Fact]
    public void Concurrent_predictions_agree_with_sequential_ones()
    {
        string[] texts = ["您好", "转人工", "排队太慢了", "公积金怎么提取", "讲个笑话", "多谢"];
        var expected = texts.Select(t => fixture.Model.Predict(t).Label).ToArray();
        var actual = new string[texts.Length * 50];

        Parallel.For(0, actual.Length, i => actual[i] = fixture.Model.Predict(texts[i % texts.Length]).Label);

        for (var i = 0; i < actual.Length; i++)
        {
            Assert.Equal(expected[i % texts.Length], actual[i]);
        }
    }

    [Fact]
    public void Training_twice_on_the_same_utterances_gives_the_same_scores()
    {
        var sample = fixture.Sample(perLabel: 25);
        var once = IntentModelTrainer.Train(sample);
        var twice = IntentModelTrainer.Train(sample);

        var first = once.Predict("中原区 城市更新 投资多少");
        var second = twice.Predict("中原区 城市更新 投资多少");

        Assert.Equal(first.Scores, second.Scores);
    }
}
