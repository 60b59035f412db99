namespace ServiceDeskBot.Core.Data;

/// <summary>A list admins maintain as text (synonym groups, sensitive words and their allow-list, place names), one row per list, shared by every node.</summary>
public sealed class WordList
{
    public const string Synonyms = "synonyms";
    public const string SensitiveWords = "sensitive-words";
    public const string SensitiveWordsAllowed = "sensitive-words-allowed";
    public const string Places = "places";

    /// <summary>One of <see cref="Synonyms"/>, <see cref="SensitiveWords"/>, <see cref="SensitiveWordsAllowed"/>, <see cref="Places"/>.</summary>
    public string Name { get; set; } = "";

    /// <summary>The list, one entry per line.</summary>
    public string Text { get; set; } = "";

    public string? UpdatedBy { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
