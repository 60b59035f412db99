using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Safety;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>The Direct Line 3.0 subset that Web Chat 4.18 and directlinejs 0.15 call, plus the anonymous widget token.</summary>
public static partial class DirectLineEndpoints
{
    public const string TokenPolicy = "directline-tokens";
    public const string PostPolicy = "directline-posts";
    public const string CorsPolicy = "directline";
    private static readonly TimeSpan PollingPatience = TimeSpan.FromSeconds(10);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var directLine = endpoints.MapGroup("/v3/directline").WithTags("DirectLine").RequireCors(CorsPolicy);
        directLine.MapPost("/tokens/generate", GenerateToken).RequireRateLimiting(TokenPolicy);
        directLine.MapPost("/tokens/refresh", RefreshToken).RequireRateLimiting(TokenPolicy);
        directLine.MapPost("/conversations", StartConversationAsync);
        directLine.MapGet("/conversations/{conversationId}", ReconnectAsync);
        directLine.MapPost("/conversations/{conversationId}/activities", PostActivityAsync).RequireRateLimiting(PostPolicy);
        // Never rate-limited: a 429 here silently stops Web Chat's polling for good.
        directLine.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        directLine.MapPost("/conversations/{conversationId}/upload", Upload);
        // Map, not MapGet: WebSockets over HTTP/2 arrive as CONNECT requests.
        directLine.Map("/conversations/{conversationId}/stream", StreamAsync).ExcludeFromDescription();

        endpoints.MapPost("/api/directline/token", AnonymousToken).WithTags("DirectLine").RequireRateLimiting(TokenPolicy);
    }

    private static Results<Ok<TokenResponse>, JsonHttpResult<DirectLineErrorBody>> GenerateToken(
        HttpRequest request, DirectLineAuthenticator authenticator, ConversationTokenIssuer issuer, TimeProvider time)
    {
        var caller = authenticator.Authenticate(request, out var error);
        if (caller is null)
        {
            return error!;
        }

        if (!caller.HoldsSecret)
        {
            return DirectLineError.Forbidden("Generating a token requires the Direct Line secret.");
        }

        var token = issuer.Issue(NewConversationId());
        return TypedResults.Ok(new TokenResponse(token.ConversationId, token.Value, token.ExpiresInSeconds(time)));
    }

    private static Results<Ok<TokenResponse>, JsonHttpResult<DirectLineErrorBody>> RefreshToken(
        HttpRequest request, DirectLineAuthenticator authenticator, ConversationTokenIssuer issuer, TimeProvider time)
    {
        var caller = authenticator.Authenticate(request, out var error);
        if (caller is null)
        {
            return error!;
        }

        if (caller.Token is null)
        {
            return DirectLineError.BadRequest("TokenRequired", "Refresh needs a conversation token, not the secret.");
        }

        var token = issuer.Issue(caller.Token.ConversationId);
        return TypedResults.Ok(new TokenResponse(token.ConversationId, token.Value, token.ExpiresInSeconds(time)));
    }

    private static Ok<TokenResponse> AnonymousToken(ConversationTokenIssuer issuer, TimeProvider time)
    {
        var token = issuer.Issue(NewConversationId());
        return TypedResults.Ok(new TokenResponse(token.ConversationId, token.Value, token.ExpiresInSeconds(time)));
    }

    private static async Task<Results<Created<ConversationResponse>, Ok<ConversationResponse>, JsonHttpResult<DirectLineErrorBody>>> StartConversationAsync(
        HttpRequest request,
        DirectLineAuthenticator authenticator,
        ConversationTokenIssuer issuer,
        DirectLineConversationStore conversations,
        BotActivityComposer composer,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var caller = authenticator.Authenticate(request, out var error);
        if (caller is null)
        {
            return error!;
        }

        var conversationId = caller.Token?.ConversationId ?? NewConversationId();
        var created = await conversations.CreateAsync(conversationId, composer.Welcome(), cancellationToken);
        var response = Describe(request, issuer.Issue(conversationId), watermark: default, time);
        return created
            ? TypedResults.Created($"{request.PathBase}/v3/directline/conversations/{Uri.EscapeDataString(conversationId)}", response)
            : TypedResults.Ok(response);
    }

    private static async Task<Results<Ok<ConversationResponse>, JsonHttpResult<DirectLineErrorBody>>> ReconnectAsync(
        string conversationId,
        string? watermark,
        HttpRequest request,
        DirectLineAuthenticator authenticator,
        ConversationTokenIssuer issuer,
        DirectLineConversationStore conversations,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (authenticator.AuthenticateFor(request, conversationId, out var error) is null)
        {
            return error!;
        }

        if (!await conversations.ExistsAsync(conversationId, cancellationToken))
        {
            return DirectLineError.ConversationNotFound();
        }

        return TypedResults.Ok(Describe(request, issuer.Issue(conversationId), Watermark.Parse(watermark), time));
    }

    private static async Task<Results<Ok<ActivityIdResponse>, JsonHttpResult<DirectLineErrorBody>>> PostActivityAsync(
        string conversationId,
        HttpRequest request,
        DirectLineAuthenticator authenticator,
        DirectLineConversationStore conversations,
        BotTurnInbox turns,
        PiiMasker masker,
        IOptions<DirectLineOptions> options,
        CancellationToken cancellationToken)
    {
        if (authenticator.AuthenticateFor(request, conversationId, out var error) is null)
        {
            return error!;
        }

        var maxBytes = options.Value.MaxActivityBytes;
        var body = await ReadBodyAsync(request, maxBytes, cancellationToken);
        if (body is null)
        {
            return DirectLineError.TooLarge(maxBytes);
        }

        if (!IncomingActivity.TryParse(body.Value, out var activity, out var problem))
        {
            return DirectLineError.BadRequest("BadArgument", problem);
        }

        // The bot invites citizens to type a callback number: the stored message (and every transcript read from it)
        // carries it masked, and only the turn in memory sees what was typed.
        var typed = activity["type"]?.GetValue<string>() == "message" ? activity["text"]?.GetValue<string>() : null;
        CitizenActivityMasking.Mask(activity, masker);

        var stored = await conversations.AppendAsync(conversationId, activity, cancellationToken);
        if (stored is null)
        {
            return DirectLineError.ConversationNotFound();
        }

        turns.Enqueue(new BotTurn(conversationId, stored, Text: typed));
        return TypedResults.Ok(new ActivityIdResponse(stored["id"]!.GetValue<string>()));
    }

    private static async Task<Results<Ok<ActivitySet>, JsonHttpResult<DirectLineErrorBody>>> GetActivitiesAsync(
        string conversationId,
        string? watermark,
        HttpRequest request,
        DirectLineAuthenticator authenticator,
        DirectLineConversationStore conversations,
        ILogger<DirectLineConversationStore> logger,
        CancellationToken cancellationToken)
    {
        if (authenticator.AuthenticateFor(request, conversationId, out var error) is null)
        {
            return error!;
        }

        var after = Watermark.Parse(watermark);
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        patience.CancelAfter(PollingPatience);
        try
        {
            var set = await conversations.ReadAfterAsync(conversationId, after, patience.Token);
            return set is null ? DirectLineError.ConversationNotFound() : TypedResults.Ok(set);
        }
        catch (Exception ex) when (ex is DbException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // Any error status or a hang past 20 s stops Web Chat's polling for good; an empty set makes it ask again.
            LogPollingAnsweredEmpty(logger, ex, conversationId);
            return TypedResults.Ok(new ActivitySet([], after.ToString()));
        }
    }

    private static Results<Ok, JsonHttpResult<DirectLineErrorBody>> Upload(
        string conversationId, HttpRequest request, DirectLineAuthenticator authenticator)
    {
        if (authenticator.AuthenticateFor(request, conversationId, out var error) is null)
        {
            return error!;
        }

        return DirectLineError.BadRequest("NotSupported", "File upload is not supported on this channel.");
    }

    private static async Task<Results<EmptyHttpResult, JsonHttpResult<DirectLineErrorBody>>> StreamAsync(
        string conversationId,
        string? t,
        string? watermark,
        HttpContext context,
        ConversationTokenIssuer issuer,
        DirectLineConversationStore conversations,
        ActivityStreamSession session,
        IOptions<DirectLineOptions> options)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            return DirectLineError.BadRequest("BadArgument", "This address only accepts WebSocket connections.");
        }

        // Browsers send no Authorization header on a WebSocket, so the token travels in the URL; the secret never does.
        var token = issuer.Validate(t);
        if (token is null || token.ConversationId != conversationId)
        {
            return DirectLineError.Forbidden("The stream token is invalid, expired or for another conversation.");
        }

        // CORS does not cover WebSockets: any page could open one with the citizen's token, so check Origin here.
        if (!IsOriginAllowed(context.Request, options.Value.AllowedOrigins))
        {
            return DirectLineError.Result("OriginNotAllowed", "This origin may not open the stream.", StatusCodes.Status403Forbidden);
        }

        if (!await conversations.ExistsAsync(conversationId, context.RequestAborted))
        {
            return DirectLineError.ConversationNotFound();
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        await session.RunAsync(socket, conversationId, Watermark.Parse(watermark), context.RequestAborted);
        return TypedResults.Empty;
    }

    private static ConversationResponse Describe(HttpRequest request, ConversationToken token, Watermark watermark, TimeProvider time)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        var streamUrl = $"{scheme}://{request.Host}{request.PathBase}/v3/directline/conversations/"
            + $"{Uri.EscapeDataString(token.ConversationId)}/stream?t={Uri.EscapeDataString(token.Value)}";
        if (watermark.Durable > 0 || watermark.Ephemeral > 0)
        {
            streamUrl += "&watermark=" + Uri.EscapeDataString(watermark.ToString());
        }

        return new ConversationResponse(token.ConversationId, token.Value, token.ExpiresInSeconds(time), streamUrl);
    }

    private static async Task<ReadOnlyMemory<byte>?> ReadBodyAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static bool IsOriginAllowed(HttpRequest request, IList<string> allowedOrigins)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return true;
        }

        if (Uri.TryCreate(origin, UriKind.Absolute, out var originUri)
            && string.Equals(originUri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return allowedOrigins.Any(allowed => string.Equals(allowed.TrimEnd('/'), origin.TrimEnd('/'), StringComparison.OrdinalIgnoreCase));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Polling conversation {ConversationId} answered empty because the store failed")]
    private static partial void LogPollingAnsweredEmpty(ILogger logger, Exception exception, string conversationId);

    private static string NewConversationId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
