using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Core.DirectLine;
using ServiceDeskBot.Web.Features.DirectLine;

namespace ServiceDeskBot.Web.Tests.DirectLine;

/// <summary>转人工 over real Direct Line HTTP: a numbered ticket in the reply, and the callback number the citizen leaves.</summary>
public sealed class DirectLineHandoffTests(DirectLineServer server) : IClassFixture<DirectLineServer>
{
    [Fact]
    public async Task Asking_for_a_person_gets_a_reply_with_the_ticket_number_the_hotline_and_a_callback_offer()
    {
        using var client = new DirectLineClient(server.CreateClient());
        var (conversationId, token) = await client.StartConversationAsync();

        var reply = await SayAsync(client, conversationId, token, "我要找人工客服");

        var ticket = await OpenTicketAsync(conversationId);
        Assert.Matches("^\\d{8}-\\d{4}$", ticket.Number);
        var text = reply["text"]!.GetValue<string>();
        Assert.Contains(ticket.Number, text, StringComparison.Ordinal);
        Assert.Contains("回复您的手机号码", text, StringComparison.Ordinal);
        Assert.Equal(ticket.Number, reply["channelData"]!["ticket"]!.GetValue<string>());
        Assert.Equal(CallbackNumber.DeclineText, reply["suggestedActions"]!["actions"]![0]!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_telephone_number_after_the_offer_is_stored_encrypted_and_masked_and_confirmed_masked()
    {
        using var client = new DirectLineClient(server.CreateClient());
        var (conversationId, token) = await client.StartConversationAsync();
        await SayAsync(client, conversationId, token, "我要找人工客服");

        var reply = await SayAsync(client, conversationId, token, "138 1234 5678");

        var ticket = await OpenTicketAsync(conversationId);
        Assert.Contains("138****5678", reply["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("138****5678", ticket.CallbackNumberMasked);
        Assert.DoesNotContain("13812345678", ticket.CallbackNumberProtected!, StringComparison.Ordinal);
        var protector = server.Services.GetRequiredService<CallbackNumberProtector>();
        Assert.Equal("13812345678", protector.Reveal(ticket.CallbackNumberProtected)!.Digits);
    }

    [Fact]
    public async Task A_malformed_number_after_the_offer_is_asked_for_again_and_nothing_is_stored()
    {
        using var client = new DirectLineClient(server.CreateClient());
        var (conversationId, token) = await client.StartConversationAsync();
        await SayAsync(client, conversationId, token, "我要找人工客服");

        var reply = await SayAsync(client, conversationId, token, "电话 1381234");

        Assert.Contains("这个号码好像不完整", reply["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null((await OpenTicketAsync(conversationId)).CallbackNumberMasked);
    }

    [Fact]
    public async Task Declining_the_callback_is_recorded_on_the_ticket()
    {
        using var client = new DirectLineClient(server.CreateClient());
        var (conversationId, token) = await client.StartConversationAsync();
        await SayAsync(client, conversationId, token, "我要找人工客服");

        var reply = await SayAsync(client, conversationId, token, CallbackNumber.DeclineText);

        Assert.Contains("不安排回电", reply["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True((await OpenTicketAsync(conversationId)).CallbackDeclined);
    }

    [Fact]
    public async Task Asking_for_a_person_twice_keeps_one_ticket()
    {
        using var client = new DirectLineClient(server.CreateClient());
        var (conversationId, token) = await client.StartConversationAsync();
        var first = await SayAsync(client, conversationId, token, "我要找人工客服");

        var second = await SayAsync(client, conversationId, token, "还是要人工");

        Assert.Equal(first["channelData"]!["ticket"]!.GetValue<string>(), second["channelData"]!["ticket"]!.GetValue<string>());
        var store = server.Services.GetRequiredService<HandoffTicketStore>();
        Assert.Single(await store.ListOpenAsync(1000, CancellationToken.None), t => t.ConversationId == conversationId);
    }

    private static async Task<JsonObject> SayAsync(DirectLineClient client, string conversationId, string token, string text)
    {
        var id = await client.PostAsync(conversationId, token, DirectLineClient.UserMessage(text, "c-" + Guid.NewGuid().ToString("N")));
        return await client.PollForAsync(conversationId, token, a => DirectLineClient.IsBotReplyTo(a, id));
    }

    private async Task<HandoffTicket> OpenTicketAsync(string conversationId)
    {
        var store = server.Services.GetRequiredService<HandoffTicketStore>();
        var ticket = await DirectLineClient.EventuallyAsync(async () =>
            (await store.ListOpenAsync(1000, CancellationToken.None)).FirstOrDefault(t => t.ConversationId == conversationId));
        return ticket!;
    }
}
