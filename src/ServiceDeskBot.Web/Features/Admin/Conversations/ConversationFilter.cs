namespace ServiceDeskBot.Web.Features.Admin.Conversations;

/// <summary>
/// The conversation log's filters, as the query string carries them. A conversation is listed when at least one of its
/// turns matches every filter given.
/// </summary>
public sealed class ConversationFilter
{
    /// <summary>First day shown (the desk's local calendar), inclusive.</summary>
    public DateOnly? From { get; set; }

    /// <summary>Last day shown, inclusive.</summary>
    public DateOnly? To { get; set; }

    /// <summary><c>webchat</c> (citizens, the default), <c>console</c>, <c>api</c>, or <c>all</c>.</summary>
    public string? Channel { get; set; }

    /// <summary><c>answered</c> or <c>unanswered</c>.</summary>
    public string? Outcome { get; set; }

    /// <summary><c>liked</c>, <c>disliked</c> or <c>none</c> (not rated).</summary>
    public string? Feedback { get; set; }

    /// <summary>An intent label (question, greeting, …).</summary>
    public string? Intent { get; set; }

    public int Page { get; set; } = 1;
}
