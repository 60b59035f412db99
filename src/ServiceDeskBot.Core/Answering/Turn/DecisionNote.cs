namespace ServiceDeskBot.Core.Answering.Turn;

/// <summary>
/// One fact of a turn's decision record, as data: what was decided and with which values. Turned into words only at
/// the edge (<see cref="DecisionText"/>), so logs, staff pages and tests read the same record.
/// </summary>
/// <param name="Code">What happened.</param>
/// <param name="Detail">The value that goes with it (a score, a place, the question as understood), or empty.</param>
public sealed record DecisionNote(DecisionCode Code, string Detail = "");
