using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Data;

namespace ServiceDeskBot.Core.Tests.Data;

public sealed class DataHostingExtensionsTests
{
    [Fact]
    public async Task Starting_the_host_migrates_and_seeds_the_database_through_the_hosted_initializer()
    {
        await using var host = await TestDataHost.StartAsync(initialize: false);

        await host.StartHostAsync();

        await using var db = host.CreateDbContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.True(await db.AnswerTemplates.AnyAsync());
    }

    [Fact]
    public async Task Starting_the_host_fails_when_the_match_threshold_is_out_of_range()
    {
        await using var host = await TestDataHost.StartAsync(new Dictionary<string, string?> { ["CuratedAnswers:MatchThreshold"] = "5" }, initialize: false);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(host.StartHostAsync);

        Assert.Contains("MatchThreshold", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_ask_log_is_the_registered_feedback_store()
    {
        await using var host = await TestDataHost.StartAsync();

        var store = host.Get<IAskFeedbackStore>();

        Assert.Same(host.Get<AskLog>(), store);
    }
}
