using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Ingestion.Formats;
using ServiceDeskBot.Core.Ingestion.Screening;
using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Core.Ingestion;

/// <summary>
/// The corpus as admins manage it, for the admin pages and the documents API alike: documents as rows (original
/// bytes and extracted text per revision, metadata, availability), upload checks and previews, replacement with a
/// version history, deletion, and re-indexing without a restart. Every change is audited in the acting user's name
/// and reaches the index through <see cref="DataChangeSignal"/>; the calls here also wait for this node's index.
/// </summary>
public sealed partial class CorpusLibrary(
    IDbContextFactory<ServiceDeskDbContext> dbFactory,
    PassageIndexLoader loader,
    DocumentAvailability availability,
    DocumentCatalog catalog,
    ImportScreening screening,
    IOptions<CorpusOptions> options,
    IOptions<RetrievalOptions> retrievalOptions,
    TimeProvider time,
    ILogger<CorpusLibrary> logger)
{
    private const int MaxFileNameLength = 100;
    private static readonly JsonSerializerOptions AuditJson = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Documents not deleted, seeds first, each with its current revision's metadata.</summary>
    public async Task<IReadOnlyList<CorpusEntry>> ListAsync(CancellationToken cancellationToken)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var entries = await Entries(db, d => d.DeletedAt == null).ToListAsync(cancellationToken).ConfigureAwait(false);
            return entries.OrderBy(e => e.Document.IsSeed ? 0 : 1).ThenBy(e => e.Document.FileName, StringComparer.Ordinal).ToList();
        }
    }

    /// <summary>Documents admins deleted, most recent first: their rows and revisions stay, and an upload of the same name brings one back.</summary>
    public async Task<IReadOnlyList<CorpusEntry>> ListDeletedAsync(CancellationToken cancellationToken)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var entries = await Entries(db, d => d.DeletedAt != null).ToListAsync(cancellationToken).ConfigureAwait(false);
            return entries.OrderByDescending(e => e.Document.DeletedAt).ToList();
        }
    }

    /// <summary>A document not deleted, or null.</summary>
    public async Task<CorpusEntry?> FindAsync(int id, CancellationToken cancellationToken)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await Entries(db, d => d.Id == id && d.DeletedAt == null).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The current text of the document cited as <paramref name="fileName"/>, or null.</summary>
    public async Task<(CorpusEntry Entry, string Text)?> FindTextAsync(string fileName, CancellationToken cancellationToken)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var entry = await Entries(db, d => d.FileName == fileName && d.DeletedAt == null).FirstOrDefaultAsync(cancellationToken)
                .ConfigureAwait(false);
            if (entry?.Revision is null)
            {
                return null;
            }

            var text = await db.CorpusDocumentRevisions.Where(r => r.Id == entry.Revision.Id).Select(r => r.Text)
                .FirstAsync(cancellationToken).ConfigureAwait(false);
            return (entry, text);
        }
    }

    /// <summary>Every revision of a document, newest first, without their bytes and texts.</summary>
    public async Task<IReadOnlyList<CorpusDocumentRevision>> GetRevisionsAsync(int id, CancellationToken cancellationToken)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.CorpusDocumentRevisions.AsNoTracking().Where(r => r.DocumentId == id).OrderByDescending(r => r.Number)
                .Select(r => new CorpusDocumentRevision
                {
                    Id = r.Id, DocumentId = r.DocumentId, Number = r.Number, FileName = r.FileName, ContentHash = r.ContentHash,
                    UploadedBy = r.UploadedBy, UploadedAt = r.UploadedAt,
                })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Whether a document is cited as current today: enabled, not deleted, not awaiting review, within its validity
    /// dates and not replaced by a newer document in force.
    /// </summary>
    public bool IsInForce(CorpusEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Policy.IsInForce(availability.Today) && Validity(entry).Standing == DocumentStanding.InForce;
    }

    /// <summary>The document's standing today as the answer pipeline sees it, with the document that replaces it.</summary>
    public DocumentValidity Validity(CorpusEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return catalog.Validity(entry.Document.FileName, availability.Today);
    }

    /// <summary><c>active</c>, <c>disabled</c>, <c>review</c>, <c>pending</c>, <c>expired</c> or <c>superseded</c> today.</summary>
    public string StatusOf(CorpusEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var status = entry.StatusOn(availability.Today);
        return status is "active" or "expired" && Validity(entry).Standing == DocumentStanding.Superseded ? "superseded" : status;
    }

    /// <summary>
    /// Checks an upload: at most the size limit, a plain file name (no folders, no "..", no control characters) of a
    /// type the corpus takes, readable by its format's reader within the read limits, with some text that cleaning
    /// keeps, and (unless it replaces document <paramref name="replacing"/>) a name no document has yet. A refusal
    /// carries the reader's message and the problem that decides the status (415, 413, 422 or 400).
    /// </summary>
    public async Task<UploadCheck> CheckAsync(string? fileName, byte[] content, int? replacing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length > options.Value.MaxUploadBytes)
        {
            return UploadCheck.Refuse($"文件过大：不能超过 {options.Value.MaxUploadBytes / 1024} KB。", UploadProblem.TooLarge);
        }

        var name = (fileName ?? "").Trim();
        if (!IsSafeFileName(name))
        {
            return UploadCheck.Refuse("文件名不合法：只能包含中英文、数字、空格、下划线、连字符和括号，且不能包含路径。");
        }

        if (DocumentText.RefuseByName(name) is { } unsupported)
        {
            return UploadCheck.Refuse(unsupported.Error, unsupported.Problem);
        }

        if (content.Length == 0)
        {
            return UploadCheck.Refuse("文件为空（0 字节）。");
        }

        if (replacing is null && await NameTakenAsync(name, cancellationToken).ConfigureAwait(false))
        {
            return UploadCheck.Refuse($"资料库中已有同名文件“{name}”，请改名后再上传。", UploadProblem.Duplicate);
        }

        // Reading is CPU-bound (a 50-page PDF takes a fraction of a second) and bounded by the read limits.
        var limits = ReadLimits;
        var (document, problem, error) = await Task.Run(() => DocumentText.Extract(name, content, limits, cancellationToken), cancellationToken)
            .ConfigureAwait(false);
        if (document is null)
        {
            return UploadCheck.Refuse(error!, problem ?? UploadProblem.Invalid);
        }

        if (string.IsNullOrWhiteSpace(document.Text))
        {
            return UploadCheck.Refuse("文件中没有可读取的文字。");
        }

        var preview = Preview(name, document.Text);
        if (preview.Passages.Count == 0)
        {
            return UploadCheck.Refuse("文件清洗后没有可检索的正文。");
        }

        // Plain text and Markdown name no title of their own: the headline cleaning finds stands as the extracted one,
        // so catalogue, citations and the supersession rule see the title citizens see.
        if (document.Title is null && preview.Document.Title is { Length: > 0 } headline)
        {
            document = document with { Title = headline };
        }

        return UploadCheck.Accept(name, content, document) with { Flags = screening.Screen(document.Text) };
    }

    /// <summary>The caps every document is read under (<c>Corpus:Max*</c>).</summary>
    public DocumentReadLimits ReadLimits => DocumentReadLimits.From(options.Value);

    /// <summary>Whether a name may be stored and cited as given: short, no path, no control or markup characters.</summary>
    public static bool IsSafeFileName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Length > 0 && name.Length <= MaxFileNameLength && SafeFileName().IsMatch(name) && !name.Contains("..", StringComparison.Ordinal);
    }

    /// <summary>Cleans and splits a text exactly as indexing will.</summary>
    public CorpusPreview Preview(string fileName, string text)
    {
        var document = TextCleaner.Clean(fileName, text);
        return new CorpusPreview(document, new PassageSplitter(retrievalOptions.Value.MaxPassageChars).Split(document));
    }

    /// <summary>The preview of a stored document's current text, with the headline in effect.</summary>
    public async Task<CorpusPreview?> PreviewStoredAsync(CorpusEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var stored = await FindTextAsync(entry.Document.FileName, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return null;
        }

        var preview = Preview(entry.Document.FileName, stored.Value.Text);
        return string.IsNullOrWhiteSpace(entry.Title)
            ? preview
            : preview with { Passages = preview.Passages.Select(p => p with { Title = entry.Title.Trim() }).ToList() };
    }

    /// <summary>
    /// Stores an accepted upload as a new document (or brings back a deleted one of that name, keeping its id and
    /// history), audits it and waits until this node's index holds it. Null when another upload (on any node) took the
    /// name since the check.
    /// </summary>
    public Task<CorpusEntry?> AddAsync(UploadCheck upload, string uploadedBy, CancellationToken cancellationToken) =>
        AddAsync(upload, uploadedBy, refreshIndex: true, cancellationToken);

    /// <summary>
    /// <see cref="AddAsync(UploadCheck, string, CancellationToken)"/>, but with <paramref name="refreshIndex"/> false
    /// the index is left as it is: a caller adding many documents builds it once at the end
    /// (<see cref="RefreshIndexAsync"/>) instead of once per file.
    /// </summary>
    public async Task<CorpusEntry?> AddAsync(UploadCheck upload, string uploadedBy, bool refreshIndex, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        if (!upload.IsAccepted)
        {
            throw new ArgumentException("Only an accepted upload can be added.", nameof(upload));
        }

        var now = time.GetUtcNow();
        CorpusDocument? document;
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (tx.ConfigureAwait(false))
            {
                document = await db.CorpusDocuments.FirstOrDefaultAsync(d => d.FileName == upload.FileName && d.DeletedAt != null, cancellationToken)
                    .ConfigureAwait(false);
                var number = 1;
                if (document is null)
                {
                    // An upload is taken for an official document (no "news report" caution) unless an admin says otherwise.
                    document = new CorpusDocument { FileName = upload.FileName!, SourceKind = DocumentDescription.Official };
                    db.CorpusDocuments.Add(document);
                }
                else
                {
                    number = await NextRevisionAsync(db, document.Id, cancellationToken).ConfigureAwait(false);
                    document.DeletedAt = null;
                    document.Enabled = true;
                }

                document.UploadedBy = uploadedBy;
                document.UploadedAt = now;
                SetContent(document, upload, number);
                try
                {
                    await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (DbUpdateException)
                {
                    // The unique file name: a concurrent upload of the same name won.
                    return null;
                }

                db.CorpusDocumentRevisions.Add(NewRevision(document.Id, number, upload, uploadedBy, now));
                AuditTrail.Add(db, now, uploadedBy, AuditEntityTypes.Document, Id(document), CurationAction.Create,
                    $"上传文档“{document.FileName}”（{upload.Content!.Length} 字节，{document.PassageCount} 段）", after: document.ContentHash);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
                LogUploaded(logger, document.FileName, uploadedBy);
            }

            if (refreshIndex)
            {
                await loader.RefreshAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            }

            return await FindAsync(document.Id, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Replaces the content of document <paramref name="id"/> with an accepted upload as a new revision (same id, same
    /// citation name, metadata kept); null when there is no such document.
    /// </summary>
    public async Task<CorpusEntry?> ReplaceAsync(int id, UploadCheck upload, string uploadedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        if (!upload.IsAccepted)
        {
            throw new ArgumentException("Only an accepted upload can replace a document.", nameof(upload));
        }

        var now = time.GetUtcNow();
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (tx.ConfigureAwait(false))
            {
                var document = await db.CorpusDocuments.FirstOrDefaultAsync(d => d.Id == id && d.DeletedAt == null, cancellationToken).ConfigureAwait(false);
                if (document is null)
                {
                    return null;
                }

                var before = document.ContentHash;
                var number = await NextRevisionAsync(db, id, cancellationToken).ConfigureAwait(false);
                SetContent(document, upload, number);
                db.CorpusDocumentRevisions.Add(NewRevision(id, number, upload with { FileName = document.FileName }, uploadedBy, now));
                AuditTrail.Add(db, now, uploadedBy, AuditEntityTypes.Document, Id(document), CurationAction.Replace,
                    $"替换文档“{document.FileName}”的文件（第 {number} 版，来自“{upload.FileName}”）", before, document.ContentHash);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            await loader.RefreshAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return await FindAsync(id, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Saves metadata if nobody changed the document since <see cref="CorpusDocumentEdit.ConcurrencyStamp"/>, audited
    /// with the values before and after; the change reaches searches at once (availability) and the index right after.
    /// </summary>
    public async Task<CorpusEditOutcome> UpdateAsync(int id, CorpusDocumentEdit edit, string author, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edit);
        if ((edit.EffectiveOn is { } from && edit.ExpiresOn is { } to && to < from)
            || edit.SupersededById == id
            || edit.SourceKind is not (null or SourceKinds.Official or SourceKinds.News or SourceKinds.Other))
        {
            return CorpusEditOutcome.Invalid;
        }

        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var document = await db.CorpusDocuments.FirstOrDefaultAsync(d => d.Id == id && d.DeletedAt == null, cancellationToken).ConfigureAwait(false);
            if (document is null)
            {
                return CorpusEditOutcome.NotFound;
            }

            if (edit.SupersededById is > 0 and var successor
                && !await db.CorpusDocuments.AnyAsync(d => d.Id == successor && d.DeletedAt == null, cancellationToken).ConfigureAwait(false))
            {
                return CorpusEditOutcome.Invalid;
            }

            // The stamp the admin's form was rendered from is what the save is checked against, not the one just read.
            db.Entry(document).Property(d => d.ConcurrencyStamp).OriginalValue = edit.ConcurrencyStamp;
            var before = Describe(document);
            document.TitleOverride = Blank(edit.TitleOverride);
            document.IssuingBody = Blank(edit.IssuingBody);
            document.DocumentNumber = Blank(edit.DocumentNumber);
            document.IssuedOn = edit.IssuedOn;
            document.EffectiveOn = edit.EffectiveOn;
            document.ExpiresOn = edit.ExpiresOn;
            document.Enabled = edit.Enabled;
            if (edit.SourceKind is { } kind)
            {
                document.SourceKind = kind == SourceKinds.Other ? null : kind;
            }

            if (edit.SupersededById is { } supersededBy)
            {
                document.SupersededById = supersededBy == 0 ? null : supersededBy;
            }

            AuditTrail.Add(db, time.GetUtcNow(), author, AuditEntityTypes.Document, Id(document), CurationAction.Edit,
                $"修改文档“{document.FileName}”的属性", before, Describe(document));
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateConcurrencyException)
            {
                return CorpusEditOutcome.Conflict;
            }
        }

        await loader.RefreshAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        return CorpusEditOutcome.Saved;
    }

    /// <summary>
    /// Approves the current revision of a flagged document for quoting, if nobody changed the document since
    /// <paramref name="expectedStamp"/>; audited with the flags the admin saw. A later revision is screened afresh.
    /// </summary>
    public async Task<CorpusEditOutcome> ApproveAsync(int id, Guid expectedStamp, string author, CancellationToken cancellationToken)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var entry = await Entries(db, d => d.Id == id && d.DeletedAt == null).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            var document = await db.CorpusDocuments.FirstOrDefaultAsync(d => d.Id == id && d.DeletedAt == null, cancellationToken).ConfigureAwait(false);
            if (entry is null || document is null)
            {
                return CorpusEditOutcome.NotFound;
            }

            if (!entry.AwaitingReview)
            {
                return CorpusEditOutcome.Invalid;
            }

            db.Entry(document).Property(d => d.ConcurrencyStamp).OriginalValue = expectedStamp;
            document.ApprovedRevision = document.CurrentRevision;
            var flags = string.Join("；", entry.Flags.Select(f => $"{ReviewFlagKinds.Label(f.Kind)}“{f.Match}”"));
            AuditTrail.Add(db, time.GetUtcNow(), author, AuditEntityTypes.Document, Id(document), CurationAction.Approve,
                $"审核通过文档“{document.FileName}”第 {document.CurrentRevision} 版（{flags}）", entry.Revision!.ReviewFlags, Describe(document));
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateConcurrencyException)
            {
                return CorpusEditOutcome.Conflict;
            }
        }

        await loader.RefreshAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        return CorpusEditOutcome.Saved;
    }

    /// <summary>
    /// Deletes document <paramref name="id"/> from the corpus (its row and history stay, so a seed is not imported again);
    /// a given <paramref name="expectedStamp"/> must match.
    /// </summary>
    public async Task<CorpusEditOutcome> DeleteAsync(int id, Guid? expectedStamp, string author, CancellationToken cancellationToken)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var document = await db.CorpusDocuments.FirstOrDefaultAsync(d => d.Id == id && d.DeletedAt == null, cancellationToken).ConfigureAwait(false);
            if (document is null)
            {
                return CorpusEditOutcome.NotFound;
            }

            if (expectedStamp is { } stamp)
            {
                db.Entry(document).Property(d => d.ConcurrencyStamp).OriginalValue = stamp;
            }

            var now = time.GetUtcNow();
            document.DeletedAt = now;
            AuditTrail.Add(db, now, author, AuditEntityTypes.Document, Id(document), CurationAction.Delete, $"删除文档“{document.FileName}”",
                Describe(document));
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateConcurrencyException)
            {
                return CorpusEditOutcome.Conflict;
            }
        }

        await loader.RefreshAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        return CorpusEditOutcome.Saved;
    }

    /// <summary>
    /// Builds a fresh index of the current corpus beside the one in use and swaps it in; searches keep running on
    /// the old index until the swap. Audited in <paramref name="author"/>'s name once the new index serves.
    /// </summary>
    public async Task RebuildAsync(string author, CancellationToken cancellationToken)
    {
        var index = await loader.RefreshAsync(forceRebuild: true, cancellationToken).ConfigureAwait(false);
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            AuditTrail.Add(db, time.GetUtcNow(), author, AuditEntityTypes.SearchIndex, "passages", CurationAction.Rebuild,
                FormattableString.Invariant($"重建检索索引：{index.Count} 个段落"));
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Brings the index in line with the database, building only when the corpus changed.</summary>
    public Task RefreshIndexAsync(CancellationToken cancellationToken) => loader.RefreshAsync(cancellationToken: cancellationToken);

    /// <summary>SHA-256 of a file's bytes, as stored on each revision.</summary>
    public static string HashOf(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    // Rows (those matching the filter) with their current revision's metadata, bytes and text left out.
    internal static IQueryable<CorpusEntry> Entries(ServiceDeskDbContext db, System.Linq.Expressions.Expression<Func<CorpusDocument, bool>>? filter = null) =>
        from d in db.CorpusDocuments.AsNoTracking().Where(filter ?? (_ => true))
        join r in db.CorpusDocumentRevisions.AsNoTracking() on new { DocumentId = d.Id, Number = d.CurrentRevision } equals new { r.DocumentId, r.Number }
            into revisions
        from r in revisions.DefaultIfEmpty()
        select new CorpusEntry(d, r == null ? null : new CorpusDocumentRevision
        {
            Id = r.Id,
            DocumentId = r.DocumentId,
            Number = r.Number,
            FileName = r.FileName,
            ContentHash = r.ContentHash,
            ExtractedTitle = r.ExtractedTitle,
            ExtractedDocumentNumber = r.ExtractedDocumentNumber,
            ExtractedIssuingBody = r.ExtractedIssuingBody,
            ExtractedIssuedOn = r.ExtractedIssuedOn,
            ExtractedEffectiveOn = r.ExtractedEffectiveOn,
            ExtractedExpiresOn = r.ExtractedExpiresOn,
            ExtractedRepeals = r.ExtractedRepeals,
            ReviewFlags = r.ReviewFlags,
            UploadedBy = r.UploadedBy,
            UploadedAt = r.UploadedAt,
        });

    internal static CorpusDocumentRevision NewRevision(int documentId, int number, UploadCheck upload, string? uploadedBy, DateTimeOffset at) => new()
    {
        DocumentId = documentId,
        Number = number,
        FileName = upload.FileName!,
        Content = upload.Content!,
        ContentHash = HashOf(upload.Content!),
        Text = upload.Document!.Text,
        ExtractedTitle = upload.Document.Title,
        ExtractedDocumentNumber = upload.Document.DocumentNumber,
        ExtractedIssuingBody = upload.Document.IssuingBody,
        ExtractedIssuedOn = upload.Document.IssuedOn,
        ExtractedEffectiveOn = upload.Document.EffectiveOn,
        ExtractedExpiresOn = upload.Document.ExpiresOn,
        ExtractedRepeals = upload.Document.Repeals.Count == 0 ? null : string.Join('\n', upload.Document.Repeals),
        ReviewFlags = ReviewFlag.Serialize(upload.Flags),
        UploadedBy = uploadedBy,
        UploadedAt = at,
    };

    internal void SetContent(CorpusDocument document, UploadCheck upload, int number)
    {
        document.CurrentRevision = number;
        document.ContentHash = HashOf(upload.Content!);
        document.PassageCount = Preview(document.FileName, upload.Document!.Text).Passages.Count;
    }

    internal static async Task<int> NextRevisionAsync(ServiceDeskDbContext db, int documentId, CancellationToken cancellationToken) =>
        1 + await db.CorpusDocumentRevisions.Where(r => r.DocumentId == documentId).Select(r => (int?)r.Number).MaxAsync(cancellationToken)
            .ConfigureAwait(false) ?? 1;

    private async Task<bool> NameTakenAsync(string name, CancellationToken cancellationToken)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            // Compared without case in memory: SQLite and PostgreSQL disagree on case-insensitive comparison.
            var names = await db.CorpusDocuments.Where(d => d.DeletedAt == null).Select(d => d.FileName).ToListAsync(cancellationToken)
                .ConfigureAwait(false);
            return names.Contains(name, StringComparer.OrdinalIgnoreCase);
        }
    }

    private static string Describe(CorpusDocument d) => JsonSerializer.Serialize(
        new
        {
            title = d.TitleOverride,
            issuer = d.IssuingBody,
            docNumber = d.DocumentNumber,
            issuedOn = d.IssuedOn,
            effectiveFrom = d.EffectiveOn,
            expiresOn = d.ExpiresOn,
            enabled = d.Enabled,
            sourceKind = d.SourceKind,
            supersededBy = d.SupersededById,
            approvedRevision = d.ApprovedRevision,
        },
        AuditJson);

    private static string Id(CorpusDocument document) => document.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    // Letters (any script), digits, spaces, '_', '-', '.', and ASCII or full-width brackets: enough for real document
    // names, and nothing that a file system reads as a path.
    [GeneratedRegex(@"^[\p{L}\p{N}_\-\. ()（）【】]+$")]
    private static partial Regex SafeFileName();

    [LoggerMessage(Level = LogLevel.Information, Message = "Corpus document {FileName} uploaded by {User}")]
    private static partial void LogUploaded(ILogger logger, string fileName, string? user);
}
