namespace ServiceDeskBot.Web.Features.Auth;

internal static class CommandLineExtensions
{
    /// <summary>
    /// Runs an administrative verb (<c>users …</c>) instead of the web server when the first argument names one.
    /// Returns false when the arguments are for the server; otherwise sets the exit code and returns true.
    /// Give configuration to a verb through environment variables (<c>Storage__DataDirectory=/srv/data</c>): the host's
    /// command-line parser would read <c>--password-stdin --Key=Value</c> as one key and value.
    /// </summary>
    public static async Task<bool> RunCommandAsync(this WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || args[0] != StaffUserCommand.Verb)
        {
            return false;
        }

        // Configuration overrides (--Storage:DataDirectory=/srv/data) were already read by the host; the verb gets the rest.
        var verbArgs = args.Where(a => !(a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal))).ToList();
        var command = app.Services.GetRequiredService<StaffUserCommand>();
        Environment.ExitCode = await command.RunAsync(verbArgs, System.Console.In, System.Console.Out, app.Lifetime.ApplicationStopping);
        return true;
    }
}
