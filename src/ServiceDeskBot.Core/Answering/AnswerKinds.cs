using System.Text.RegularExpressions;

namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// Reads the kind of fact a question asks for from its wording, and checks whether a text holds a fact of that
/// kind. A passage that names the right thing but holds no fact of the asked kind (no hours for "几点开放") does
/// not answer the question — the commonest way a retrieval hit looks right and is not.
/// </summary>
public static partial class AnswerKinds
{
    public static AnswerKind Detect(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        question = AskingPart(question);
        if (AsksTimeOfDay().IsMatch(question))
        {
            return AnswerKind.TimeOfDay;
        }

        if (AsksFrequency().IsMatch(question))
        {
            return AnswerKind.Frequency;
        }

        if (AsksDuration().IsMatch(question))
        {
            return AnswerKind.Duration;
        }

        if (AsksDate().IsMatch(question))
        {
            return AnswerKind.Date;
        }

        if (AsksRatio().IsMatch(question))
        {
            return AnswerKind.Ratio;
        }

        if (AsksArea().IsMatch(question))
        {
            return AnswerKind.Area;
        }

        if (AsksMoney().IsMatch(question))
        {
            return AnswerKind.Money;
        }

        if (AsksPhone().IsMatch(question))
        {
            return AnswerKind.Phone;
        }

        if (AsksAddress().IsMatch(question))
        {
            return AnswerKind.Address;
        }

        if (AsksScope().IsMatch(question))
        {
            return AnswerKind.Scope;
        }

        if (AsksEligibility().IsMatch(question))
        {
            return AnswerKind.Eligibility;
        }

        if (AsksProcedure().IsMatch(question))
        {
            return AnswerKind.Procedure;
        }

        return AsksNumber().IsMatch(question) ? AnswerKind.Number : AnswerKind.Any;
    }

    /// <summary>
    /// The clauses of <paramref name="question"/> that ask for its fact: a yes/no clause before or after a question-word
    /// clause ("能不能不带证件，推的是哪两个“免”") only sets the scene, and its nouns (证件) must not set the kind. The
    /// whole question when no clause is a yes/no one or none holds a question word.
    /// </summary>
    public static string AskingPart(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var clauses = ClauseBreak().Split(question).Where(c => c.Length > 0).ToList();
        if (clauses.Count < 2)
        {
            return question;
        }

        var asking = clauses.Where(c => QuestionWord().IsMatch(c)).ToList();
        var yesNo = clauses.Where(c => !QuestionWord().IsMatch(c) && YesNoClause().IsMatch(c)).ToList();
        return asking.Count > 0 && yesNo.Count > 0 ? string.Join("，", asking) : question;
    }

    [GeneratedRegex(@"[，,；;。？?！!]")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"哪|什么|啥|几|多少|谁|怎么|怎样|如何|多久|多长|多大")]
    private static partial Regex QuestionWord();

    // 能不能, 要不要, 是不是, 可不可以, 有没有 and a closing 吗: a clause asked to be confirmed, not filled.
    [GeneratedRegex(@"(\p{IsCJKUnifiedIdeographs})[不没]\1|吗|是否")]
    private static partial Regex YesNoClause();

    /// <summary>
    /// The part of the question (NFKC, lower case) that asks for its kind of fact, with the colloquial verb around it:
    /// "要交多少钱", "多久能办好", "去哪里办". A guide states the fact under a field's heading ("收费标准：免费") and
    /// never in these words, so the judge does not count them missing from a quote that holds the fact. Empty when the
    /// question asks for no particular kind.
    /// </summary>
    public static string Cue(string question) => Cue(question, Detect(question));

    /// <summary>The cue of <paramref name="question"/> when its kind is already detected (<see cref="Detect"/> of the same text).</summary>
    public static string Cue(string question, AnswerKind kind)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (kind is AnswerKind.Any or AnswerKind.Number || Asking(kind) is not { } asks || asks.Match(question) is not { Success: true } match)
        {
            return "";
        }

        // The colloquial verbs and particles next to the question word belong to the ask; a content word does not
        // ("多久能审核完": 审核 is what is asked about).
        var start = match.Index;
        while (start > 0 && match.Index - start < CueReach && CueBefore.Contains(question[start - 1], StringComparison.Ordinal))
        {
            start--;
        }

        var end = match.Index + match.Length;
        while (end < question.Length && end - (match.Index + match.Length) < CueReach && CueAfter.Contains(question[end], StringComparison.Ordinal))
        {
            end++;
        }

        return question[start..end];
    }

    /// <summary>
    /// Whether <paramref name="word"/> (a word or a term of the question) is part of its <paramref name="cue"/> and made
    /// only of asking words and light verbs (多少, 几天, 哪里, 要交, 能办好): "投资" in "投资多少" is what is asked about,
    /// and a quote must still carry it.
    /// </summary>
    public static bool Asks(string cue, string word)
    {
        ArgumentNullException.ThrowIfNull(cue);
        ArgumentNullException.ThrowIfNull(word);
        return cue.Length > 0 && word.Length > 0 && cue.Contains(word, StringComparison.Ordinal) && word.All(c => AskingChars.Contains(c, StringComparison.Ordinal));
    }

    private const string AskingChars = "多少几钱块哪里儿去到办交收领要能好完久长时间天日号点么什啥怎样带准备个拿得需花付缴在找开呢吗啊呀了是可以发";

    // How many characters around the question word may belong to the ask ("要交" before 多少钱, "能办好" after 多久).
    private const int CueReach = 3;

    private const string CueBefore = "要交收付领缴花能得需去到在还共总该可以办开拿";

    private const string CueAfter = "能办好完理下来到拿搞定呢吗啊呀要得可以去交收领开发";

    private static Regex? Asking(AnswerKind kind) => kind switch
    {
        AnswerKind.TimeOfDay => AsksTimeOfDay(),
        AnswerKind.Frequency => AsksFrequency(),
        AnswerKind.Duration => AsksDuration(),
        AnswerKind.Date => AsksDate(),
        AnswerKind.Ratio => AsksRatio(),
        AnswerKind.Area => AsksArea(),
        AnswerKind.Money => AsksMoney(),
        AnswerKind.Phone => AsksPhone(),
        AnswerKind.Address => AsksAddress(),
        AnswerKind.Scope => AsksScope(),
        AnswerKind.Eligibility => AsksEligibility(),
        AnswerKind.Procedure => AsksProcedure(),
        _ => null,
    };

    /// <summary>The kind in the words staff read (时间, 日期, 金额 …).</summary>
    public static string Describe(AnswerKind kind) => kind switch
    {
        AnswerKind.Number => "数字",
        AnswerKind.Money => "金额",
        AnswerKind.Ratio => "比例或增幅",
        AnswerKind.Area => "面积或长度",
        AnswerKind.Date => "日期",
        AnswerKind.TimeOfDay => "时间",
        AnswerKind.Frequency => "频次",
        AnswerKind.Duration => "办理时限",
        AnswerKind.Address => "地址",
        AnswerKind.Phone => "电话",
        AnswerKind.Procedure => "办理材料或流程",
        AnswerKind.Eligibility => "条件",
        AnswerKind.Scope => "范围",
        _ => "信息",
    };

    /// <summary>
    /// Whether a quote without a fact of this kind cannot answer, however well it matches: a time, frequency, duration,
    /// date, amount, rate, area, telephone number or address is the fact a citizen acts on. Counts, procedures and
    /// eligibility are often stated in other words.
    /// </summary>
    public static bool IsHard(AnswerKind kind) =>
        kind is AnswerKind.TimeOfDay or AnswerKind.Frequency or AnswerKind.Duration or AnswerKind.Date or AnswerKind.Money or AnswerKind.Ratio
            or AnswerKind.Area or AnswerKind.Phone or AnswerKind.Address;

    /// <summary>
    /// Whether <paramref name="question"/> asks on which road or where a thing is sited ("在哪条路上", "在什么街",
    /// "建在哪个县", "选址在哪") or in which room a meeting was held ("在哪个会议室开的") and <paramref name="quote"/> (both
    /// NFKC, lower case) names no road beside it, no address, no siting and no room: a report listing the project says
    /// nothing of where it stands. Only a hard check, not a kind of its
    /// own: a quote that names the road ("东太康路两侧") is weighed as any other.
    /// </summary>
    public static bool SiteUnstated(string question, string quote)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(quote);
        return AsksSite().IsMatch(question) && !HasSite().IsMatch(quote) && !HasAddress().IsMatch(quote);
    }

    /// <summary>Whether <paramref name="text"/> contains a fact of the given kind.</summary>
    public static bool IsPresent(AnswerKind kind, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return kind switch
        {
            AnswerKind.Number => HasNumber().IsMatch(text),
            AnswerKind.Money => HasMoney().IsMatch(text),
            AnswerKind.Ratio => HasRatio().IsMatch(text),
            AnswerKind.Area => HasArea().IsMatch(text),
            AnswerKind.Date => HasDate().IsMatch(text),
            AnswerKind.TimeOfDay => HasTimeOfDay().IsMatch(text),
            AnswerKind.Frequency => HasFrequency().IsMatch(text),
            // A deadline answers "多久" as well as a number of days does.
            AnswerKind.Duration => HasDuration().IsMatch(text) || HasDate().IsMatch(text),
            AnswerKind.Address => HasAddress().IsMatch(text),
            AnswerKind.Phone => HasPhone().IsMatch(text),
            AnswerKind.Procedure => HasProcedure().IsMatch(text),
            AnswerKind.Eligibility => HasEligibility().IsMatch(text),
            AnswerKind.Scope => HasScope().IsMatch(text),
            _ => true,
        };
    }

    [GeneratedRegex(@"(?<!哪)几点(?:上班|下班|开门|关门|开始|结束)?|几时开|什么时间(上班|下班|开门|开放|办公|营业)|(开放|办公|上班|营业|服务|受理|工作)时间|周末|节假日|上班吗|(几点|什么时候|啥时候)开门")]
    private static partial Regex AsksTimeOfDay();

    [GeneratedRegex(@"多久(?![^,，。?？]{0,4}一次)|(多长|多少)时间(?![^,，。?？]{0,4}一次)|几天|多少天|几个工作日|多少个工作日|几日|多少日|(?<!哪)几个月|时限|多快")]
    private static partial Regex AsksDuration();

    // A span of time: "15个工作日", "30日内", "12个月", "当日办结" (not a year: "2025年").
    [GeneratedRegex(@"(?<![\d.])\d{1,3}(\.\d+)?\s*个?(工作日|自然日|日|天|周|星期|个月|月|年|小时|分钟)|[一二两三四五六七八九十百半]+个?(工作日|日|天|周|星期|个月|年|小时)|当日|当天|即时|即办|立即|当场")]
    private static partial Regex HasDuration();

    [GeneratedRegex(@"哪天|哪一天|几号|几月|哪年|哪一年|什么时候|何时|啥时候|日期|截止|开诊|交房时间")]
    private static partial Regex AsksDate();

    [GeneratedRegex(@"多少钱|钱数|几块钱|要钱|收钱|花钱|费用|收费|补贴|补助|(补偿|赔偿)(款|金|费|标准)?(怎么|如何|咋)(算|计算|给|赔|补)|奖励多少|(什么|哪些|啥)奖励|奖金|贷多少|报销多少|金额|价格|多少元|投资额|多少亿|多少万|(交易额|成交额|产值|营收|营业收入|销售额|税收|收入|gdp|生产总值|总投资|投资)(做到了|做到|达到了|了|是|有|达到|为|一共|共|冲到了|冲到|突破了|突破|超过了|超过|实现了|实现|完成了|完成|涨到了|涨到)?(到底|究竟)?(多少|几|多大)")]
    private static partial Regex AsksMoney();

    // "比去年多吗", "同比增长多少": a comparison with an earlier period asks for the change, which a bare count does not
    // state ("增加学位10530个" is this year's figure, not how it compares with last year's).
    [GeneratedRegex(@"增长(了)?多少|增速|增幅|增长率|利率|费率|税率|占比|比重|百分之几|多少个百分点|比例(现在|目前|具体|一般)?(是)?多少|提高(了)?多少个百分点|比(去年|前年|上年|上一年|往年|同期)(多|少|高|低|增长|增加|减少|下降|提高)|同比|环比")]
    private static partial Regex AsksRatio();

    // "多大" measures a site ("场馆有多大"), not an ambition ("要做到多大", "做多大多强") nor the size of an abstraction
    // ("力度有多大", "规模多大") or of an economy ("gdp有多大", an amount): those ask for a description, a goal or a sum
    // of money, which no unit of area states.
    [GeneratedRegex(@"面积|(?<!(做|干|发展|壮大|打造|力度|影响|作用|决心|变化|意义|贡献|潜力|规模|能力|优势|难度|压力|成效|交易额|成交额|产值|营收|营业收入|销售额|税收|收入|gdp|生产总值|总投资|投资|总量|体量)(做到了|做到|达到|[到成得有要是了]){0,2})多大(?![的多])|占地|多少平方|多少亩|多少公顷|多少公里|多长|多远")]
    private static partial Regex AsksArea();

    [GeneratedRegex(@"\d+(\.\d+)?\s*%|百分之|百分点|\d+(\.\d+)?倍|[一二两三四五六七八九十]+倍|[一二两三四五六七八九十]成")]
    private static partial Regex HasRatio();

    [GeneratedRegex(@"\d+(\.\d+)?\s*(平方公里|平方米|万平方米|亩|公顷|公里|千米|米)")]
    private static partial Regex HasArea();

    [GeneratedRegex(@"电话|联系方式|手机号|热线号码|怎么联系|座机|固话")]
    private static partial Regex AsksPhone();

    [GeneratedRegex(@"地址|在哪里|在哪儿|(什么|啥|哪个)地方|在哪(?![个家一位些条所座几两二三四五六七八九十])|去哪里|去哪儿|去哪(?![个家一位些条所座几两二三四五六七八九十])|到哪里|哪里办|哪儿办|位置|怎么走|怎么去|如何去|怎么到")]
    private static partial Regex AsksAddress();

    [GeneratedRegex(@"多久(搞|开展|检查|抽查|举办|办|召开|进行)?一次|多长时间(搞|开展|检查|抽查|举办|办|召开|进行)?一次|(几|多少)(天|周|个月|月|年)一次|(一年|每年|每月|一个月|每季度|每周)[^,，。?？]{0,2}(几|多少)(次|期|场|回|轮)|频次是")]
    private static partial Regex AsksFrequency();

    [GeneratedRegex(@"每(年|月|周|天|日|季度|半年)|每个月|一年[一二两三四\d]+次|[一二两三四五六七八九十\d]+(年|个月|月|周|天)一次|定期")]
    private static partial Regex HasFrequency();

    [GeneratedRegex(@"(需要|要|带|准备|提交|提供|交)(哪些|什么|啥|些)?材料|带(什么|啥|哪些)|准备(什么|啥|哪些)|材料(有哪些|是什么|清单)|手续|(?<!全)流程|步骤|证件|(怎么|如何|怎样)(办理|申请|补办|注销|办|弄|操作|登记|报名|变更|预约|提取|申领|迁|登录|注册|入驻|申报|缴费|缴纳|下载|坐车|乘车|买票|领取)")]
    private static partial Regex AsksProcedure();

    [GeneratedRegex(@"(什么|哪些|啥)条件|条件(是|有)|的条件|资格|标准是|要求是|门槛|符合什么|哪些人可以|谁可以申请|什么人(可以|能)")]
    private static partial Regex AsksEligibility();

    [GeneratedRegex(@"范围|划片|对象|适用于|(针对|面向|覆盖|适用|发给|给|包括|限于)哪些人|哪些人(员|群)?(可以|能|可|需要|需|必须|应当|享受|适用|符合|属于|纳入|有资格)")]
    private static partial Regex AsksScope();

    [GeneratedRegex(@"条件|资格|符合|标准|要求")]
    private static partial Regex HasEligibility();

    [GeneratedRegex(@"范围|划片|对象|适用于")]
    private static partial Regex HasScope();

    [GeneratedRegex(@"多少|(?<![哪那这])几[个家所条名项次期位年]|第几|排名|几成|百分之|比例|率是")]
    private static partial Regex AsksNumber();

    [GeneratedRegex(@"\d|[一二两三四五六七八九十百千万亿]+[个家所条名项次期位成倍方大种类级批轮场支座处人户套张亩台件部本栋年]|第[一二三四五六七八九十]")]
    private static partial Regex HasNumber();

    // An amount, or the statement that nothing is charged ("免费", "不收费"): both answer "要交多少钱". Reports write
    // large sums without 元 ("突破700亿大关") and in Chinese numerals ("两亿元", "三千万元"); a numeral starts with a
    // digit or 十, so "千万元以上" (a threshold naming a class of projects) is no amount.
    [GeneratedRegex(@"\d+(\.\d+)?\s*(元|万元|亿元|万|亿|块)|[一二两三四五六七八九十][零一二两三四五六七八九十百千]*([万亿]元?|元)|免费|不收费|免收|免交|不收取|无需缴纳|不需缴纳|零收费")]
    private static partial Regex HasMoney();

    [GeneratedRegex(@"\d{1,2}月\d{1,2}[日号]|每月\d{1,2}[日号]|\d{1,2}[日号](前|之前|以前|起|后)|\d{4}-\d{1,2}-\d{1,2}|\d{4}年|\d{1,2}月(份|底|初|中旬|下旬|上旬)?|[今明去]年(底|初|内)?|年底")]
    private static partial Regex HasDate();

    [GeneratedRegex(@"\d{1,2}[:：]\d{2}|\d{1,2}点|上午|下午|(?<![\d个])工作日(?!内)|周[一二三四五六日]|全天|24小时(开放|服务|营业|受理)")]
    private static partial Regex HasTimeOfDay();

    // A street address, or the office one goes to ("到居住地派出所", "向街道办事处住房保障窗口", "由社区警务室出具").
    [GeneratedRegex(@"\d+号(院|楼)?|位于|地址[:为是]|(到|在|向|去|由|至)[^,，。;；]{0,16}(窗口|大厅|服务中心|派出所|警务室|办事处|居委会|村委会|委员会|服务站|营业厅|经办机构|网点|分局|公众号|网上办事大厅)")]
    private static partial Regex HasAddress();

    // "在哪条路上", "在什么街", "路边上", "建在哪个县", "位于哪", "选址在哪" (not "建在哪些小区", a list of sites), and the
    // room a meeting is held in ("在哪个会议室开的", "在什么会场举行"; not "在哪个场馆办", which a fair's grounds answer).
    [GeneratedRegex(@"在(哪条|什么|啥)(路|街|大街|大道)|(哪条|什么|啥)(路|街|大街|大道)边?上|(建|设|落户)在哪(?!些)|(位于|坐落在?|选址在?)哪(?!些)|在(哪个|哪间|哪一个|什么|啥)(会议室|会场|礼堂|报告厅|会堂)")]
    private static partial Regex AsksSite();

    // A named road with where along it ("东太康路两侧", "伊河路与桐柏路交叉口"), a siting verb, a county or town, or the
    // room or hall named ("在区政府三楼会议室召开").
    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}(会议室|会场|礼堂|报告厅|会堂|酒店|宾馆|场馆|体育馆)|\p{IsCJKUnifiedIdeographs}{2}(路|大道|大街)(两侧|沿线|以[东西南北]|与|交叉口|口|\d|[东西南北]段|[东西南北]?侧|旁|边|附近)|位于|坐落|选址|落户|\p{IsCJKUnifiedIdeographs}{2}(县|镇|(?<!城)乡)(?!级)")]
    private static partial Regex HasSite();

    [GeneratedRegex(@"\d{3,4}-?\d{7,8}|1[3-9]\d{9}|12345|热线")]
    private static partial Regex HasPhone();

    [GeneratedRegex(@"材料|手续|流程|步骤|申请表|身份证|证明|证件|办理方式|线上办理|窗口办理")]
    private static partial Regex HasProcedure();
}
