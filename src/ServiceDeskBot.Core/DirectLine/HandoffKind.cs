namespace ServiceDeskBot.Core.DirectLine;

/// <summary>Why a ticket was opened.</summary>
public enum HandoffKind
{
    /// <summary>The citizen asked for a person (转人工).</summary>
    Handoff,

    /// <summary>The citizen complained (投诉).</summary>
    Complaint,
}
