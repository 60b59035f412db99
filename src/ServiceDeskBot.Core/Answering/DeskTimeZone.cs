using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// The one time zone people read times in (<c>ServiceDesk:TimeZone</c>): pages, exports, transcripts and verbs format
/// times through it, and the desk's calendar days (the dashboard, documents' validity dates, export ranges) are its days.
/// Times are stored in UTC; only what is shown or counted by day goes through here.
/// </summary>
public sealed partial class DeskTimeZone(IOptions<ServiceDeskOptions> options)
{
    /// <summary>The default zone: China Standard Time, which has no daylight saving time.</summary>
    public const string DefaultZone = "+08:00";

    private readonly Lazy<TimeZoneInfo> _zone = new(() =>
        TryParse(options.Value.TimeZone, out var zone) ? zone : throw new InvalidOperationException("ServiceDesk:TimeZone was not validated."));

    public TimeZoneInfo Zone => _zone.Value;

    /// <summary>A short name for column headings: "UTC+8", "UTC-3:30", or the zone id for a zone with daylight saving time.</summary>
    public string Label
    {
        get
        {
            if (Zone.SupportsDaylightSavingTime)
            {
                return Zone.Id;
            }

            var offset = Zone.BaseUtcOffset;
            var sign = offset < TimeSpan.Zero ? "-" : "+";
            var hours = Math.Abs(offset.Hours).ToString(CultureInfo.InvariantCulture);
            return offset.Minutes == 0 ? $"UTC{sign}{hours}" : $"UTC{sign}{hours}:{Math.Abs(offset.Minutes):D2}";
        }
    }

    /// <summary>The same instant as the desk's clocks show it.</summary>
    public DateTimeOffset ToLocal(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone);

    /// <summary>The desk's calendar day of an instant.</summary>
    public DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(ToLocal(at).DateTime);

    /// <summary>The desk's today.</summary>
    public DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DayOf(time.GetUtcNow());
    }

    /// <summary>The instant the desk's day <paramref name="day"/> begins, in UTC (for comparing with stored times).</summary>
    public DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>"2026-03-05 14:07:09", in the desk's time.</summary>
    public string Format(DateTimeOffset at) => ToLocal(at).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>"2026-03-05 14:07", in the desk's time.</summary>
    public string FormatMinutes(DateTimeOffset at) => ToLocal(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>ISO 8601 with the desk's offset ("2026-03-05T14:07:09.123+08:00"), for exports machines read.</summary>
    public string FormatIso(DateTimeOffset at) => ToLocal(at).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    /// <summary>Reads an offset (<c>+08:00</c>, <c>UTC+8</c>, <c>-03:30</c>) or a time-zone id the system knows.</summary>
    public static bool TryParse(string? value, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var text = value.Trim();
        if (Offset().Match(text) is { Success: true } match)
        {
            var hours = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
            var minutes = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
            var offset = new TimeSpan(hours, minutes, 0);
            if (minutes >= 60 || offset > TimeSpan.FromHours(14))
            {
                return false;
            }

            offset = match.Groups["sign"].Value == "-" ? -offset : offset;
            var name = "UTC" + (offset < TimeSpan.Zero ? "-" : "+") + offset.ToString(@"hh\:mm", CultureInfo.InvariantCulture);
            zone = TimeZoneInfo.CreateCustomTimeZone(name, offset, name, name);
            return true;
        }

        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(text);
            return true;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^(?:UTC|GMT)?(?<sign>[+-])(?<h>\d{1,2})(?::?(?<m>\d{2}))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Offset();
}
