namespace ServiceDeskBot.Web.Features.Admin.Templates;

/// <summary>The template edit form as posted.</summary>
public sealed class TemplateInput
{
    public string? Body { get; set; }

    public bool Enabled { get; set; } = true;

    /// <summary>Concurrency stamp of the template when the form was opened; empty when it was not stored yet.</summary>
    public Guid? Stamp { get; set; }
}
