using System.Globalization;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Ingestion;

namespace ServiceDeskBot.Web.Features.Platform;

/// <summary>
/// The local calendar of the service desk (the corpus's <c>Corpus:UtcOffsetHours</c>, China Standard Time by
/// default): what dates ticket numbers and the times staff pages show. One place, so a single time-zone setting can
/// replace the source without touching the pages.
/// </summary>
public sealed class StaffTime(IOptions<CorpusOptions> corpus)
{
    public TimeSpan Offset => TimeSpan.FromHours(corpus.Value.UtcOffsetHours);

    public DateTimeOffset Local(DateTimeOffset at) => at.ToOffset(Offset);

    /// <summary>A moment as staff read it: 2026-12-01 14:05.</summary>
    public string Format(DateTimeOffset at) => Local(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A moment with seconds, for transcripts.</summary>
    public string FormatPrecise(DateTimeOffset at) => Local(at).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
