using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Storage;

namespace ServiceDeskBot.Web.Features.Platform;

internal static class KeyRingHostingExtensions
{
    private const string InstallationIdFile = "installation-id";

    /// <summary>
    /// The one place the Data Protection key ring is chosen. One node: a directory of this installation (the data
    /// directory by default) and an application name of its own (a per-installation id kept there), instead of the
    /// per-user default <c>~/.aspnet/DataProtection-Keys</c> that every installation run by the same account would
    /// share. Several nodes (Redis configured): the ring and the id live in the installation's database
    /// (<see cref="InstallationDbContext"/>), so the nodes of one installation share them and another installation,
    /// with its own database, shares nothing.
    /// </summary>
    public static IHostApplicationBuilder AddKeyRing(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!builder.Services.Any(d => d.ServiceType == typeof(DataPaths)))
        {
            builder.AddStorage();
        }

        builder.Services.AddOptions<KeyRingOptions>()
            .BindConfiguration(KeyRingOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddDataProtection();
        builder.AddInstallationStore();
        if (builder.UsesRedis())
        {
            builder.Services.AddOptions<DataProtectionOptions>()
                .Configure<InstallationValues, IOptions<KeyRingOptions>>((o, values, ring) => o.ApplicationDiscriminator = SharedApplicationName(values, ring.Value));
            builder.Services.AddOptions<KeyManagementOptions>()
                .Configure<IDbContextFactory<InstallationDbContext>>((o, contexts) => o.XmlRepository = new DatabaseKeyRingRepository(contexts));
            return builder;
        }

        builder.Services.AddOptions<DataProtectionOptions>()
            .Configure<DataPaths, IOptions<KeyRingOptions>>((o, paths, ring) => o.ApplicationDiscriminator = ApplicationName(paths, ring.Value));
        builder.Services.AddOptions<KeyManagementOptions>()
            .Configure<DataPaths, IOptions<KeyRingOptions>, ILoggerFactory>((o, paths, ring, logs) =>
                o.XmlRepository = new FileSystemXmlRepository(KeysDirectory(paths, ring.Value), logs));
        return builder;
    }

    private static string SharedApplicationName(InstallationValues values, KeyRingOptions ring) =>
        string.IsNullOrWhiteSpace(ring.ApplicationName)
            ? "ServiceDeskBot-" + values.GetOrCreate(InstallationValues.InstallationId, () => Guid.NewGuid().ToString("N"))
            : ring.ApplicationName;

    private static string ApplicationName(DataPaths paths, KeyRingOptions ring) =>
        string.IsNullOrWhiteSpace(ring.ApplicationName)
            ? "ServiceDeskBot-" + paths.ReadOrCreate(InstallationIdFile, () => Guid.NewGuid().ToString("N"))
            : ring.ApplicationName;

    private static DirectoryInfo KeysDirectory(DataPaths paths, KeyRingOptions ring)
    {
        var path = Path.GetFullPath(string.IsNullOrWhiteSpace(ring.KeysDirectory) ? "keys" : ring.KeysDirectory, paths.DataDirectory);
        if (!Directory.Exists(path))
        {
            // The keys sign every staff sign-in; on Unix only the service account may read them.
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(path);
            }
            else
            {
                Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        return new DirectoryInfo(path);
    }
}
