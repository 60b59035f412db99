using ServiceDeskBot.Core.Ingestion;
using ServiceDeskBot.Core.Ingestion.Identifiers;
using ServiceDeskBot.Core.Retrieval;
using ServiceDeskBot.Core.Templates;

namespace ServiceDeskBot.Core.Answering.Turn;

/// <summary>
/// The one place that decides what a document out of force may still say (decision note: <c>docs/documents.md</c>).
/// Retrieval only returns documents in force; this step also searches the indexed documents that are not (expired,
/// not yet in force, replaced) and, when one of them fits the question better than anything in force, the question is
/// taken to be about it:
/// <list type="bullet">
/// <item>replaced by a newer document in force: the reply says so and answers from the newer one;</item>
/// <item>expired with nothing replacing it: the reply declines, names the document and its last day, and points to the desk;</item>
/// <item>not yet in force: the reply says from when it applies, then quotes it.</item>
/// </list>
/// Runs after retrieval and before the judge, so the judge weighs the evidence the reply will rest on.
/// </summary>
public sealed class ValidityStep(
    EvidenceFinder finder,
    DocumentCatalog catalog,
    DocumentAvailability availability,
    TemplateRenderer templates,
    QuestionReader reader,
    AnswerJudge judge) : TurnStep
{
    protected override async Task ExecuteAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var today = availability.Today;
        if (!catalog.AnyOutOfForce(today))
        {
            return;
        }

        var wide = finder.Find(turn.Understood, turn.PreferredSource, outOfForce: true);
        if (wide.Best is not { } best)
        {
            return;
        }

        // A question naming a replaced or expired document by its 文号 is about that document, however well the
        // document in force matches: the newer one names the old 文号 in its repeal clause, so it often fits better.
        var validity = NamedOutOfForce(turn, today) ?? catalog.Validity(best.Passage.Source, today);
        if (validity.Standing is DocumentStanding.InForce or DocumentStanding.Unavailable
            || (validity.Document!.Source == best.Passage.Source
                && turn.Evidence?.Best is { } current && current.Coverage >= best.Coverage && current.Passage.Source != best.Passage.Source))
        {
            return;
        }

        var document = validity.Document!;
        switch (validity.Standing)
        {
            case DocumentStanding.Superseded:
                var successor = validity.Successor!;
                turn.Notes.Add(new DecisionNote(DecisionCode.Superseded, $"{Name(document)} → {Name(successor)}"));
                // Asked of the newer document without the old one's 文号 and year, which the newer names only where it
                // repeals the old (SupersededQuestion).
                var asked = SupersededQuestion.Without(turn.Understood.Content, document) is { } text ? reader.Read(text) : turn.Understood;
                turn.Evidence = finder.Find(asked, successor.Source);
                turn.Lead = $"提示：您问到的{Name(document)}已被{Name(successor)}代替，现行规定以新文件为准。";
                break;
            case DocumentStanding.Pending:
                turn.Notes.Add(new DecisionNote(DecisionCode.NotYetInForce, $"{Name(document)} {document.EffectiveOn:yyyy-MM-dd}"));
                turn.Evidence = wide;
                turn.Lead = $"提示：{Name(document)}自{AnswerComposer.ChineseDate(document.EffectiveOn!.Value)}起施行，目前尚未生效。";
                break;
            case DocumentStanding.Expired when AnsweredFrom(wide, document) || DocumentNumberAsked.By(turn.Understood.Terms.Original, document):
                turn.Notes.Add(new DecisionNote(DecisionCode.Expired, $"{Name(document)} {document.ExpiresOn:yyyy-MM-dd}"));
                var declined = await JudgeStep.DeclineAsync(templates, turn.Understood, cancellationToken).ConfigureAwait(false);
                var ended = document.RepealedWithoutDate ? "该文件已废止" : $"该文件已于{AnswerComposer.ChineseDate(document.ExpiresOn!.Value)}失效";
                var expired = $"您问到的内容出自{Name(document)}，{ended}，资料库中没有现行文件可以答复。";
                turn.Reply = declined with { Text = expired + "\n\n" + declined.Text };
                break;
        }
    }

    private DocumentValidity? NamedOutOfForce(TurnContext turn, DateOnly today) =>
        catalog.Numbered(IdentifierNormalizer.Tokens(turn.Understood.Terms.Original), today)
            .FirstOrDefault(v => v.Standing is DocumentStanding.Superseded or DocumentStanding.Expired);

    // An expired document is the question's only when its passage would answer it: a document that merely shares the
    // question's subject word ("按季度发放至本人社保卡金融账户" for "社保卡丢了补办要多少钱") fits on coverage alone, and
    // declining as expired then names a document the question is not about. Otherwise the question goes on to the
    // judge with the evidence in force.
    private bool AnsweredFrom(Evidence wide, CatalogDocument document)
    {
        var (verdict, answering, _) = judge.JudgeWithRunnersUp(wide);
        return verdict.Decision != JudgeDecision.Decline && answering.Best?.Passage.Source == document.Source;
    }

    private static string Name(CatalogDocument document) =>
        "《" + (document.Title ?? document.Source) + "》" + (document.DocumentNumber is { Length: > 0 } number ? $"（{number}）" : "");
}
