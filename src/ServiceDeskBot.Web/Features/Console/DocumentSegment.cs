namespace ServiceDeskBot.Web.Features.Console;

/// <summary>A run of a cleaned document: a passage (with its id, the link target) or the text between passages.</summary>
public sealed record DocumentSegment(string? PassageId, string Text);
