using System.Diagnostics;
using ServiceDeskBot.Core.Intents;

namespace ServiceDeskBot.Core.Answering.Turn;

/// <summary>
/// Everything one turn has found so far, made once and passed from step to step: the question as read and as
/// understood, the intent, the evidence and verdict, the reply, and the decision record. A step that settles the
/// reply sets <see cref="Reply"/>; the answering steps after it are skipped.
/// </summary>
public sealed class TurnContext(AskRequest request, bool streamLlm)
{
    public AskRequest Request { get; } = request;

    /// <summary>Whether the LLM's text should be streamed as it is written.</summary>
    public bool StreamLlm { get; } = streamLlm;

    public Stopwatch Clock { get; } = Stopwatch.StartNew();

    /// <summary>The question as typed, read by the guard step.</summary>
    public Question Question { get; set; } = null!;

    /// <summary>The question as understood: the standalone rewrite of a follow-up, else <see cref="Question"/>.</summary>
    public Question Understood { get; set; } = null!;

    /// <summary>Earlier turns of the conversation, oldest first.</summary>
    public IReadOnlyList<ConversationTurn> History { get; set; } = [];

    /// <summary>The document the conversation is about (the previous answer's source), for a follow-up.</summary>
    public string? PreferredSource { get; set; }

    /// <summary>
    /// What the quote must name to answer a follow-up as understood (<see cref="FollowUpResolver.QuoteMustName"/>), or null.
    /// </summary>
    public string? QuoteMustName { get; set; }

    public string Intent { get; set; } = IntentLabels.Question;

    public double Confidence { get; set; } = 1;

    public Evidence? Evidence { get; set; }

    /// <summary>
    /// The evidence for <see cref="Question"/> as typed (no preferred document, BM25 alone) when a step before retrieval
    /// has already looked it up: the retrieve step takes it instead of searching again for the same question.
    /// </summary>
    public Evidence? QuestionEvidence { get; set; }

    public Verdict? Verdict { get; set; }

    public TurnReply? Reply { get; set; }

    /// <summary>A sentence the answer opens with (a validity notice from <see cref="ValidityStep"/>), or null.</summary>
    public string? Lead { get; set; }

    /// <summary>True once LLM text has been streamed to the client.</summary>
    public bool Streamed { get; set; }

    /// <summary>True when streamed text must be replaced by the final reply (the LLM's reply was not used).</summary>
    public bool ReplacesStreamedText { get; set; }

    public IReadOnlyList<string> Suggestions { get; set; } = [];

    public string? AskId { get; set; }

    /// <summary>
    /// The versions the reply depends on, read before it was answered when the turn is context-free (no follow-up
    /// context, nothing masked; <see cref="AnswerCacheStep"/>), or null: only such a turn's reply may be cached.
    /// </summary>
    public AnswerVersions? CacheVersions { get; set; }

    /// <summary>True when the reply was the cached one for the same question (<see cref="AnswerCacheStep"/>).</summary>
    public bool FromCache { get; set; }

    /// <summary>The decision record, in the order steps added to it.</summary>
    public List<DecisionNote> Notes { get; } = [];

    public bool IsFollowUp => !ReferenceEquals(Understood, Question);
}
