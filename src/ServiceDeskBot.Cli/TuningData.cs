using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Core.Evaluation;
using ServiceDeskBot.Core.Intents;
using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Cli;

/// <summary>Gathers everything we tune on (calibration sets, chats, synonym groups, intent utterances) for the dev-overlap check.</summary>
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
        return DevSetOverlap.Check(EvalSet.Load(devPath), questions, synonyms);
    }
}
