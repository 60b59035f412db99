namespace ServiceDeskBot.Core.Evaluation;

/// <summary>One piece of tuning text checked against the dev set: a calibration question, a chat turn or an intent utterance.</summary>
/// <param name="Origin">Where it comes from, e.g. <c>tuning.jsonl k012</c> or <c>intents/greeting.txt:14</c>.</param>
/// <param name="Text">The question or utterance.</param>
/// <param name="Evidence">Its gold evidence, for answerable calibration items; otherwise null.</param>
public sealed record TuningQuestion(string Origin, string Text, string? Evidence);
