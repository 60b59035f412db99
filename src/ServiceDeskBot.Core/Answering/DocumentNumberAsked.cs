using ServiceDeskBot.Core.Ingestion;
using ServiceDeskBot.Core.Ingestion.Identifiers;

namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// Whether a question names a document by its 文号 ("霁发改[2024]12号规定每户最多补贴多少"): such a question is about that
/// document whatever its passages answer, so the validity step names it as expired even when the judge would decline
/// its quote. Brackets and widths are normalised as the identifiers field is (<see cref="IdentifierNormalizer"/>).
/// </summary>
internal static class DocumentNumberAsked
{
    public static bool By(string question, CatalogDocument document)
    {
        ArgumentNullException.ThrowIfNull(question);
        return By(IdentifierNormalizer.Tokens(question), document);
    }

    /// <summary>The same for a question's identifiers already read (<see cref="IdentifierNormalizer.Tokens"/>).</summary>
    public static bool By(IReadOnlyList<string> identifiers, CatalogDocument document)
    {
        ArgumentNullException.ThrowIfNull(identifiers);
        ArgumentNullException.ThrowIfNull(document);
        return document.DocumentNumber is { Length: > 0 } number
            && IdentifierNormalizer.Tokens(number).Intersect(identifiers, StringComparer.Ordinal).Any();
    }
}
