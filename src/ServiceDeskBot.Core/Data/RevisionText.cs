namespace ServiceDeskBot.Core.Data;

/// <summary>Plain-text renderings of curated-answer snapshots, compared line by line on the history page.</summary>
public static class RevisionText
{
    public static string Of(CuratedAnswerRevision revision)
    {
        ArgumentNullException.ThrowIfNull(revision);
        return Format(revision.Question, revision.AlternateQuestions, revision.Answer, revision.CitedPassageIds, revision.Enabled);
    }

    public static string Of(CuratedAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return Format(answer.Question, answer.AlternateQuestions, answer.Answer, answer.CitedPassageIds, answer.Enabled);
    }

    private static string Format(string question, IEnumerable<string> alternates, string answer, IEnumerable<string> cited, bool enabled) =>
        string.Join('\n',
        [
            "问题：" + question,
            .. alternates.Select(a => "其他问法：" + a),
            "答案：",
            answer,
            .. cited.Select(c => "引用段落：" + c),
            "状态：" + (enabled ? "启用" : "停用"),
        ]);
}
