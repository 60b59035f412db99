namespace ServiceDeskBot.Core.Safety;

/// <summary>The outcome of <see cref="InputText.Check"/>: the cleaned text, or why the input was refused.</summary>
/// <param name="Text">The cleaned text; empty when refused.</param>
/// <param name="Problem">What was wrong, <see cref="InputTextProblem.None"/> when the text is usable.</param>
/// <param name="MaxLength">The limit the text was checked against, for the message.</param>
public sealed record InputTextCheck(string Text, InputTextProblem Problem, int MaxLength)
{
    public bool IsValid => Problem == InputTextProblem.None;

    /// <summary>The problem as shown to the person who typed the text (Simplified Chinese); empty when valid.</summary>
    public string Message => Problem switch
    {
        InputTextProblem.Empty => "不能为空。",
        InputTextProblem.TooLong => $"长度不能超过 {MaxLength} 个字符。",
        InputTextProblem.InvalidCharacters => "包含无效字符。",
        _ => "",
    };
}
