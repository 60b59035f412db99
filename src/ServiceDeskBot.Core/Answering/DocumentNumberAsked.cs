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
        ArgumentNullException.ThrowIfNull(document);
        if (document.DocumentNumber is not { Length: > 0 } number || IdentifierNormalizer.Tokens(number) is not { Count: > 0 } own)
        {
            return false;
        }

        return IdentifierNormalizer.Tokens(question).Intersect(own, StringComparer.Ordinal).Any();
    }
}
