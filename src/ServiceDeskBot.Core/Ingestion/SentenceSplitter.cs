namespace ServiceDeskBot.Core.Ingestion;

/// <summary>Finds sentence boundaries in Chinese text (after 。!?;… and any closing quotes that follow).</summary>
public static class SentenceSplitter
{
    private const string SentenceEnders = "。!?;…！？；";
    private const string ClosingMarks = "”\"’'》」』)）";

    /// <summary>Sentence ranges covering <paramref name="text"/>[start..end) without gaps, in order.</summary>
    public static List<(int Start, int End)> Ranges(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ranges = new List<(int, int)>();
        var from = start;
        for (var i = start; i < end; i++)
        {
            if (!SentenceEnders.Contains(text[i], StringComparison.Ordinal))
            {
                continue;
            }

            var stop = i + 1;
            while (stop < end && (ClosingMarks.Contains(text[stop], StringComparison.Ordinal)
                                  || SentenceEnders.Contains(text[stop], StringComparison.Ordinal)))
            {
                stop++;
            }

            ranges.Add((from, stop));
            from = stop;
            i = stop - 1;
        }

        if (from < end)
        {
            ranges.Add((from, end));
        }

        return ranges;
    }

    /// <summary>The sentences of a text, trimmed, empty ones dropped.</summary>
    public static List<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Ranges(text, 0, text.Length)
            .Select(r => text[r.Start..r.End].Trim())
            .Where(s => s.Length > 0)
            .ToList();
    }
}
