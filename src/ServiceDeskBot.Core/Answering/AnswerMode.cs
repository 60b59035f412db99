namespace ServiceDeskBot.Core.Answering;

/// <summary>Which path produced an answer.</summary>
public enum AnswerMode
{
    /// <summary>An admin-curated answer matched the question and was returned verbatim.</summary>
    Curated,

    /// <summary>The configured LLM wrote the answer from retrieved passages and it passed the grounding check.</summary>
    Llm,

    /// <summary>A template quoted the retrieved passages.</summary>
    Template,

    /// <summary>No answer from the corpus: a canned reply (intent reply or the no-answer template).</summary>
    Fallback,
}
