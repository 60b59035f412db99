using Microsoft.AspNetCore.Http.HttpResults;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>One Direct Line error; the factories pick the status codes Web Chat reacts to correctly.</summary>
public sealed record DirectLineError(string Code, string Message)
{
    /// <summary>400: the request itself is wrong; Web Chat shows the message as not sent.</summary>
    public static JsonHttpResult<DirectLineErrorBody> BadRequest(string code, string message) => Result(code, message, StatusCodes.Status400BadRequest);

    /// <summary>401: no credentials at all.</summary>
    public static JsonHttpResult<DirectLineErrorBody> MissingCredentials() =>
        Result("MissingToken", "An Authorization: Bearer header is required.", StatusCodes.Status401Unauthorized);

    /// <summary>403: Web Chat treats this as a dead token and disconnects, so only for invalid, expired or foreign tokens.</summary>
    public static JsonHttpResult<DirectLineErrorBody> Forbidden(string message) => Result("TokenInvalid", message, StatusCodes.Status403Forbidden);

    /// <summary>404: the conversation is over (or never existed) as far as Web Chat is concerned.</summary>
    public static JsonHttpResult<DirectLineErrorBody> ConversationNotFound() =>
        Result("BadArgument", "Conversation not found.", StatusCodes.Status404NotFound);

    public static JsonHttpResult<DirectLineErrorBody> TooLarge(int maxBytes) =>
        Result("MessageSizeTooBig", $"Activities are limited to {maxBytes} bytes.", StatusCodes.Status413PayloadTooLarge);

    public static JsonHttpResult<DirectLineErrorBody> Result(string code, string message, int statusCode) =>
        TypedResults.Json(new DirectLineErrorBody(new DirectLineError(code, message)), statusCode: statusCode);
}
