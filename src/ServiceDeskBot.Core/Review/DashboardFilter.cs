namespace ServiceDeskBot.Core.Review;

/// <summary>Which asks the dashboard counts: local days <see cref="From"/> to <see cref="To"/> (both included) and channels.</summary>
/// <param name="Channels">The <see cref="AskChannels"/> to count; null counts every channel.</param>
public sealed record DashboardFilter(DateOnly From, DateOnly To, IReadOnlySet<string>? Channels)
{
    /// <summary>Citizens' traffic only: what the dashboard shows unless asked for more.</summary>
    public static readonly IReadOnlySet<string> CitizenChannels = new HashSet<string>(StringComparer.Ordinal) { AskChannels.WebChat };

    public int Days => To.DayNumber - From.DayNumber + 1;
}
