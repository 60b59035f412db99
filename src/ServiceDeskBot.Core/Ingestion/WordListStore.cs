using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Retrieval;
using ServiceDeskBot.Core.Safety;
using ServiceDeskBot.Core.Storage;

namespace ServiceDeskBot.Core.Ingestion;

/// <summary>
/// The word lists admins edit (synonym groups, sensitive words), kept in the database so every node uses the same,
/// and applied to query expansion and the sensitive-word filter: at start, after each save (audited with the list
/// before and after) and whenever <see cref="DataChangeSignal"/> reports a list change. The seed synonyms stay a
/// read-only layer shipped with the release; the lists earlier versions kept in <c>data/lists/</c> are imported once.
/// </summary>
public sealed partial class WordListStore(
    IDbContextFactory<ServiceDeskDbContext> dbFactory,
    SynonymCatalog synonyms,
    SensitiveWordFilter sensitiveWords,
    DataChangeSignal signal,
    DataPaths paths,
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

        Apply(name, normalized);
    }

    /// <summary>Reads every list from the database and applies it.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var lists = await db.WordLists.AsNoTracking().ToDictionaryAsync(l => l.Name, l => l.Text, StringComparer.Ordinal, cancellationToken)
                .ConfigureAwait(false);
            Apply(WordList.Synonyms, lists.GetValueOrDefault(WordList.Synonyms, ""));
            Apply(WordList.SensitiveWords, lists.GetValueOrDefault(WordList.SensitiveWords, ""));
            Apply(WordList.SensitiveWordsAllowed, lists.GetValueOrDefault(WordList.SensitiveWordsAllowed, ""));
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
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown word list."),
    };

    private static string DisplayName(string name) => name switch
    {
        WordList.Synonyms => "同义词",
        WordList.SensitiveWords => "敏感词",
        _ => "敏感词例外",
    };

    private void Apply(string name, string text)
    {
        switch (name)
        {
            case WordList.Synonyms:
                synonyms.Apply(text);
                break;
            case WordList.SensitiveWords:
                sensitiveWords.Use(text.Split('\n'));
                break;
            default:
                sensitiveWords.UseAllowed(text.Split('\n'));
                break;
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
        catch (Exception ex) when (ex is DbException or InvalidOperationException)
        {
            LogReloadFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The word lists could not be reloaded from the database")]
    private static partial void LogReloadFailed(ILogger logger, Exception exception);
}
