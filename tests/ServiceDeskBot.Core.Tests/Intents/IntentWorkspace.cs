using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Intents;
using ServiceDeskBot.Core.Storage;

namespace ServiceDeskBot.Core.Tests.Intents;

/// <summary>
/// A temp seeds folder holding a small copy of the utterances (so training is quick) and an empty data folder.
/// </summary>
public sealed class IntentWorkspace : IDisposable
{
    private readonly TempDirectory _root = new();

    public IntentWorkspace(IntentTrainingSet utterances)
    {
        ArgumentNullException.ThrowIfNull(utterances);
        SeedsDirectory = Directory.CreateDirectory(System.IO.Path.Combine(_root.Path, "seeds")).FullName;
        DataDirectory = System.IO.Path.Combine(_root.Path, "data");
        UtterancesDirectory = Directory.CreateDirectory(System.IO.Path.Combine(SeedsDirectory, "intents")).FullName;
        foreach (var group in utterances.Utterances.GroupBy(u => u.Label))
        {
            File.WriteAllLines(UtteranceFile(group.Key), ["# copied for a test", .. group.Select(u => u.Text)]);
        }

        Paths = new DataPaths(new StorageOptions { DataDirectory = DataDirectory, SeedsDirectory = SeedsDirectory }, _root.Path);
    }

    public string SeedsDirectory { get; }

    public string DataDirectory { get; }

    public string UtterancesDirectory { get; }

    public DataPaths Paths { get; }

    public string UtteranceFile(string label) => System.IO.Path.Combine(UtterancesDirectory, label + ".txt");

    public IntentModelStore CreateStore() =>
        new(Paths, Options.Create(new IntentOptions()), NullLogger<IntentModelStore>.Instance);

    public void Dispose() => _root.Dispose();
}
