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

    public async Task<DashboardReport> GetAsync(int days, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, MaxDays);
        var settings = options.Value;
        var today = zone.Today(time);
        var from = today.AddDays(1 - days);

        // The stored binary form orders correctly only between values of the same offset, and the log stores UTC.
        var since = zone.StartOf(from);

        // The log is written off the request path; the figures include the turns still queued.
        await askLog.FlushAsync(cancellationToken).ConfigureAwait(false);

        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var rows = await db.AskLog.AsNoTracking()
                .Where(e => e.At >= since)
                .Select(e => new { e.At, e.Question, e.Intent, e.Mode, e.Answered, e.Feedback })
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);

            var local = rows
                .Select(r => (Day: zone.DayOf(r.At), Row: r))
                .Where(r => r.Day <= today)
                .ToList();
            var byDay = local.ToLookup(r => r.Day, r => r.Row);
            var perDay = Enumerable.Range(0, days)
                .Select(i => from.AddDays(i))
                .Select(d => new DailyAskCount(
                    d,
                    byDay[d].Count(),
                    byDay[d].Count(r => r.Answered),
                    byDay[d].Count(r => IsDeclined(r.Answered, r.Intent))))
                .ToList();

            var kept = local.Select(r => r.Row).ToList();
            return new DashboardReport(
                days,
                from,
                today,
                kept.Count,
                kept.Count(r => r.Answered),
                kept.Count(r => IsDeclined(r.Answered, r.Intent)),
                perDay,
                CountBy(kept.Select(r => r.Intent.Length == 0 ? "unknown" : r.Intent)),
                CountBy(kept.Select(r => r.Mode.ToString())),
                TopQuestions(kept.Where(r => r.Intent == IntentLabels.Question).Select(r => r.Question), settings.TopQuestions),
                TopQuestions(kept.Where(r => IsDeclined(r.Answered, r.Intent)).Select(r => r.Question), settings.TopQuestions),
                kept.Count(r => r.Feedback == true),
                kept.Count(r => r.Feedback == false));
        }
    }

    private static bool IsDeclined(bool answered, string intent) => !answered && intent == IntentLabels.Question;

    private static List<LabelCount> CountBy(IEnumerable<string> labels) =>
        labels
            .GroupBy(l => l, StringComparer.Ordinal)
            .Select(g => new LabelCount(g.Key, g.Count()))
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Label, StringComparer.Ordinal)
            .ToList();

    // Wordings that differ only in fillers, punctuation or width count as one question, shown as its commonest wording.
    private static List<LabelCount> TopQuestions(IEnumerable<string> questions, int take) =>
        questions
            .Where(q => !string.IsNullOrWhiteSpace(q))
            .GroupBy(q => QuestionSimilarity.Normalize(q) is { Length: > 0 } key ? key : q.Trim(), StringComparer.Ordinal)
            .Select(g => new LabelCount(
                g.GroupBy(q => q, StringComparer.Ordinal).OrderByDescending(w => w.Count()).ThenBy(w => w.Key, StringComparer.Ordinal).First().Key,
                g.Count()))
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Label, StringComparer.Ordinal)
            .Take(take)
            .ToList();
}
