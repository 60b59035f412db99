using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ServiceDeskBot.Core.Ingestion;
using ServiceDeskBot.Core.Llm;

namespace ServiceDeskBot.Core.Tests.Llm;

/// <summary>A started host wired with <see cref="LlmHostingExtensions.AddLlm"/> exactly as the service is.</summary>
internal sealed class LlmTestHost : IAsyncDisposable
{
    private readonly IHost _host;

    private LlmTestHost(IHost host) => _host = host;

    public ILlmAnswerer Answerer => _host.Services.GetRequiredService<ILlmAnswerer>();

    public IServiceProvider Services => _host.Services;

    public static IReadOnlyList<Passage> Passages { get; } =
    [
        new("p1", "000.txt", "中原区推进老旧小区改造", "", 0, 0, 40, "中原区今年计划改造老旧小区126个，惠及居民2.3万户，总投资4.5亿元。"),
        new("p2", "001.txt", "二七区建设一刻钟便民生活圈", "", 0, 0, 40, "二七区已建成便民生活圈三期工程，覆盖率达到85%。"),
        new("p3", "002.txt", "金水区政务服务改革", "", 0, 0, 40, "金水区政务服务中心实行“一窗受理”，办理时限压缩至3个工作日。"),
    ];

    // The default budget is generous: a host's first call pays for JIT and the connection, and on a shared two-core
    // machine under load that alone has taken over 5 s. Tests about the budget itself pass a short one.
    private const int DefaultTimeoutSeconds = 15;

    public static Task<LlmTestHost> StartOpenAiAsync(FakeOpenAiServer server, int timeoutSeconds = DefaultTimeoutSeconds) =>
        StartAsync(new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "openai",
            ["Llm:Endpoint"] = server.BaseUrl + "/v1",
            ["Llm:Model"] = "test-model",
            ["Llm:ApiKey"] = "sk-test",
            ["Llm:TimeoutSeconds"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

    /// <summary>Azure through its resource endpoint: deployment URL, API version, and the key unless it is null (Entra ID then).</summary>
    public static Task<LlmTestHost> StartAzureAsync(
        FakeOpenAiServer server, string deployment, string? apiKey, int timeoutSeconds = DefaultTimeoutSeconds, Action<IServiceCollection>? configureServices = null) =>
        StartAsync(
            new Dictionary<string, string?>
            {
                ["Llm:Provider"] = "azure",
                ["Llm:Endpoint"] = server.BaseUrl + "/",
                ["Llm:Deployment"] = deployment,
                ["Llm:ApiKey"] = apiKey ?? "",
                ["Llm:TimeoutSeconds"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            configureServices);

    /// <summary>Starts the host; <paramref name="configureServices"/> runs before <c>AddLlm</c>, so what it registers wins over TryAdd defaults.</summary>
    public static async Task<LlmTestHost> StartAsync(Dictionary<string, string?> settings, Action<IServiceCollection>? configureServices = null)
    {
        settings.TryAdd("Llm:PromptsDirectory", PromptLibrary.ResolveDirectory("", AppContext.BaseDirectory));
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging();
        configureServices?.Invoke(builder.Services);
        builder.AddLlm();
        var host = builder.Build();
        try
        {
            await host.StartAsync();
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return new LlmTestHost(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
