namespace ServiceDeskBot.Core.Ingestion;

/// <summary>Comparisons of what a refresh read, keyed by source file, against what is in use.</summary>
internal static class SourceMaps
{
    /// <summary>Whether <paramref name="read"/> holds the same sources as <paramref name="known"/>, each equal by <paramref name="equal"/>.</summary>
    public static bool SameEntries<TValue>(IReadOnlyDictionary<string, TValue> known, IReadOnlyDictionary<string, TValue> read, Func<TValue, TValue, bool> equal) =>
        known.Count == read.Count && read.All(pair => known.TryGetValue(pair.Key, out var held) && equal(held, pair.Value));
}
