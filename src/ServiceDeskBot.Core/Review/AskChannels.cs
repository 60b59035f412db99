namespace ServiceDeskBot.Core.Review;

/// <summary>
/// Values of <see cref="Data.AskLogEntry.Channel"/>. Only <see cref="WebChat"/> is citizens' traffic; the others are
/// staff trying questions, API callers (integrations, load tests) and the operators' verbs.
/// </summary>
public static class AskChannels
{
    public const string WebChat = "webchat";
    public const string Api = "api";
    public const string Console = "console";
    public const string Cli = "cli";
    public const string Eval = "eval";

    /// <summary>Every channel the service writes, citizens' first.</summary>
    public static readonly IReadOnlyList<string> All = [WebChat, Api, Console, Cli, Eval];
}
