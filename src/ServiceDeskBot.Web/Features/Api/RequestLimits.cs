using Microsoft.AspNetCore.Http.HttpResults;

namespace ServiceDeskBot.Web.Features.Api;

/// <summary>Limits on what callers may send; beyond them the request is refused with a 400.</summary>
internal static class RequestLimits
{
    public const int MaxQuestionLength = 500;
    public const int MinTop = 1;
    public const int MaxTop = 50;
    public const int DefaultTop = 5;

    /// <summary>Checks a question or query field; returns the validation errors, empty when valid.</summary>
    public static Dictionary<string, string[]> CheckText(string field, string? value)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = ["不能为空。"];
        }
        else if (value.Length > MaxQuestionLength)
        {
            errors[field] = [$"长度不能超过 {MaxQuestionLength} 个字符。"];
        }
        else if (value.Contains('\0', StringComparison.Ordinal))
        {
            errors[field] = ["包含无效字符。"];
        }

        return errors;
    }

    /// <summary>The 503 for requests that arrive while the passage index is still loading.</summary>
    public static ProblemHttpResult IndexLoading() =>
        TypedResults.Problem("索引正在加载，请稍后再试。", statusCode: StatusCodes.Status503ServiceUnavailable);
}
