using System.Text;
using System.Text.RegularExpressions;
using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// Without an LLM, turns a follow-up into a standalone question from the previous turn:
/// <list type="bullet">
/// <item>another place ("那二七区呢？"): the previous question about that place;</item>
/// <item>another thing of the same kind ("高新技术企业呢？" after "新增了多少家科技型企业"): the previous question with
/// the phrase of the same head (企业, 街道/办事处, 书记/主任, …) replaced;</item>
/// <item>a bare "具体多少？" or "还有别的吗？": the previous question, asked again for the figure or the rest of the list;</item>
/// <item>a pronoun ("他说……", "它的……"): the previous question's subject put in its place;</item>
/// <item>a bare ask for another kind ("什么时候", "几条", "在哪", "要带什么材料") or a comparison ("比去年多吗"): asked of the
/// previous question's subject;</item>
/// <item>a correction ("不是，我问的是市级研发平台"): what follows it, read as an ellipsis of the previous question.</item>
/// </list>
/// Returns null when the question stands on its own.
/// </summary>
public sealed partial class FollowUpResolver(PlaceGazetteer places)
{
    // Follow-ups are short and lean on the previous turn; a full question is left alone.
    private const int MaxFollowUpLength = 16;
    private const int MaxPronounFollowUpLength = 26;

    // Heads that name the same kind of thing, so one can stand in for another in the previous question.
    private static readonly string[][] HeadClasses =
    [
        ["街道", "办事处", "开发区", "经开区", "园区", "区", "县", "市"],
        ["书记", "主任", "区长", "局长", "科长", "记者", "通讯员", "负责人"],
        ["医院", "中心", "学校", "幼儿园", "中小学", "小学", "中学"],
        ["平台", "孵化器", "中心", "企业"],
    ];

    // A short question with no marker may still lean on the previous one ("看了哪些项目", "其中多少个要开工"): it is
    // read in that context when the corpus does not answer it alone.
    private const int MaxContextFollowUpLength = 16;

    /// <summary>
    /// Whether a short question without a follow-up marker may lean on the previous turn: it asks something (a question
    /// word) and names no place of its own. Whether it does is for the corpus to say (answered alone, or not).
    /// </summary>
    public bool MayLeanOnContext(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = Fold(question);
        return text.Length <= MaxContextFollowUpLength && Asks().IsMatch(text) && places.Find(text).Count == 0 && !Personal().IsMatch(text);
    }

    /// <summary>
    /// The question read in the context of the previous one: the previous question's words, without its question
    /// words, before this one ("会前谁带队观摩" + "看了哪些项目" → "会前带队观摩 看了哪些项目").
    /// </summary>
    public static string? WithContext(IReadOnlyList<ConversationTurn> history, string question)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(question);
        var previous = history.LastOrDefault(t => t.Answered) ?? (history.Count > 0 ? history[^1] : null);
        if (previous is null)
        {
            return null;
        }

        // "新增市级研发平台几个" + "分别是哪几家": the count word goes with its measure word, or "个" is left behind.
        var frame = Asks().Replace(CountWord().Replace(YesNo().Replace(previous.Question.Trim(), ""), ""), "").Trim();
        return frame.Length < 2 ? null : frame + " " + question.Trim();
    }

    /// <summary>
    /// Whether a turn reads as leaning on the previous one: short, with 呢, 那, 还有, 具体, 换成, a bare ask of its own
    /// kind ("什么时候", "几条"), a comparison ("比去年多吗"), a pronoun, or a correction ("不是，我问的是……").
    /// </summary>
    public static bool LooksLikeFollowUp(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = Fold(question);
        return Marked(text) || (text.Length <= MaxPronounFollowUpLength && Demonstrative().IsMatch(text));
    }

    // Marked as a follow-up by more than a demonstrative, which leans on the previous turn only when that turn holds
    // its noun ("这个月……" asks about this month, not about the previous question).
    private static bool Marked(string text) =>
        (text.Length <= MaxFollowUpLength && (Ellipsis().IsMatch(text) || Bare().IsMatch(text) || AsksOnly().IsMatch(text) || Compared().IsMatch(text) || ToppedAsk().IsMatch(text) || Subjectless().IsMatch(text) || Examples().IsMatch(text)))
        || (text.Length <= MaxPronounFollowUpLength && (Pronoun().IsMatch(text) || Corrected(text) is not null));

    // "不是，我问的是市级研发平台": what the asker meant instead, or null when the turn corrects nothing.
    private static string? Corrected(string text)
    {
        var correction = Correction().Match(text);
        if (!correction.Success)
        {
            return null;
        }

        var meant = text[correction.Length..].Trim();
        return Marker().Replace(meant, "").Trim().Length >= 2 ? meant : null;
    }

    public string? Resolve(IReadOnlyList<ConversationTurn> history, string question)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(question);
        var previous = history.LastOrDefault(t => t.Answered) ?? (history.Count > 0 ? history[^1] : null);
        var text = question.Trim();
        if (previous is null || !LooksLikeFollowUp(text))
        {
            return null;
        }

        var before = previous.Question.Trim();
        var folded = Fold(text);
        var corrected = Corrected(folded);
        text = corrected ?? text;
        // "那明年呢？", "去年排第几": another time for the previous question, in place of the time it named.
        if (corrected is null && SwappedTime(text) is { } time)
        {
            return WithTime(before, time, TimeAsk(text, time), previous.Places);
        }

        if (corrected is null && Examples().IsMatch(folded))
        {
            // "举两个例子？" after a count: the items counted, asked for as a list.
            return WithContext(history, ListAsk);
        }

        if (corrected is null && !Bare().IsMatch(folded) && (AsksOnly().IsMatch(folded) || Compared().IsMatch(folded) || Subjectless().IsMatch(folded)))
        {
            // "什么时候", "要带什么材料", "比去年多吗", "重点盯哪些产业": the turn brings the asked kind, the previous question its subject.
            return WithContext(history, text);
        }

        // "二期呢，进了多少家": another qualifier of a kind the previous question named, and a new ask of the thing it qualifies.
        if (corrected is null && ToppedAsk().Match(folded) is { Success: true } topped)
        {
            var topic = topped.Groups["topic"].Value;
            if (Qualifiers.Swap(before, topic) is { } swapped)
            {
                return WithContext([new ConversationTurn(swapped, "", previous.Places, true)], topped.Groups["ask"].Value);
            }

            // "游玩的项目呢？在建哪些": a topic that is neither a qualifier nor a place is asked about in the previous
            // question's frame.
            if (places.Find(topic).Count == 0)
            {
                return WithContext(history, topic + topped.Groups["ask"].Value);
            }
        }

        // "那几个十严禁管哪些事" after a question about the campaigns a speech named: a demonstrative with a count names
        // the things it points at; when the previous question does not hold them (they came from its answer, or the
        // asker knew them), they are asked about on their own with the previous place, not in that question's frame.
        if (corrected is null && Counted().Match(text) is { Success: true } counted && Referent(before, text[counted.Length..]) is null)
        {
            var rest = text[counted.Length..];
            return (previous.Places.FirstOrDefault(p => !rest.Contains(p, StringComparison.Ordinal)) ?? "") + rest;
        }

        // "这些项目总投资多少" after "……要保的重大项目里有……": the demonstrative and its noun stand for the previous
        // question's words up to that noun.
        if (corrected is null && Demonstrative().Match(text) is { Success: true } demonstrative)
        {
            if (Referent(before, text[demonstrative.Length..]) is { } referent)
            {
                return referent.Phrase + text[(demonstrative.Length + referent.Noun)..];
            }

            if (DemonstratedSubject(before, text) is { } subject)
            {
                return subject + text[demonstrative.Length..];
            }
        }

        if (!Marked(folded))
        {
            return null;
        }

        if (corrected is null && Pronoun().Match(text) is { Success: true } pronoun)
        {
            // "他提出要……" after "二七区委书记是谁": the subject asked about stands where the pronoun was.
            var subject = Subject(before);
            // "开门红会议是谁主持的" → "他今年多大年纪": the pronoun stands for the person the answer named, not for the
            // meeting; a subject that is a post ("二七区委书记") names that person already.
            if (PersonAsked().IsMatch(before) && !PostAtEnd().IsMatch(subject) && NamedInAnswer(previous, before) is { } person)
            {
                subject = person;
            }
            else if (PlaceAsked().IsMatch(before) && places.Find(Fold(previous.Answer)).FirstOrDefault(p => !before.Contains(p, StringComparison.Ordinal)) is { } owner
                && !subject.StartsWith(owner, StringComparison.Ordinal))
            {
                // "北下街街道是哪个区的" → "它要助力……": the district the answer named belongs to the subject's name now.
                subject = owner + subject;
            }

            var said = pronoun.Groups["pronoun"];
            return subject.Length == 0 ? null : text.Remove(said.Index, said.Length).Insert(said.Index, subject);
        }

        var core = Marker().Replace(text, "").Trim();
        if (corrected is null && (Bare().IsMatch(text) || core.Length == 0))
        {
            // "具体多少？", "还有别的吗": the same question again, now for the figure or the rest of the list.
            var asked = YesNo().Replace(before, "");
            return Bare().Match(text) is { Success: true } bare && bare.Groups["figure"].Success ? asked + core : asked;
        }

        var named = places.Find(core);
        if (named.Count > 0)
        {
            // "那二七区呢？" asks the previous question about another place.
            // "那二七经开区的党工委书记呢": the turn names what is asked of the place, in its own words, and the
            // previous question says how it is asked ("……是谁").
            var rest = places.Remove(core).Trim();
            if (rest.Length >= 2)
            {
                return Asks().IsMatch(core) ? core : core + AskedPart(before);
            }

            return places.Find(before).Count > 0 ? places.ReplaceLast(before, named[0]) : named[0] + before;
        }

        if (Replace(before, core) is { } replaced)
        {
            // The phrase replaced may have carried the place ("二七区千万元以上重点项目"): the question stays about it.
            var lost = places.Find(before).Where(p => !places.Find(replaced).Contains(p)).ToList();
            return lost.Count > 0 ? string.Concat(lost) + replaced : replaced;
        }

        // "那技术合同成交额呢" asks about another topic in the previous question's frame (its place first).
        if (core.Length < 2)
        {
            return null;
        }

        // "不是这个，我问的是担任首席服务官的项目有多少个": the turn asks its own question of the previous subject.
        if (Asks().IsMatch(core))
        {
            return WithContext(history, core);
        }

        return previous.Places.Count > 0 ? previous.Places[0] + core + " " + places.Remove(before).Trim() : core + " " + before;
    }

    /// <summary>
    /// Whether a follow-up names a topic of its own rather than leaning on the previous subject: an ellipsis of a
    /// thing ("总部经济那块呢", "东太康路两边呢？"), a topic with its own ask ("游玩的项目呢？在建哪些"), "还有" before a
    /// noun, or a topic marked by "那块"; not another place, qualifier or year, nor a pronoun, demonstrative,
    /// correction, bare ask or comparison, which all stand for the previous subject.
    /// </summary>
    public bool NamesTopic(string previousQuestion, string question)
    {
        ArgumentNullException.ThrowIfNull(previousQuestion);
        ArgumentNullException.ThrowIfNull(question);
        var text = Fold(question);
        if (Pronoun().IsMatch(text) || Demonstrative().IsMatch(text) || Pointed().IsMatch(text) || Counted().IsMatch(text) || SwappedTime(text) is not null || Corrected(text) is not null
            || Bare().IsMatch(text) || AsksOnly().IsMatch(text) || Examples().IsMatch(text) || Compared().IsMatch(text) || Subjectless().IsMatch(text))
        {
            return false;
        }

        var topped = ToppedAsk().Match(text);
        var core = topped.Success ? topped.Groups["topic"].Value : Marker().Replace(text, "").Trim();
        if (places.Find(core).Count > 0 || Qualifiers.Swap(previousQuestion.Trim(), core) is not null)
        {
            return false;
        }

        return topped.Success || Ellipsis().IsMatch(text) || TopicMarker().IsMatch(text);
    }

    [GeneratedRegex(@"那一块|这一块|那块|这块")]
    private static partial Regex TopicMarker();

    // "那家企业……", "这位……": a demonstrative with a measure word points back at the previous subject.
    [GeneratedRegex(@"^(那|这)(家|位|所|条|项|座|种|些|个|里)")]
    private static partial Regex Pointed();

    // The phrase of the previous question whose head is of the same kind as the follow-up's gets replaced:
    // "中原区新增了多少家郑州市科技型企业" + "高新技术企业" → "中原区新增了多少家高新技术企业".
    private static string? Replace(string before, string phrase)
    {
        // "二期呢" after "……一期……": the qualifier of the same kind is swapped.
        if (Qualifiers.Swap(before, phrase) is { } swapped)
        {
            return swapped;
        }

        var head = HeadOf(phrase);
        if (head is null)
        {
            return null;
        }

        foreach (var candidate in HeadClasses.FirstOrDefault(c => c.Contains(head)) ?? [head])
        {
            var end = before.LastIndexOf(candidate, StringComparison.Ordinal);
            if (end < 0)
            {
                continue;
            }

            end += candidate.Length;
            var start = end - candidate.Length;
            while (start > 0 && !Boundary().IsMatch(before[(start - 1)..start]) && !EndsWithBoundaryWord(before[..start]))
            {
                start--;
            }

            return before[..start] + phrase + before[end..];
        }

        return null;
    }

    private static string? HeadOf(string phrase)
    {
        foreach (var head in HeadClasses.SelectMany(c => c).OrderByDescending(h => h.Length))
        {
            if (phrase.EndsWith(head, StringComparison.Ordinal))
            {
                return head;
            }
        }

        // The last two characters of a noun phrase are its head more often than not (科技型企业 / 高新技术企业).
        return phrase.Length >= 2 ? phrase[^2..] : null;
    }

    private static bool EndsWithBoundaryWord(string text) => BoundaryWord().IsMatch(text);

    // How the previous question asks: its question word with the measure word after it ("是谁", "有多少个"); a question
    // word followed by more of the question ("多少次全区域项目观摩") gives the word alone.
    private static string AskedPart(string question)
    {
        var asked = QuestionWord().Matches(question).LastOrDefault();
        if (asked is null)
        {
            return "";
        }

        var after = YesNo().Replace(question[(asked.Index + asked.Length)..], "");
        return after.Length <= 1 ? asked.Value + after : asked.Value;
    }

    // What a question asks about: its words before the question word ("二七区委书记是谁" → "二七区委书记"), or before
    // its first verb or modal when one comes earlier ("统计局要丰富哪个APP……" → "统计局"), so that "它还要建立什么" does
    // not inherit the previous question's verb.
    private static string Subject(string question)
    {
        var cut = QuestionWord().Match(question);
        var end = cut.Success ? cut.Index : question.Length;
        if (SubjectEnd().Match(question) is { Success: true } verb && verb.Index >= 2 && verb.Index < end)
        {
            end = verb.Index;
        }

        return Trailing().Replace(question[..end].Trim(), "");
    }

    // The words of the previous question up to the noun that follows a demonstrative ("项目" in "这些项目总投资多少"),
    // the longest such noun of two to six characters the previous question holds; null when it holds none.
    private static (string Phrase, int Noun)? Referent(string before, string after)
    {
        for (var length = Math.Min(MaxReferentNoun, after.Length); length >= 2; length--)
        {
            var noun = after[..length];
            if (!noun.All(c => c is >= '\u4e00' and <= '\u9fff'))
            {
                continue;
            }

            var at = before.LastIndexOf(noun, StringComparison.Ordinal);
            if (at >= 0)
            {
                return (before[..(at + length)], length);
            }
        }

        return null;
    }

    private const int MaxReferentNoun = 6;

    // "那几个……", "这两项……": a demonstrative with a count before the things counted.
    [GeneratedRegex(@"^(那么)?(那|这)(几|两|三|四|五|六|七|八|九|十)(个|项|条|家|所|类|种|批)")]
    private static partial Regex Counted();

    // The person the previous answer named and its question did not: the one standing nearest a word of the
    // question ("邓英文主持会议" for "是谁主持的"), else the first named.
    private static string? NamedInAnswer(ConversationTurn previous, string before)
    {
        var answer = Fold(previous.Answer).ToLowerInvariant();
        var names = AnswerSlots.Names(answer).Select(n => n.Name).Where(n => !before.Contains(n, StringComparison.Ordinal)).Distinct().ToList();
        if (names.Count == 0)
        {
            return null;
        }

        var asked = QuestionWord().Replace(before, " ");
        foreach (var name in names)
        {
            var at = answer.IndexOf(name, StringComparison.Ordinal) + name.Length;
            var next = answer.Substring(at, Math.Min(NearName, answer.Length - at));
            if (Enumerable.Range(0, Math.Max(0, next.Length - 1)).Any(i => asked.Contains(next.AsSpan(i, 2), StringComparison.Ordinal)))
            {
                return name;
            }
        }

        return names[0];
    }

    private const int NearName = 6;

    private static string Fold(string text) => text.Normalize(NormalizationForm.FormKC).Trim();

    // How a list is asked for when the turn asks for examples of what the previous question counted.
    private const string ListAsk = "有哪些";

    /// <summary>
    /// The time a follow-up asks the previous question about instead of its own ("那明年呢？", "去年排第几"), or null
    /// when the turn is no such swap. A quote that does not name it answers for the time asked before, not this one.
    /// </summary>
    public static string? SwappedTime(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var turn = TimeTurn().Match(Fold(question));
        return turn.Success && (turn.Groups["ask"].Length == 0 || Asks().IsMatch(turn.Groups["ask"].Value)) ? turn.Groups["time"].Value : null;
    }

    /// <summary>
    /// What a quote must name to answer the follow-up as understood, or null: the year it swapped in ("那明年呢？"), for
    /// the passage that answered the year asked before speaks of that year; or the previous question's subject a
    /// demonstrative stood for ("这个项目总投资多少" after "庙湾水库要开工了吗"), for another project's figure is no answer.
    /// </summary>
    public string? QuoteMustName(IReadOnlyList<ConversationTurn> history, string question)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(question);
        var previous = history.LastOrDefault(t => t.Answered) ?? (history.Count > 0 ? history[^1] : null);
        return SwappedTime(question) ?? SubsetPredicate(question) ?? (previous is null ? null : DemonstratedSubject(previous.Question.Trim(), question.Trim()));
    }

    /// <summary>
    /// What sets apart the subset a follow-up counts or lists ("开工" of "其中已经开工的有几个"), or null when it asks of
    /// no subset. The passage that counted the whole does not answer for the part unless it names what the part did.
    /// </summary>
    public static string? SubsetPredicate(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var subset = Subset().Match(Fold(question));
        return subset.Success ? subset.Groups["predicate"].Value : null;
    }

    /// <summary>
    /// Whether a quote holds what the follow-up's quote must name: the name itself, or for a count of a part ("其中已经开工的
    /// 有几个") a clause that names the part with a figure, for "开工建设……等项目" lists the part without counting it.
    /// </summary>
    public static bool QuoteHolds(string quote, string named, string question)
    {
        ArgumentNullException.ThrowIfNull(quote);
        ArgumentNullException.ThrowIfNull(named);
        ArgumentNullException.ThrowIfNull(question);
        if (SubsetPredicate(question) != named || !CountAsked().IsMatch(question))
        {
            return quote.Contains(named, StringComparison.Ordinal);
        }

        return ClauseEnd().Split(quote).Any(c => c.Contains(named, StringComparison.Ordinal) && Figure().IsMatch(c));
    }

    // "这个项目总投资多少" after "庙湾水库要开工了吗": a demonstrative's noun the previous question does not hold is its
    // subject's; not a demonstrative of time ("这个月") nor one before a place of its own ("那个明湖办事处的……").
    private string? DemonstratedSubject(string before, string text)
    {
        if (Demonstrative().Match(text) is not { Success: true } demonstrative)
        {
            return null;
        }

        var rest = text[demonstrative.Length..];
        if (Referent(before, rest) is not null || TimeNoun().IsMatch(rest) || places.Find(rest).Count > 0)
        {
            return null;
        }

        // Only a subject the previous question's ask or verb cut off names a thing ("庙湾水库" of "庙湾水库要开工了吗");
        // a question read whole ("……用什么运营模式") is no subject.
        var subject = Subject(before);
        return subject.Length >= 2 && subject.Length < Trailing().Replace(before, "").Length && !Asks().IsMatch(subject) ? subject : null;
    }

    private static string TimeAsk(string question, string time)
    {
        var turn = TimeTurn().Match(Fold(question));
        return turn.Success && turn.Groups["time"].Value == time ? turn.Groups["ask"].Value : "";
    }

    // The previous question about another time: its own time word replaced, else the time put after its place; a turn
    // with an ask of its own ("去年排第几") keeps the previous question's words without their question words before it.
    private static string WithTime(string before, string time, string ask, IReadOnlyList<string> places)
    {
        if (ask.Length == 0 && TimeWord().Matches(before).LastOrDefault() is { } named)
        {
            return before.Remove(named.Index, named.Length).Insert(named.Index, time);
        }

        var frame = TimeWord().Replace(before, "");
        frame = ask.Length == 0 ? frame : Trailing().Replace(Asks().Replace(YesNo().Replace(frame, ""), "").Trim(), "");
        var place = places.FirstOrDefault(p => frame.StartsWith(p, StringComparison.Ordinal));
        frame = frame.Insert(place?.Length ?? 0, time);
        return ask.Length == 0 ? frame : frame + " " + ask;
    }

    [GeneratedRegex(@"^(那|那么|还有|另外|其他|其它|换成|改成|换作|如果是|假如是)|呢[?？!！。]*$")]
    private static partial Regex Ellipsis();

    [GeneratedRegex(@"^(那|那么)?(?<figure>(具体|大概|一共|总共|确切)(的)?(是|有)?(多少|几|数字|数)[\p{IsCJKUnifiedIdeographs}]{0,4})[?？!！。]*$|^(还有|那还有)(别的|其他|其它|呢|吗|什么)|^(那|那么)?(其他|其它|别的)(的)?(呢|吗)?[?？!！。]*$")]
    private static partial Regex Bare();

    // A turn that is nothing but an ask of some kind ("什么时候", "几条", "在哪办", "要带什么材料", "怎么申请"): it has
    // no subject of its own.
    [GeneratedRegex(@"^(那|那么)?(请问)?(具体)?(要|需要|得|该|应该|可以|能)?(在|去|到)?(用了|花了|用|花|耗时|历时)?(什么时候|啥时候|何时|哪天|几号|几点|多久|多长时间|哪里|哪儿|哪|什么地方|怎么|如何|几|多少)(办理|办|申请|报名|预约|交|领|去|开始|结束|截止|开门|建成|开工|投用|开放|收费|钱)?(个|家|条|名|项|次|位|所|座|种|天|年|人)?(呢|啊|呀)?[?？!！。]*$|^(那|那么)?(请问)?(要|需要|得|该)?(带|准备|提交|交|提供)(什么|哪些|啥)(材料|证件|资料|手续|东西)?(呢|啊|呀)?[?？!！。]*$|^(那|那么)?(都|分别|具体|其中)(是|有)?(哪些|哪[一两二三四五六七八九十几](个|家|所|项|位|种|条|类|块|大)|哪(个|家|所|项|位)|谁)[\p{IsCJKUnifiedIdeographs}]{0,4}?(呢|啊|呀)?[?？!！。]*$")]
    private static partial Regex AsksOnly();

    // "比700亿多吗", "比去年多吗", "同比增长多少", "和去年比呢": a comparison of what the previous question asked.
    [GeneratedRegex(@"^(那|那么)?((跟|和|与)?比(去年|前年|上年|上一年|往年|以前|之前|同期|[\p{IsCJKUnifiedIdeographs}\d.]{1,8}?)(相比)?(多|少|高|低|大|小|快|慢|增长|下降|增加|减少|提高|涨|降)|(同比|环比)|(跟|和|与)(去年|前年|上年|往年|以前)(比|相比))")]
    private static partial Regex Compared();

    // "不是，我问的是……", "不对，我是说……", "我指的是……": the asker corrects how the previous turn was read.
    [GeneratedRegex(@"^((不是|不对|错了|搞错了|说错了)(这个|这样|的|啦|了)?[，,。！!、\s]*)?(我(是)?(想)?(问|说|指|要问)的是|我是说|我是问|我指的是)[，,：:\s]*|^(不是|不对|错了|搞错了|说错了|弄错了|问错了)(这个|啦|了)?[，,。！!、\s]+(应该)?(是(?=[\p{IsCJKUnifiedIdeographs}]{2}))?")]
    private static partial Regex Correction();

    // "这些项目……", "那个制度……": a demonstrative before a noun.
    [GeneratedRegex(@"^(那么|那)?(这些|那些|这个|那个|这项|那项|该)(?=[\p{IsCJKUnifiedIdeographs}]{2})")]
    private static partial Regex Demonstrative();

    // "二期呢，进了多少家": a topic with 呢, then an ask of its own.
    [GeneratedRegex(@"^(那|那么)?(?<topic>[\p{IsCJKUnifiedIdeographs}]{2,8}?)(的)?呢[，,?？\s]+(?<ask>[^，,?？]{2,10}?)[?？!！。]*$")]
    private static partial Regex ToppedAsk();

    // "要跟哪些单位对接", "重点盯哪些产业", "看了哪些项目", "总投资多少": an ask opening with a modal, a focus adverb or a
    // verb with its aspect, or a bare figure asked of an attribute, has dropped its subject, which is the previous turn's.
    // "还要发挥统计的什么作用" is left to the corpus: "还" moves on to another thing the subject does, which the previous
    // question's frame would only pull back to the passage already quoted.
    [GeneratedRegex(@"^(那|那么)?((要|需要|得|该|应该|打算|计划|准备|想)|重点|主要|着力|优先|[\p{IsCJKUnifiedIdeographs}]{1,2}[了过](?!吗))(?=[^，,]*(谁|什么|啥|哪|几|多少|怎么|如何))|^(那|那么)?[\p{IsCJKUnifiedIdeographs}]{2,4}(是|有)?(多少|几)(个|家|条|名|项|次|位|所|座|种|天|年|人|元|钱)?[?？!！。]*$")]
    private static partial Regex Subjectless();

    // "举两个例子？", "比如呢": examples of what the previous question counted or named.
    [GeneratedRegex(@"^(那|那么)?(能|可以|能不能)?(举|列举|说)(一|两|几|三)?(个|几个)?(例子|例)(吗|呢|看看)?[?？!！。]*$|^(那|那么)?(比如|例如)(说)?(呢|有哪些|有什么)?[?？!！。]*$")]
    private static partial Regex Examples();

    // "其中已经开工的有几个", "其中在建的是哪些": a part of what the previous question counted, named by a clause before
    // 的; an adverb of time or scope before it (已经, 正在, 都) is no part of what the quote must name.
    [GeneratedRegex(@"^(那|那么)?(这)?其中(已经|已|正在|都)?(?<predicate>[\p{IsCJKUnifiedIdeographs}]{2,6}?)的(项目|企业|单位)?(有|是)?(多少|几|哪些|哪)")]
    private static partial Regex Subset();

    [GeneratedRegex(@"多少|几")]
    private static partial Regex CountAsked();

    [GeneratedRegex(@"[，,；;。！!？?]")]
    private static partial Regex ClauseEnd();

    // A figure stated in a clause: digits, or a Chinese numeral with its measure word ("两个", "十余家").
    [GeneratedRegex(@"\d|[一二两三四五六七八九十百千万]+(余|多)?(个|家|项|所|座|条|批|处|名)")]
    private static partial Regex Figure();

    // "那明年呢？", "去年排第几？", "去年同期呢": another year (or the same months of it) for the previous question,
    // alone or with an ask of its own.
    [GeneratedRegex(@"^(那|那么)?(?<time>(大前年|前年|去年|今年|明年|后年|(19|20)\d{2}年)(同期)?)(的)?(?<ask>[^，,?？]{0,8}?)(的)?(呢|啊)?[?？!！。]*$")]
    private static partial Regex TimeTurn();

    // A year the previous question named, or asked for ("是哪年的"), which another year's follow-up replaces.
    [GeneratedRegex(@"大前年|前年|去年|今年|明年|后年|(19|20)\d{2}年|哪一年|哪年")]
    private static partial Regex TimeWord();

    // "这个月", "这个季度": a demonstrative of time asks about now, not about the previous question's subject.
    [GeneratedRegex(@"^(月|年|季度|星期|周|礼拜|时候|阶段|时间)")]
    private static partial Regex TimeNoun();

    // Where a question's subject ends when no question word ends it sooner: its first modal or verb of saying.
    [GeneratedRegex(@"(?<![主重需想只])要|说(?!明)|将要|应当|应该|需要|提出|表示|强调|打算|计划|还要")]
    private static partial Regex SubjectEnd();

    // "会上他要求……": a pronoun may follow the words that set the scene of the previous turn.
    [GeneratedRegex(@"^((那|那么)?(会上|会后|会中|随后|后来|然后|当时))?(?<pronoun>他们|她们|它们|他|她|它|该单位|那个街道|那个地方|那里|这个街道|那个园区|这个园区)")]
    private static partial Regex Pronoun();

    // "总部经济那块呢": the topic without its "那块", "方面", "的话".
    [GeneratedRegex(@"^(那么|那个|这个|那|还有|另外)?(换成|改成|换作|如果是|假如是)|^(那么|那个|这个|那|还有|另外)|(那块|这块|那一块|这一块|方面|的话)?(的)?呢?[?？!！。]*$")]
    private static partial Regex Marker();

    [GeneratedRegex(@"谁|什么|啥|哪些|哪个|哪几|哪|几|多少|怎么样|怎么|如何|是否")]
    private static partial Regex Asks();

    [GeneratedRegex(@"(多少|几)(个|家|所|条|名|项|次|位|座|处|种|类|批)")]
    private static partial Regex CountWord();

    // "我们小区有没有": about the asker's own case, which no document answers, not about the previous turn.
    [GeneratedRegex("我们|我家|我的|咱们|咱家|本人")]
    private static partial Regex Personal();

    [GeneratedRegex(@"((多|大|好|快|高|远|长)?了吗|(多|大|好|快|高|远|长)?吗|没有|了没|呢|啊|多不多|有没有|是不是|好不好|的情况怎么样|情况怎么样|怎么样|如何)?[?？!！。]*$")]
    private static partial Regex YesNo();

    [GeneratedRegex(@"[\s,，、。?？的了和及与]")]
    private static partial Regex Boundary();

    [GeneratedRegex(@"(多少家|多少个|多少|哪些|哪个|几所|几家|几个|几|什么|开展了|新增了|新增|增加了|推进的|确保|有)$")]
    private static partial Regex BoundaryWord();

    [GeneratedRegex(@"是谁|是哪|叫什么|叫啥|是什么|有哪些|有什么|有多少|多少|哪些|哪个|几")]
    private static partial Regex QuestionWord();

    [GeneratedRegex(@"谁|哪位")]
    private static partial Regex PersonAsked();

    // "北下街街道是哪个区的", "属于哪个县": the question asks which place its subject lies in.
    [GeneratedRegex(@"(是|属于|在)(哪个|哪一个|哪)(区|县|市|省)")]
    private static partial Regex PlaceAsked();

    [GeneratedRegex(@"(书记|主任|区长|市长|县长|局长|科长|处长|部长|主席|委员|记者|通讯员|负责人|院长|校长|经理|董事长)$")]
    private static partial Regex PostAtEnd();

    [GeneratedRegex(@"[的是]+$")]
    private static partial Regex Trailing();
}
