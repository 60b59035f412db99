using ServiceDeskBot.Core.Answering;

namespace ServiceDeskBot.Web.Features.Platform;

/// <summary>
/// Times as staff pages and ticket numbers read them, in the desk's one time zone (<c>ServiceDesk:TimeZone</c>,
/// <see cref="DeskTimeZone"/>): a thin view over it kept for the console's pages.
/// </summary>
public sealed class StaffTime(DeskTimeZone zone)
{
    public DateTimeOffset Local(DateTimeOffset at) => zone.ToLocal(at);

    /// <summary>The first moment of a local calendar day.</summary>
    public DateTimeOffset StartOf(DateOnly day) => zone.StartOf(day);

    /// <summary>A moment as staff read it: 2026-12-01 14:05.</summary>
    public string Format(DateTimeOffset at) => zone.FormatMinutes(at);

    /// <summary>A moment with seconds, for transcripts.</summary>
    public string FormatPrecise(DateTimeOffset at) => zone.Format(at);
}
