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
