namespace ServiceDeskBot.Core.Templates;

/// <summary>A sentence quoted from the corpus, with its citation number.</summary>
/// <param name="N">One-based citation number.</param>
/// <param name="Title">Headline of the document the sentence comes from.</param>
/// <param name="Text">The quoted sentence(s).</param>
/// <param name="Source">File name of the document.</param>
/// <param name="Issuer">Who published the document (a newspaper, a bureau), or empty.</param>
public sealed record TemplateQuote(int N, string Title, string Text, string Source, string Issuer = "")
{
    /// <summary>The document's 文号, or empty.</summary>
    public string DocumentNumber { get; init; } = "";

    /// <summary>The document's date as citizens read it ("2025年3月1日"), or empty.</summary>
    public string Date { get; init; } = "";

    /// <summary>Where in the document the sentence stands: the article (第五条) or the table row, or empty.</summary>
    public string Locator { get; init; } = "";
}
