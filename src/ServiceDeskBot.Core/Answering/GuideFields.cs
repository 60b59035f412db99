using System.Text.RegularExpressions;

namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// The standard fields of a government service guide (办事指南) and fee list: 收费标准, 办理时限, 申请材料, 办理地点,
/// 办公时间, 咨询电话, 办理对象 …, each tied to the kind of fact a citizen asks for it with. A guide states the fact under
/// its field's heading or in its field's column, often without the words the question uses ("要交多少钱" for a row
/// "收费标准：免费", "去哪里办" for "受理地点：各区服务窗口"), so a quote under the asked field's heading or holding a cell
/// of the asked field's column holds a fact of the asked kind. Written from how such guides are laid out in general.
/// </summary>
public static partial class GuideFields
{
    /// <summary>Whether <paramref name="header"/> (a column header or a section heading) names the field that answers <paramref name="kind"/>.</summary>
    public static bool Names(AnswerKind kind, string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        return header.Length > 0 && FieldOf(kind) is { } field && field.IsMatch(header);
    }

    /// <summary>
    /// Whether a quote holds the asked field: a table row with a non-empty cell under a header naming it, or a quote
    /// standing under a section heading (<paramref name="heading"/>) naming it. Both texts NFKC.
    /// </summary>
    public static bool Holds(AnswerKind kind, string quote, string heading)
    {
        ArgumentNullException.ThrowIfNull(quote);
        ArgumentNullException.ThrowIfNull(heading);
        if (FieldOf(kind) is null)
        {
            return false;
        }

        if (QuoteClauses.RowParts(quote) is { } row)
        {
            return row.Cells.Any(c => HoldsCell(kind, row.Caption, c.Header, c.Value));
        }

        return Names(kind, heading) && !string.Equals(quote.Trim(), heading.Trim(), StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether a row's cell holds the asked field: a value under a header naming it, or, for an amount, a bare figure
    /// in a table whose caption or column names a fee ("保教费｜…寄宿制：820", "伙食费：15"). A fee table states its
    /// unit once above the rows ("单位：元/生·月"), so its cells are amounts without a 元. A serial number or a cell
    /// under another field's header (承诺时限：15) is not.
    /// </summary>
    public static bool HoldsCell(AnswerKind kind, string caption, string header, string value)
    {
        ArgumentNullException.ThrowIfNull(caption);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(value);
        if (Names(kind, header))
        {
            return HasValue(value);
        }

        return kind == AnswerKind.Money && BareFigure().IsMatch(value.Trim()) && (NamesFee(caption) || NamesFee(header))
               && !Serial().IsMatch(header) && !OtherKinds.Any(k => Names(k, header));
    }

    /// <summary>Whether a table cell holds a value: a dash or "无" says the field does not apply, which is no answer.</summary>
    public static bool HasValue(string value) => value.Trim().Trim('—', '-', '/', '无', ' ').Length > 0;

    private static Regex? FieldOf(AnswerKind kind) => kind switch
    {
        AnswerKind.Money => MoneyField(),
        AnswerKind.Duration => DurationField(),
        AnswerKind.Date => DateField(),
        AnswerKind.TimeOfDay => HoursField(),
        AnswerKind.Address => PlaceField(),
        AnswerKind.Phone => PhoneField(),
        AnswerKind.Procedure => MaterialsField(),
        AnswerKind.Eligibility or AnswerKind.Scope => EligibilityField(),
        _ => null,
    };

    private static readonly AnswerKind[] OtherKinds =
        [AnswerKind.Duration, AnswerKind.Date, AnswerKind.TimeOfDay, AnswerKind.Address, AnswerKind.Phone, AnswerKind.Procedure, AnswerKind.Eligibility];

    // A fee named on its own ("保教费", "伙食费") names an amount only as a caption or column, never as a field word of
    // a question: there 费 ends the item asked about (物业费), which the item check must still compare.
    private static bool NamesFee(string text) => MoneyField().IsMatch(text) || FeeName().IsMatch(text.Trim());

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}费$")]
    private static partial Regex FeeName();

    [GeneratedRegex(@"^\d+(?:\.\d+)?$")]
    private static partial Regex BareFigure();

    [GeneratedRegex(@"序号|编号|编码|代码|年份|年度|人数|数量|次数")]
    private static partial Regex Serial();

    // 最高限额, 补贴上限: the cap of an amount is an amount; 优惠标准 is what a concession charges (免费乘车, 半价).
    [GeneratedRegex(@"收费|费用|工本费|价格|金额|租金|津贴|补贴|补助|奖励|奖补|补偿|缴费标准|收费标准|资费|水价|电价|气价|票价|单价|限额|上限|优惠标准")]
    private static partial Regex MoneyField();

    [GeneratedRegex(@"时限|期限|办结|时长|周期|办理时间|审核时间")]
    private static partial Regex DurationField();

    // A heading naming the time of what the guide is about ("二、体检时间", "报名时间") gives its dates and hours; the time
    // a procedure takes (办理时间, 审核时间) is a duration.
    [GeneratedRegex(@"日期|截止|起止|受理时间|申请时间|申报时间|缴费期|缴费时间|活动时间|施行|执行时间|(?<!办理|审核|办结)时间\s*$")]
    private static partial Regex DateField();

    [GeneratedRegex(@"办公时间|工作时间|受理时间|服务时间|开放时间|窗口时间|营业时间|(?<!办理|审核|办结)时间\s*$")]
    private static partial Regex HoursField();

    [GeneratedRegex(@"地点|地址|窗口|受理机构|办理机构|实施机构|受理单位|办理部门|受理部门|渠道|场所|办理方式|申请方式|申领方式|缴费方式")]
    private static partial Regex PlaceField();

    [GeneratedRegex(@"电话|咨询方式|联系方式|热线")]
    private static partial Regex PhoneField();

    [GeneratedRegex(@"材料|证件|要件|申请表|流程|程序|步骤")]
    private static partial Regex MaterialsField();

    [GeneratedRegex(@"条件|对象|资格|适用范围|范围|申请人|服务对象")]
    private static partial Regex EligibilityField();
}
