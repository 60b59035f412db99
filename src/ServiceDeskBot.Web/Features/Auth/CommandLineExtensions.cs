namespace ServiceDeskBot.Web.Features.Auth;

internal static class CommandLineExtensions
{
    /// <summary>
    /// Runs an administrative verb (<c>users …</c>) instead of the web server when the first argument names one.
    /// Returns false when the arguments are for the server; otherwise sets the exit code and returns true.
    /// </summary>
    public static async Task<bool> RunCommandAsync(this WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || args[0] != StaffUserCommand.Verb)
        {
            return false;
        }

        var command = app.Services.GetRequiredService<StaffUserCommand>();
        Environment.ExitCode = await command.RunAsync(args, System.Console.In, System.Console.Out, app.Lifetime.ApplicationStopping);
        return true;
    }
}
