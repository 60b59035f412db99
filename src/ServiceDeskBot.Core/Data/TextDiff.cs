namespace ServiceDeskBot.Core.Data;

/// <summary>
/// Differences between two texts by longest common subsequence: over lines (<see cref="Lines"/>), or over words
/// (<see cref="Words"/>): each Chinese character, each run of Latin letters or digits, each space run and each
/// punctuation mark is one token, so a changed figure or phrase is marked, not its whole line.
/// </summary>
public static class TextDiff
{
    // Above this many line pairs the LCS table would cost too much memory; the diff degrades to "all removed, all added".
    private const long MaxCells = 4_000_000;

    public static IReadOnlyList<DiffLine> Lines(string before, string after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var a = SplitLines(before);
        var b = SplitLines(after);
        if ((long)a.Length * b.Length > MaxCells)
        {
            return [.. a.Select(l => new DiffLine(DiffKind.Removed, l)), .. b.Select(l => new DiffLine(DiffKind.Added, l))];
        }

        // lengths[i, j] = LCS length of a[i..] and b[j..].
        var lengths = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var result = new List<DiffLine>();
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y])
            {
                result.Add(new DiffLine(DiffKind.Same, a[x]));
                x++;
                y++;
            }
            else if (lengths[x + 1, y] >= lengths[x, y + 1])
            {
                result.Add(new DiffLine(DiffKind.Removed, a[x++]));
            }
            else
            {
                result.Add(new DiffLine(DiffKind.Added, b[y++]));
            }
        }

        result.AddRange(a.Skip(x).Select(l => new DiffLine(DiffKind.Removed, l)));
        result.AddRange(b.Skip(y).Select(l => new DiffLine(DiffKind.Added, l)));
        return result;
    }

    /// <summary>
    /// The word-level difference, adjacent tokens of one kind joined. The common start and end are taken off first (an
    /// edit is usually local); when what remains is still too large for the table, the changed middle is shown as
    /// removed and added whole.
    /// </summary>
    public static IReadOnlyList<DiffSegment> Words(string before, string after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var a = Tokens(before.ReplaceLineEndings("\n"));
        var b = Tokens(after.ReplaceLineEndings("\n"));
        var prefix = 0;
        while (prefix < a.Count && prefix < b.Count && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix && a[a.Count - 1 - suffix] == b[b.Count - 1 - suffix])
        {
            suffix++;
        }

        var result = new List<DiffSegment>();
        Append(result, DiffKind.Same, a.Take(prefix));
        var midA = a.GetRange(prefix, a.Count - prefix - suffix);
        var midB = b.GetRange(prefix, b.Count - prefix - suffix);
        if ((long)midA.Count * midB.Count > MaxCells)
        {
            Append(result, DiffKind.Removed, midA);
            Append(result, DiffKind.Added, midB);
        }
        else
        {
            var lengths = new int[midA.Count + 1, midB.Count + 1];
            for (var i = midA.Count - 1; i >= 0; i--)
            {
                for (var j = midB.Count - 1; j >= 0; j--)
                {
                    lengths[i, j] = midA[i] == midB[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
                }
            }

            int x = 0, y = 0;
            while (x < midA.Count && y < midB.Count)
            {
                if (midA[x] == midB[y])
                {
                    Append(result, DiffKind.Same, [midA[x++]]);
                    y++;
                }
                else if (lengths[x + 1, y] >= lengths[x, y + 1])
                {
                    Append(result, DiffKind.Removed, [midA[x++]]);
                }
                else
                {
                    Append(result, DiffKind.Added, [midB[y++]]);
                }
            }

            Append(result, DiffKind.Removed, midA.Skip(x));
            Append(result, DiffKind.Added, midB.Skip(y));
        }

        Append(result, DiffKind.Same, a.Skip(a.Count - suffix));
        return result;
    }

    private static void Append(List<DiffSegment> result, DiffKind kind, IEnumerable<string> tokens)
    {
        var text = string.Concat(tokens);
        if (text.Length == 0)
        {
            return;
        }

        if (result.Count > 0 && result[^1].Kind == kind)
        {
            result[^1] = new DiffSegment(kind, result[^1].Text + text);
        }
        else
        {
            result.Add(new DiffSegment(kind, text));
        }
    }

    private static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            var c = text[i];
            if (char.IsAsciiLetterOrDigit(c))
            {
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '.' or '%' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
                {
                    i++;
                }
            }
            else if (c is ' ' or '\t')
            {
                while (i < text.Length && text[i] is ' ' or '\t')
                {
                    i++;
                }
            }
            else
            {
                // One character (a surrogate pair kept whole): Chinese has no spaces to find words by.
                i += char.IsHighSurrogate(c) && i + 1 < text.Length ? 2 : 1;
            }

            tokens.Add(text[start..i]);
        }

        return tokens;
    }

    private static string[] SplitLines(string text) =>
        text.Length == 0 ? [] : text.ReplaceLineEndings("\n").Split('\n');
}
