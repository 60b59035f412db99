using Microsoft.Extensions.Options;
using ServiceDeskBot.Web.Tests.Support;

namespace ServiceDeskBot.Web.Tests.Platform;

public sealed class SecurityOptionsValidationTests
{
    [Theory]
    [InlineData("ForwardedHeaders:KnownProxies:0", "not-an-address")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/99")]
    [InlineData("DirectLine:AllowedOrigins:0", "https://www.example.gov.cn; script-src *")]
    [InlineData("DirectLine:AllowedOrigins:0", "https://www.example.gov.cn/path")]
    [InlineData("RateLimiting:AskPermitsPerMinute", "-1")]
    [InlineData("Templates:MemoryBudgetMegabytes", "0")]
    [InlineData("Auth:AccessCheckSeconds", "100000")]
    public void A_bad_security_setting_stops_the_service_at_start(string key, string value)
    {
        var start = () => LoopbackApp.Start(new Dictionary<string, string?> { [key] = value }).Dispose();

        var error = Assert.ThrowsAny<Exception>(start);

        // Start-up may fail with other hosted services' errors wrapped alongside; the validation failure must be among them.
        Assert.Contains(Chain(error), e => e is OptionsValidationException);
    }

    [Fact]
    public void An_ask_limit_too_large_to_count_stops_the_start_saying_that_zero_turns_the_limit_off()
    {
        var start = () => LoopbackApp.Start(new Dictionary<string, string?> { ["RateLimiting:AskPermitsPerMinute"] = "1000000" }).Dispose();

        var error = Assert.ThrowsAny<Exception>(start);

        var validation = Assert.IsType<OptionsValidationException>(Chain(error).First(e => e is OptionsValidationException));
        Assert.Contains("RateLimiting__AskPermitsPerMinute", validation.Message, StringComparison.Ordinal);
        Assert.Contains("0 turns the limit off", validation.Message, StringComparison.Ordinal);
    }

    private static IEnumerable<Exception> Chain(Exception error)
    {
        yield return error;
        var inner = error is AggregateException aggregate ? aggregate.InnerExceptions : (IEnumerable<Exception>)[.. error.InnerException is null ? [] : new[] { error.InnerException }];
        foreach (var nested in inner.SelectMany(Chain))
        {
            yield return nested;
        }
    }
}
