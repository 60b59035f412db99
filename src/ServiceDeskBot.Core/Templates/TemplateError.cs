namespace ServiceDeskBot.Core.Templates;

/// <summary>A problem found in a template, with a one-based line and column for the admin editor.</summary>
public sealed record TemplateError(int Line, int Column, string Message)
{
    public override string ToString() => $"第 {Line} 行第 {Column} 列：{Message}";
}
