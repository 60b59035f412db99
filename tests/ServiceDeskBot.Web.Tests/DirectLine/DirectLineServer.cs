using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Core.Answering;

namespace ServiceDeskBot.Web.Tests.DirectLine;

/// <summary>
/// The whole app on Kestrel on loopback, with a temp data directory and (unless told otherwise) fakes for the answer
/// pipeline and the feedback store.
/// </summary>
public sealed class DirectLineServer : IDisposable
{
    public const string Secret = "test-secret-for-direct-line";
    public static readonly byte[] SigningKey = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];

    private readonly Dictionary<string, string?> _settings;
    private readonly IAnswerService? _answers;
    private readonly IAskFeedbackStore? _feedback;
    private DirectLineAppFactory _factory;

    public DirectLineServer() : this(new Dictionary<string, string?>())
    {
    }

    internal DirectLineServer(IDictionary<string, string?> overrides)
        : this(overrides, new ScriptedAnswerService(), new RecordingFeedbackStore())
    {
    }

    /// <summary>A server with the given answer pipeline and feedback store; null keeps the app's real one.</summary>
    internal DirectLineServer(IDictionary<string, string?> overrides, IAnswerService? answers, IAskFeedbackStore? feedback)
    {
        _answers = answers;
        _feedback = feedback;
        DataDirectory = Path.Combine(Path.GetTempPath(), "sdb-directline-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataDirectory);
        _settings = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = DataDirectory,
            ["DirectLine:Secret"] = Secret,
            ["DirectLine:TokenSigningKey"] = Convert.ToBase64String(SigningKey),
            ["DirectLine:WelcomeText"] = "欢迎使用测试助手",
            ["DirectLine:QuickQuestions:0"] = "快捷问题一",
            ["DirectLine:QuickQuestions:1"] = "快捷问题二",
            ["DirectLine:KeepAliveSeconds"] = "1",
        };
        foreach (var (key, value) in overrides)
        {
            _settings[key] = value;
        }

        _factory = Start();
    }

    public string DataDirectory { get; }

    public ScriptedAnswerService Answers => _answers as ScriptedAnswerService
        ?? throw new InvalidOperationException("This server does not use the scripted answer pipeline.");

    public RecordingFeedbackStore Feedback => _feedback as RecordingFeedbackStore
        ?? throw new InvalidOperationException("This server does not use the recording feedback store.");

    public Uri BaseAddress { get; private set; } = null!;

    public IServiceProvider Services => _factory.Services;

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    /// <summary>Stops the app and starts a new one on the same data directory, as a redeploy would.</summary>
    public void Restart()
    {
        _factory.Dispose();
        _factory = Start();
    }

    public void Dispose()
    {
        _factory.Dispose();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may hold the file briefly after shutdown; a leftover temp folder is harmless.
        }
    }

    private DirectLineAppFactory Start()
    {
        var factory = new DirectLineAppFactory(_settings, _answers, _feedback);
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        return factory;
    }
}
