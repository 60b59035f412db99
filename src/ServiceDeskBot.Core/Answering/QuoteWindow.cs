namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// The quote with the sentence before and the sentence after it in its passage. A passage often names what is asked
/// about in one sentence and gives it in the next: the question's words are then covered by the window though not by
/// the quote alone.
/// </summary>
public static class QuoteWindow
{
    private const int Anchor = 12;

    private static readonly char[] SentenceEnds = ['。', '！', '？', '；', '!', '?', ';', '\n'];

    /// <summary>The window around <paramref name="quote"/> in <paramref name="passage"/>, or the quote when it is not found there.</summary>
    public static string Around(string passage, string quote)
    {
        ArgumentNullException.ThrowIfNull(passage);
        ArgumentNullException.ThrowIfNull(quote);
        var bare = quote.Trim().Trim('…').Trim();
        if (bare.Length == 0)
        {
            return quote;
        }

        var start = passage.IndexOf(bare.Length > Anchor ? bare[..Anchor] : bare, StringComparison.Ordinal);
        if (start < 0)
        {
            return quote;
        }

        var end = Math.Min(passage.Length, start + bare.Length);
        var before = start < 2 ? -1 : passage.LastIndexOfAny(SentenceEnds, start - 2);
        var after = end >= passage.Length ? -1 : passage.IndexOfAny(SentenceEnds, end);
        if (after >= 0 && Array.IndexOf(SentenceEnds, bare[^1]) < 0 && after + 1 < passage.Length)
        {
            // The quote was cut inside its sentence: the window runs to the end of that one and of the next.
            after = passage.IndexOfAny(SentenceEnds, after + 1);
        }

        return passage[(before + 1)..(after < 0 ? passage.Length : after + 1)];
    }
}
