using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Retention;
using ServiceDeskBot.Core.Storage;

namespace ServiceDeskBot.Web.Features.Platform;

/// <summary>
/// The <c>retention apply</c> verb: purges once what is older than <c>Retention:AskLogDays</c> and
/// <c>Retention:ConversationDays</c> and prints what it removed (the background job does the same on every node). The
/// audit names the operator, as <c>cli:USER</c>.
/// </summary>
public sealed class RetentionCommand(RetentionPurge purge, DatabaseStartup database, DeskTimeZone zone)
{
    public const string Verb = "retention";

    private const string Usage = "usage: retention apply";

    /// <summary>Runs the verb and returns the process exit code (0 success, 2 bad usage).</summary>
    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        if (args is not [Verb, "apply"])
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }

        await database.PrepareAsync(cancellationToken);
        var report = await purge.ApplyAsync("cli:" + Environment.UserName, cancellationToken);
        await output.WriteLineAsync($"removed {report.AskLogEntries} ask log entries written before {zone.FormatMinutes(report.AskLogBefore)} ({zone.Label})");
        await output.WriteLineAsync(
            $"removed {report.Conversations} conversations idle since before {zone.FormatMinutes(report.ConversationsBefore)} ({zone.Label}): " +
            $"{report.Activities} activities, {report.HandoffTickets} handoff tickets");
        return 0;
    }
}
