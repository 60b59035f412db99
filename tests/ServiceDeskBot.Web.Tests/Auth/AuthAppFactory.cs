using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ServiceDeskBot.Web.Features.Auth;
using ServiceDeskBot.Core.Auth;

namespace ServiceDeskBot.Web.Tests.Auth;

/// <summary>
/// The real application with real Identity sign-in (no test handler), optional extra settings, an optional data
/// directory shared with another factory (to restart the app on the same database), and an admin-only probe.
/// </summary>
public sealed class AuthAppFactory : ServiceDeskAppFactory
{
    // Every request through the in-memory test server comes from the same (absent) client address, so the per-client
    // sign-in throttle would count all tests' failures together; it has its own tests on loopback.
    private readonly Dictionary<string, string> _settings = new(StringComparer.Ordinal) { ["Auth:SignInFailuresPerClient"] = "10000" };

    /// <summary>When set, the app uses this data directory instead of the factory's own temporary one.</summary>
    public string? SharedDataDirectory { get; init; }

    /// <summary>When set, receives every log line of the app beside the usual providers.</summary>
    internal ServiceDeskBot.Core.Tests.Safety.RecordingLoggerProvider? LogSink { get; init; }

    public AuthAppFactory WithSetting(string key, string value)
    {
        _settings[key] = value;
        return this;
    }

    public HttpClient CreateBrowserClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Creates a user through the <c>users add</c> verb, as an operator would.</summary>
    public async Task CreateUserAsync(string name, string role, string password)
    {
        var command = Services.GetRequiredService<StaffUserCommand>();
        using var output = new StringWriter();
        var exit = await command.RunAsync(["users", "add", name, "--role", role, "--password-stdin"], new StringReader(password), output, CancellationToken.None);
        if (exit != 0)
        {
            throw new InvalidOperationException($"users add failed: {output}");
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (SharedDataDirectory is not null)
        {
            builder.UseSetting("Storage:DataDirectory", SharedDataDirectory);
        }

        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (LogSink is not null)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(LogSink));
        }

        builder.ConfigureTestServices(services => services.AddTransient<IStartupFilter, AdminProbeStartupFilter>());
    }
}
