using System.Text.RegularExpressions;

namespace ServiceDeskBot.Core.Intents;

/// <summary>
/// What tells a complaint from a question about the same subject. The classifier reads character n-grams, so a fee or
/// subsidy question ("临时停车要收费吗", "老二保教费能便宜点不") shares most of its grams with "乱收费，我要投诉"; what a
/// complaint has and such a question lacks is a grievance — being wronged (被多收了、乱收费), a demand for redress
/// (投诉、举报、曝光), a judgement (不合理、太慢、态度差) or an indignant ask (凭什么). A question asks for a fact.
/// </summary>
public static partial class Grievance
{
    /// <summary>Whether <paramref name="text"/> (NFKC, lower case) voices a grievance, whatever else it asks.</summary>
    public static bool IsVoiced(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Voiced().IsMatch(text);
    }

    /// <summary>
    /// Whether <paramref name="text"/> (NFKC, lower case) asks for a fact — how much, how many, which, what (什么, 啥), how,
    /// whether — rather than only stating something: an interrogative word, "吗", or an A不A / A没A choice ("退不退",
    /// "有没有", "便宜点不").
    /// </summary>
    public static bool AsksFact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FactAsked().IsMatch(text) || ChoiceAsked().IsMatch(text);
    }

    // Being wronged, a demand for redress, a judgement of the service or its rules, an indignant or impatient ask.
    // 怎么回事, 让人怎么办 and 到底 ask nothing the corpus states; they carry the tone of a complaint.
    [GeneratedRegex(@"投诉|举报|曝光|差评|乱收|多收了|被多收|多扣|乱扣|被收了|不合理|没道理|什么道理|凭什么|凭啥|不公平|欺负|刁难|坑人|太坑|黑心|骗人|态度|不满|失望|敷衍|不作为|推诿|踢皮球|推来推去|推三阻四|没人管|没人理|没人接|没人回|石沉大海|谁负责|太慢|太差|差劲|太久|太麻烦|太繁琐|折腾|白跑|耽误|过分|根本|受不了|气人|烦死|崩溃|怎么回事|怎么搞的|搞什么|什么破|让人怎么|让我怎么|到底")]
    private static partial Regex Voiced();

    [GeneratedRegex(@"多少|几|哪|什么|啥|咋|怎么|怎样|如何|能不能|能否|是否|可否|可不可以|可以吗|吗|要不要|有没有|是不是|多久|多长|多大|多高")]
    private static partial Regex FactAsked();

    // "退不退", "补不补", "收不收", "有没有": the same verb either side of 不/没; or a trailing 不/没 after a request
    // ("能便宜点不").
    [GeneratedRegex(@"(\p{IsCJKUnifiedIdeographs})[不没]\1|[不没][?？。!！\s]*$")]
    private static partial Regex ChoiceAsked();
}
