using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Core.Answering;

namespace ServiceDeskBot.Web.Tests.DirectLine;

public sealed class DirectLineAppFactory(
    IReadOnlyDictionary<string, string?> settings,
    IAnswerService? answers,
    IAskFeedbackStore? feedback) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        // Without fakes the app keeps its real answer pipeline and ask log.
        builder.ConfigureTestServices(services =>
        {
            if (answers is not null)
            {
                services.AddSingleton(answers);
            }

            if (feedback is not null)
            {
                services.AddSingleton(feedback);
            }
        });
    }
}
