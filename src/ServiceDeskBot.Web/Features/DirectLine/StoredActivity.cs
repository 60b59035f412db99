namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>
/// An activity just stored in a conversation, as open streams receive it: its sequence (the watermark it moves a
/// client to) and its JSON as stored. <see cref="Json"/> is null when the activity did not travel with the notice (too
/// large for a Redis message, or a notice that carries none): the stream then reads it from the database.
/// </summary>
public sealed record StoredActivity(long Sequence, string? Json);
