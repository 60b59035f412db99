using System.ComponentModel.DataAnnotations;

namespace ServiceDeskBot.Web.Features.Auth;

/// <summary>Sign-in settings for staff and admins.</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>Failed sign-ins in a row that lock an account. Default 5.</summary>
    [Range(1, 100)]
    public int MaxFailedAttempts { get; set; } = 5;

    /// <summary>How long a locked account stays locked, in minutes. Default 15.</summary>
    [Range(1, 24 * 60)]
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>How long a sign-in lasts without activity, in hours (sliding). Default 8, one working day.</summary>
    [Range(1, 24 * 7)]
    public int SessionHours { get; set; } = 8;

    /// <summary>The first administrator, created from configuration when no admin exists yet.</summary>
    [Required]
    public BootstrapAdminOptions BootstrapAdmin { get; set; } = new();
}
