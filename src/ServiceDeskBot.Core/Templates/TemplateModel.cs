namespace ServiceDeskBot.Core.Templates;

/// <summary>
/// What a reply template can use besides the service-desk facts. Strings here may come from citizens or from
/// ingested documents; the renderer neutralizes them before the template sees them.
/// </summary>
public sealed record TemplateModel
{
    /// <summary>
    /// The citizen's question as typed; templates see it as a short excerpt with personal data masked
    /// (<see cref="Safety.PiiMasker.MaskedExcerpt"/>), never whole.
    /// </summary>
    public string Question { get; init; } = "";

    /// <summary>Quoted sentences with their citation numbers, in citation order.</summary>
    public IReadOnlyList<TemplateQuote> Quotes { get; init; } = [];

    /// <summary>The caution that fits the sources quoted (a newspaper report is not the policy itself).</summary>
    public string Disclaimer { get; init; } = "";

    /// <summary>Free answer text (e.g. written by the LLM); when empty, templates get the quotes joined.</summary>
    public string Answer { get; init; } = "";

    /// <summary>The number of the ticket just opened (<c>20261201-0042</c>), for the ticket template.</summary>
    public string TicketNumber { get; init; } = "";

    /// <summary>Why the ticket was opened: <c>handoff</c> or <c>complaint</c>.</summary>
    public string TicketKind { get; init; } = "";
}
