using ServiceDeskBot.Core.Review;

namespace ServiceDeskBot.Web.Features.Admin.Dashboard;

/// <summary>
/// Reads the dashboard's filter from the query string, as the page and the API both take it: <c>from</c> and
/// <c>to</c> (<c>yyyy-MM-dd</c>, local days) or <c>days</c> (ending today), and <c>channel</c> (<c>webchat</c>, the
/// default: citizens only; <c>all</c>, i.e. every one of <see cref="AskChannels.All"/>; or one of them).
/// </summary>
internal static class DashboardRequest
{
    public const int DefaultDays = 30;
    public const string AllChannels = "all";

    public static (DashboardFilter? Filter, string? Problem) Read(DashboardQuery query, int? days, DateOnly? from, DateOnly? to, string? channel)
    {
        var today = query.Today();
        if (days is { } count && (from is not null || to is not null))
        {
            return (null, "days 不能与 from、to 同时使用。");
        }

        if (days is < 1 or > DashboardQuery.MaxDays)
        {
            return (null, $"days 必须在 1 到 {DashboardQuery.MaxDays} 之间。");
        }

        var end = to ?? today;
        var start = from ?? end.AddDays(1 - (days ?? DefaultDays));
        if (start > end)
        {
            return (null, "开始日期不能晚于结束日期。");
        }

        if (end.DayNumber - start.DayNumber + 1 > DashboardQuery.MaxDays)
        {
            return (null, $"日期范围最多 {DashboardQuery.MaxDays} 天。");
        }

        var name = string.IsNullOrEmpty(channel) ? AskChannels.WebChat : channel;
        IReadOnlySet<string>? channels = name switch
        {
            // Every channel the service writes, named: a channel list lets the database use its channel-and-time index.
            AllChannels => new HashSet<string>(AskChannels.All, StringComparer.Ordinal),
            _ when AskChannels.All.Contains(name) => new HashSet<string>(StringComparer.Ordinal) { name },
            _ => Unknown,
        };
        return ReferenceEquals(channels, Unknown)
            ? (null, $"channel 只能是 {AllChannels}、{string.Join("、", AskChannels.All)} 之一。")
            : (new DashboardFilter(start, end, channels), null);
    }

    private static readonly IReadOnlySet<string> Unknown = new HashSet<string>();
}
