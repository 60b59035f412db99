namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>Answer of a posted activity: its server id. Web Chat counts an empty body as a failed send.</summary>
public sealed record ActivityIdResponse(string Id);
