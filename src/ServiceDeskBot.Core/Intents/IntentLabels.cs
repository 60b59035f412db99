namespace ServiceDeskBot.Core.Intents;

/// <summary>The kinds of turn the classifier tells apart.</summary>
public static class IntentLabels
{
    public const string Question = "question";
    public const string Greeting = "greeting";
    public const string Thanks = "thanks";
    public const string Handoff = "handoff";
    public const string Complaint = "complaint";
    public const string OutOfScope = "out_of_scope";

    public static readonly IReadOnlyList<string> All = [Question, Greeting, Thanks, Handoff, Complaint, OutOfScope];
}
