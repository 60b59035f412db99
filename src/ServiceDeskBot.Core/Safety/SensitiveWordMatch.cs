namespace ServiceDeskBot.Core.Safety;

/// <summary>
/// One occurrence of a listed word: the word as admins entered it, and where it stands in the scanned text
/// (<see cref="Start"/> and <see cref="Length"/> in UTF-16 units of the original, spaces or symbols between its
/// characters included), so a log can say where without repeating the citizen's words.
/// </summary>
public readonly record struct SensitiveWordMatch(string Word, int Start, int Length)
{
    /// <summary>Position just after the occurrence.</summary>
    public int End => Start + Length;
}
