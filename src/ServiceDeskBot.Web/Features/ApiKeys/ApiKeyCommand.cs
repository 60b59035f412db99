using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Storage;

namespace ServiceDeskBot.Web.Features.ApiKeys;

/// <summary>
/// The <c>apikeys</c> verb: <c>apikeys add NAME --role Admin|Staff</c> prints the new key alone on the last line of
/// standard output (the only time it is shown), <c>apikeys list</c>, <c>apikeys revoke ID</c>. Acts in the name of the
/// operating-system user, as <c>cli:USER</c>.
/// </summary>
public sealed class ApiKeyCommand(ApiKeyStore keys, DatabaseStartup database, DeskTimeZone zone)
{
    public const string Verb = "apikeys";

    private const string Usage = "usage: apikeys add NAME --role Admin|Staff | apikeys list | apikeys revoke ID";

    /// <summary>Runs the verb and returns the process exit code (0 success, 1 failure, 2 bad usage).</summary>
    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        if (args.Count < 2 || args[0] != Verb)
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }

        await database.PrepareAsync(cancellationToken);
        var actor = "cli:" + Environment.UserName;
        switch (args[1])
        {
            case "add" when args.Count == 5 && args[3] == "--role" && args[4] is ApiKeyStore.AdminRole or ApiKeyStore.StaffRole
                             && !string.IsNullOrWhiteSpace(args[2]) && args[2].Length <= 100:
                var (key, secret) = await keys.CreateAsync(args[2], args[4], actor, cancellationToken);
                await output.WriteLineAsync($"created API key {key.Id} \"{key.Name}\" ({key.Role}); it is shown once, store it now:");
                await output.WriteLineAsync(secret);
                return 0;
            case "list" when args.Count == 2:
                foreach (var k in await keys.ListAsync(cancellationToken))
                {
                    var state = k.RevokedAt is null ? "active" : "revoked";
                    var lastUsed = k.LastUsedAt is { } used ? zone.FormatMinutes(used) : "never";
                    await output.WriteLineAsync($"{k.Id}\t{k.Name}\t{k.Role}\t{k.Prefix}…\t{state}\tcreated {zone.FormatMinutes(k.CreatedAt)}\tlast used {lastUsed} ({zone.Label})");
                }

                return 0;
            case "revoke" when args.Count == 3 && int.TryParse(args[2], System.Globalization.CultureInfo.InvariantCulture, out var id):
                if (await keys.RevokeAsync(id, actor, cancellationToken))
                {
                    await output.WriteLineAsync($"revoked API key {id}");
                    return 0;
                }

                await output.WriteLineAsync($"no active API key {id}");
                return 1;
            default:
                await output.WriteLineAsync(Usage);
                return 2;
        }
    }
}
