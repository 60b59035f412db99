using Microsoft.EntityFrameworkCore;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Review;

namespace ServiceDeskBot.Core.Tests.Review;

/// <summary>
/// The dashboard as it was computed before the desk day was stored: every row of the period read by time, days and
/// labels counted in memory. Kept as the reference the grouped SQL must equal.
/// </summary>
internal static class RawRowDashboard
{
    public static async Task<DashboardReport> ComputeAsync(ServiceDeskDbContext db, DashboardFilter filter, DeskTimeZone zone, int topQuestions)
    {
        var (since, until) = (zone.StartOf(filter.From), zone.StartOf(filter.To.AddDays(1)));
        var rows = (await db.AskLog.AsNoTracking().Where(e => e.At >= since && e.At < until).ToListAsync())
            .Where(e => filter.Channels is null || filter.Channels.Contains(e.Channel))
            .ToList();
        var byDay = rows.ToLookup(r => zone.DayOf(r.At));
        var perDay = Enumerable.Range(0, filter.Days)
            .Select(i => filter.From.AddDays(i))
            .Select(d => new DailyAskCount(d, byDay[d].Count(), byDay[d].Count(r => r.Answered), byDay[d].Count(Declined)))
            .ToList();
        var questions = rows.Where(r => r.Intent == "question").ToList();
        return new DashboardReport(
            filter.Days,
            filter.From,
            filter.To,
            rows.Count,
            rows.Count(r => r.Answered),
            rows.Count(Declined),
            perDay,
            CountBy(rows.Select(r => r.Intent.Length == 0 ? "unknown" : r.Intent)),
            CountBy(rows.Select(r => r.Mode == AnswerMode.Fallback && r.Intent.Length > 0 && r.Intent != "question" ? "Intent" : r.Mode.ToString())),
            Top(questions.Select(r => r.Question), topQuestions),
            Top(questions.Where(r => !r.Answered).Select(r => r.Question), topQuestions),
            rows.Count(r => r.Feedback == true),
            rows.Count(r => r.Feedback == false));
    }

    private static bool Declined(AskLogEntry entry) => !entry.Answered && entry.Intent == "question";

    private static List<LabelCount> CountBy(IEnumerable<string> labels) =>
        labels.GroupBy(l => l, StringComparer.Ordinal)
            .Select(g => new LabelCount(g.Key, g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Label, StringComparer.Ordinal)
            .ToList();

    private static List<LabelCount> Top(IEnumerable<string> questions, int take) =>
        questions
            .Where(q => !string.IsNullOrWhiteSpace(q))
            .GroupBy(q => QuestionSimilarity.Normalize(q) is { Length: > 0 } key ? key : q.Trim(), StringComparer.Ordinal)
            .Select(g => new LabelCount(
                g.GroupBy(q => q, StringComparer.Ordinal).OrderByDescending(s => s.Count()).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key,
                g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Label, StringComparer.Ordinal)
            .Take(take)
            .ToList();
}
