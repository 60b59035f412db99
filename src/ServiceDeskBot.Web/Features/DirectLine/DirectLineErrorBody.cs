namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>Direct Line's error shape, <c>{"error":{"code","message"}}</c>. Clients act on the status code only.</summary>
public sealed record DirectLineErrorBody(DirectLineError Error);
