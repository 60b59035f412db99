using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ServiceDeskBot.Core.Ingestion;
using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Web.Features.Console;

/// <summary>
/// A corpus document (seed or uploaded) as the index sees it (cleaned text), with each passage anchored as
/// <c>#passage-ID</c>.
/// </summary>
public sealed class DocumentModel(CorpusLibrary library, PassageRetriever retriever, WordSegmenter words) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Source { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public string Title { get; private set; } = "";

    public IReadOnlyList<DocumentSegment> Segments { get; private set; } = [];

    public IReadOnlyList<string> Terms { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        // Looked up by its citation name in the database, so the parameter is never a path.
        if (string.IsNullOrEmpty(Source) || await library.FindTextAsync(Source, cancellationToken) is not { } stored)
        {
            return NotFound();
        }

        var document = TextCleaner.Clean(Source, stored.Text);
        if (!string.IsNullOrWhiteSpace(stored.Entry.Title))
        {
            document = document with { Title = stored.Entry.Title.Trim() };
        }

        var passages = retriever.Index?.Passages
            .Where(p => p.Source == Source)
            .OrderBy(p => p.Start)
            .ToList() ?? [];
        Title = document.Title;
        Segments = Split(document.Text, passages);
        if (Query is { Length: > 0 and <= IndexModel.MaxQuestionLength })
        {
            Terms = ConsoleQueryTerms.Of(retriever, words, Query);
        }

        return Page();
    }

    private static List<DocumentSegment> Split(string text, IReadOnlyList<Passage> passages)
    {
        var segments = new List<DocumentSegment>();
        var at = 0;
        foreach (var passage in passages)
        {
            var start = Math.Clamp(passage.Start, at, text.Length);
            var end = Math.Clamp(passage.End, start, text.Length);
            if (start > at)
            {
                segments.Add(new DocumentSegment(null, text[at..start]));
            }

            // Overlapping passages keep their anchor even when their text was already shown with the previous one.
            segments.Add(new DocumentSegment(passage.Id, text[start..end]));
            at = end;
        }

        if (at < text.Length)
        {
            segments.Add(new DocumentSegment(null, text[at..]));
        }

        return segments;
    }
}
