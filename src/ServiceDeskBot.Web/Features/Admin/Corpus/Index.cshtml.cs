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
    PlaceGazetteer places,
    WordListStore wordLists,
    PassageRetriever retriever,
    PendingUploads pendingUploads,
    IOptions<CorpusOptions> options) : PageModel
{
    private Dictionary<string, string>? _headlines;

    public IReadOnlyList<CorpusEntry> Documents { get; private set; } = [];

    /// <summary>Deleted documents, whose history stays until a same-name upload brings them back.</summary>
    public IReadOnlyList<CorpusEntry> Deleted { get; private set; } = [];

    public IReadOnlyList<string> SeedSynonyms { get; private set; } = [];

    public string AdminSynonyms { get; private set; } = "";

    public string SensitiveWords { get; private set; } = "";

    public string AllowedPhrases { get; private set; } = "";

    /// <summary>The place list in use: one place per line, the canonical name first, then its aliases.</summary>
    public string Places { get; private set; } = "";

    public int IndexedPassages { get; private set; }

    public string? Error { get; private set; }

    public string? UploadName { get; private set; }

    /// <summary>The token of the previewed upload, posted back by 确认入库 instead of the file.</summary>
    public string? UploadToken { get; private set; }

    /// <summary>The bad lines of a refused synonym list, each naming its line.</summary>
    public IReadOnlyList<SynonymLineError> SynonymErrors { get; private set; } = [];

    /// <summary>Set after "预览": what the upload would become, not yet stored.</summary>
    public CorpusPreview? Preview { get; private set; }

    [FromQuery(Name = "done")]
    public string? Done { get; set; }

    public int MaxUploadKb => options.Value.MaxUploadBytes / 1024;

    public string StatusOf(CorpusEntry entry) => library.StatusOf(entry);

    /// <summary>
    /// The title a person knows the document by: the one set or extracted from its metadata, else the headline
    /// cleaning found (as the index cites it), else the file name.
    /// </summary>
    public string TitleOf(CorpusEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!string.IsNullOrWhiteSpace(entry.Title))
        {
            return entry.Title.Trim();
        }

        _headlines ??= (retriever.Index?.Passages ?? [])
            .GroupBy(p => p.Source, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Title, StringComparer.Ordinal);
        return _headlines.TryGetValue(entry.Document.FileName, out var headline) && !string.IsNullOrWhiteSpace(headline)
            ? headline
            : entry.Document.FileName;
    }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        var check = await UploadReader.CheckAsync(library, file, options.Value.MaxUploadBytes, replacing: null, cancellationToken);
        if (!check.IsAccepted)
        {
            return await RefuseAsync(check, cancellationToken);
        }

        UploadName = check.FileName;
        UploadToken = pendingUploads.Keep(check, CurationUser.NameOf(User));
        Preview = library.Preview(check.FileName!, check.Text!);
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        var check = await UploadReader.CheckAsync(library, file, options.Value.MaxUploadBytes, replacing: null, cancellationToken);
        return check.IsAccepted ? await StoreAsync(check, cancellationToken) : await RefuseAsync(check, cancellationToken);
    }

    /// <summary>确认入库 after a preview: stores the upload kept under the token, without choosing the file again.</summary>
    public async Task<IActionResult> OnPostConfirmAsync(string? uploadToken, CancellationToken cancellationToken)
    {
        if (pendingUploads.Take(uploadToken, CurationUser.NameOf(User)) is not { } check)
        {
            return await RefuseAsync(UploadCheck.Refuse("预览已过期或已入库，请重新选择文件并预览。"), cancellationToken);
        }

        return await StoreAsync(check, cancellationToken);
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
        await library.RebuildAsync(CurationUser.NameOf(User), cancellationToken);
        return RedirectToPage(new { done = "rebuilt" });
    }

    public async Task<IActionResult> OnPostSynonymsAsync(string? synonymsText, CancellationToken cancellationToken)
    {
        var errors = SynonymLines.Check(synonymsText ?? "");
        if (errors.Count > 0)
        {
            // Nothing is saved: the admin's text stays in the box with every bad line named.
            await LoadAsync(cancellationToken);
            SynonymErrors = errors;
            AdminSynonyms = synonymsText!;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

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

    public async Task<IActionResult> OnPostPlacesAsync(string? placesText, CancellationToken cancellationToken)
    {
        await wordLists.SaveAsync(WordList.Places, placesText ?? "", CurationUser.NameOf(User), cancellationToken);
        return RedirectToPage(new { done = "places" });
    }

    private async Task<IActionResult> StoreAsync(UploadCheck check, CancellationToken cancellationToken)
    {
        if (await library.AddAsync(check, CurationUser.NameOf(User), cancellationToken) is not { } document)
        {
            return await RefuseAsync(UploadCheck.Refuse($"资料库中已有同名文件“{check.FileName}”，请改名后再上传。", UploadProblem.Duplicate), cancellationToken);
        }

        return RedirectToPage("Document", new { id = document.Document.Id, done = "uploaded" });
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
        Deleted = await library.ListDeletedAsync(cancellationToken);
        SeedSynonyms = synonyms.SeedGroups();
        AdminSynonyms = synonyms.AdminText;
        SensitiveWords = string.Join('\n', sensitiveWords.Words);
        AllowedPhrases = string.Join('\n', sensitiveWords.AllowedPhrases);
        Places = places.Text;
        IndexedPassages = retriever.Index?.Count ?? 0;
    }
}
