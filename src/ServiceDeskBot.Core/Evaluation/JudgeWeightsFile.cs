using System.Text.Json;
using ServiceDeskBot.Core.Answering;

namespace ServiceDeskBot.Core.Evaluation;

/// <summary>
/// Where a <c>calibrate</c> run's fit goes. A run is often only a look at the fit, so the weights file in the seeds is
/// replaced only when the run asks for it (<c>--write</c>); otherwise the fit is printed with the file it would replace.
/// </summary>
public static class JudgeWeightsFile
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The weights as the seeds hold them: indented JSON ending in a newline.</summary>
    public static string Serialize(JudgeWeights weights) => JsonSerializer.Serialize(weights, Indented) + "\n";

    /// <summary>
    /// Writes <paramref name="weights"/> to <paramref name="path"/> when <paramref name="write"/> is set; returns what to
    /// print: the file written, or the weights and the file a run with <c>--write</c> would replace.
    /// </summary>
    public static string Publish(JudgeWeights weights, string path, bool write)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var json = Serialize(weights);
        if (!write)
        {
            return $"{json}judge weights not written (a look only); with --write they would replace {path}";
        }

        File.WriteAllText(path, json);
        return $"judge weights written to {path}";
    }
}
