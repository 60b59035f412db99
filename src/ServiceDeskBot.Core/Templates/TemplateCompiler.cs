using Scriban;
using Scriban.Parsing;
using ServiceDeskBot.Core.Safety;

namespace ServiceDeskBot.Core.Templates;

/// <summary>Parses Scriban template text and turns parser messages into line/column errors.</summary>
public static class TemplateCompiler
{
    /// <summary>Returns the problems in <paramref name="body"/>; empty when it parses.</summary>
    public static IReadOnlyList<TemplateError> Validate(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (InputText.HasInvalidCharacters(body))
        {
            return [InvalidCharacters];
        }

        var template = Template.Parse(body);
        return ErrorsOf(template);
    }

    /// <summary>Parses <paramref name="body"/>; throws <see cref="TemplateValidationException"/> when it has errors.</summary>
    public static Template Compile(string key, string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (InputText.HasInvalidCharacters(body))
        {
            throw new TemplateValidationException(key, [InvalidCharacters]);
        }

        var template = Template.Parse(body, key);
        var errors = ErrorsOf(template);
        if (errors.Count > 0)
        {
            throw new TemplateValidationException(key, errors);
        }

        return template;
    }

    // NUL and lone surrogates are never stored, in templates as anywhere else.
    private static readonly TemplateError InvalidCharacters = new(1, 1, "模板包含无效字符（NUL 或不成对的代理字符）。");

    private static List<TemplateError> ErrorsOf(Template template) =>
        template.Messages
            .Where(m => m.Type == ParserMessageType.Error)
            .Select(m => new TemplateError(m.Span.Start.Line + 1, m.Span.Start.Column + 1, m.Message))
            .ToList();
}
