using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Retrieval;
using ServiceDeskBot.Core.Safety;
using ServiceDeskBot.Core.Storage;

namespace ServiceDeskBot.Core.Ingestion;

/// <summary>
/// The word lists admins edit (synonym groups, sensitive words, place names), kept in the database so every node uses
/// the same, and applied to query expansion, the sensitive-word filter and the place gazetteer: at start, after each
/// save (audited with the list before and after) and whenever <see cref="DataChangeSignal"/> reports a list change.
/// The seed synonyms stay a read-only layer shipped with the release; the place list is seeded once from
/// <c>seeds/retrieval/places.txt</c> and is the admins' from then on (a changed list rebuilds the index, whose passages
/// carry their places); the lists earlier versions kept in <c>data/lists/</c> are imported once.
/// </summary>
public sealed partial class WordListStore(
    IDbContextFactory<ServiceDeskDbContext> dbFactory,
    SynonymCatalog synonyms,
    SensitiveWordFilter sensitiveWords,
    PlaceGazetteer places,
    PassageIndexLoader indexLoader,
    PassageRetriever retriever,
    DataChangeSignal signal,
    DataPaths paths,
    IOptions<RetrievalOptions> retrievalOptions,
    TimeProvider time,
    ILogger<WordListStore> logger) : IDataSeeder, IHostedService
{
    private static readonly Dictionary<string, string> LegacyFiles = new(StringComparer.Ordinal)
    {
        [WordList.Synonyms] = "lists/synonyms.txt",
        [WordList.SensitiveWords] = "lists/sensitive-words.txt",
        [WordList.SensitiveWordsAllowed] = "lists/sensitive-words-allowed.txt",
    };

    /// <summary>Saves a list in <paramref name="author"/>'s name and applies it on this node at once.</summary>
    public async Task SaveAsync(string name, string text, string author, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = Normalize(name, text);
        var now = time.GetUtcNow();
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var list = await db.WordLists.FindAsync([name], cancellationToken).ConfigureAwait(false);
            if (list is null)
            {
                list = new WordList { Name = name };
                db.WordLists.Add(list);
            }

            var before = list.Text;
            list.Text = normalized;
            list.UpdatedBy = author;
            list.UpdatedAt = now;
            var lines = normalized.Length == 0 ? 0 : normalized.Split('\n').Length;
            AuditTrail.Add(db, now, author, AuditEntityTypes.WordList, name, CurationAction.Edit,
                $"保存{DisplayName(name)}列表（{lines} 行）", before, normalized);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        await ApplyAsync(name, normalized, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads every list from the database and applies it.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var lists = await db.WordLists.AsNoTracking().ToDictionaryAsync(l => l.Name, l => l.Text, StringComparer.Ordinal, cancellationToken)
                .ConfigureAwait(false);
            await ApplyAsync(WordList.Synonyms, lists.GetValueOrDefault(WordList.Synonyms, ""), cancellationToken).ConfigureAwait(false);
            await ApplyAsync(WordList.SensitiveWords, lists.GetValueOrDefault(WordList.SensitiveWords, ""), cancellationToken).ConfigureAwait(false);
            await ApplyAsync(WordList.SensitiveWordsAllowed, lists.GetValueOrDefault(WordList.SensitiveWordsAllowed, ""), cancellationToken)
                .ConfigureAwait(false);
            if (lists.TryGetValue(WordList.Places, out var placeList))
            {
                // Without a row (a database the seeder has not reached yet) the seeds file's list stays in use.
                await ApplyAsync(WordList.Places, placeList, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Imports the lists of the old data-directory files when the database has none, then applies them.</summary>
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var known = await db.WordLists.Select(l => l.Name).ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var (name, file) in LegacyFiles)
            {
                var path = paths.InData(file);
                if (!known.Contains(name) && File.Exists(path))
                {
                    var text = await File.ReadAllTextAsync(path, Encoding.UTF8, cancellationToken).ConfigureAwait(false);
                    db.WordLists.Add(new WordList { Name = name, Text = Normalize(name, text), UpdatedAt = time.GetUtcNow() });
                }
            }

            var placesFile = paths.InSeeds(retrievalOptions.Value.PlacesFile);
            if (!known.Contains(WordList.Places) && File.Exists(placesFile))
            {
                var text = await File.ReadAllTextAsync(placesFile, Encoding.UTF8, cancellationToken).ConfigureAwait(false);
                db.WordLists.Add(new WordList { Name = WordList.Places, Text = PlaceGazetteer.Normalize(text), UpdatedAt = time.GetUtcNow() });
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        await LoadAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        signal.Changed += OnChanged;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        signal.Changed -= OnChanged;
        return Task.CompletedTask;
    }

    private static string Normalize(string name, string text) => name switch
    {
        WordList.Synonyms => SynonymCatalog.Normalize(text),
        WordList.SensitiveWords or WordList.SensitiveWordsAllowed => SensitiveWordFilter.Normalize(text),
        WordList.Places => PlaceGazetteer.Normalize(text),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown word list."),
    };

    private static string DisplayName(string name) => name switch
    {
        WordList.Synonyms => "同义词",
        WordList.SensitiveWords => "敏感词",
        WordList.Places => "地名",
        _ => "敏感词例外",
    };

    private async Task ApplyAsync(string name, string text, CancellationToken cancellationToken)
    {
        switch (name)
        {
            case WordList.Synonyms:
                synonyms.Apply(text);
                break;
            case WordList.SensitiveWords:
                sensitiveWords.Use(text.Split('\n'));
                break;
            case WordList.Places:
                await UsePlacesAsync(text, cancellationToken).ConfigureAwait(false);
                break;
            default:
                sensitiveWords.UseAllowed(text.Split('\n'));
                break;
        }
    }

    // Questions see the new list at once; the passages' places are part of the index, so a changed list is followed by
    // a rebuild (searches go on over the old build until the new one is in use). Before the first index load there is
    // nothing to rebuild: that load builds with this list.
    private async Task UsePlacesAsync(string text, CancellationToken cancellationToken)
    {
        var normalized = PlaceGazetteer.Normalize(text);
        if (normalized == places.Text)
        {
            return;
        }

        places.Use(PlaceGazetteer.Parse(normalized.Split('\n')));
        if (retriever.Index is not null)
        {
            await indexLoader.RefreshAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    private void OnChanged(DataChange changes)
    {
        if (changes.HasFlag(DataChange.WordLists))
        {
            _ = ReloadAsync();
        }
    }

    private async Task ReloadAsync()
    {
        try
        {
            await LoadAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or IOException)
        {
            LogReloadFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The word lists could not be reloaded from the database")]
    private static partial void LogReloadFailed(ILogger logger, Exception exception);
}
