using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Ingestion;
using ServiceDeskBot.Core.Retrieval;
using ServiceDeskBot.Core.Safety;

namespace ServiceDeskBot.Web.Features.Admin.Corpus;

public sealed class IndexModel(
    CorpusLibrary library,
    SynonymCatalog synonyms,
    SensitiveWordFilter sensitiveWords,
    PassageRetriever retriever,
    IOptions<CorpusOptions> options) : PageModel
{
    public IReadOnlyList<CorpusDocument> Documents { get; private set; } = [];

    public IReadOnlyList<string> SeedSynonyms { get; private set; } = [];

    public string AdminSynonyms { get; private set; } = "";

    public string SensitiveWords { get; private set; } = "";

    public string AllowedPhrases { get; private set; } = "";

    public int IndexedPassages { get; private set; }

    public string? Error { get; private set; }

    public string? UploadName { get; private set; }

    /// <summary>Set after "预览": what the upload would become, not yet stored.</summary>
    public CorpusPreview? Preview { get; private set; }

    [FromQuery(Name = "done")]
    public string? Done { get; set; }

    public int MaxUploadKb => options.Value.MaxUploadBytes / 1024;

    public bool IsInForce(CorpusDocument document) => library.IsInForce(document);

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        var check = await UploadReader.CheckAsync(library, file, options.Value.MaxUploadBytes, cancellationToken);
        if (!check.IsAccepted)
        {
            return await RefuseAsync(check, cancellationToken);
        }

        UploadName = check.FileName;
        Preview = library.Preview(check.FileName!, check.Text!);
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        var check = await UploadReader.CheckAsync(library, file, options.Value.MaxUploadBytes, cancellationToken);
        if (!check.IsAccepted)
        {
            return await RefuseAsync(check, cancellationToken);
        }

        var document = await library.AddAsync(check, User.Identity?.Name, cancellationToken);
        return RedirectToPage("Document", new { id = document.Id, done = "uploaded" });
    }

    public async Task<IActionResult> OnPostRebuildAsync(CancellationToken cancellationToken)
    {
        await library.RebuildAsync(cancellationToken);
        return RedirectToPage(new { done = "rebuilt" });
    }

    public IActionResult OnPostSynonyms(string? synonymsText)
    {
        synonyms.Save(synonymsText ?? "");
        return RedirectToPage(new { done = "synonyms" });
    }

    public IActionResult OnPostSensitiveWords(string? wordsText)
    {
        sensitiveWords.Save((wordsText ?? "").Split('\n'));
        return RedirectToPage(new { done = "words" });
    }

    public IActionResult OnPostAllowedPhrases(string? phrasesText)
    {
        sensitiveWords.SaveAllowed((phrasesText ?? "").Split('\n'));
        return RedirectToPage(new { done = "allowed" });
    }

    private async Task<IActionResult> RefuseAsync(UploadCheck check, CancellationToken cancellationToken)
    {
        Error = check.Error;
        await LoadAsync(cancellationToken);
        Response.StatusCode = UploadReader.StatusCodeFor(check);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Documents = await library.ListAsync(cancellationToken);
        SeedSynonyms = synonyms.SeedGroups();
        AdminSynonyms = synonyms.AdminText();
        SensitiveWords = string.Join('\n', sensitiveWords.Words);
        AllowedPhrases = string.Join('\n', sensitiveWords.AllowedPhrases);
        IndexedPassages = retriever.Index?.Count ?? 0;
    }
}
