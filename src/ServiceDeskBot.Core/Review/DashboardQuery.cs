using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Intents;

namespace ServiceDeskBot.Core.Review;

/// <summary>
/// Aggregates the ask log for the admin dashboard in SQL, by the desk day stored with each row
/// (<see cref="AskLogEntry.Day"/>; SQLite cannot turn the stored binary times into days): the database returns one row
/// per day and combination of figures, and one per distinct wording of the questions, never one per ask.
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

        // The log is written off the request path; the figures include the turns still queued.
        await askLog.FlushAsync(cancellationToken).ConfigureAwait(false);

        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var (first, last) = (from.DayNumber, to.DayNumber);
            var period = db.AskLog.AsNoTracking().Where(e => e.Day >= first && e.Day <= last);

            // One query per channel: the covering index then delivers each channel's rows already in the grouping's
            // order, where one query over several channels would sort all of them first (a third of the work).
            IReadOnlyList<string?> channels = filter.Channels is { } names ? [.. names.Order(StringComparer.Ordinal)] : [null];
            var groups = new List<FigureGroup>();
            var wordings = new List<(string Question, bool Answered, int Count)>();
            foreach (var channel in channels)
            {
                var rows = channel is null ? period : period.Where(e => e.Channel == channel);
                groups.AddRange(await rows
                    .GroupBy(e => new { e.Day, e.Intent, e.Answered, e.Mode, e.Feedback })
                    .Select(g => new FigureGroup(g.Key.Day, g.Key.Intent, g.Key.Answered, g.Key.Mode, g.Key.Feedback, g.Count()))
                    .ToListAsync(cancellationToken)
                    .ConfigureAwait(false));

                // The questions grouped by their exact text, so the similarity folding runs once per distinct wording
                // rather than once per ask.
                var texts = await rows
                    .Where(e => e.Intent == IntentLabels.Question)
                    .GroupBy(e => new { e.Question, e.Answered })
                    .Select(g => new { g.Key.Question, g.Key.Answered, Count = g.Count() })
                    .ToListAsync(cancellationToken)
                    .ConfigureAwait(false);
                wordings.AddRange(texts.Select(t => (t.Question, t.Answered, t.Count)));
            }

            var byDay = groups.ToLookup(g => g.Day);
            var perDay = Enumerable.Range(0, days)
                .Select(i => from.AddDays(i))
                .Select(d => new DailyAskCount(
                    d,
                    byDay[d.DayNumber].Sum(g => g.Count),
                    byDay[d.DayNumber].Where(g => g.Answered).Sum(g => g.Count),
                    byDay[d.DayNumber].Where(g => IsDeclined(g.Answered, g.Intent)).Sum(g => g.Count)))
                .ToList();

            return new DashboardReport(
                days,
                from,
                to,
                groups.Sum(g => g.Count),
                groups.Where(g => g.Answered).Sum(g => g.Count),
                groups.Where(g => IsDeclined(g.Answered, g.Intent)).Sum(g => g.Count),
                perDay,
                CountBy(groups.Select(g => (g.Intent.Length == 0 ? "unknown" : g.Intent, g.Count))),
                CountBy(groups.Select(g => (ModeLabel(g.Mode, g.Intent), g.Count))),
                TopQuestions(wordings.Select(w => (w.Question, w.Count)), settings.TopQuestions),
                TopQuestions(wordings.Where(w => !w.Answered).Select(w => (w.Question, w.Count)), settings.TopQuestions),
                groups.Where(g => g.Feedback == true).Sum(g => g.Count),
                groups.Where(g => g.Feedback == false).Sum(g => g.Count));
        }
    }

    /// <summary>The mode label of replies given for an intent (greetings, thanks, handoffs…), which are not fallbacks.</summary>
    public const string IntentReplyMode = "Intent";

    private static bool IsDeclined(bool answered, string intent) => !answered && intent == IntentLabels.Question;

    // Greetings, thanks and the other intents get their template with the fallback mode; counted as fallbacks they
    // would make a friendly chat look like failures.
    private static string ModeLabel(AnswerMode mode, string intent) =>
        mode == AnswerMode.Fallback && intent.Length > 0 && intent != IntentLabels.Question ? IntentReplyMode : mode.ToString();

    private static List<LabelCount> CountBy(IEnumerable<(string Label, int Count)> labels) =>
        labels
            .GroupBy(l => l.Label, StringComparer.Ordinal)
            .Select(g => new LabelCount(g.Key, g.Sum(l => l.Count)))
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

    private sealed record FigureGroup(int Day, string Intent, bool Answered, AnswerMode Mode, bool? Feedback, int Count);
}
