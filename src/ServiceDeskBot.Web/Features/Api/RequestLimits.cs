using Microsoft.AspNetCore.Http.HttpResults;
using ServiceDeskBot.Core.Safety;

namespace ServiceDeskBot.Web.Features.Api;

/// <summary>Limits on what callers may send; beyond them the request is refused with a 400.</summary>
internal static class RequestLimits
{
    public const int MaxQuestionLength = InputText.MaxQuestionLength;
    public const int MinTop = 1;
    public const int MaxTop = 50;
    public const int DefaultTop = 5;

    /// <summary>Largest request body the JSON API reads; a 500-character question is about 2 KB of JSON.</summary>
    public const long MaxBodyBytes = 16 * 1024;

    /// <summary>
    /// Checks a question or query field through <see cref="InputText"/>: <paramref name="cleaned"/> is what the
    /// endpoint uses from then on. Returns the validation errors, empty when valid.
    /// </summary>
    public static Dictionary<string, string[]> CheckText(string field, string? value, out string cleaned)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var check = InputText.Check(value);
        cleaned = check.Text;
        if (!check.IsValid)
        {
            errors[field] = [check.Message];
        }

        return errors;
    }

    /// <summary>The 503 for requests that arrive while the passage index is still loading.</summary>
    public static ProblemHttpResult IndexLoading() =>
        TypedResults.Problem("索引正在加载，请稍后再试。", statusCode: StatusCodes.Status503ServiceUnavailable);
}
