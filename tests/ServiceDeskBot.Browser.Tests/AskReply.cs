namespace ServiceDeskBot.Browser.Tests;

/// <summary>The part of the <c>/api/ask</c> reply these tests read; declared here so the tests check the wire format.</summary>
public sealed record AskReply(string Answer, bool Answered, string Intent, string Mode, string Reason, IReadOnlyList<AskReplyCitation>? Citations = null);

/// <summary>A citation of an <c>/api/ask</c> reply, as far as these tests read it.</summary>
public sealed record AskReplyCitation(string PassageId, string Title);
