namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>Who is calling: the trusted backend holding the secret, or a browser holding one conversation's token.</summary>
public sealed record DirectLineCaller(bool HoldsSecret, ConversationToken? Token)
{
    public bool MayOpen(string conversationId) => HoldsSecret || Token?.ConversationId == conversationId;
}
