using System.Security.Cryptography;
using System.Text;

namespace ServiceDeskBot.Core.Intents;

/// <summary>
/// The labelled utterances read from a folder holding one UTF-8 file per label (<c>question.txt</c>,
/// <c>greeting.txt</c>, ...), one utterance per line, <c>#</c> starting a comment line.
/// </summary>
public sealed class IntentTrainingSet
{
    // Bump when the features or trainer change, so models saved by an older build are retrained
    // even though the utterance files are unchanged.
    internal const string PipelineVersion = "intents-pipeline-v1";

    private IntentTrainingSet(IReadOnlyList<IntentUtterance> utterances, string contentHash)
    {
        Utterances = utterances;
        ContentHash = contentHash;
    }

    /// <summary>The utterances in a stable order (by label file name, then by line).</summary>
    public IReadOnlyList<IntentUtterance> Utterances { get; }

    /// <summary>
    /// SHA-256 over the parsed utterances and the pipeline version. Comments, blank lines and line endings do
    /// not change it, so a checkout with CRLF line endings does not force a retrain.
    /// </summary>
    public string ContentHash { get; }

    /// <summary>Reads every <c>*.txt</c> file in <paramref name="directory"/>; the file name is the label.</summary>
    /// <exception cref="InvalidDataException">A file is named after an unknown label, or a label has no utterances.</exception>
    public static IntentTrainingSet Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Intent utterances folder '{directory}' does not exist.");
        }

        var utterances = new List<IntentUtterance>();
        var files = Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var label = Path.GetFileNameWithoutExtension(file);
            if (!IntentLabels.All.Contains(label))
            {
                throw new InvalidDataException(
                    $"'{file}' is not named after an intent label; expected one of: {string.Join(", ", IntentLabels.All)}.");
            }

            foreach (var line in File.ReadLines(file, Encoding.UTF8))
            {
                var text = line.Trim();
                if (text.Length > 0 && !text.StartsWith('#'))
                {
                    utterances.Add(new IntentUtterance(text, label));
                }
            }
        }

        return FromUtterances(utterances);
    }

    /// <summary>Wraps utterances already in memory, e.g. a subset chosen for evaluation.</summary>
    /// <exception cref="InvalidDataException">A label of <see cref="IntentLabels.All"/> has no utterances.</exception>
    public static IntentTrainingSet FromUtterances(IEnumerable<IntentUtterance> utterances)
    {
        ArgumentNullException.ThrowIfNull(utterances);
        var list = utterances.ToList();
        var missing = IntentLabels.All.Where(label => !list.Exists(u => u.Label == label)).ToList();
        if (missing.Count > 0)
        {
            // A label the model never saw could never be predicted; fail loudly rather than ship that model.
            throw new InvalidDataException($"No utterances for intent label(s): {string.Join(", ", missing)}.");
        }

        return new IntentTrainingSet(list, Hash(list));
    }

    private static string Hash(IEnumerable<IntentUtterance> utterances)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes(PipelineVersion + "\n"));
        foreach (var utterance in utterances)
        {
            sha.AppendData(Encoding.UTF8.GetBytes($"{utterance.Label}\t{utterance.Text}\n"));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
