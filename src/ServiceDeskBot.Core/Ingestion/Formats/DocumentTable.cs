namespace ServiceDeskBot.Core.Ingestion.Formats;

/// <summary>The table a row belongs to: its caption (or the heading or sheet name above it) and its column headers.</summary>
public sealed record DocumentTable(string Caption, IReadOnlyList<string> Headers);
