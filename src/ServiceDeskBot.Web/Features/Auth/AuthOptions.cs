using System.ComponentModel.DataAnnotations;

namespace ServiceDeskBot.Web.Features.Auth;

/// <summary>Sign-in settings for staff and admins.</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>
    /// Failed sign-ins in a row that lock an account. The per-client throttle stops any one client long before this;
    /// the lockout is the backstop against guessing from many addresses, and a locked account reads the same message
    /// as a wrong password. Default 20.
    /// </summary>
    [Range(1, 100)]
    public int MaxFailedAttempts { get; set; } = 20;

    /// <summary>How long a locked account stays locked, in minutes. Default 15.</summary>
    [Range(1, 24 * 60)]
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>How long a sign-in lasts without activity, in hours (sliding). Default 8, one working day.</summary>
    [Range(1, 24 * 7)]
    public int SessionHours { get; set; } = 8;

    /// <summary>
    /// Failed sign-ins one client address may make per <see cref="SignInThrottleMinutes"/>, whatever names it tries;
    /// then its attempts get 429 until the window ends. Keep it below <see cref="MaxFailedAttempts"/>, so one client
    /// cannot lock someone else's account. Default 5.
    /// </summary>
    [Range(1, 10_000)]
    public int SignInFailuresPerClient { get; set; } = 5;

    /// <summary>Length of the sign-in throttle window, in minutes. Default 15.</summary>
    [Range(1, 24 * 60)]
    public int SignInThrottleMinutes { get; set; } = 15;

    /// <summary>
    /// How long, in seconds, an account's roles, security stamp and state are trusted before a request reads them from
    /// the database again. Changes made in this process (sign-out, role change, disabling, password change) apply at
    /// once; changes from the <c>users</c> verb or another node within this time. 0 reads them on every request.
    /// Default 10.
    /// </summary>
    [Range(0, 300)]
    public int AccessCheckSeconds { get; set; } = 10;

    /// <summary>The first administrator, created from configuration when no admin exists yet.</summary>
    [Required]
    public BootstrapAdminOptions BootstrapAdmin { get; set; } = new();
}
