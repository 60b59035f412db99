using ServiceDeskBot.Core.Intents;

namespace ServiceDeskBot.Core.Tests;

public sealed class IntentLabelsTests
{
    [Fact]
    public void Labels_are_distinct()
    {
        Assert.Equal(IntentLabels.All.Count, IntentLabels.All.Distinct().Count());
    }
}
