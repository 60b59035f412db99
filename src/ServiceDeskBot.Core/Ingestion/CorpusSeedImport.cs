using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Storage;

namespace ServiceDeskBot.Core.Ingestion;

/// <summary>
/// Brings the seed corpus into the database at start, idempotently: a new seed file becomes a document, a changed one a
/// new revision of it, and <c>seeds/documents.json</c> (title, source kind, issuer per file) is applied as extracted
/// metadata, so an admin's own values keep winning. A seed an admin deleted stays deleted. Uploads kept as files by
/// earlier versions (<c>data/documents/</c>) are imported into their rows once.
/// </summary>
public sealed partial class CorpusSeedImport(
    IDbContextFactory<ServiceDeskDbContext> dbFactory,
    CorpusLibrary library,
    DataPaths paths,
    TimeProvider time,
    ILogger<CorpusSeedImport> logger) : IDataSeeder
{
    /// <summary>Optional file of seed metadata in the seeds directory.</summary>
    public const string MetadataFile = "documents.json";

    /// <summary>Where versions before the corpus moved into the database kept uploaded files (data directory).</summary>
    public const string LegacyUploadsFolder = "documents";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var metadata = await ReadMetadataAsync(cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var documents = await db.CorpusDocuments.ToDictionaryAsync(d => d.FileName, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
            var changed = 0;
            foreach (var file in CorpusLoader.ListDocuments(paths.SeedsDirectory))
            {
                var name = Path.GetFileName(file);
                var meta = metadata.GetValueOrDefault(name);
                documents.TryGetValue(name, out var document);
                if (document is { IsSeed: false })
                {
                    continue;
                }

                var content = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
                if (document is null)
                {
                    document = new CorpusDocument { FileName = name, IsSeed = true };
                    db.CorpusDocuments.Add(document);
                }

                changed += await ImportAsync(db, document, content, meta, null, now, cancellationToken).ConfigureAwait(false);
            }

            foreach (var document in documents.Values.Where(d => !d.IsSeed && d.CurrentRevision == 0))
            {
                var legacy = Path.Combine(paths.InData(LegacyUploadsFolder), document.FileName);
                if (File.Exists(legacy))
                {
                    var content = await File.ReadAllBytesAsync(legacy, cancellationToken).ConfigureAwait(false);
                    changed += await ImportAsync(db, document, content, null, document.UploadedBy, document.UploadedAt ?? now, cancellationToken)
                        .ConfigureAwait(false);
                }
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            if (changed > 0)
            {
                LogImported(logger, changed);
            }
        }
    }

    // Adds a revision when the bytes differ from the current one, and applies the seeds' metadata to the current
    // revision's extracted fields (never to the admin's).
    private async Task<int> ImportAsync(
        ServiceDeskDbContext db, CorpusDocument document, byte[] content, SeedDocument? meta, string? uploadedBy, DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        var changed = 0;
        if (document.DeletedAt is not null)
        {
            return 0;
        }

        CorpusDocumentRevision? current = null;
        if (document.Id != 0 && document.CurrentRevision > 0)
        {
            current = await db.CorpusDocumentRevisions.FirstOrDefaultAsync(r => r.DocumentId == document.Id && r.Number == document.CurrentRevision, cancellationToken)
                .ConfigureAwait(false);
        }

        if (current is null || current.ContentHash != CorpusLibrary.HashOf(content))
        {
            var (extracted, _, error) = DocumentText.Extract(document.FileName, content, library.ReadLimits, cancellationToken);
            if (extracted is null)
            {
                LogUnreadable(logger, document.FileName, error);
                return 0;
            }

            if (document.Id == 0)
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }

            var number = await CorpusLibrary.NextRevisionAsync(db, document.Id, cancellationToken).ConfigureAwait(false);
            var upload = UploadCheck.Accept(document.FileName, content, extracted);
            library.SetContent(document, upload, number);
            current = CorpusLibrary.NewRevision(document.Id, number, upload, uploadedBy, at);
            db.CorpusDocumentRevisions.Add(current);
            changed++;
        }

        if (meta is not null)
        {
            if (current.ExtractedTitle != Blank(meta.Title) || current.ExtractedIssuingBody != Blank(meta.Issuer))
            {
                current.ExtractedTitle = Blank(meta.Title);
                current.ExtractedIssuingBody = Blank(meta.Issuer);
                changed++;
            }

            if (document.SourceKind != Blank(meta.SourceKind))
            {
                document.SourceKind = Blank(meta.SourceKind);
                changed++;
            }
        }

        return changed;
    }

    private async Task<Dictionary<string, SeedDocument>> ReadMetadataAsync(CancellationToken cancellationToken)
    {
        var file = paths.InSeeds(MetadataFile);
        if (!File.Exists(file))
        {
            return [];
        }

        var stream = File.OpenRead(file);
        await using (stream.ConfigureAwait(false))
        {
            var entries = await JsonSerializer.DeserializeAsync<List<SeedDocument>>(stream, Json, cancellationToken).ConfigureAwait(false) ?? [];
            return entries.Where(e => !string.IsNullOrWhiteSpace(e.FileName))
                .DistinctBy(e => e.FileName, StringComparer.Ordinal)
                .ToDictionary(e => e.FileName, StringComparer.Ordinal);
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [LoggerMessage(Level = LogLevel.Information, Message = "Seed corpus imported: {Changes} documents, revisions or metadata changed")]
    private static partial void LogImported(ILogger logger, int changes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seed document {FileName} could not be read and was skipped: {Error}")]
    private static partial void LogUnreadable(ILogger logger, string fileName, string? error);
}
