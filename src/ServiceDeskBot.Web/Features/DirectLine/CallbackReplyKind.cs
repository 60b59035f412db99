namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>How a reply to the callback offer reads.</summary>
public enum CallbackReplyKind
{
    /// <summary>No number in it: an ordinary question for the answer pipeline.</summary>
    NotANumber,

    /// <summary>A mobile or landline number that can be dialled.</summary>
    Valid,

    /// <summary>Digits meant as a number that no telephone has (too short, a wrong prefix).</summary>
    Invalid,

    /// <summary>The citizen said no call back is needed.</summary>
    Declined,
}
