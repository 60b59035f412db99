using Microsoft.AspNetCore.Identity;

namespace ServiceDeskBot.Web.Features.Auth;

/// <summary>What the setup link did: made the admin, was dead, or the name or password was refused (the link stays open).</summary>
public sealed record FirstAdminOutcome(IdentityUser? Admin, bool IsLinkDead, IReadOnlyList<string> Problems)
{
    public static FirstAdminOutcome Created(IdentityUser admin) => new(admin, false, []);

    public static FirstAdminOutcome LinkDead() => new(null, true, []);

    public static FirstAdminOutcome Refused(IReadOnlyList<string> problems) => new(null, false, problems);
}
