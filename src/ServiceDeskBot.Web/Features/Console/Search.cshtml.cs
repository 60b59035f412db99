using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ServiceDeskBot.Core.Retrieval;
using ServiceDeskBot.Core.Safety;

namespace ServiceDeskBot.Web.Features.Console;

/// <summary>Direct corpus search: what retrieval returns for a query, without the answer pipeline.</summary>
public sealed class SearchModel(PassageRetriever retriever, WordSegmenter words) : PageModel
{
    public const int Top = 20;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<SearchHit> Hits { get; private set; } = [];

    public IReadOnlyList<string> Terms { get; private set; } = [];

    public string? Error { get; private set; }

    /// <summary>
    /// Whether any hit holds the query as typed. Ranking also returns passages that share only some of its words;
    /// staff must not read those as the corpus containing the phrase.
    /// </summary>
    public bool ContainsQuery { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var check = InputText.Check(Query);
        if (check.Problem == InputTextProblem.Empty)
        {
            Query = null;
            return;
        }

        if (!check.IsValid)
        {
            Error = "检索词" + check.Message;
            Query = check.Problem == InputTextProblem.InvalidCharacters ? "" : Query?.Trim();
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        Query = check.Text;

        if (!retriever.IsReady)
        {
            Error = "资料索引正在加载，请稍后再试";
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        Hits = await retriever.SearchAsync(Query, Top, cancellationToken);
        Terms = ConsoleQueryTerms.Of(retriever, words, Query);
        var typed = Query;
        ContainsQuery = Hits.Any(h => h.Passage.Text.Contains(typed, StringComparison.OrdinalIgnoreCase));
    }
}
