using System.Text.RegularExpressions;
using ServiceDeskBot.Core.Tests.Safety;

namespace ServiceDeskBot.Web.Tests.Admin.Users;

/// <summary>Reads the first-admin setup link out of the app's log, as an operator reads it off the console.</summary>
internal static partial class SetupLink
{
    public static async Task<string> FromLogAsync(RecordingLoggerProvider sink)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (sink.Logs.Select(l => LinkInMessage().Match(l.Message)).FirstOrDefault(m => m.Success) is { } match)
            {
                return match.Groups[1].Value;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("No setup link was logged.");
    }

    public static string TokenOf(string link) => link[(link.IndexOf("token=", StringComparison.Ordinal) + "token=".Length)..];

    [GeneratedRegex(@"Open (\S*/Account/Setup\?token=[A-Za-z0-9_-]+) within")]
    private static partial Regex LinkInMessage();
}
