namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// Everything a context-free reply depends on besides the question's text, as this node serves it at one moment: a
/// reply made under one set of versions is given again only under the same set (<see cref="AnswerCache"/>). Options
/// (the LLM's, the embeddings', the desk's facts) are not here: they are fixed for the life of the process, and every
/// node keeps its own cache.
/// </summary>
/// <param name="Index">The passage index generation (the corpus, the place list in its passages, the passage size).</param>
/// <param name="CuratedAnswers">Curated answers' change generation.</param>
/// <param name="Templates">Templates' change generation.</param>
/// <param name="Corpus">The corpus's change generation (a save the index has not caught up with yet).</param>
/// <param name="WordLists">The word lists' change generation (a save not applied here yet).</param>
/// <param name="Catalog">The document catalogue in use (titles, issuers, 文号, dates, replacements).</param>
/// <param name="Availability">The document policies in use (in force, withdrawn, title overrides).</param>
/// <param name="Today">The desk's date, against which documents are in force or not.</param>
/// <param name="Synonyms">The admins' synonym list as applied.</param>
/// <param name="Places">The place list as applied to questions.</param>
/// <param name="SensitiveWords">The sensitive-word list in use (by identity: each change makes a new one).</param>
/// <param name="AllowedPhrases">Its allow-list in use (by identity).</param>
/// <param name="DenseReady">Whether the dense leg is fused into retrieval.</param>
public sealed record AnswerVersions(
    long Index,
    long CuratedAnswers,
    long Templates,
    long Corpus,
    long WordLists,
    long Catalog,
    long Availability,
    DateOnly Today,
    string Synonyms,
    string Places,
    IReadOnlyList<string> SensitiveWords,
    IReadOnlyList<string> AllowedPhrases,
    bool DenseReady);
