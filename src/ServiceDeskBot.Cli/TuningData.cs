using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Core.Evaluation;
using ServiceDeskBot.Core.Intents;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Retrieval;
using ServiceDeskBot.Core.Storage;

namespace ServiceDeskBot.Cli;

/// <summary>Gathers everything we tune on (calibration sets, chats, synonym and paraphrase groups, intent utterances) for the dev-overlap check.</summary>
internal static class TuningData
{
    public static DevOverlapReport CheckAgainstDev(IServiceProvider services, string devPath, string calibrationDirectory)
    {
        var questions = new List<TuningQuestion>();
        foreach (var file in Directory.EnumerateFiles(calibrationDirectory, "*.jsonl").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (EvalSet.IsChatSet(file))
            {
                foreach (var chat in EvalSet.LoadChats(file))
                {
                    questions.AddRange(chat.Turns.Select((t, i) => new TuningQuestion($"{name} {chat.Id}#{i + 1}", t, i == chat.Turns.Count - 1 ? chat.Evidence : null)));
                }
            }
            else
            {
                questions.AddRange(EvalSet.Load(file).Select(item => new TuningQuestion($"{name} {item.Id}", item.Question, item.Evidence)));
            }
        }

        questions.AddRange(services.GetRequiredService<IntentModelStore>().LoadTrainingSet().Utterances
            .Select(u => new TuningQuestion($"intents/{u.Label}.txt", u.Text, null)));
        var synonyms = services.GetRequiredService<SynonymCatalog>().SeedGroups()
            .Select(g => (IReadOnlyList<string>)g.Split(','))
            .ToList();
        // The paraphrase list is written by us as the synonyms are: it must not bridge a dev question to its passage either.
        var paraphrases = services.GetRequiredService<DataPaths>().InSeeds(services.GetRequiredService<IOptions<RetrievalOptions>>().Value.ParaphrasesFile);
        if (File.Exists(paraphrases))
        {
            synonyms.AddRange(WordVariants.ParaphraseGroups(File.ReadAllLines(paraphrases, System.Text.Encoding.UTF8)));
        }
        return DevSetOverlap.Check(EvalSet.Load(devPath), questions, synonyms);
    }
}
