namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>What a citizen's reply to the callback offer was.</summary>
public sealed record CallbackReply(CallbackReplyKind Kind, CallbackNumber? Number);
