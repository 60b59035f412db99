using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Core.Ingestion;

/// <summary>
/// The corpus as the database holds it, the same for every node: every document that may be indexed (enabled, not
/// deleted, not awaiting review) with the headline in effect, in force or not — whether one may answer as current is
/// decided per search (<see cref="DocumentAvailability"/>) and per turn (the validity step), so a document expiring at
/// midnight needs no rebuild and a question about it can be told so. Reading it also refreshes the
/// <see cref="DocumentCatalog"/> and the policies retrieval checks on every search.
/// </summary>
public sealed class DatabaseCorpus(IDbContextFactory<ServiceDeskDbContext> dbFactory, DocumentAvailability availability, DocumentCatalog catalog)
    : ICorpusSource
{
    public async Task<CorpusSnapshot> ReadAsync(CancellationToken cancellationToken)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var entries = await CorpusLibrary.Entries(db, d => d.DeletedAt == null).ToListAsync(cancellationToken).ConfigureAwait(false);
            var names = entries.ToDictionary(e => e.Document.Id, e => e.Document.FileName);
            catalog.Use(entries.Select(e => e.ToCatalog(e.Document.SupersededById is { } id ? names.GetValueOrDefault(id) : null)));
            var titles = entries.ToDictionary(e => e.Document.FileName, e => e.Title, StringComparer.Ordinal);
            availability.Use(catalog.Policies(source => titles.GetValueOrDefault(source)));
            var indexed = entries
                .Where(e => e.Searchable)
                .OrderBy(e => e.Document.FileName, StringComparer.Ordinal)
                .ToList();

            var version = new StringBuilder();
            foreach (var entry in indexed)
            {
                version.Append(entry.Document.FileName).Append('|').Append(entry.Revision!.ContentHash).Append('|').Append(entry.Title?.Trim())
                    .Append('|').Append(entry.DocumentNumber).Append('\n');
            }

            return new CorpusSnapshot(
                Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(version.ToString()))),
                indexed.Count,
                ct => ReadTextsAsync(indexed, ct));
        }
    }

    private async Task<IReadOnlyList<CorpusText>> ReadTextsAsync(List<CorpusEntry> entries, CancellationToken cancellationToken)
    {
        var ids = entries.Select(e => e.Revision!.Id).ToList();
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var texts = await db.CorpusDocumentRevisions.AsNoTracking().Where(r => ids.Contains(r.Id)).Select(r => new { r.Id, r.Text })
                .ToDictionaryAsync(r => r.Id, r => r.Text, cancellationToken).ConfigureAwait(false);
            return entries.Select(e => new CorpusText(e.Document.FileName, texts[e.Revision!.Id], e.Title) { DocumentNumber = e.DocumentNumber })
                .ToList();
        }
    }
}
