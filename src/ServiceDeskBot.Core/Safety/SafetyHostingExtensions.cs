using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ServiceDeskBot.Core.Safety;

public static class SafetyHostingExtensions
{
    /// <summary>
    /// Registers <see cref="PiiMasker"/> and makes every application log go through it: the host's
    /// <see cref="ILoggerFactory"/> is replaced by one that masks ID-card, phone and bank-card numbers and e-mail
    /// addresses in messages, structured values, scopes and exception text. Providers added before or after this call
    /// are all covered (they are collected when the factory is first resolved). Safe to call more than once.
    /// </summary>
    public static IHostApplicationBuilder AddPiiMaskedLogging(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<PiiMasker>();
        builder.Services.Replace(ServiceDescriptor.Singleton<ILoggerFactory>(sp => new PiiMaskingLoggerFactory(
            new LoggerFactory(
                sp.GetServices<ILoggerProvider>(),
                sp.GetRequiredService<IOptionsMonitor<LoggerFilterOptions>>(),
                sp.GetService<IOptions<LoggerFactoryOptions>>(),
                sp.GetService<IExternalScopeProvider>()),
            sp.GetRequiredService<PiiMasker>())));
        return builder;
    }
}
