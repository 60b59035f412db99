using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Web.Features.Console;

/// <summary>Direct corpus search: what retrieval returns for a query, without the answer pipeline.</summary>
public sealed class SearchModel(PassageRetriever retriever) : PageModel
{
    public const int Top = 20;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<SearchHit> Hits { get; private set; } = [];

    public IReadOnlyList<string> Terms { get; private set; } = [];

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Query = Query?.Trim();
        if (string.IsNullOrEmpty(Query))
        {
            return;
        }

        if (Query.Length > IndexModel.MaxQuestionLength)
        {
            Error = $"检索词不能超过 {IndexModel.MaxQuestionLength} 个字符";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (!retriever.IsReady)
        {
            Error = "资料索引正在加载，请稍后再试";
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        Hits = await retriever.SearchAsync(Query, Top, cancellationToken);
        Terms = ConsoleQueryTerms.Of(retriever, Query);
    }
}
