using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Intents;

namespace ServiceDeskBot.Core.Review;

/// <summary>
/// Aggregates the ask log for the admin dashboard. Filters by time in SQL and groups in memory: times are stored as
/// binary ticks (see <see cref="ServiceDeskDbContext"/>), which SQLite can compare but not turn into calendar days.
/// </summary>
public sealed class DashboardQuery(
    IDbContextFactory<ServiceDeskDbContext> dbFactory, AskLog askLog, IOptions<DashboardOptions> options, DeskTimeZone zone, TimeProvider time)
{
    /// <summary>Longest period the dashboard covers, in days.</summary>
    public const int MaxDays = 365;

    /// <summary>The last <paramref name="days"/> local days, today included, over every channel.</summary>
    public Task<DashboardReport> GetAsync(int days, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, MaxDays);
        var today = Today();
        return GetAsync(new DashboardFilter(today.AddDays(1 - days), today, null), cancellationToken);
    }

    /// <summary>The desk's local date now.</summary>
    public DateOnly Today() => zone.Today(time);

    public async Task<DashboardReport> GetAsync(DashboardFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(filter.Days, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(filter.Days, MaxDays);
        var settings = options.Value;
        var (from, to, days) = (filter.From, filter.To, filter.Days);

        // The stored binary form orders correctly only between values of the same offset, and the log stores UTC.
        var since = zone.StartOf(from);
        var until = zone.StartOf(to.AddDays(1));

        // The log is written off the request path; the figures include the turns still queued.
        await askLog.FlushAsync(cancellationToken).ConfigureAwait(false);

        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var period = db.AskLog.AsNoTracking().Where(e => e.At >= since && e.At < until);
            if (filter.Channels is { } channels)
            {
                var names = channels.ToList();
                period = period.Where(e => names.Contains(e.Channel));
            }

            // Rows without their text for the per-day and per-label figures; the questions grouped by their exact text
            // in SQL, so the similarity folding runs once per distinct wording rather than once per ask.
            var rows = await period
                .Select(e => new { e.At, e.Intent, e.Mode, e.Answered, e.Feedback })
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
            var wordings = await period
                .Where(e => e.Intent == IntentLabels.Question)
                .GroupBy(e => new { e.Question, e.Answered })
                .Select(g => new { g.Key.Question, g.Key.Answered, Count = g.Count() })
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);

            var byDay = rows.ToLookup(r => zone.DayOf(r.At));
            var perDay = Enumerable.Range(0, days)
                .Select(i => from.AddDays(i))
                .Select(d => new DailyAskCount(
                    d,
                    byDay[d].Count(),
                    byDay[d].Count(r => r.Answered),
                    byDay[d].Count(r => IsDeclined(r.Answered, r.Intent))))
                .ToList();

            return new DashboardReport(
                days,
                from,
                to,
                rows.Count,
                rows.Count(r => r.Answered),
                rows.Count(r => IsDeclined(r.Answered, r.Intent)),
                perDay,
                CountBy(rows.Select(r => r.Intent.Length == 0 ? "unknown" : r.Intent)),
                CountBy(rows.Select(r => ModeLabel(r.Mode, r.Intent))),
                TopQuestions(wordings.Select(w => (w.Question, w.Count)), settings.TopQuestions),
                TopQuestions(wordings.Where(w => !w.Answered).Select(w => (w.Question, w.Count)), settings.TopQuestions),
                rows.Count(r => r.Feedback == true),
                rows.Count(r => r.Feedback == false));
        }
    }

    /// <summary>The mode label of replies given for an intent (greetings, thanks, handoffs…), which are not fallbacks.</summary>
    public const string IntentReplyMode = "Intent";

    private static bool IsDeclined(bool answered, string intent) => !answered && intent == IntentLabels.Question;

    // Greetings, thanks and the other intents get their template with the fallback mode; counted as fallbacks they
    // would make a friendly chat look like failures.
    private static string ModeLabel(AnswerMode mode, string intent) =>
        mode == AnswerMode.Fallback && intent.Length > 0 && intent != IntentLabels.Question ? IntentReplyMode : mode.ToString();

    private static List<LabelCount> CountBy(IEnumerable<string> labels) =>
        labels
            .GroupBy(l => l, StringComparer.Ordinal)
            .Select(g => new LabelCount(g.Key, g.Count()))
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Label, StringComparer.Ordinal)
            .ToList();

    // Wordings that differ only in fillers, punctuation or width count as one question, shown as its commonest wording.
    private static List<LabelCount> TopQuestions(IEnumerable<(string Wording, int Count)> wordings, int take) =>
        wordings
            .Where(w => !string.IsNullOrWhiteSpace(w.Wording))
            .GroupBy(w => QuestionSimilarity.Normalize(w.Wording) is { Length: > 0 } key ? key : w.Wording.Trim(), StringComparer.Ordinal)
            .Select(g => new LabelCount(
                g.GroupBy(w => w.Wording, StringComparer.Ordinal)
                    .Select(same => (Wording: same.Key, Count: same.Sum(w => w.Count)))
                    .OrderByDescending(w => w.Count).ThenBy(w => w.Wording, StringComparer.Ordinal).First().Wording,
                g.Sum(w => w.Count)))
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Label, StringComparer.Ordinal)
            .Take(take)
            .ToList();
}
