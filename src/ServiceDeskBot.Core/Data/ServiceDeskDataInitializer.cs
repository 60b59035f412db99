using System.Text.Json;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

using ServiceDeskBot.Core.Storage;
using ServiceDeskBot.Core.Templates;

namespace ServiceDeskBot.Core.Data;

/// <summary>
/// Imports the default templates and curated answers from <c>seeds/templates/</c> once, after the migrations; each seed
/// item is imported at most once in the database's life.
/// </summary>
public sealed partial class ServiceDeskDataInitializer(
    IDbContextFactory<ServiceDeskDbContext> dbFactory,
    DataPaths paths,
    TimeProvider time,
    ILogger<ServiceDeskDataInitializer> logger) : IDataSeeder
{
    /// <summary>File in <c>seeds/templates/</c> holding the example curated answers.</summary>
    public const string CuratedAnswersFile = "curated.json";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>Imports seed items not imported before.</summary>
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var imported = (await db.SeedImports.Select(s => s.Name).ToListAsync(cancellationToken).ConfigureAwait(false))
                .ToHashSet(StringComparer.Ordinal);
            var now = time.GetUtcNow();
            var directory = paths.InSeeds("templates");

            foreach (var key in TemplateKeys.All)
            {
                var marker = "template:" + key;
                var file = Path.Combine(directory, key + TemplateRenderer.FileExtension);
                if (!File.Exists(file))
                {
                    continue;
                }

                var body = await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false);
                if (imported.Contains(marker))
                {
                    // A template no admin ever saved (version 0) follows its seed file, so a corrected default (the
                    // complaint reply that claimed a record nobody kept) reaches existing installations too.
                    var untouched = await db.AnswerTemplates
                        .FirstOrDefaultAsync(t => t.Key == key && t.Version == 0, cancellationToken).ConfigureAwait(false);
                    if (untouched is not null && untouched.Body != body)
                    {
                        untouched.Body = body;
                        untouched.UpdatedAt = now;
                        untouched.ConcurrencyStamp = Guid.NewGuid();
                    }

                    continue;
                }

                if (!await db.AnswerTemplates.AnyAsync(t => t.Key == key, cancellationToken).ConfigureAwait(false))
                {
                    db.AnswerTemplates.Add(new AnswerTemplate { Key = key, Body = body, Enabled = true });
                }

                db.SeedImports.Add(new SeedImport { Name = marker, ImportedAt = now });
            }

            var curatedFile = Path.Combine(directory, CuratedAnswersFile);
            var curatedMarker = "curated:" + CuratedAnswersFile;
            if (!imported.Contains(curatedMarker) && File.Exists(curatedFile))
            {
                var stream = File.OpenRead(curatedFile);
                await using (stream.ConfigureAwait(false))
                {
                    var seeds = await JsonSerializer.DeserializeAsync<List<CuratedAnswerSeed>>(stream, JsonOptions, cancellationToken).ConfigureAwait(false) ?? [];
                    foreach (var seed in seeds)
                    {
                        db.CuratedAnswers.Add(new CuratedAnswer
                        {
                            Question = seed.Question,
                            AlternateQuestions = seed.AlternateQuestions ?? [],
                            Answer = seed.Answer,
                            CitedPassageIds = seed.CitedPassageIds ?? [],
                            Enabled = true,
                        });
                    }
                }

                db.SeedImports.Add(new SeedImport { Name = curatedMarker, ImportedAt = now });
            }

            var saved = await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            if (saved > 0)
            {
                LogSeedsImported(logger, saved, directory);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {Count} seed rows from {Directory}")]
    private static partial void LogSeedsImported(ILogger logger, int count, string directory);

    private sealed record CuratedAnswerSeed(string Question, List<string>? AlternateQuestions, string Answer, List<string>? CitedPassageIds);
}
