using ServiceDeskBot.Core.Intents;

namespace ServiceDeskBot.Core.Templates;

/// <summary>Keys of the reply templates; the intent replies use the intent labels as keys.</summary>
public static class TemplateKeys
{
    public const string Answer = "answer";
    public const string NoAnswer = "no_answer";
    public const string Greeting = IntentLabels.Greeting;
    public const string Thanks = IntentLabels.Thanks;
    public const string Handoff = IntentLabels.Handoff;
    public const string Complaint = IntentLabels.Complaint;
    public const string OutOfScope = IntentLabels.OutOfScope;

    /// <summary>Added to a handoff or complaint reply once a ticket was really opened: its number and the callback offer.</summary>
    public const string Ticket = "ticket";

    public static readonly IReadOnlyList<string> All = [Answer, NoAnswer, Greeting, Thanks, Handoff, Complaint, OutOfScope, Ticket];
}
