namespace ServiceDeskBot.Core.Data;

/// <summary>A correction a window clerk suggested for a reply (the console's 纠错 button), waiting in the admins' queue.</summary>
public sealed class StaffCorrection
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>Who suggested it.</summary>
    public string UserName { get; set; } = "";

    /// <summary>The question the reply was for (masked before storage like the ask log).</summary>
    public string Question { get; set; } = "";

    /// <summary>The ask-log entry of the reply, when known.</summary>
    public long? AskId { get; set; }

    /// <summary>The reply the bot gave.</summary>
    public string CurrentAnswer { get; set; } = "";

    /// <summary>What the clerk says the answer should be.</summary>
    public string SuggestedAnswer { get; set; } = "";

    /// <summary>Free-text note (policy document, 文号, reason).</summary>
    public string Note { get; set; } = "";

    /// <summary>Whether an admin has dealt with it; handled corrections leave the queue.</summary>
    public bool Handled { get; set; }

    public DateTimeOffset? HandledAt { get; set; }

    public string? HandledBy { get; set; }
}
