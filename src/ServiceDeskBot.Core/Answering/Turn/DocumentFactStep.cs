using System.Text;
using ServiceDeskBot.Core.Ingestion;
using ServiceDeskBot.Core.Ingestion.Identifiers;

namespace ServiceDeskBot.Core.Answering.Turn;

/// <summary>
/// Answers a question about a document as a whole (what the document a 文号 names is, who issued it, from when and
/// until when it applies) from the document's title and stored metadata, which an admin may have corrected: the
/// values in effect in the <see cref="DocumentCatalog"/>, never a date read off a passage's words. The document is the
/// one the question's 文号 names, else the best-retrieved one when the question names it by its title's words, else
/// the one the conversation is about. A fact the metadata does not hold is left to the judge. Runs after the validity
/// step, so an expired document is still declined and a replaced one answered from its successor.
/// </summary>
public sealed class DocumentFactStep(DocumentCatalog catalog, AnswerComposer composer) : TurnStep
{
    // Least share of the question's subject bigrams that the document's title must hold for the question to name it.
    private const double MinTitleShare = 0.5;

    protected override async Task ExecuteAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Evidence is not { Hits.Count: > 0 } evidence)
        {
            return;
        }

        var identifiers = IdentifierNormalizer.Tokens(turn.Understood.Raw);
        var kind = DocumentFactQuestion.Of(turn.Understood.Normalized, identifiers.Count > 0);
        if (kind == DocumentFactKind.None || Asked(turn, evidence, identifiers) is not { } found)
        {
            return;
        }

        var (document, passage) = found;
        if (Statement(kind, document) is not { } statement)
        {
            return;
        }

        turn.Notes.Add(new DecisionNote(DecisionCode.DocumentFact, $"{kind} {passage.Source}"));
        var reply = await composer.StateAsync(turn.Understood, statement, passage, cancellationToken).ConfigureAwait(false);
        turn.Reply = turn.Lead is { Length: > 0 } lead ? reply with { Text = lead + "\n\n" + reply.Text } : reply;
    }

    // The document asked about, with one of its retrieved passages to cite.
    private (CatalogDocument Document, Passage Passage)? Asked(TurnContext turn, Evidence evidence, IReadOnlyList<string> identifiers)
    {
        foreach (var hit in evidence.Hits)
        {
            if (catalog.Find(hit.Passage.Source) is not { } document)
            {
                continue;
            }

            if (identifiers.Count > 0)
            {
                if (DocumentNumberAsked.By(identifiers, document))
                {
                    return (document, hit.Passage);
                }

                continue;
            }

            var subject = DocumentFactQuestion.Subject(turn.Understood.Normalized);
            var title = (document.Title ?? hit.Passage.Title).Normalize(NormalizationForm.FormKC);
            if (subject.Length == 0
                ? turn.PreferredSource == hit.Passage.Source
                : TitleShare(subject, title) >= MinTitleShare)
            {
                return (document, hit.Passage);
            }

            // Only the best-retrieved document is taken by its title's words: a weaker hit is another document.
            return null;
        }

        return null;
    }

    internal static double TitleShare(string subject, string title)
    {
        var bigrams = Enumerable.Range(0, Math.Max(0, subject.Length - 1)).Select(i => subject.Substring(i, 2)).Where(b => !b.Contains(' ', StringComparison.Ordinal)).ToList();
        return bigrams.Count == 0 ? 0 : bigrams.Count(b => title.Contains(b, StringComparison.Ordinal)) / (double)bigrams.Count;
    }

    private static string? Statement(DocumentFactKind kind, CatalogDocument document)
    {
        var name = Name(document);
        return kind switch
        {
            DocumentFactKind.Title when document.Title is { Length: > 0 } => $"{document.DocumentNumber}是{name}"
                + (document.Issuer is { Length: > 0 } issuer ? $"，发文机关为{issuer}" : "")
                + (document.IssuedOn is { } issued ? $"，成文日期为{AnswerComposer.ChineseDate(issued)}" : "") + "。",
            DocumentFactKind.Issuer when document.Issuer is { Length: > 0 } issuer => $"{name}的发文机关是{issuer}。",
            DocumentFactKind.IssuedOn when document.IssuedOn is { } issued => $"{name}的成文日期是{AnswerComposer.ChineseDate(issued)}。",
            DocumentFactKind.EffectiveFrom when document.EffectiveOn is { } from => $"{name}自{AnswerComposer.ChineseDate(from)}起施行"
                + (document.RepealedWithoutDate ? "，现已废止" : document.ExpiresOn is { } until ? $"，有效期至{AnswerComposer.ChineseDate(until)}" : "") + "。",
            DocumentFactKind.ExpiresOn when document.RepealedWithoutDate => $"{name}已废止。",
            DocumentFactKind.ExpiresOn when document.ExpiresOn is { } until => $"{name}有效期至{AnswerComposer.ChineseDate(until)}"
                + (document.EffectiveOn is { } from ? $"（自{AnswerComposer.ChineseDate(from)}起施行）" : "") + "。",
            _ => null,
        };
    }

    private static string Name(CatalogDocument document) =>
        "《" + (document.Title ?? document.Source) + "》" + (document.DocumentNumber is { Length: > 0 } number ? $"（{number}）" : "");
}
