namespace ServiceDeskBot.Core.Answering;

/// <summary>What the evidence finder reads of a passage whatever the question: its quote candidates and headings.</summary>
/// <param name="Heading">Headline, section and the places the passage is about, NFKC and lower case.</param>
/// <param name="Text">The passage's text, NFKC and lower case.</param>
/// <param name="FirstBlock">Its first block when short enough to be a heading (NFKC), else empty.</param>
/// <param name="Candidates">The spans that may be quoted, in passage order.</param>
internal sealed record PassageQuotes(string Heading, string Text, string FirstBlock, IReadOnlyList<QuoteCandidate> Candidates);
