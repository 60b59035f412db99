using System.Globalization;
using ServiceDeskBot.Core.Intents;

namespace ServiceDeskBot.Core.Answering.Turn;

/// <summary>Renders a decision record as the Chinese line staff read in the console and the review pages.</summary>
public static class DecisionText
{
    public static string Render(IEnumerable<DecisionNote> notes)
    {
        ArgumentNullException.ThrowIfNull(notes);
        return string.Join("；", notes.Select(Render));
    }

    public static string Render(DecisionNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        var detail = note.Detail;
        return note.Code switch
        {
            DecisionCode.SensitiveWord => "拒答：问题含敏感词，未检索、未调用大模型",
            DecisionCode.FollowUpReadAs => "追问理解为：" + detail,
            DecisionCode.Curated => "精选答案 " + detail,
            DecisionCode.Act => "意图 " + ActInChinese(detail),
            DecisionCode.ActOverruled => "意图 " + ActInChinese(detail) + " 未采用：资料可以明确回答，按问题处理",
            DecisionCode.NoPassage => "拒答：资料中没有相关段落",
            DecisionCode.PlaceMismatch => "拒答：地点不符，问的是" + detail,
            DecisionCode.NumberMismatch => "拒答：问题中的数字或年份不在段落中",
            DecisionCode.ScopeMismatch => "拒答：层级不符，问的是" + detail,
            DecisionCode.OwnSpot => "拒答：问的是提问人身边的具体地方（" + detail + "），资料只讲到街道、区、市一级",
            DecisionCode.NothingAsked => "拒答：问题只有地名，没有说要问什么",
            DecisionCode.QualifierMismatch => "拒答：问的是" + detail + "，摘录说的是另一个",
            DecisionCode.KindMissing => "拒答：摘录中没有所问的" + detail,
            DecisionCode.SlotMissing => "拒答：摘录中没有所问" + detail,
            DecisionCode.Superseded => "文件已被代替，按新文件答复：" + detail,
            DecisionCode.Expired => "拒答：文件已失效且无替代文件：" + detail,
            DecisionCode.NotYetInForce => "提示：文件尚未施行：" + detail,
            DecisionCode.DocumentFact => "按文件登记信息答复：" + detail,
            DecisionCode.LowScore => "拒答：判定分 " + detail,
            DecisionCode.Answerable => "可答：判定分 " + detail,
            DecisionCode.Unsure => "判定不确定（" + detail + "），交大模型依据资料判断",
            DecisionCode.LlmAnswered => "大模型作答，核对通过：" + detail,
            DecisionCode.LlmNoAnswer => "大模型判断资料不能回答",
            DecisionCode.LlmNotUsed => "大模型回复未采用（" + detail + "），改用模板摘录",
            DecisionCode.NoLlm => "未配置大模型，模板摘录",
            DecisionCode.ItemMismatch => "拒答：问的是" + detail + "，摘录的表格行或章节是另一个事项",
            DecisionCode.ReplyScreened => "大模型回复含敏感词，未展示，改用模板回复",
            DecisionCode.Cached => "同一问题此前的答复（所依据的资料、精选答案、模板和词表均未变）",
            DecisionCode.RunnerUp => "采用排名第" + detail + "的段落摘录",
            _ => note.Code.ToString() + " " + detail,
        };
    }

    // An act's detail is "label（置信度 0.93）"; staff read the label in Chinese.
    private static string ActInChinese(string detail)
    {
        var end = detail.IndexOf('（', StringComparison.Ordinal);
        return end < 0 ? IntentNames.Chinese(detail) : IntentNames.Chinese(detail[..end]) + detail[end..];
    }

    /// <summary>A score with two decimals, as the notes show it.</summary>
    public static string Score(double value) => value.ToString("F2", CultureInfo.InvariantCulture);

    /// <summary>A bar as configured (up to three decimals: 0.475 is not shown as 0.47).</summary>
    public static string Bar(double value) => value.ToString("0.00#", CultureInfo.InvariantCulture);
}
