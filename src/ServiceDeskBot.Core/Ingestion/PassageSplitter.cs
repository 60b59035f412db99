using System.Security.Cryptography;
using System.Text;

namespace ServiceDeskBot.Core.Ingestion;

/// <summary>
/// Splits a cleaned document into passages at paragraph and sentence boundaries. The passages' ranges tile the
/// document text exactly, so every character belongs to exactly one passage.
/// </summary>
public sealed class PassageSplitter(int maxChars = PassageSplitter.DefaultMaxChars)
{
    public const int DefaultMaxChars = 300;

    // Paragraphs this short (bylines, one-line leads) are kept with the paragraph after them rather than alone.
    private const int ShortParagraph = 60;

    private const string ClauseEnders = ",、:";

    public IReadOnlyList<Passage> Split(CleanedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var ranges = new List<(int Start, int End, string Section)>();

        foreach (var group in GroupBlocks(document))
        {
            foreach (var (start, end) in PackUnits(document.Text, group.Units))
            {
                ranges.Add((start, end, group.Section));
            }
        }

        return ToPassages(document, Tile(ranges, document.Text.Length));
    }

    /// <summary>A stable id: the same source and text give the same id in every run.</summary>
    public static string StableId(string source, string text)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(source + "\n" + text));
        return Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }

    // A group is what may share a passage: a heading run with the paragraph after it, or short paragraphs with the
    // next paragraph of the same section. Units are the sentence ranges inside the group.
    private static List<(string Section, List<(int Start, int End)> Units)> GroupBlocks(CleanedDocument document)
    {
        var groups = new List<(string Section, List<(int Start, int End)> Units)>();
        var openEndsWithHeading = false;
        var openLength = int.MaxValue;

        foreach (var block in document.Blocks)
        {
            var isHeading = block.Kind == TextBlockKind.Heading;
            var isRow = block.Kind == TextBlockKind.TableRow;
            var joinsOpen = !isRow && groups.Count > 0 && (openEndsWithHeading
                || (!isHeading && openLength <= ShortParagraph && groups[^1].Section == block.Section));
            if (!joinsOpen)
            {
                groups.Add((block.Section, []));
                openLength = 0;
            }

            var units = isHeading || isRow
                ? [(block.Start, block.End)]
                : SentenceSplitter.Ranges(document.Text, block.Start, block.End);
            groups[^1] = (block.Section, groups[^1].Units);
            groups[^1].Units.AddRange(units);
            // Nothing joins a table row: each row is a passage that can be quoted on its own.
            openLength = isRow ? int.MaxValue : openLength + (block.End - block.Start);
            openEndsWithHeading = isHeading;
        }

        return groups;
    }

    // Packs units into chunks of at most maxChars, balanced in size (400 characters become two of 200, not 300 + 100).
    private IEnumerable<(int Start, int End)> PackUnits(string text, List<(int Start, int End)> units)
    {
        var pieces = units.SelectMany(u => BreakLongUnit(text, u)).ToList();
        if (pieces.Count == 0)
        {
            yield break;
        }

        var total = pieces[^1].End - pieces[0].Start;
        var parts = (int)Math.Ceiling(total / (double)maxChars);
        var target = total / (double)parts;

        var chunkStart = pieces[0].Start;
        var chunkEnd = chunkStart;
        foreach (var piece in pieces)
        {
            var grown = piece.End - chunkStart;
            var current = chunkEnd - chunkStart;
            if (current > 0 && (grown > maxChars || (current >= target && grown - target > target - current)))
            {
                yield return (chunkStart, chunkEnd);
                chunkStart = piece.Start;
            }

            chunkEnd = piece.End;
        }

        yield return (chunkStart, chunkEnd);
    }

    // A sentence longer than the limit is cut at clause marks, and failing those, hard at the limit.
    private IEnumerable<(int Start, int End)> BreakLongUnit(string text, (int Start, int End) unit)
    {
        var start = unit.Start;
        while (unit.End - start > maxChars)
        {
            var limit = start + maxChars;
            var cut = -1;
            for (var i = limit - 1; i > start + (maxChars / 3); i--)
            {
                if (ClauseEnders.Contains(text[i], StringComparison.Ordinal))
                {
                    cut = i + 1;
                    break;
                }
            }

            if (cut < 0)
            {
                cut = limit;
            }

            // A hard cut must not split a surrogate pair: rare characters in names (e.g. "𠮷") are outside the BMP.
            if (char.IsLowSurrogate(text[cut]) && cut - 1 > start)
            {
                cut--;
            }

            yield return (start, cut);
            start = cut;
        }

        if (start < unit.End)
        {
            yield return (start, unit.End);
        }
    }

    // Gives the separators between chunks ("\n\n" between blocks) to the chunk before them so ranges tile the text.
    private static List<(int Start, int End, string Section)> Tile(List<(int Start, int End, string Section)> ranges, int length)
    {
        var tiled = new List<(int, int, string)>(ranges.Count);
        for (var i = 0; i < ranges.Count; i++)
        {
            var start = i == 0 ? 0 : ranges[i].Start;
            var end = i + 1 < ranges.Count ? ranges[i + 1].Start : length;
            tiled.Add((start, end, ranges[i].Section));
        }

        return tiled;
    }

    private static List<Passage> ToPassages(CleanedDocument document, List<(int Start, int End, string Section)> ranges)
    {
        var passages = new List<Passage>(ranges.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);

        // The k-th copy of a text gets the id of "text#k" (the first keeps the plain id), as it always has; counting
        // copies per text makes that linear instead of retrying 2, 3, … k for every copy.
        var copies = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (start, end, section) in ranges)
        {
            var text = document.Text[start..end].Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var id = StableId(document.Source, text);
            if (!seen.Add(id))
            {
                var n = copies.GetValueOrDefault(text, 1);
                do
                {
                    n++;
                    id = StableId(document.Source, text + "#" + n);
                }
                while (!seen.Add(id));

                copies[text] = n;
            }

            passages.Add(new Passage(id, document.Source, document.Title, section, passages.Count, start, end, text));
        }

        return passages;
    }
}
