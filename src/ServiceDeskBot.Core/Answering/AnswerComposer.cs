using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Answering.Turn;
using ServiceDeskBot.Core.Ingestion;
using ServiceDeskBot.Core.Llm;
using ServiceDeskBot.Core.Retrieval;
using ServiceDeskBot.Core.Storage;
using ServiceDeskBot.Core.Templates;

namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// Turns evidence into the reply citizens read: the sentence that holds the asked fact first, each document named
/// once by its readable title with its issuer, 文号 and date, each quote with the article or table row it comes from,
/// and a caution that fits the source (a newspaper report is not the policy itself). What it says about a document
/// comes from the <see cref="DocumentCatalog"/> (the database's metadata), else from the seeds' <c>documents.json</c>.
/// </summary>
public sealed class AnswerComposer(
    TemplateRenderer templates,
    IOptions<AnsweringOptions> options,
    DataPaths paths,
    PassageRetriever retriever,
    DocumentCatalog catalog)
{
    private const string NewsDisclaimer = "以上内容摘自公开新闻报道，仅供参考，具体办理要求请以窗口答复为准。";
    private const string OfficialDisclaimer = "以上内容摘自政府公开文件，具体以文件原文和窗口答复为准。";
    private const string OtherDisclaimer = "以上内容摘自已收录的资料，仅供参考，具体办理要求请以窗口答复为准。";

    private readonly Lazy<DocumentDescriptions> _descriptions = new(() => DocumentDescriptions.Load(paths.SeedsDirectory));

    /// <summary>The template answer: the best quote, and a second one from another passage when it fits as well.</summary>
    public async Task<TurnReply> QuoteAsync(Evidence evidence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var quotes = ChooseQuotes(evidence);
        var model = new TemplateModel
        {
            Question = evidence.Question.Raw,
            // A table row is quoted as a sentence: the item, the asked field's value, the rest (not "caption|h:v;h:v").
            Quotes = quotes.Select((q, i) => new TemplateQuote(i + 1, TitleOf(q.Passage), QuoteClauses.Readable(q.Text, evidence.Kind), q.Passage.Source, Issuer(q.Passage.Source))
            {
                DocumentNumber = catalog.Find(q.Passage.Source)?.DocumentNumber ?? "",
                Date = DateOf(q.Passage.Source) is { } date ? ChineseDate(date) : "",
                Locator = CitationLocator.Of(q.Passage, q.Text),
            }).ToList(),
            Disclaimer = Disclaimer(quotes.Select(q => q.Passage.Source)),
        };
        var text = await templates.RenderAsync(TemplateKeys.Answer, model, cancellationToken).ConfigureAwait(false);
        var citations = quotes.Select(q => Cite(q.Passage, q.Text, evidence.Kind)).ToList();
        return new TurnReply(text, true, AnswerMode.Template, citations);
    }

    /// <summary>
    /// A reply stating a fact about a document as a whole (its title, issuer or dates from the stored metadata), with
    /// the document named and cited as a quote would be; the citation's snippet is the document's title.
    /// </summary>
    public async Task<TurnReply> StateAsync(Question question, string statement, Passage passage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(passage);
        var model = new TemplateModel
        {
            Question = question.Raw,
            Quotes = [new TemplateQuote(1, TitleOf(passage), statement, passage.Source, Issuer(passage.Source))
            {
                DocumentNumber = catalog.Find(passage.Source)?.DocumentNumber ?? "",
                Date = DateOf(passage.Source) is { } date ? ChineseDate(date) : "",
                Locator = "",
            }],
            Disclaimer = Disclaimer([passage.Source]),
        };
        var text = await templates.RenderAsync(TemplateKeys.Answer, model, cancellationToken).ConfigureAwait(false);
        var citation = new Citation(passage.Id, passage.Source, TitleOf(passage), TitleOf(passage))
        {
            Issuer = Issuer(passage.Source) is { Length: > 0 } issuer ? issuer : null,
            DocumentNumber = catalog.Find(passage.Source)?.DocumentNumber,
            Date = DateOf(passage.Source),
        };
        return new TurnReply(text, true, AnswerMode.Template, [citation]);
    }

    /// <summary>A citation of a passage: the document's title, issuer, 文号 and date, and where the quote stands.</summary>
    public Citation Cite(Passage passage, string quote, AnswerKind kind = AnswerKind.Any)
    {
        ArgumentNullException.ThrowIfNull(passage);
        ArgumentNullException.ThrowIfNull(quote);
        var locator = CitationLocator.Of(passage, quote);
        return new Citation(passage.Id, passage.Source, TitleOf(passage), QuoteClauses.Readable(quote, kind))
        {
            Issuer = Issuer(passage.Source) is { Length: > 0 } issuer ? issuer : null,
            DocumentNumber = catalog.Find(passage.Source)?.DocumentNumber,
            Date = DateOf(passage.Source),
            Locator = locator.Length > 0 ? locator : null,
        };
    }

    /// <summary>A date as replies write it: 2025年3月1日.</summary>
    public static string ChineseDate(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    /// <summary>
    /// The quotes a template answer gives, best first: the best quote, and a second one from another passage when it
    /// fits as well. Empty when the evidence holds no quote.
    /// </summary>
    public IReadOnlyList<Quote> ChooseQuotes(Evidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (evidence.Best is not { } best)
        {
            return [];
        }

        // "要带什么材料" answered by one row of a materials table is answered with the whole table, as one list.
        if (retriever.Index is { } index && MaterialsTable.ListOf(best, evidence.Kind, index.Passages) is { } list)
        {
            return [list];
        }

        var settings = options.Value;
        // A second quote about another district of the same article would put that district's figures in the answer.
        var asked = evidence.Question.Places;
        return evidence.Quotes
            .Where(q => q == best || (q.Passage.Id != best.Passage.Id
                                      && q.Coverage >= Math.Max(settings.MinCoverage, best.Coverage * 0.85)
                                      && AnswerKinds.IsPresent(evidence.Kind, q.Text)
                                      && retriever.IsAbout(asked, q.Passage)))
            .DistinctBy(q => q.Passage.Id)
            .Take(settings.MaxQuotes)
            .ToList();
    }

    /// <summary>The reply of an LLM answer that passed the grounding check, citing the passages it numbered.</summary>
    public TurnReply FromLlm(LlmAnswer answer, Evidence evidence)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(evidence);
        var citations = answer.CitedPassages
            .Where(n => n >= 1 && n <= evidence.Hits.Count)
            .Select(n => evidence.Hits[n - 1].Passage)
            .Select(p => Cite(p, Snippet(p, evidence)))
            .ToList();
        return new TurnReply(answer.Text, true, AnswerMode.Llm, citations);
    }

    private string Issuer(string source) => catalog.Find(source)?.Issuer ?? _descriptions.Value.Find(source)?.Issuer ?? "";

    // The passage's title is the cleaned headline or the admin's; the catalogue holds the title in effect.
    private string TitleOf(Passage passage) => catalog.Find(passage.Source)?.Title is { Length: > 0 } title ? title : passage.Title;

    private DateOnly? DateOf(string source) => catalog.Find(source) is { } document ? document.IssuedOn ?? document.EffectiveOn : null;

    private string? SourceKindOf(string source) =>
        catalog.Find(source) is { } document ? document.SourceKind : _descriptions.Value.Find(source)?.SourceKind;

    private string Disclaimer(IEnumerable<string> sources)
    {
        var kinds = sources.Select(SourceKindOf).Distinct().ToList();
        return kinds switch
        {
            [DocumentDescription.News] => NewsDisclaimer,
            [DocumentDescription.Official] => OfficialDisclaimer,
            _ => OtherDisclaimer,
        };
    }

    private static string Snippet(Passage passage, Evidence found) =>
        found.Quotes.FirstOrDefault(q => q.Passage.Id == passage.Id)?.Text
        ?? (passage.Text.Length <= EvidenceFinder.MaxQuoteChars ? passage.Text : passage.Text[..EvidenceFinder.MaxQuoteChars] + "…");
}
