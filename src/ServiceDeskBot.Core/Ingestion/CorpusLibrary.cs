using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Core.Ingestion;

/// <summary>
/// The corpus as admins manage it: seed documents (read-only) and uploaded ones, their metadata rows, upload checks
/// and previews, and re-indexing without a restart (a new index is built beside the one in use, then swapped in).
/// </summary>
public sealed partial class CorpusLibrary(
    IDbContextFactory<ServiceDeskDbContext> dbFactory,
    PassageIndexLoader loader,
    PassageRetriever retriever,
    DocumentAvailability availability,
    IOptions<CorpusOptions> options,
    IOptions<RetrievalOptions> retrievalOptions,
    TimeProvider time,
    ILogger<CorpusLibrary> logger)
{
    private const int MaxFileNameLength = 100;
    private const string DocxExtension = ".docx";
    private static readonly string[] Extensions = [".txt", ".md"];
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Makes sure every corpus file has a metadata row, then gives retrieval the current policies.</summary>
    public async Task SyncAsync(CancellationToken cancellationToken)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var known = await db.CorpusDocuments.Select(d => d.FileName).ToListAsync(cancellationToken).ConfigureAwait(false);
            var uploadsRoot = Path.GetFullPath(loader.DocumentsDirectory);
            foreach (var file in loader.ListCorpusFiles(includeUnavailable: true).Where(f => !known.Contains(Path.GetFileName(f))))
            {
                db.CorpusDocuments.Add(new CorpusDocument
                {
                    FileName = Path.GetFileName(file),
                    IsSeed = !Path.GetFullPath(file).StartsWith(uploadsRoot, StringComparison.Ordinal),
                });
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        await RefreshAvailabilityAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<CorpusDocument>> ListAsync(CancellationToken cancellationToken)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.CorpusDocuments.AsNoTracking().OrderBy(d => d.IsSeed ? 0 : 1).ThenBy(d => d.FileName)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<CorpusDocument?> FindAsync(int id, CancellationToken cancellationToken)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.CorpusDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Whether a document is cited today (enabled and within its validity dates).</summary>
    public bool IsInForce(CorpusDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.ToPolicy().IsInForce(availability.Today);
    }

    /// <summary>
    /// Checks an upload: a plain file name (no folders, no "..") ending in .txt or .md that no corpus document
    /// has yet, at most the size limit, valid UTF-8, and with some text that cleaning keeps. A .docx is accepted
    /// as the text of its paragraphs, to be stored as .txt.
    /// </summary>
    public UploadCheck Check(string? fileName, ReadOnlySpan<byte> content)
    {
        if (content.Length > options.Value.MaxUploadBytes)
        {
            return UploadCheck.Refuse($"文件过大：不能超过 {options.Value.MaxUploadBytes / 1024} KB。", tooLarge: true);
        }

        var name = (fileName ?? "").Trim();
        if (name.Length == 0 || name.Length > MaxFileNameLength || !SafeFileName().IsMatch(name) || name.Contains("..", StringComparison.Ordinal))
        {
            return UploadCheck.Refuse("文件名不合法：只能包含中英文、数字、空格、下划线、连字符和括号，且不能包含路径。");
        }

        var isDocx = string.Equals(Path.GetExtension(name), DocxExtension, StringComparison.OrdinalIgnoreCase);
        if (!isDocx && !Extensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase))
        {
            return UploadCheck.Refuse("不支持的文件类型：只能上传 .txt、.md 或 .docx 文件。");
        }

        // A .docx is stored as the plain text extracted from it, under the same name with .txt.
        if (isDocx)
        {
            name = Path.ChangeExtension(name, ".txt");
        }

        if (loader.ListCorpusFiles(includeUnavailable: true).Any(f => string.Equals(Path.GetFileName(f), name, StringComparison.OrdinalIgnoreCase)))
        {
            return UploadCheck.Refuse($"资料库中已有同名文件“{name}”，请改名后再上传。");
        }

        string text;
        if (isDocx)
        {
            if (DocxText.Extract(content) is not { } extracted)
            {
                return UploadCheck.Refuse("无法读取该 .docx 文件：文件可能已损坏或不是 Word 文档。");
            }

            text = extracted;
        }
        else
        {
            try
            {
                text = StrictUtf8.GetString(content);
            }
            catch (DecoderFallbackException)
            {
                return UploadCheck.Refuse("文件不是 UTF-8 编码：请用 UTF-8 编码另存后再上传。");
            }
        }

        text = text.TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(text))
        {
            return UploadCheck.Refuse("文件内容为空。");
        }

        return Preview(name, text).Passages.Count == 0
            ? UploadCheck.Refuse("文件清洗后没有可检索的正文。")
            : UploadCheck.Accept(name, text);
    }

    /// <summary>Cleans and splits a text exactly as indexing will.</summary>
    public CorpusPreview Preview(string fileName, string text)
    {
        var document = TextCleaner.Clean(fileName, MarkdownText.IsMarkdown(fileName) ? MarkdownText.ToPlain(text) : text);
        return new CorpusPreview(document, new PassageSplitter(retrievalOptions.Value.MaxPassageChars).Split(document));
    }

    /// <summary>The preview of a stored corpus document, or null when its file is gone.</summary>
    public CorpusPreview? PreviewStored(CorpusDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var file = loader.ListCorpusFiles(includeUnavailable: true)
            .FirstOrDefault(f => string.Equals(Path.GetFileName(f), document.FileName, StringComparison.Ordinal));
        if (file is null)
        {
            return null;
        }

        var preview = Preview(document.FileName, File.ReadAllText(file, Encoding.UTF8));
        return string.IsNullOrWhiteSpace(document.TitleOverride)
            ? preview
            : preview with { Passages = preview.Passages.Select(p => p with { Title = document.TitleOverride.Trim() }).ToList() };
    }

    /// <summary>Stores an accepted upload, records its metadata row and re-indexes; returns the new row.</summary>
    public async Task<CorpusDocument> AddAsync(UploadCheck upload, string? uploadedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        if (!upload.IsAccepted)
        {
            throw new ArgumentException("Only an accepted upload can be added.", nameof(upload));
        }

        Directory.CreateDirectory(loader.DocumentsDirectory);
        var path = Path.Combine(loader.DocumentsDirectory, upload.FileName!);
        var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        await using (stream.ConfigureAwait(false))
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes(upload.Text!), cancellationToken).ConfigureAwait(false);
        }

        var document = new CorpusDocument
        {
            FileName = upload.FileName!,
            UploadedBy = uploadedBy,
            UploadedAt = time.GetUtcNow(),
        };
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            db.CorpusDocuments.Add(document);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        LogUploaded(logger, document.FileName, uploadedBy);
        await RefreshAvailabilityAsync(cancellationToken).ConfigureAwait(false);
        await RebuildAsync(cancellationToken).ConfigureAwait(false);
        return document;
    }

    /// <summary>
    /// Saves metadata if nobody changed the document since <see cref="CorpusDocumentEdit.ConcurrencyStamp"/>; the
    /// change reaches searches at once (availability) and the index right after (re-index).
    /// </summary>
    public async Task<CorpusEditOutcome> UpdateAsync(int id, CorpusDocumentEdit edit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edit);
        if (edit.EffectiveOn is { } from && edit.ExpiresOn is { } to && to < from)
        {
            return CorpusEditOutcome.Invalid;
        }

        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var document = await db.CorpusDocuments.FirstOrDefaultAsync(d => d.Id == id, cancellationToken).ConfigureAwait(false);
            if (document is null)
            {
                return CorpusEditOutcome.NotFound;
            }

            // The stamp the admin's form was rendered from is what the save is checked against, not the one just read.
            db.Entry(document).Property(d => d.ConcurrencyStamp).OriginalValue = edit.ConcurrencyStamp;
            document.TitleOverride = Blank(edit.TitleOverride);
            document.IssuingBody = Blank(edit.IssuingBody);
            document.DocumentNumber = Blank(edit.DocumentNumber);
            document.EffectiveOn = edit.EffectiveOn;
            document.ExpiresOn = edit.ExpiresOn;
            document.Enabled = edit.Enabled;
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateConcurrencyException)
            {
                return CorpusEditOutcome.Conflict;
            }
        }

        await RefreshAvailabilityAsync(cancellationToken).ConfigureAwait(false);
        await RebuildAsync(cancellationToken).ConfigureAwait(false);
        return CorpusEditOutcome.Saved;
    }

    /// <summary>
    /// Builds a fresh index of the current corpus beside the one in use and swaps it in; searches keep running on
    /// the old index until the swap.
    /// </summary>
    public async Task RebuildAsync(CancellationToken cancellationToken)
    {
        var index = await Task.Run(() => loader.Load(forceRebuild: true), cancellationToken).ConfigureAwait(false);
        retriever.Use(index);
    }

    /// <summary>Loads the index for the current corpus, building it only when something changed, and swaps it in.</summary>
    public async Task RefreshIndexAsync(CancellationToken cancellationToken)
    {
        var index = await Task.Run(() => loader.Load(), cancellationToken).ConfigureAwait(false);
        retriever.Use(index);
    }

    private async Task RefreshAvailabilityAsync(CancellationToken cancellationToken)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var documents = await db.CorpusDocuments.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
            availability.Use(documents.Select(d => d.ToPolicy()));
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    // Letters (any script), digits, spaces, '_', '-', '.', and ASCII or full-width brackets: enough for real document
    // names, and nothing that a file system reads as a path.
    [GeneratedRegex(@"^[\p{L}\p{N}_\-\. ()（）【】]+$")]
    private static partial Regex SafeFileName();

    [LoggerMessage(Level = LogLevel.Information, Message = "Corpus document {FileName} uploaded by {User}")]
    private static partial void LogUploaded(ILogger logger, string fileName, string? user);
}
