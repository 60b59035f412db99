namespace ServiceDeskBot.Web.Features.Admin.Corpus;

/// <summary>One thing the import screening flagged: <c>instruction</c>, <c>personal_data</c> or <c>sensitive_word</c>, the matched words and their context.</summary>
public sealed record ReviewFlagDto(string Kind, string Match, string Context);
