using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Answering;

namespace ServiceDeskBot.Core.Tests.Answering;

public sealed class DeskTimeZoneTests
{
    private static readonly DateTimeOffset LateEveningUtc = new(2026, 3, 5, 17, 30, 0, TimeSpan.Zero);

    [Fact]
    public void The_default_zone_shows_utc_times_eight_hours_later()
    {
        var zone = Zone(new ServiceDeskOptions().TimeZone);

        var shown = zone.Format(LateEveningUtc);

        Assert.Equal("2026-03-06 01:30:00", shown);
    }

    [Fact]
    public void The_default_zone_is_labelled_utc_plus_eight()
    {
        var zone = Zone(DeskTimeZone.DefaultZone);

        Assert.Equal("UTC+8", zone.Label);
    }

    [Fact]
    public void A_late_evening_in_utc_is_the_next_day_at_the_desk()
    {
        var zone = Zone("+08:00");

        Assert.Equal(new DateOnly(2026, 3, 6), zone.DayOf(LateEveningUtc));
    }

    [Fact]
    public void A_desk_day_starts_at_its_local_midnight_in_utc()
    {
        var zone = Zone("+08:00");

        var start = zone.StartOf(new DateOnly(2026, 3, 6));

        Assert.Equal(new DateTimeOffset(2026, 3, 5, 16, 0, 0, TimeSpan.Zero), start);
        Assert.Equal(TimeSpan.Zero, start.Offset);
    }

    [Fact]
    public void A_negative_offset_with_minutes_is_read_and_labelled()
    {
        var zone = Zone("-03:30");

        Assert.Equal("2026-03-05 14:00:00", zone.Format(LateEveningUtc));
        Assert.Equal("UTC-3:30", zone.Label);
    }

    [Fact]
    public void A_time_zone_id_of_the_system_is_accepted()
    {
        var parsed = DeskTimeZone.TryParse("Asia/Shanghai", out var zone);

        Assert.True(parsed);
        Assert.Equal(TimeSpan.FromHours(8), zone.GetUtcOffset(LateEveningUtc));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("+15:00")]
    [InlineData("+08:75")]
    [InlineData("eight")]
    public void A_value_that_names_no_zone_is_refused(string value)
    {
        Assert.False(DeskTimeZone.TryParse(value, out _));
    }

    [Fact]
    public void Options_with_an_unknown_zone_fail_validation()
    {
        var options = new ServiceDeskOptions { TimeZone = "Mars/Olympus_Mons" };

        var errors = ((System.ComponentModel.DataAnnotations.IValidatableObject)options)
            .Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).ToList();

        Assert.Contains(errors, e => e.MemberNames.Contains(nameof(ServiceDeskOptions.TimeZone)));
    }

    [Fact]
    public void Exports_carry_the_desk_offset_in_iso_form()
    {
        var zone = Zone("+08:00");

        Assert.Equal("2026-03-06T01:30:00.000+08:00", zone.FormatIso(LateEveningUtc));
    }

    private static DeskTimeZone Zone(string value) => new(Options.Create(new ServiceDeskOptions { TimeZone = value }));
}
