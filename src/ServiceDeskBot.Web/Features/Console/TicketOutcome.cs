namespace ServiceDeskBot.Web.Features.Console;

/// <summary>What became of a staff member's action on a ticket.</summary>
public enum TicketOutcome
{
    Done,
    NotFound,

    /// <summary>Someone else holds the ticket (or it was claimed a moment ago).</summary>
    HeldByOther,

    /// <summary>Only the staff member the ticket is assigned to may note or close it.</summary>
    NotAssigned,
    Closed,
}
