using System.ComponentModel.DataAnnotations;

namespace ServiceDeskBot.Core.Data;

/// <summary>How closely a question must resemble a curated one to get the curated answer.</summary>
public sealed class CuratedAnswersOptions
{
    public const string SectionName = "CuratedAnswers";

    /// <summary>
    /// Minimum character-bigram Dice similarity (0..1) between the normalized question and a curated question or
    /// one of its alternates. 0.75 accepts rephrasings that add or drop a word or a polite filler, and rejects
    /// questions that merely share the topic.
    /// </summary>
    [Range(0.3, 1.0)]
    public double MatchThreshold { get; set; } = 0.75;
}
