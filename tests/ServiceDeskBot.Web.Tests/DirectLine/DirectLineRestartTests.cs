namespace ServiceDeskBot.Web.Tests.DirectLine;

public sealed class DirectLineRestartTests
{
    [Fact]
    public async Task After_a_restart_the_conversation_and_its_token_survive_and_polling_resumes_from_the_watermark()
    {
        // No configured signing key: the generated one must be kept in the data directory for the token to survive.
        using var server = new DirectLineServer(new Dictionary<string, string?> { ["DirectLine:TokenSigningKey"] = "" });
        string conversationId, token, watermark, answeredId;
        using (var before = new DirectLineClient(server.CreateClient()))
        {
            (conversationId, token) = await before.StartConversationAsync();
            answeredId = await before.PostAsync(conversationId, token, DirectLineClient.UserMessage("重启前的问题", "c-before"));
            await before.PollForAsync(conversationId, token, a => DirectLineClient.IsBotReplyTo(a, answeredId));
            watermark = (await before.GetActivitiesAsync(conversationId, token))["watermark"]!.GetValue<string>();
        }

        server.Restart();
        using var after = new DirectLineClient(server.CreateClient());
        var reconnected = await after.SendForJsonAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}?watermark={watermark}", token);
        var nothingNew = await after.GetActivitiesAsync(conversationId, token, watermark);
        var newId = await after.PostAsync(conversationId, token, DirectLineClient.UserMessage("重启后的问题", "c-after"));
        await after.PollForAsync(conversationId, token, a => DirectLineClient.IsBotReplyTo(a, newId));
        var resumed = await after.GetActivitiesAsync(conversationId, token, watermark);

        Assert.True(File.Exists(Path.Combine(server.DataDirectory, "directline-token.key")));
        Assert.Equal(conversationId, reconnected["conversationId"]!.GetValue<string>());
        Assert.Empty(nothingNew["activities"]!.AsArray());
        Assert.Equal(watermark, nothingNew["watermark"]!.GetValue<string>());
        Assert.Equal(newId, resumed["activities"]![0]!["id"]!.GetValue<string>());
        Assert.True(long.Parse(resumed["watermark"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) > long.Parse(watermark, System.Globalization.CultureInfo.InvariantCulture));
        var full = await after.GetActivitiesAsync(conversationId, token);
        Assert.Contains(full["activities"]!.AsArray(), a => a!["id"]!.GetValue<string>() == answeredId);
    }

    [Fact]
    public async Task A_question_interrupted_by_a_restart_is_answered_by_the_next_start()
    {
        using var server = new DirectLineServer();
        using var before = new DirectLineClient(server.CreateClient());
        var (conversationId, token) = await before.StartConversationAsync();
        var heldId = await before.PostAsync(conversationId, token, DirectLineClient.UserMessage(ScriptedAnswerService.HeldQuestion, "c-held"));
        await before.PollForAsync(conversationId, token, a => a["type"]!.GetValue<string>() == "typing");

        server.Restart();

        using var after = new DirectLineClient(server.CreateClient());
        var reply = await after.PollForAsync(conversationId, token, a => DirectLineClient.IsBotReplyTo(a, heldId));
        Assert.Contains("这是测试回答", reply["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
