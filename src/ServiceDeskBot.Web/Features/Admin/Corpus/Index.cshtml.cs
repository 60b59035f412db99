using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Ingestion;
using ServiceDeskBot.Core.Retrieval;
using ServiceDeskBot.Core.Safety;
using ServiceDeskBot.Web.Features.Admin.Curated;

namespace ServiceDeskBot.Web.Features.Admin.Corpus;

public sealed class IndexModel(
    CorpusLibrary library,
    SynonymCatalog synonyms,
    SensitiveWordFilter sensitiveWords,
    WordListStore wordLists,
    PassageRetriever retriever,
    IOptions<CorpusOptions> options) : PageModel
{
    public IReadOnlyList<CorpusEntry> Documents { get; private set; } = [];

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

    public string StatusOf(CorpusEntry entry) => library.StatusOf(entry);

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        var check = await UploadReader.CheckAsync(library, file, options.Value.MaxUploadBytes, replacing: null, cancellationToken);
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
        var check = await UploadReader.CheckAsync(library, file, options.Value.MaxUploadBytes, replacing: null, cancellationToken);
        if (!check.IsAccepted)
        {
            return await RefuseAsync(check, cancellationToken);
        }

        if (await library.AddAsync(check, CurationUser.NameOf(User), cancellationToken) is not { } document)
        {
            return await RefuseAsync(UploadCheck.Refuse($"资料库中已有同名文件“{check.FileName}”，请改名后再上传。", UploadProblem.Duplicate), cancellationToken);
        }

        return RedirectToPage("Document", new { id = document.Document.Id, done = "uploaded" });
    }

    /// <summary>Set after "批量入库": one line per file.</summary>
    public IReadOnlyList<BulkUploadLine> BulkResults { get; private set; } = [];

    /// <summary>Imports every file of a multi-file upload on its own: one refused file does not stop the others.</summary>
    public async Task<IActionResult> OnPostUploadManyAsync(List<IFormFile>? files, CancellationToken cancellationToken)
    {
        var lines = new List<BulkUploadLine>();
        foreach (var file in files ?? [])
        {
            var check = await UploadReader.CheckAsync(library, file, options.Value.MaxUploadBytes, replacing: null, cancellationToken);
            var name = check.FileName ?? file.FileName;
            if (!check.IsAccepted)
            {
                lines.Add(new BulkUploadLine(name, false, null, (check.Problem == UploadProblem.Duplicate ? "跳过（重复）：" : "失败：") + check.Error));
                continue;
            }

            lines.Add(await library.AddAsync(check, CurationUser.NameOf(User), cancellationToken) is { } entry
                ? new BulkUploadLine(name, true, entry.Document.Id, check.Flags.Count > 0 ? "已入库，待审核后才会被引用" : "已入库")
                : new BulkUploadLine(name, false, null, "跳过（重复）：资料库中已有同名文件"));
        }

        BulkResults = lines;
        if (lines.Count == 0)
        {
            Error = "请选择至少一个文件。";
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRebuildAsync(CancellationToken cancellationToken)
    {
        await library.RebuildAsync(cancellationToken);
        return RedirectToPage(new { done = "rebuilt" });
    }

    public async Task<IActionResult> OnPostSynonymsAsync(string? synonymsText, CancellationToken cancellationToken)
    {
        await wordLists.SaveAsync(WordList.Synonyms, synonymsText ?? "", CurationUser.NameOf(User), cancellationToken);
        return RedirectToPage(new { done = "synonyms" });
    }

    public async Task<IActionResult> OnPostSensitiveWordsAsync(string? wordsText, CancellationToken cancellationToken)
    {
        await wordLists.SaveAsync(WordList.SensitiveWords, wordsText ?? "", CurationUser.NameOf(User), cancellationToken);
        return RedirectToPage(new { done = "words" });
    }

    public async Task<IActionResult> OnPostAllowedPhrasesAsync(string? phrasesText, CancellationToken cancellationToken)
    {
        await wordLists.SaveAsync(WordList.SensitiveWordsAllowed, phrasesText ?? "", CurationUser.NameOf(User), cancellationToken);
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
        AdminSynonyms = synonyms.AdminText;
        SensitiveWords = string.Join('\n', sensitiveWords.Words);
        AllowedPhrases = string.Join('\n', sensitiveWords.AllowedPhrases);
        IndexedPassages = retriever.Index?.Count ?? 0;
    }
}
