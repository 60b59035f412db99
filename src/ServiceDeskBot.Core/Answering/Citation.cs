namespace ServiceDeskBot.Core.Answering;

/// <summary>A passage an answer rests on.</summary>
public sealed record Citation(string PassageId, string Source, string Title, string Snippet)
{
    /// <summary>发文机关 (or the newspaper), or null.</summary>
    public string? Issuer { get; init; }

    /// <summary>文号, or null.</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>The document's date: 成文日期, else the day it took effect; null when unknown.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The article (第五条) or table row the quote comes from, or null.</summary>
    public string? Locator { get; init; }
}
