namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>A signed bearer token that opens exactly one conversation until it expires.</summary>
public sealed record ConversationToken(string Value, string ConversationId, DateTimeOffset ExpiresAt)
{
    public int ExpiresInSeconds(TimeProvider time) =>
        (int)Math.Max(0, (ExpiresAt - (time ?? TimeProvider.System).GetUtcNow()).TotalSeconds);
}
