using System.ComponentModel.DataAnnotations;

namespace ServiceDeskBot.Core.Intents;

/// <summary>Settings of the intent classifier.</summary>
public sealed class IntentOptions
{
    public const string SectionName = "Intents";

    /// <summary>
    /// Below this probability a predicted act (greeting, thanks, handoff, complaint, out of scope) is not trusted
    /// and the turn is treated as a <c>question</c>, because answering a stray act costs less than ignoring a
    /// real question. 0 disables the fallback. Default 0.4.
    /// </summary>
    [Range(0.0, 1.0)]
    public double MinConfidence { get; set; } = 0.4;

    /// <summary>
    /// Folder of the labelled utterance files. Relative paths are resolved against the seeds directory.
    /// Default <c>intents</c>.
    /// </summary>
    [Required]
    public string UtterancesDirectory { get; set; } = "intents";

    /// <summary>
    /// Load (or train) the model while the host starts, so the first question does not wait for it.
    /// Default true; tests and CLI verbs that never classify may turn it off.
    /// </summary>
    public bool WarmUpOnStart { get; set; } = true;
}
