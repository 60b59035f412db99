namespace ServiceDeskBot.Core.Templates;

/// <summary>A template failed to parse; <see cref="Errors"/> says where.</summary>
public sealed class TemplateValidationException : Exception
{
    public TemplateValidationException()
        : this("", [])
    {
    }

    public TemplateValidationException(string message)
        : this(message, [])
    {
    }

    public TemplateValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public TemplateValidationException(string key, IReadOnlyList<TemplateError> errors)
        : base(FormatMessage(key, errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<TemplateError> Errors { get; }

    private static string FormatMessage(string key, IReadOnlyList<TemplateError> errors) =>
        $"模板“{key}”有语法错误：{string.Join("；", errors)}";
}
