using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Intents;
using ServiceDeskBot.Web.Features.DirectLine;

namespace ServiceDeskBot.Web.Tests.DirectLine;

public sealed class BotActivityComposerTests
{
    private static readonly Citation[] OneCitation = [new("p-1", "a.txt", "文档甲", "片段甲。")];

    public static TheoryData<string, AnswerMode, bool> RepliesWithNothingToRate => new()
    {
        { IntentLabels.Greeting, AnswerMode.Fallback, false },
        { IntentLabels.Thanks, AnswerMode.Fallback, false },
        { IntentLabels.Complaint, AnswerMode.Fallback, false },
        { IntentLabels.Handoff, AnswerMode.Fallback, false },
        { IntentLabels.OutOfScope, AnswerMode.Fallback, false },
        { IntentLabels.Question, AnswerMode.Fallback, false },
    };

    [Theory]
    [MemberData(nameof(RepliesWithNothingToRate))]
    public void Greetings_thanks_complaints_handoffs_and_declines_offer_no_thumbs(string intent, AnswerMode mode, bool answered)
    {
        var result = new AskResult("回复。", answered, intent, 0.9, mode, [], []) { AskId = "ask-1" };

        var reply = BotActivityComposer.Reply(result, "c|0000002");

        Assert.Null(MessageEntity(reply)["potentialAction"]);
    }

    [Theory]
    [InlineData(AnswerMode.Template)]
    [InlineData(AnswerMode.Curated)]
    [InlineData(AnswerMode.Llm)]
    public void An_answer_offers_a_thumbs_up_and_down_for_its_ask(AnswerMode mode)
    {
        var result = new AskResult("回答[1]。", true, IntentLabels.Question, 0.9, mode, OneCitation, []) { AskId = "ask-31" };

        var reply = BotActivityComposer.Reply(result, "c|0000002");

        var actions = MessageEntity(reply)["potentialAction"]!.AsArray();
        Assert.Equal(["LikeAction", "DislikeAction"], actions.Select(a => a!["@type"]!.GetValue<string>()));
        Assert.All(actions, a => Assert.Equal(BotActivityComposer.AskIdPrefix + "ask-31", a!["@id"]!.GetValue<string>()));
    }

    [Fact]
    public void An_ai_generated_answer_names_ai_as_the_interpreter_of_its_citations_and_carries_the_ai_type()
    {
        var result = new AskResult("回答[1]。", true, IntentLabels.Question, 0.9, AnswerMode.Llm, OneCitation, []) { AiGenerated = true };

        var entity = MessageEntity(BotActivityComposer.Reply(result, "c|0000002"));

        Assert.Equal([BotActivityComposer.AiGeneratedType], entity["additionalType"]!.AsArray().Select(t => t!.GetValue<string>()));
        var interpreter = entity["citation"]![0]!["claimInterpreter"]!;
        Assert.Equal(("Project", BotActivityComposer.AiGeneratedMark), (interpreter["@type"]!.GetValue<string>(), interpreter["name"]!.GetValue<string>()));
        Assert.Equal("文档甲", entity["citation"]![0]!["appearance"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public void An_ai_generated_reply_without_citations_still_carries_the_mark_in_a_claim_of_its_own()
    {
        var result = new AskResult("资料中没有相关内容。", true, IntentLabels.Question, 0.9, AnswerMode.Llm, [], []) { AiGenerated = true };

        var entity = MessageEntity(BotActivityComposer.Reply(result, "c|0000002"));

        var claim = Assert.Single(entity["citation"]!.AsArray())!.AsObject();
        Assert.Equal(BotActivityComposer.AiGeneratedMark, claim["claimInterpreter"]!["name"]!.GetValue<string>());
        Assert.Null(claim["appearance"]);
    }

    [Fact]
    public void A_reply_not_written_by_ai_carries_no_ai_mark()
    {
        var result = new AskResult("回答[1]。", true, IntentLabels.Question, 0.9, AnswerMode.Template, OneCitation, []);

        var entity = MessageEntity(BotActivityComposer.Reply(result, "c|0000002"));

        Assert.Null(entity["additionalType"]);
        Assert.Null(entity["citation"]![0]!["claimInterpreter"]);
    }

    [Fact]
    public void The_welcome_is_flagged_so_the_widget_can_find_it()
    {
        var composer = Composer(new DirectLineOptions { WelcomeText = "欢迎" });

        var welcome = composer.Welcome();

        Assert.True(welcome["channelData"]!["welcome"]!.GetValue<bool>());
        Assert.Null(welcome["replyToId"]);
    }

    [Fact]
    public void The_apology_when_answering_fails_gives_the_hotline_as_a_tel_link()
    {
        var composer = Composer(new DirectLineOptions(), new ServiceDeskOptions { Hotline = "0371-12345" });

        var apology = composer.Unavailable("c|0000002");

        Assert.Contains("[0371-12345](tel:0371-12345)", apology["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static BotActivityComposer Composer(DirectLineOptions options, ServiceDeskOptions? desk = null) =>
        new(Options.Create(options), Options.Create(desk ?? new ServiceDeskOptions()));

    private static JsonObject MessageEntity(JsonObject reply) =>
        reply["entities"]!.AsArray().Single(e => e!["@id"]?.GetValue<string>() == "")!.AsObject();
}
