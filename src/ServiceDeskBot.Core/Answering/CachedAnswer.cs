using ServiceDeskBot.Core.Answering.Turn;

namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// What the answering steps settled for a context-free question, kept by <see cref="AnswerCache"/>: the reply, the
/// intent and confidence, the decision record and the evidence (from which each turn makes its own suggestions and ask-log
/// row). Nothing of the turn that made it (ask id, conversation, channel) is kept.
/// </summary>
public sealed record CachedAnswer(TurnReply Reply, string Intent, double Confidence, IReadOnlyList<DecisionNote> Notes, Evidence? Evidence);
