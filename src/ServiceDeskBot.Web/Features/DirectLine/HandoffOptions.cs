using System.ComponentModel.DataAnnotations;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>How tickets opened from the citizen channel (转人工, complaints) behave.</summary>
public sealed class HandoffOptions
{
    public const string SectionName = "Handoff";

    /// <summary>
    /// Minutes after a ticket is opened during which a reply holding a telephone number is taken as the callback
    /// number (and can be corrected by sending another); later replies are ordinary questions.
    /// </summary>
    [Range(1, 24 * 60)]
    public int CallbackWindowMinutes { get; set; } = 30;
}
