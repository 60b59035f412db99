using ServiceDeskBot.Core.Intents;
using ServiceDeskBot.Core.Llm;
using ServiceDeskBot.Core.Safety;

namespace ServiceDeskBot.Core.Answering.Turn;

/// <summary>
/// Reads a follow-up ("高新技术企业呢？", "具体多少？", "他说……") in the context of the conversation: by the LLM when one
/// is configured, otherwise from the previous turn's question, subject and document. A short question without a
/// follow-up marker ("看了哪些项目") is read in the previous question's context when the corpus does not answer it alone.
/// </summary>
public sealed class FollowUpStep(
    IConversationMemory memory,
    FollowUpResolver resolver,
    ILlmAnswerer llm,
    QuestionReader reader,
    SensitiveWordFilter sensitiveWords,
    EvidenceFinder evidence,
    AnswerJudge judge,
    IIntentClassifier intents,
    PiiMasker masker) : TurnStep
{
    protected override async Task ExecuteAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.History = await memory.RecallAsync(turn.Request.ConversationId, cancellationToken).ConfigureAwait(false);
        if (turn.History.Count == 0)
        {
            return;
        }

        var marked = FollowUpResolver.LooksLikeFollowUp(turn.Question.Content);
        if (!marked && !LeansOnContext(turn))
        {
            return;
        }

        var previous = turn.History.LastOrDefault(t => t.Answered) ?? turn.History[^1];
        string? standalone = null;
        var rewritten = false;
        if (llm.IsAvailable)
        {
            standalone = await llm.RewriteFollowUpAsync(
                turn.History.Select(t => (t.Question, t.Answer)).ToList(), turn.Question.Content, cancellationToken).ConfigureAwait(false);
            rewritten = !string.IsNullOrWhiteSpace(standalone);
        }

        standalone = string.IsNullOrWhiteSpace(standalone)
            ? marked ? resolver.Resolve(turn.History, turn.Question.Content) : InContext(turn)
            : standalone;
        if (!rewritten && standalone is not null)
        {
            standalone = OwnSubjectFirst(turn, previous, standalone);
        }

        // The rewrite is new text (an LLM's, or ours built from earlier turns): it is guarded like the question was.
        if (standalone is null || standalone == turn.Question.Content || sensitiveWords.Contains(standalone))
        {
            return;
        }

        turn.Understood = reader.Read(standalone);
        turn.PreferredSource = previous.Answered ? previous.Source : null;
        // An unmarked ask read in context ("其中已经开工的有几个") still asks of a part the quote must name.
        turn.QuoteMustName = marked ? resolver.QuoteMustName(turn.History, turn.Question.Content) : FollowUpResolver.SubsetPredicate(turn.Question.Content);
        // The note is shown to staff, logged and returned: the citizen's words in it are masked.
        turn.Notes.Add(new DecisionNote(DecisionCode.FollowUpReadAs, masker.Mask(standalone)));
    }

    // Read in the previous question's context, an unmarked question is taken so only when the corpus answers it clearly:
    // a bar above the judge's own and the asked slot filled ("都是哪些" after a count is not answered by the count).
    private string? InContext(TurnContext turn)
    {
        var standalone = FollowUpResolver.WithContext(turn.History, turn.Question.Content);
        if (standalone is null)
        {
            return null;
        }

        var found = evidence.Find(reader.Read(standalone));
        var verdict = judge.Judge(found);
        return verdict.Decision == JudgeDecision.Answer && found.SlotFilled && verdict.Score >= judge.Threshold + ContextMargin ? standalone : null;
    }

    private const double ContextMargin = 0.1;

    // A follow-up naming a subject of its own ("总部经济那块呢" after "中原区休闲娱乐业要推进哪些项目") is read in the
    // previous question's frame, whose words can outweigh the new subject and find the passage about the previous
    // one again. When the quote for that reading holds fewer than half of the follow-up's own words, the subject is
    // asked with the previous places alone, and that reading is taken if the corpus answers it with more of them.
    private string OwnSubjectFirst(TurnContext turn, ConversationTurn previous, string standalone)
    {
        if (!resolver.NamesTopic(previous.Question, turn.Question.Content))
        {
            return standalone;
        }

        var own = FollowUpSubject.OwnPairs(previous.Question, turn.Question.Content);
        if (own.Count == 0 || FollowUpSubject.OnItsOwn(previous.Places, turn.Question.Content) is not { } alone || alone == standalone)
        {
            return standalone;
        }

        var source = previous.Answered ? previous.Source : null;
        var framed = FollowUpSubject.Held(evidence.Find(reader.Read(standalone), source).Best?.Text ?? "", own);
        if (framed >= OwnWordsHeld)
        {
            return standalone;
        }

        var found = evidence.Find(reader.Read(alone), source);
        return judge.Judge(found).Decision == JudgeDecision.Answer && FollowUpSubject.Held(found.Best?.Text ?? "", own) > framed ? alone : standalone;
    }

    private const double OwnWordsHeld = 0.5;

    // A short ask in a conversation ("谁带队去的？", "还开展了啥活动") can share grams with a complaint ("谁负责？")
    // and voice no grievance: whether it leans on the previous turn is then for the corpus to say, at the clear bar of
    // InContext. Greetings, thanks, requests for a person and voiced grievances are acts, not asks.
    internal static bool MayBeAsk(string act, string normalized) =>
        act is IntentLabels.Question or IntentLabels.OutOfScope || (act == IntentLabels.Complaint && !Grievance.IsVoiced(normalized));

    // An unmarked short question leans on the previous turn when the corpus does not answer it alone, unless it is
    // an act (thanks, a greeting, a request for a person, a complaint voicing a grievance) rather than a question.
    private bool LeansOnContext(TurnContext turn)
    {
        var question = turn.Question;
        if (!resolver.MayLeanOnContext(question.Content))
        {
            return false;
        }

        if (!MayBeAsk(intents.Classify(question.Content).Label, question.Normalized))
        {
            return false;
        }

        return judge.Judge(turn.QuestionEvidence ??= evidence.Find(question)).Decision != JudgeDecision.Answer;
    }
}
