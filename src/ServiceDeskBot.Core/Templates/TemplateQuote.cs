namespace ServiceDeskBot.Core.Templates;

/// <summary>A sentence quoted from the corpus, with its citation number.</summary>
/// <param name="N">One-based citation number.</param>
/// <param name="Title">Headline of the document the sentence comes from.</param>
/// <param name="Text">The quoted sentence(s).</param>
/// <param name="Source">File name of the document.</param>
/// <param name="Issuer">Who published the document (a newspaper, a bureau), or empty.</param>
public sealed record TemplateQuote(int N, string Title, string Text, string Source, string Issuer = "");
