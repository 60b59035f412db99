using ServiceDeskBot.Core.Safety;

namespace ServiceDeskBot.Core.Data;

/// <summary>The editable fields of a curated answer, as an admin submitted them (form, CSV row or JSON).</summary>
public sealed record CuratedAnswerDraft(
    string Question,
    IReadOnlyList<string> AlternateQuestions,
    string Answer,
    IReadOnlyList<string> CitedPassageIds,
    bool Enabled)
{
    public const int MaxQuestionLength = 500;
    public const int MaxAnswerLength = 8000;
    public const int MaxAlternates = 50;
    public const int MaxCitations = 20;

    /// <summary>
    /// Returns what is wrong with the draft; empty when it can be saved. <paramref name="passageExists"/> checks cited
    /// ids against the loaded index; null when no index is loaded, in which case ids are only checked for shape.
    /// </summary>
    public IReadOnlyList<CurationError> Validate(Func<string, bool>? passageExists)
    {
        var errors = new List<CurationError>();
        if (new[] { Question, Answer }.Concat(AlternateQuestions).Concat(CitedPassageIds).Any(t => InputText.HasInvalidCharacters(t)))
        {
            errors.Add(new(nameof(Question), "内容包含无效字符（NUL 或不成对的代理字符）。"));
            return errors;
        }

        if (string.IsNullOrWhiteSpace(Question))
        {
            errors.Add(new(nameof(Question), "请填写问题。"));
        }
        else if (Question.Trim().Length > MaxQuestionLength)
        {
            errors.Add(new(nameof(Question), $"问题不能超过 {MaxQuestionLength} 个字。"));
        }

        if (string.IsNullOrWhiteSpace(Answer))
        {
            errors.Add(new(nameof(Answer), "请填写答案。"));
        }
        else if (Answer.Trim().Length > MaxAnswerLength)
        {
            errors.Add(new(nameof(Answer), $"答案不能超过 {MaxAnswerLength} 个字。"));
        }

        if (AlternateQuestions.Count > MaxAlternates)
        {
            errors.Add(new(nameof(AlternateQuestions), $"其他问法最多 {MaxAlternates} 条。"));
        }
        else if (AlternateQuestions.FirstOrDefault(a => a.Length > MaxQuestionLength) is not null)
        {
            errors.Add(new(nameof(AlternateQuestions), $"每条其他问法不能超过 {MaxQuestionLength} 个字。"));
        }

        if (CitedPassageIds.Count > MaxCitations)
        {
            errors.Add(new(nameof(CitedPassageIds), $"引用段落最多 {MaxCitations} 个。"));
        }
        else if (passageExists is not null)
        {
            var unknown = CitedPassageIds.Where(id => !passageExists(id)).ToList();
            if (unknown.Count > 0)
            {
                errors.Add(new(nameof(CitedPassageIds), $"资料库中没有这些段落：{string.Join("、", unknown)}。"));
            }
        }

        return errors;
    }

    /// <summary>
    /// The draft as it is stored: through the same <see cref="InputText"/> cleaning as citizens' questions (control
    /// and bidirectional characters removed, NFC), surrounding blanks removed and empty or repeated lines dropped.
    /// </summary>
    public CuratedAnswerDraft Normalized() => new(
        Clean(Question, MaxQuestionLength),
        CleanList(AlternateQuestions.Select(a => Clean(a, MaxQuestionLength))),
        Clean(Answer, MaxAnswerLength),
        CleanList(CitedPassageIds),
        Enabled);

    /// <summary>Splits multi-line form input into one item per line.</summary>
    public static IReadOnlyList<string> Lines(string? text) => CleanList((text ?? "").Split('\n'));

    private static string Clean(string text, int maxLength) =>
        InputText.Check(text, maxLength) is { IsValid: true } check ? check.Text : text.Trim();

    private static List<string> CleanList(IEnumerable<string> items) =>
        items.Select(i => i.Trim()).Where(i => i.Length > 0).Distinct(StringComparer.Ordinal).ToList();
}
