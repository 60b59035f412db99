using System.Diagnostics.Metrics;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Answering.Turn;
using ServiceDeskBot.Core.Safety;
using ServiceDeskBot.Core.Tests.Llm;

namespace ServiceDeskBot.Core.Tests.Answering;

/// <summary>
/// Screening both ways and the AI-generated label, with the LLM a fake OpenAI-format server on loopback. The tests
/// share the server's reply queue and its request count, so xUnit runs them one after another.
/// </summary>
public sealed class AnswerServiceScreeningTests(LlmPipelineFixture fixture) : IClassFixture<LlmPipelineFixture>
{
    private const string SchoolPlacesQuestion = "中原区去年增加了多少个学位？";
    private const string ListedWord = "测试敏感词丙";

    private AnswerPipelineHost Pipeline => fixture.Host;

    private FakeOpenAiServer Server => fixture.Server;

    private Task<AskResult> AskAsync(string question) =>
        Pipeline.Answers.AskAsync(new AskRequest(question, null, "test"), CancellationToken.None);

    private async Task<List<AskStreamUpdate>> StreamAsync(string question)
    {
        var updates = new List<AskStreamUpdate>();
        await foreach (var update in Pipeline.Answers.StreamAsync(new AskRequest(question), CancellationToken.None))
        {
            updates.Add(update);
        }

        return updates;
    }

    [Fact]
    public async Task A_question_holding_a_listed_word_causes_no_llm_call()
    {
        Pipeline.Get<SensitiveWordFilter>().Use([ListedWord]);
        var before = Server.Requests.Count;

        var result = await AskAsync("中原区" + ListedWord + "去年增加了多少个学位？");

        Assert.Equal(SensitiveWordFilter.Refusal, result.Answer);
        Assert.Equal(before, Server.Requests.Count);
        Assert.False(result.AiGenerated);
    }

    [Fact]
    public async Task An_llm_answer_carries_the_label_in_its_text_and_is_marked_ai_generated()
    {
        Server.ReplyWith("中原区增加学位10530个[1]。");

        var result = await AskAsync(SchoolPlacesQuestion);

        Assert.Equal(AnswerMode.Llm, result.Mode);
        Assert.True(result.AiGenerated);
        Assert.EndsWith(AnsweringOptions.DefaultAiGeneratedLabel, result.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_template_answer_after_a_rejected_llm_reply_carries_no_label_and_is_not_marked()
    {
        Server.ReplyWith("中原区增加学位99999个[1]。");

        var result = await AskAsync(SchoolPlacesQuestion);

        Assert.Equal(AnswerMode.Template, result.Mode);
        Assert.False(result.AiGenerated);
        Assert.DoesNotContain(AnsweringOptions.DefaultAiGeneratedLabel, result.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_streamed_llm_answer_streams_the_label_last_and_ends_marked_ai_generated()
    {
        Server.StreamWith("中原区", "增加学位10530个", "[1]。");

        var updates = await StreamAsync(SchoolPlacesQuestion);

        var final = updates[^1].Result!;
        Assert.True(final.AiGenerated, final.Reason);
        Assert.EndsWith(AnsweringOptions.DefaultAiGeneratedLabel, updates[^2].Delta, StringComparison.Ordinal);
        Assert.Equal(final.Answer, string.Concat(updates.Where(u => u.Result is null).Select(u => u.Delta)));
    }

    [Fact]
    public async Task An_llm_reply_holding_a_listed_word_is_replaced_by_the_template_answer()
    {
        Pipeline.Get<SensitiveWordFilter>().Use([ListedWord]);
        Server.ReplyWith("中原区增加学位10530个[1]，" + ListedWord + "。");

        var result = await AskAsync(SchoolPlacesQuestion);

        Assert.DoesNotContain(ListedWord, result.Answer, StringComparison.Ordinal);
        Assert.Contains(DecisionCode.ReplyScreened, result.Decision.Select(n => n.Code));
        Assert.False(result.AiGenerated);
    }

    [Fact]
    public async Task A_streamed_llm_reply_never_shows_a_listed_word_split_across_chunks()
    {
        Pipeline.Get<SensitiveWordFilter>().Use([ListedWord]);
        Server.StreamWith("中原区增加学位10530个[1]，测试", "敏感", "词丙。", "其余的话");

        var updates = await StreamAsync(SchoolPlacesQuestion);

        var shownBeforeTheEnd = string.Concat(updates.Where(u => u.Result is null && !u.ReplacesText).Select(u => u.Delta));
        Assert.DoesNotContain("测试敏感", shownBeforeTheEnd, StringComparison.Ordinal);
        Assert.True(updates[^1].ReplacesText);
        Assert.Contains(DecisionCode.ReplyScreened, updates[^1].Result!.Decision.Select(n => n.Code));
    }

    [Fact]
    public async Task A_screened_llm_reply_is_counted_on_the_safety_meter()
    {
        Pipeline.Get<SensitiveWordFilter>().Use([ListedWord]);
        var meterFactory = Pipeline.Get<IMeterFactory>();
        var texts = new List<object?>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == ScreeningMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, meterFactory))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) => texts.Add(tags.ToArray().FirstOrDefault(t => t.Key == "text").Value));
        listener.Start();
        Server.ReplyWith("中原区增加学位10530个[1]，" + ListedWord + "。");

        await AskAsync(SchoolPlacesQuestion);

        Assert.Equal([ScreeningMetrics.Reply], texts);
    }
}
