namespace ServiceDeskBot.Core.Llm;

/// <summary>Names of the prompts the LLM answer path needs; each must be listed in <c>prompts/manifest.json</c>.</summary>
public static class PromptNames
{
    public const string System = "system";
    public const string GroundedAnswer = "grounded-answer";
    public const string FollowUpRewrite = "follow-up-rewrite";
    public const string UnsureAnswer = "unsure-answer";

    public static IReadOnlyList<string> All { get; } = [System, GroundedAnswer, FollowUpRewrite, UnsureAnswer];
}
