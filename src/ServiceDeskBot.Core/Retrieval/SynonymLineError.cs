namespace ServiceDeskBot.Core.Retrieval;

/// <summary>A line of an admin synonym list that cannot be saved, and why (in Chinese, for the admin).</summary>
/// <param name="Line">The 1-based line number as the admin sees it in the text box.</param>
/// <param name="Message">What is wrong with the line, naming the line.</param>
public sealed record SynonymLineError(int Line, string Message);
