namespace ServiceDeskBot.Core.Answering.Turn;

/// <summary>The facts a turn's decision record can hold, in the order steps add them.</summary>
public enum DecisionCode
{
    /// <summary>The question holds a listed sensitive word; nothing else ran.</summary>
    SensitiveWord,

    /// <summary>A follow-up was read as a standalone question (detail: the question as understood).</summary>
    FollowUpReadAs,

    /// <summary>A curated answer matched (detail: id and score).</summary>
    Curated,

    /// <summary>The turn is an act, not a question (detail: label and confidence).</summary>
    Act,

    /// <summary>
    /// The classifier read the turn as off-topic, but the corpus answers it clearly, so it is taken as a question
    /// (detail: label and confidence).
    /// </summary>
    ActOverruled,

    /// <summary>No passage matched the question.</summary>
    NoPassage,

    /// <summary>The question names a place the best passage is not about (detail: the place).</summary>
    PlaceMismatch,

    /// <summary>A number or year of the question is not in the best passage.</summary>
    NumberMismatch,

    /// <summary>The question names a level of government the best passage does not (detail: the level).</summary>
    ScopeMismatch,

    /// <summary>
    /// The question asks about the asker's own compound, village or street as such ("我们小区有没有"), which the corpus
    /// cannot tell apart from any other (detail: the spot as asked).
    /// </summary>
    OwnSpot,

    /// <summary>The question names only places and asks nothing of them ("那二七区呢？" with no turn before it).</summary>
    NothingAsked,

    /// <summary>The best quote names another level, phase or period than the question (detail: the one asked).</summary>
    QualifierMismatch,

    /// <summary>The best quote holds no fact of the kind asked (detail: the kind).</summary>
    KindMissing,

    /// <summary>
    /// The quote lacks what the question's slot asks for: a name after the asked post, or as many items as asked
    /// (detail: what is missing).
    /// </summary>
    SlotMissing,

    /// <summary>The question is about a document a newer one in force replaces (detail: old → new); answered from the new one.</summary>
    Superseded,

    /// <summary>The question is about a document that has expired and nothing replaces (detail: document and last day).</summary>
    Expired,

    /// <summary>The question is about a document not yet in force (detail: document and first day).</summary>
    NotYetInForce,

    /// <summary>
    /// The question asks about a document as a whole (its title, issuer or dates) and its stored metadata answers it
    /// (detail: the fact and the file).
    /// </summary>
    DocumentFact,

    /// <summary>The judge's score fell below the bar (detail: score and bar).</summary>
    LowScore,

    /// <summary>The judge's score cleared the bar (detail: score and signals).</summary>
    Answerable,

    /// <summary>The judge was unsure and the LLM was asked to decide from the passages (detail: score).</summary>
    Unsure,

    /// <summary>The LLM wrote the answer and it passed the grounding check (detail: the check's reason).</summary>
    LlmAnswered,

    /// <summary>The LLM said the passages do not answer.</summary>
    LlmNoAnswer,

    /// <summary>The LLM's reply was not used (detail: outcome and reason); the template answered instead.</summary>
    LlmNotUsed,

    /// <summary>No LLM is configured; the template quoted the passages.</summary>
    NoLlm,

    /// <summary>The LLM's reply held a listed sensitive word: it was not shown, and the template answered instead.</summary>
    ReplyScreened,

    /// <summary>
    /// The best quote is a table row or a guide section about another item than the one asked: the question names the
    /// item more closely (新能源汽车号牌 against the 汽车号牌 row, 补办 against 换领) with words the document lacks
    /// (detail: the words).
    /// </summary>
    ItemMismatch,

    /// <summary>
    /// The reply is the one the same question got before, kept while nothing it rests on changed (the notes after this
    /// one are that reply's record).
    /// </summary>
    Cached,

    /// <summary>
    /// The quote of a passage below the first answered instead of the first's: the first was declined by a little, or
    /// the other scored clearly higher (detail: its rank and the first's score).
    /// </summary>
    RunnerUp,
}
