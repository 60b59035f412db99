using System.Text.RegularExpressions;
using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// Reads what shape of answer a question asks for (a person, a post, a list, a count, a name, an organisation) and
/// checks whether a quote holds one. A quote that shares the question's words but has no name after the asked post,
/// no list where items are asked for, or fewer items than the question counts, does not answer it: the commonest way
/// a well-matching sentence is the wrong one.
/// </summary>
public static partial class AnswerSlots
{
    // Posts as news reports write them before a name, longest first so "副主任" is never read as "主任".
    private const string Roles =
        "党工委书记|党支部书记|党组书记|区委副书记|区委书记|市委书记|县委书记|纪委书记|副书记|书记|常务副区长|副区长|区长|副市长|市长|副县长|县长|" +
        "管委会主任|监委主任|副主任|主任|副主席|主席|副局长|局长|副科长|科长|部长|院长|校长|处长|记者|通讯员|联系人|负责人|一把手";

    // Whoever heads a body: what "一把手" and "负责人" ask for.
    private static readonly HashSet<string> HeadRoles = new(StringComparer.Ordinal)
    {
        "党工委书记", "党支部书记", "党组书记", "区委书记", "市委书记", "县委书记", "纪委书记", "书记", "区长", "市长", "县长",
        "管委会主任", "监委主任", "主任", "主席", "局长", "科长", "部长", "院长", "校长", "处长",
    };

    private static readonly Dictionary<char, int> Numerals = new()
    {
        ['两'] = 2, ['二'] = 2, ['三'] = 3, ['四'] = 4, ['五'] = 5, ['六'] = 6, ['七'] = 7, ['八'] = 8, ['九'] = 9, ['十'] = 10,
        ['2'] = 2, ['3'] = 3, ['4'] = 4, ['5'] = 5, ['6'] = 6, ['7'] = 7, ['8'] = 8, ['9'] = 9,
    };

    // Bodies a post belongs to, each with the words a report may name it by ("街道" is also "办事处").
    private static readonly string[][] Bodies =
    [
        ["街道办事处", "街道办", "街道", "办事处"],
        ["管委会", "管理委员会"],
        ["研究院", "研究中心", "研究所"],
        ["委员会", "委"],
        ["局"],
    ];

    /// <summary>
    /// The slot a question (NFKC, lower case) asks to be filled; <paramref name="tagged"/> splits text into words with
    /// their parts of speech (jieba), to find the noun naming a list's items.
    /// </summary>
    public static AskedSlot Detect(string question, Func<string, IReadOnlyList<(string Word, string Tag)>>? tagged = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (PersonWord().Match(question) is { Success: true } who)
        {
            var (role, body) = AskedRole(question, who.Index, who.Index + who.Length);
            return new AskedSlot(AnswerSlot.Person, role, Verb().Match(question) is { Success: true } verb ? verb.Value : null, Organisation: body);
        }

        if (PostNamed().Match(question) is { Success: true } postNamed)
        {
            var at = postNamed.Groups[1];
            return new AskedSlot(AnswerSlot.Person, at.Value, Organisation: BodyBefore(question[..at.Index]));
        }

        if (RoleNamed().Match(question) is { Success: true } named)
        {
            var role = named.Groups["role"];
            return new AskedSlot(AnswerSlot.Person, role.Value, Organisation: BodyBefore(question[..role.Index]));
        }

        if (PostAsked().IsMatch(question))
        {
            return new AskedSlot(AnswerSlot.Role);
        }

        if (ListAsked().Match(question) is { Success: true } list)
        {
            var counted = ItemsCounted().Match(question);
            var stated = list.Groups["n"].Success ? list.Groups["n"].Value : counted.Success ? counted.Groups["n"].Value : null;
            return new AskedSlot(AnswerSlot.List, Items: stated is null ? 2 : Numerals.GetValueOrDefault(stated[0], 2), ItemsStated: stated is not null)
            {
                Heads = ListHeads(question, list, tagged),
            };
        }

        if (CountAsked().Match(question) is { Success: true } count)
        {
            return new AskedSlot(AnswerSlot.Count, Measure: count.Groups["m"].Success ? count.Groups["m"].Value : null)
            {
                Heads = CountHeads(question, count, tagged),
            };
        }

        if (DefinitionAsked().IsMatch(question))
        {
            return new AskedSlot(AnswerSlot.Definition);
        }

        if (OrganisationAsked().IsMatch(question))
        {
            return new AskedSlot(AnswerSlot.Organisation);
        }

        return TitleAsked().IsMatch(question) ? new AskedSlot(AnswerSlot.Title) : AskedSlot.None;
    }

    // The items' noun: the nouns right after the list word ("哪些学校", "哪三种现场形式"), or, when the question ends with
    // an unnumbered list word ("消费热点有哪些"), the last noun before it. A bare count ("哪三个") names no noun.
    private static List<string> ListHeads(string question, Match list, Func<string, IReadOnlyList<(string Word, string Tag)>>? tagged)
    {
        if (tagged is null)
        {
            return [];
        }

        var rest = question[(list.Index + list.Length)..];
        var cut = rest.IndexOfAny([',', '，', '?', '？', '。', '!', '！', ' ']);
        rest = cut >= 0 ? rest[..cut] : rest;
        var after = tagged(rest).SkipWhile(t => !IsNoun(t)).TakeWhile(IsNoun).Select(t => t.Word).Where(w => w.Length >= 2).ToList();
        if (after.Count > 0)
        {
            return after;
        }

        // A set named by its size before the list word ("三大核心板块是哪三个", "4个专项行动分别是什么") asks for items of
        // that set: the set's noun is theirs (its last noun; a short phrase the tagger splits, "攻坚/战", whole).
        if (NumberedSet().Match(question[..list.Index]) is { Success: true } set)
        {
            var phrase = set.Groups["set"].Value;
            var noun = tagged(phrase).Where(t => IsNoun(t) && t.Word.Length >= 2).Select(t => t.Word).LastOrDefault();
            if (noun is not null || phrase.Length <= 4)
            {
                return [noun ?? phrase];
            }
        }

        // "分别是哪几家", "都是哪些": a second list word or a measure word after the first names no noun either.
        if (list.Groups["n"].Success || ListWordsOnly().Replace(rest, "").Trim('呢', '吗', '呀', '啊').Length > 1)
        {
            return after;
        }

        // A verb right before the list word ("发力要抓哪几样", "重点要推进哪些") makes the items its objects: the noun
        // before the verb is what acts, not what is listed, so no noun is asked for.
        var before = tagged(ListLead().Replace(question[..list.Index], ""));
        if (before.Count > 0 && before[^1].Tag == "v")
        {
            return [];
        }

        return before.Where(t => IsNoun(t) && t.Word.Length >= 2).TakeLast(1).Select(t => t.Word).ToList();
    }

    // What is counted: the noun right after the count word ("多少个社区", "几所学校").
    private static List<string> CountHeads(string question, Match count, Func<string, IReadOnlyList<(string Word, string Tag)>>? tagged)
    {
        if (tagged is null)
        {
            return [];
        }

        var rest = question[(count.Index + count.Length)..];
        return tagged(rest).TakeWhile(t => t.Tag is not ("v" or "p" or "x" or "uj")).Where(IsNoun).Where(t => t.Word.Length >= 2).Take(1).Select(t => t.Word).ToList();
    }

    // Words of the user dictionary (policy terms such as "研发平台") carry no part of speech: jieba tags them "x", as it
    // does punctuation, which Tagged drops. A run of Chinese characters tagged "x" is one of them, and they are nouns.
    private static bool IsNoun((string Word, string Tag) token) =>
        ((token.Tag.StartsWith('n') && token.Tag != "nr") || token.Tag is "vn" or "an" or "l" or "eng" || IsUserWord(token))
        && !GenericNouns.Contains(token.Word);

    private static bool IsUserWord((string Word, string Tag) token) =>
        token.Tag == "x" && token.Word.Length >= 2 && token.Word.All(c => c is >= '\u4e00' and <= '\u9fff');


    /// <summary>
    /// Whether a quote (NFKC, lower case) only counts the items a list asks for: the asked noun stands right next to an
    /// Arabic figure ("市级研发平台12家", "实施10项群众点题的实事", "97个产业项目"), so the quote says how many there are;
    /// with no list of them (<see cref="IsFilled"/> false) it names none.
    /// </summary>
    public static bool CountsOnly(AskedSlot slot, string quote)
    {
        ArgumentNullException.ThrowIfNull(slot);
        ArgumentNullException.ThrowIfNull(quote);
        if (slot is not { Slot: AnswerSlot.List, ItemsStated: false })
        {
            return false;
        }

        var heads = slot.Heads.Where(h => h.Length >= 2).ToList();
        if (heads.Count == 0)
        {
            return false;
        }

        foreach (Match figure in FigureWithMeasure().Matches(quote))
        {
            var end = figure.Index + figure.Length;
            if (heads.Any(h => quote.AsSpan(0, figure.Index).EndsWith(h, StringComparison.Ordinal) || NounFollows(quote, end, h)))
            {
                return true;
            }
        }

        return false;
    }

    // The noun within a few Chinese characters after the figure's measure word ("97个产业项目", "10项群众点题的实事"),
    // found by string search rather than a pattern built from the noun on every call.
    private static bool NounFollows(string quote, int from, string head)
    {
        var at = quote.IndexOf(head, from, StringComparison.Ordinal);
        if (at < 0 || at - from > MaxWordsBetweenFigureAndNoun)
        {
            return false;
        }

        for (var i = from; i < at; i++)
        {
            if (quote[i] is < '\u4e00' or > '\u9fff')
            {
                return false;
            }
        }

        return true;
    }

    private const int MaxWordsBetweenFigureAndNoun = 8;

    /// <summary>Whether a quote (NFKC, lower case) holds what the slot asks for; always true for no slot.</summary>
    public static bool IsFilled(AskedSlot slot, string quote, string question)
    {
        ArgumentNullException.ThrowIfNull(slot);
        ArgumentNullException.ThrowIfNull(quote);
        ArgumentNullException.ThrowIfNull(question);
        return slot.Slot switch
        {
            AnswerSlot.Person => HasPerson(quote, slot),
            AnswerSlot.Role => Names(quote).Any(n => question.Contains(n.Name, StringComparison.Ordinal)),
            AnswerSlot.List => HasList(quote, slot, OthersAsked().IsMatch(question)),
            AnswerSlot.Count => HasCount(quote, slot),
            AnswerSlot.Definition => HasDefinition(quote, question),
            AnswerSlot.Organisation => Organisation().Matches(quote).Any(m => !question.Contains(m.Value, StringComparison.Ordinal)),
            AnswerSlot.Title => Quoted().Matches(quote).Any(m => !question.Contains(m.Groups["t"].Value, StringComparison.Ordinal)),
            _ => true,
        };
    }

    /// <summary>
    /// The names a text gives after a post ("主任夏扬表示" → 夏扬), each with the posts listed before it and the words of
    /// that chain (the bodies: "市发展改革委党组书记、主任").
    /// </summary>
    public static IReadOnlyList<(string Name, IReadOnlyList<string> Posts, string Chain)> Names(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<(string, IReadOnlyList<string>, string)>();
        foreach (Match match in NameAfterRole().Matches(text))
        {
            var name = match.Groups["name"].Value;
            if (WordSegmenter.IsCommonWord(name))
            {
                continue;
            }

            // "党组书记、主任夏扬": every post of the chain before the name is his.
            var chainStart = Math.Max(0, match.Index - 24);
            var chain = text[chainStart..(match.Index + match.Groups["role"].Length)];
            // The chain ends where another clause does: a sentence break, or what someone did ("记者采访了中原区委书记乔耸":
            // the reporter's post is not 乔耸's).
            var cut = chain.LastIndexOfAny(['。', '”', '"', '“', '!', '?', ';']);
            chain = cut >= 0 ? chain[(cut + 1)..] : chain;
            if (ChainBreak().Matches(chain) is { Count: > 0 } breaks)
            {
                chain = chain[(breaks[^1].Index + breaks[^1].Length)..];
            }
            found.Add((name, RoleWord().Matches(chain).Select(m => m.Value).ToList(), chain));
        }

        return found;
    }

    // What a named programme consists of is spelt out in the clause that names it: its parts listed there ("重大项目库、
    // 重要客商资源库、目标企业清单“两库一单”"), a definition ("即…", "：…"), or another name for what the question names
    // ("“壮马赋能”做加法" for 做加法). The label's own "+" or "、" are not its parts.
    private static bool HasDefinition(string quote, string question)
    {
        foreach (var clause in QuoteClauses.Split(quote))
        {
            var labels = Quoted().Matches(clause).Select(m => m.Groups["t"].Value).ToList();
            var named = labels.Where(l => question.Contains(l, StringComparison.Ordinal)).ToList();
            if (named.Count == 0)
            {
                var defined = DefinitionAsked().Match(question) is { Success: true } at ? question[..at.Index].TrimEnd('的', '是', '具', '体') : "";
                var tail = defined.Length >= 2 ? defined[^2..] : "";
                if (tail.Length == 2 && clause.Contains(tail, StringComparison.Ordinal) && labels.Any(l => !question.Contains(l, StringComparison.Ordinal)))
                {
                    return true;
                }

                continue;
            }

            var rest = named.Aggregate(clause, (text, label) => text.Replace(label, " ", StringComparison.Ordinal));
            if (rest.IndexOfAny(['、', '+']) >= 0 || Defined().IsMatch(rest))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasPerson(string quote, AskedSlot slot)
    {
        if (Honorific().IsMatch(quote) && (slot.Role is null || quote.Contains(slot.Role, StringComparison.Ordinal)))
        {
            return true;
        }

        var names = Names(quote);
        if (slot.Role is null)
        {
            return names.Count > 0;
        }

        var heads = slot.Role is "一把手" or "负责人";
        return names.Any(n =>
            n.Posts.Any(p => heads ? HeadRoles.Contains(p) : p.EndsWith(slot.Role, StringComparison.Ordinal) && !IsDeputyOf(p, slot.Role))
            && (slot.Organisation is null || BodyWords(slot.Organisation).Any(b => n.Chain.Contains(b, StringComparison.Ordinal))));
    }

    private static string[] BodyWords(string body) => Bodies.FirstOrDefault(b => b.Contains(body)) ?? [body];

    // The body a post is qualified by, from the words just before it ("西流湖街道办事处" + 主任 → 办事处).
    private static string? BodyBefore(string text)
    {
        var before = text.TrimEnd('的', ' ');
        return Bodies.SelectMany(b => b).OrderByDescending(b => b.Length).FirstOrDefault(b => before.EndsWith(b, StringComparison.Ordinal));
    }

    // A list of the things asked: as many items as asked, and, when the question names the items' noun, items that end
    // with it or that are followed by it ("万达、锦艺、金马凯旋等商圈", "A、B、C三大核心任务").
    // A question that names some of the items itself and asks for the rest ("铝、食品，还有啥") is answered by a list
    // holding one item of the noun it names, as the others need not share it.
    private static bool HasList(string quote, AskedSlot slot, bool othersAsked)
    {
        var wanted = Math.Max(2, slot.Items);
        if (Ordinal().Count(quote) >= wanted && slot.Heads.Count == 0)
        {
            return true;
        }

        foreach (var clause in QuoteClauses.Split(quote))
        {
            // The list runs from the clause's start to the "等" or count after its first separator ("A、B等10所中小学").
            var first = clause.IndexOfAny(['、', '+']);
            var end = first < 0 ? Match.Empty : Tail().Match(clause, first);
            // The list's noun follows its count ("等10所中小学"), before the next item: in "孵化器1家、工程研究中心4家、
            // 研发平台12家" the noun after a later count is not this list's.
            var tail = end.Success ? clause[end.Index..] : "";
            var next = tail.IndexOf('、', StringComparison.Ordinal);
            tail = next >= 0 ? tail[..next] : tail;
            var items = (end.Success ? clause[..end.Index] : clause).Split(['、', '+']);
            if (Joiner().Match(items[^1]) is { Success: true } joined)
            {
                items = [.. items[..^1], items[^1][..(joined.Index + 1)], items[^1][(joined.Index + joined.Length - 1)..]];
            }

            // "区委副书记、区长邓英文主持会议" lists one person's posts, not items.
            if (items.Length < wanted || (items[..^1].All(i => PostAtEnd().IsMatch(i)) && PostAtStart().IsMatch(items[^1])))
            {
                continue;
            }

            // Items sharing the noun's last character all through ("含新量、含金量、含绿量" for 含量) are of its kind too, and so
            // are road numbers of the class asked ("g343、g310" for 国道).
            if (slot.Heads.Count == 0
                || slot.Heads.Any(h => tail.Contains(h, StringComparison.Ordinal))
                || items.Count(i => slot.Heads.Any(h => i.EndsWith(h, StringComparison.Ordinal))) >= (othersAsked ? 1 : 2)
                || slot.Heads.Any(h => items.All(i => i.TrimEnd('”', '"').EndsWith(h[^1])))
                || slot.Heads.Any(h => items.Count(i => RoadCodes.EndsWithCodeOf(h, i.Trim())) >= wanted))
            {
                return true;
            }
        }

        return false;
    }

    // "副主任" is not what "主任" asks for, nor "副书记" what "书记" asks for.
    private static bool IsDeputyOf(string post, string asked) =>
        !asked.StartsWith('副') && post.Length > asked.Length && post[^(asked.Length + 1)] == '副';

    // A figure, with the measure word asked for; when the question names what is counted ("多少个社区"), that noun (or a
    // word for it) stands next to the figure, before it or after it ("41个省市重点项目", "科技型企业195家").
    private static bool HasCount(string quote, AskedSlot slot)
    {
        if (CountedByList(slot) && QuoteClauses.Split(quote).Any(c => c.Contains('、', StringComparison.Ordinal)))
        {
            return true;
        }

        // "几回" asks what "几次" does; reports write 次.
        var figures = slot.Measure is null or "个" ? AnyCount().Matches(quote) : CountOf(slot.Measure == "回" ? "次" : slot.Measure).Matches(quote);
        if (slot.Heads.Count == 0)
        {
            return figures.Count > 0 || AnswerKinds.IsPresent(AnswerKind.Number, quote);
        }

        foreach (Match figure in figures)
        {
            var from = Math.Max(0, figure.Index - NounReach);
            var to = Math.Min(quote.Length, figure.Index + figure.Length + NounReach);
            var near = quote[from..to];
            var cut = QuoteClauses.Split(near);
            if (slot.Heads.Any(h => near.Contains(h, StringComparison.Ordinal) && cut.Any(c => c.Contains(h, StringComparison.Ordinal) && c.Contains(figure.Value, StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the count asked is of kinds of thing ("提了几样", "有几类", "分几种"): a report lists the kinds rather than
    /// counting them ("现代食品、铝加工、建材耐材等"), and its list answers how many.
    /// </summary>
    public static bool CountedByList(AskedSlot slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        return slot is { Slot: AnswerSlot.Count, Measure: "样" or "种" or "类" };
    }

    // How far from a figure the noun it counts may stand.
    private const int NounReach = 14;

    // Built once per measure word (CountAsked allows a few dozen), not once per quote candidate of every turn.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> Counts = new(StringComparer.Ordinal);

    private static Regex CountOf(string measure) =>
        Counts.GetOrAdd(measure, m =>
            new Regex(@"(\d+(\.\d+)?|[一二两三四五六七八九十百千万]+)(余|多)?" + Regex.Escape(m), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));

    // The post asked: one ending just before the question word ("主任是谁", "书记叫什么") or just after it ("哪位记者"),
    // with the body named just before it.
    private static (string? Role, string? Body) AskedRole(string question, int start, int end)
    {
        (string?, string?) asked = (null, null);
        foreach (Match role in RoleWord().Matches(question))
        {
            var between = role.Index >= end ? question[end..role.Index] : role.Index + role.Length <= start ? question[(role.Index + role.Length)..start] : "x";
            if (between.Length <= 3 && between.All(c => "的是叫呢,， ".Contains(c, StringComparison.Ordinal)))
            {
                asked = (role.Value, BodyBefore(question[..role.Index]));
            }
        }

        return asked;
    }

    [GeneratedRegex(@"(?<!有)谁(?!可以|能|有资格|来办)|哪位|哪一位|姓什么|姓名")]
    private static partial Regex PersonWord();

    // "叫什么名字" asks for a person only after a post ("书记叫什么名字"); after a thing it asks for its name.
    [GeneratedRegex("(" + Roles + @")[^,，。?？]{0,4}(叫什么名字|叫啥名)")]
    private static partial Regex PostNamed();

    [GeneratedRegex("(?<role>" + Roles + @")的?(是|叫)(什么|啥)")]
    private static partial Regex RoleNamed();

    [GeneratedRegex(Roles)]
    private static partial Regex RoleWord();

    [GeneratedRegex("(" + Roles + ")$")]
    private static partial Regex PostAtEnd();

    [GeneratedRegex("^(" + Roles + ")")]
    private static partial Regex PostAtStart();

    [GeneratedRegex("主持|点评|通报|带队|采访|采写|拍摄|讲话|发言|报告|签约|负责")]
    private static partial Regex Verb();

    [GeneratedRegex(@"(什么|啥|哪个)(职务|职位|身份|头衔|官)|担任什么|兼着什么|兼任什么|干什么的|做什么的|干啥的|什么职")]
    private static partial Regex PostAsked();

    [GeneratedRegex(@"哪(?<n>[两二三四五六七八九十2-9])(个|项|类|种|大|条|块|家|所|样|方面|方|点|件|位|场)?(?!个?字)|哪些|哪几|有啥|包括什么|包括哪|包含哪|分别是|分别叫|分别有|都有什么|都有哪|都是什么|都是啥|都有啥|还有什么")]
    private static partial Regex ListAsked();

    // "还有啥", "还有哪些", "除了…还有什么": the question names some of the list's items and asks for the others.
    [GeneratedRegex(@"还有(什么|啥|哪些|哪几|别的|其他|其它)")]
    private static partial Regex OthersAsked();

    [GeneratedRegex(@"(?<n>[两二三四五六七八九十2-9])(个|项|类|种|大|条|块|家|所|样|方面|点|件)[^,，。?？]{0,10}(分别|具体|都)")]
    private static partial Regex ItemsCounted();

    // "电话多少", "号码是多少" ask for the number itself, not for a count of anything; "几块钱", "多少块" for an amount.
    // "那几个平台" points back at things already counted, and "几区几街" asks for a numbered formula ("一区、两街"),
    // not how many there are.
    [GeneratedRegex(@"(?<!(电话|号码|手机|热线|编码|邮编)(号|是)?)(多少|(?<![那这]|几\p{IsCJKUnifiedIdeographs})几(?!\p{IsCJKUnifiedIdeographs}几))(?<m>个|家|所|条|名|项|次|回|期|位|座|处|人|户|套|张|亩|台|件|种|类|样|批|级|轮|场|部|支|本|栋)?(?!月|年|点|天|号|时|钱|成|块|元|毛)")]
    private static partial Regex CountAsked();

    [GeneratedRegex(@"哪个(单位|部门|办事处|街道|机构|公司|企业|学校|医院|银行|组织|区)|哪家|什么单位|哪些单位|哪些部门")]
    private static partial Regex OrganisationAsked();

    // An Arabic figure with the measure word of a count of things ("12家", "10项", "97个").
    [GeneratedRegex(@"\d+(\.\d+)?[余多]?[个家项所名条次处座]")]
    private static partial Regex FigureWithMeasure();

    [GeneratedRegex(@"\d+(\.\d+)?|[一二两三四五六七八九十百千万]+(?=[个家所条名项次期位座处人户套张亩台件种类批级轮场部支本栋])")]
    private static partial Regex AnyCount();

    // What a programme or label consists of: "两库一单是指什么", "具体内容是什么".
    [GeneratedRegex(@"(指的是|是指|指)(什么|啥|哪些)|具体内容|具体是什么|具体指|什么意思|啥意思|内容是什么|包括(哪些)?内容|含义")]
    private static partial Regex DefinitionAsked();

    // A text that spells out what a term means: "即……", "就是……", "指……", or a colon after it.
    [GeneratedRegex(@"[:：]|即|就是|是指|指的是")]
    private static partial Regex Defined();

    [GeneratedRegex(@"叫什么|叫啥|名称|名字|口号|品牌|称号|荣誉|什么奖|提法|说法|怎么说|哪句话|哪[几两三四五六]个字")]
    private static partial Regex TitleAsked();

    // A name of two or three characters after a post, followed by what a report writes next (a verb of speech or
    // action, another post, punctuation or the end).
    [GeneratedRegex("(?<role>" + Roles + @")(?<name>\p{IsCJKUnifiedIdeographs}{2,3}?)(?=表示|说|认为|指出|要求|主持|点评|通报|带队|强调|介绍|就|等|参加|出席|在|图|" + Roles + @"|[、,，。;；:：”""\s]|$)")]
    private static partial Regex NameAfterRole();

    // "安书记代表……", "王主任说": a surname and a post, after a quotation mark or a clause break.
    [GeneratedRegex(@"(?<=^|[“""「‘\s,，。:：])\p{IsCJKUnifiedIdeographs}(书记|主任|局长|区长|市长|县长|科长)(?=代表|说|表示|指出|强调|在|主持)")]
    private static partial Regex Honorific();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}{2,12}?(委员会|管委会|办事处|研究院|研究中心|集团|公司|大学|学院|医院|银行|街道|局|委)")]
    private static partial Regex Organisation();

    [GeneratedRegex(@"“(?<t>[^”]{2,24})”|""(?<t>[^""]{2,24})""|《(?<t>[^》]{2,40})》|「(?<t>[^」]{2,24})」")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}(和|及|与|以及)\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Joiner();

    [GeneratedRegex(@"[一二三四五六七八九十]是")]
    private static partial Regex Ordinal();

    [GeneratedRegex("采访了|采访|访|表示|认为|指出|说|主持|点评|通报|带队|出席|参加")]
    private static partial Regex ChainBreak();

    [GeneratedRegex(@"^(是|有)?(哪几|哪些|哪)(个|家|项|所|名|条|种|类|位|样)?")]
    private static partial Regex ListWordsOnly();

    // What stands between a list's noun and an unnumbered list word at the end: "有", "是", "包括", "都" …
    [GeneratedRegex(@"(都|还|主要|具体|一共|分别)?(有|是|包括|包含|涉及)?$")]
    private static partial Regex ListLead();

    // A set named with its size: "三大核心板块", "4个专项行动", "10项实事" (the noun phrase up to a break, 是/有/的 or
    // another count: "两个库一张单子" names two sets, not one).
    [GeneratedRegex(@"(?<![一二两三四五六七八九十\d])(?:[两二三四五六七八九十]|\d{1,2})(?:大|个|项|类|种|条|块|方面|件|场)(?<set>[^,，。?？是有的都具分一二两三四五六七八九十\d]{2,8})")]
    private static partial Regex NumberedSet();

    // Where a list's last item ends and its noun begins: "等" or a count ("三大", "10所").
    [GeneratedRegex(@"等|[一二两三四五六七八九十\d]+(大|个|项|类|种|家|所|条|方面|位|座|处)")]
    private static partial Regex Tail();
}
