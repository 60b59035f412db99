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
        if (AsksTimeOfDay().IsMatch(question))
        {
            return AnswerKind.TimeOfDay;
        }

        if (AsksFrequency().IsMatch(question))
        {
            return AnswerKind.Frequency;
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
        AnswerKind.Address => "地址",
        AnswerKind.Phone => "电话",
        AnswerKind.Procedure => "办理材料或流程",
        AnswerKind.Eligibility => "条件",
        AnswerKind.Scope => "范围",
        _ => "信息",
    };

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
            AnswerKind.Address => HasAddress().IsMatch(text),
            AnswerKind.Phone => HasPhone().IsMatch(text),
            AnswerKind.Procedure => HasProcedure().IsMatch(text),
            AnswerKind.Eligibility => HasEligibility().IsMatch(text),
            AnswerKind.Scope => HasScope().IsMatch(text),
            _ => true,
        };
    }

    [GeneratedRegex(@"(?<!哪)几点|几时开|什么时间(上班|下班|开门|开放|办公|营业)|(开放|办公|上班|营业|服务|受理|工作)时间|周末|节假日|上班吗|(几点|什么时候|啥时候)开门")]
    private static partial Regex AsksTimeOfDay();

    [GeneratedRegex(@"哪天|哪一天|几号|几月|哪年|哪一年|什么时候|何时|啥时候|多久能|日期|截止|开诊|交房时间")]
    private static partial Regex AsksDate();

    [GeneratedRegex(@"多少钱|钱数|几块钱|费用|收费|补贴|补助|奖励多少|(什么|哪些|啥)奖励|奖金|贷多少|报销多少|金额|价格|多少元|投资额|多少亿|多少万|(交易额|成交额|产值|营收|营业收入|销售额|税收|收入|gdp|生产总值|总投资|投资)(了|是|有|达到|为|一共|共)?(多少|几)")]
    private static partial Regex AsksMoney();

    [GeneratedRegex(@"增长(了)?多少|增速|增幅|增长率|占比|比重|百分之几|多少个百分点|比例(是)?多少|提高(了)?多少个百分点")]
    private static partial Regex AsksRatio();

    [GeneratedRegex(@"面积|多大(?!的)|占地|多少平方|多少亩|多少公顷|多少公里|多长|多远")]
    private static partial Regex AsksArea();

    [GeneratedRegex(@"\d+(\.\d+)?\s*%|百分之|百分点|\d+(\.\d+)?倍|[一二两三四五六七八九十]+倍|[一二两三四五六七八九十]成")]
    private static partial Regex HasRatio();

    [GeneratedRegex(@"\d+(\.\d+)?\s*(平方公里|平方米|万平方米|亩|公顷|公里|千米|米)")]
    private static partial Regex HasArea();

    [GeneratedRegex(@"电话|联系方式|手机号|热线号码|怎么联系")]
    private static partial Regex AsksPhone();

    [GeneratedRegex(@"地址|在哪里|在哪儿|在哪(?![个家一位些条所座])|去哪里|去哪儿|去哪(?![个家一位些条所座])|到哪里|哪里办|哪儿办|位置|怎么走|怎么去|如何去|怎么到")]
    private static partial Regex AsksAddress();

    [GeneratedRegex(@"多久(搞|开展|检查|抽查|举办|办|召开|进行)?一次|多长时间(搞|开展|检查|抽查|举办|办|召开|进行)?一次|(几|多少)(天|周|个月|月|年)一次|(一年|每年|每月|一个月)(几|多少)次|频次是")]
    private static partial Regex AsksFrequency();

    [GeneratedRegex(@"每(年|月|周|天|日|季度|半年)|每个月|一年[一二两三四\d]+次|[一二两三四五六七八九十\d]+(年|个月|月|周|天)一次|定期")]
    private static partial Regex HasFrequency();

    [GeneratedRegex(@"(需要|要|带|准备|提交|提供|交)(哪些|什么|啥|些)?材料|材料(有哪些|是什么|清单)|手续|流程|步骤|证件|(怎么|如何|怎样)(办理|申请|补办|注销|办|弄|操作|登记|报名|变更|预约|提取|申领|迁|登录|注册|入驻|申报|缴费|缴纳|下载|坐车|乘车|买票|领取)")]
    private static partial Regex AsksProcedure();

    [GeneratedRegex(@"(什么|哪些|啥)条件|条件(是|有)|的条件|资格|标准是|要求是|门槛|符合什么|哪些人可以|谁可以申请")]
    private static partial Regex AsksEligibility();

    [GeneratedRegex(@"范围|划片|对象|哪些人|适用于")]
    private static partial Regex AsksScope();

    [GeneratedRegex(@"条件|资格|符合|标准|要求")]
    private static partial Regex HasEligibility();

    [GeneratedRegex(@"范围|划片|对象|适用于")]
    private static partial Regex HasScope();

    [GeneratedRegex(@"多少|(?<!哪)几[个家所条名项次期位年]|第几|排名|几成|百分之|比例|率是")]
    private static partial Regex AsksNumber();

    [GeneratedRegex(@"\d|[一二两三四五六七八九十百千万亿]+[个家所条名项次期位成倍方大种类级批轮场支座处人户套张亩台件部本栋年]|第[一二三四五六七八九十]")]
    private static partial Regex HasNumber();

    [GeneratedRegex(@"\d+(\.\d+)?\s*(元|万元|亿元|万|块)")]
    private static partial Regex HasMoney();

    [GeneratedRegex(@"\d{1,2}月\d{1,2}[日号]|\d{4}年|\d{1,2}月(份|底|初|中旬|下旬|上旬)?|[今明去]年(底|初|内)?|年底")]
    private static partial Regex HasDate();

    [GeneratedRegex(@"\d{1,2}[:：]\d{2}|\d{1,2}点|上午|下午|工作日|周[一二三四五六日]|全天|24小时(开放|服务|营业|受理)")]
    private static partial Regex HasTimeOfDay();

    [GeneratedRegex(@"\d+号(院|楼)?|位于|地址[:为是]")]
    private static partial Regex HasAddress();

    [GeneratedRegex(@"\d{3,4}-?\d{7,8}|1[3-9]\d{9}|12345|热线")]
    private static partial Regex HasPhone();

    [GeneratedRegex(@"材料|手续|流程|步骤|申请表|身份证|证明|证件|办理方式|线上办理|窗口办理")]
    private static partial Regex HasProcedure();
}
