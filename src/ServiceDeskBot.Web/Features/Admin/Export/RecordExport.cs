using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.DirectLine;
using ServiceDeskBot.Core.Safety;
using ServiceDeskBot.Web.Features.DirectLine;

namespace ServiceDeskBot.Web.Features.Admin.Export;

/// <summary>
/// Writes the ask log or the conversations' messages for a range of the desk's calendar days as CSV (through
/// <see cref="CsvFormat"/>, so a field a spreadsheet would run as a formula is neutralised) or JSONL, streamed in
/// batches. Every row says whether its reply was AI-generated (the implicit label) and carries times in the desk's
/// zone; text is masked again on the way out, whatever was stored before masking reached every path.
/// </summary>
public sealed class RecordExport(
    IDbContextFactory<ServiceDeskDbContext> serviceDesk,
    IDbContextFactory<DirectLineDbContext> directLine,
    PiiMasker masker,
    DeskTimeZone zone)
{
    private const int BatchSize = 500;

    private static readonly string[] AskLogColumns =
        ["at", "askId", "conversationId", "channel", "question", "intent", "confidence", "mode", "answered", "aiGenerated", "feedback", "feedbackComment", "reason", "latencyMs"];

    private static readonly string[] ConversationColumns = ["at", "conversationId", "sequence", "from", "text", "aiGenerated"];

    private static readonly JsonSerializerOptions JsonLines = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>How many ask log entries fall in the range.</summary>
    public async Task<int> CountAskLogAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var (start, end) = Bounds(from, to);
        await using var db = await serviceDesk.CreateDbContextAsync(cancellationToken);
        return await db.AskLog.CountAsync(e => e.At >= start && e.At < end, cancellationToken);
    }

    /// <summary>How many conversation messages fall in the range.</summary>
    public async Task<int> CountMessagesAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var (startMs, endMs) = BoundsMs(from, to);
        await using var db = await directLine.CreateDbContextAsync(cancellationToken);
        return await db.Activities.CountAsync(a => a.Type == "message" && a.TimestampMs >= startMs && a.TimestampMs < endMs, cancellationToken);
    }

    public async Task WriteAskLogAsync(Stream output, ExportFormat format, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var (start, end) = Bounds(from, to);
        await WriteHeaderAsync(output, format, AskLogColumns, cancellationToken);
        long afterId = 0;
        while (true)
        {
            List<AskLogEntry> batch;
            await using (var db = await serviceDesk.CreateDbContextAsync(cancellationToken))
            {
                batch = await db.AskLog.AsNoTracking()
                    .Where(e => e.At >= start && e.At < end && e.Id > afterId)
                    .OrderBy(e => e.Id).Take(BatchSize).ToListAsync(cancellationToken);
            }

            if (batch.Count == 0)
            {
                return;
            }

            afterId = batch[^1].Id;
            await WriteRowsAsync(output, format, AskLogColumns, batch.Select(AskLogRow), cancellationToken);
        }
    }

    public async Task WriteConversationsAsync(Stream output, ExportFormat format, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var (startMs, endMs) = BoundsMs(from, to);
        await WriteHeaderAsync(output, format, ConversationColumns, cancellationToken);
        var skip = 0;
        while (true)
        {
            List<ActivityRecord> batch;
            await using (var db = await directLine.CreateDbContextAsync(cancellationToken))
            {
                // Offset paging in a fixed order; a range usually ends in the past, so its rows do not move meanwhile.
                batch = await db.Activities.AsNoTracking()
                    .Where(a => a.Type == "message" && a.TimestampMs >= startMs && a.TimestampMs < endMs)
                    .OrderBy(a => a.ConversationId).ThenBy(a => a.Sequence).Skip(skip).Take(BatchSize).ToListAsync(cancellationToken);
            }

            if (batch.Count == 0)
            {
                return;
            }

            skip += batch.Count;
            await WriteRowsAsync(output, format, ConversationColumns, batch.Select(MessageRow), cancellationToken);
        }
    }

    private string[] AskLogRow(AskLogEntry e) =>
    [
        zone.FormatIso(e.At), e.PublicId, e.ConversationId ?? "", e.Channel, masker.Mask(e.Question), e.Intent,
        e.Confidence.ToString("0.###", CultureInfo.InvariantCulture), e.Mode.ToString(), Bool(e.Answered),
        Bool(e.Mode == AnswerMode.Llm), e.Feedback is { } helpful ? Bool(helpful) : "", masker.Mask(e.FeedbackComment ?? ""),
        masker.Mask(e.Reason), e.LatencyMs.ToString(CultureInfo.InvariantCulture),
    ];

    private string[] MessageRow(ActivityRecord a)
    {
        var bot = a.FromRole == "bot";
        var ai = bot && JsonNode.Parse(a.Json) is JsonObject activity && BotActivityComposer.IsAiGenerated(activity);
        return
        [
            zone.FormatIso(DateTimeOffset.FromUnixTimeMilliseconds(a.TimestampMs)), a.ConversationId,
            a.Sequence.ToString(CultureInfo.InvariantCulture), bot ? "bot" : "citizen", masker.Mask(a.Text ?? ""), Bool(ai),
        ];
    }

    private static string Bool(bool value) => value ? "true" : "false";

    private (DateTimeOffset Start, DateTimeOffset End) Bounds(DateOnly from, DateOnly to) => (zone.StartOf(from), zone.StartOf(to.AddDays(1)));

    private (long Start, long End) BoundsMs(DateOnly from, DateOnly to)
    {
        var (start, end) = Bounds(from, to);
        return (start.ToUnixTimeMilliseconds(), end.ToUnixTimeMilliseconds());
    }

    private static async Task WriteHeaderAsync(Stream output, ExportFormat format, string[] columns, CancellationToken cancellationToken)
    {
        if (format == ExportFormat.Csv)
        {
            // The byte-order mark, so spreadsheet programs read the Chinese as UTF-8.
            await output.WriteAsync(Encoding.UTF8.GetPreamble(), cancellationToken);
            await output.WriteAsync(Encoding.UTF8.GetBytes(CsvFormat.Write([columns])), cancellationToken);
        }
    }

    private static async Task WriteRowsAsync(Stream output, ExportFormat format, string[] columns, IEnumerable<string[]> rows, CancellationToken cancellationToken)
    {
        string text;
        if (format == ExportFormat.Csv)
        {
            text = CsvFormat.Write(rows);
        }
        else
        {
            var lines = new StringBuilder();
            foreach (var row in rows)
            {
                var record = new JsonObject();
                for (var i = 0; i < columns.Length; i++)
                {
                    record[columns[i]] = row[i] switch
                    {
                        "true" when columns[i] is "answered" or "aiGenerated" or "feedback" => true,
                        "false" when columns[i] is "answered" or "aiGenerated" or "feedback" => false,
                        "" when columns[i] is "feedback" or "conversationId" => null,
                        var value => value,
                    };
                }

                lines.Append(record.ToJsonString(JsonLines)).Append('\n');
            }

            text = lines.ToString();
        }

        await output.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken);
    }
}
