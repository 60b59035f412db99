namespace ServiceDeskBot.Web.Features.Admin.Conversations;

/// <summary>One row of the conversation log.</summary>
public sealed record ConversationSummary(
    string ConversationId,
    string Channel,
    DateTimeOffset StartedAt,
    DateTimeOffset LastAt,
    string FirstQuestion,
    int Turns,
    int Unanswered,
    int Disliked);
