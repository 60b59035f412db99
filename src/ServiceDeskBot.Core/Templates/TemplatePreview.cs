namespace ServiceDeskBot.Core.Templates;

/// <summary>The result of trying a template in the admin editor: the rendered text, or what is wrong with it.</summary>
public sealed record TemplatePreview(string? Output, IReadOnlyList<TemplateError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
