namespace ServiceDeskBot.Core.Answering;

/// <summary>A passage an answer rests on.</summary>
public sealed record Citation(string PassageId, string Source, string Title, string Snippet);
