using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Core.Ingestion;

/// <summary>
/// The corpus as the database holds it, the same for every node: the documents in force today with the headline in
/// effect. Reading it also hands retrieval the current document policies, checked on every search.
/// </summary>
public sealed class DatabaseCorpus(IDbContextFactory<ServiceDeskDbContext> dbFactory, DocumentAvailability availability) : ICorpusSource
{
    public async Task<CorpusSnapshot> ReadAsync(CancellationToken cancellationToken)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var entries = await CorpusLibrary.Entries(db).ToListAsync(cancellationToken).ConfigureAwait(false);
            availability.Use(entries.Select(e => e.Policy));
            var today = availability.Today;
            var inForce = entries
                .Where(e => e.Revision is not null && e.Policy.IsInForce(today))
                .OrderBy(e => e.Document.FileName, StringComparer.Ordinal)
                .ToList();

            var version = new StringBuilder();
            foreach (var entry in inForce)
            {
                version.Append(entry.Document.FileName).Append('|').Append(entry.Revision!.ContentHash).Append('|').Append(entry.Title?.Trim()).Append('\n');
            }

            return new CorpusSnapshot(
                Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(version.ToString()))),
                inForce.Count,
                ct => ReadTextsAsync(inForce, ct));
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
            return entries.Select(e => new CorpusText(e.Document.FileName, texts[e.Revision!.Id], e.Title)).ToList();
        }
    }
}
