namespace ServiceDeskBot.Core.Templates;

/// <summary>A template parsed but failed while rendering (loop or recursion limit, timeout, runtime error).</summary>
public sealed class TemplateRenderException : Exception
{
    public TemplateRenderException()
    {
    }

    public TemplateRenderException(string message)
        : base(message)
    {
    }

    public TemplateRenderException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
