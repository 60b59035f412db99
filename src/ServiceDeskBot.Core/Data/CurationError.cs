namespace ServiceDeskBot.Core.Data;

/// <summary>A problem with admin input: the field it concerns and a message for the admin.</summary>
public sealed record CurationError(string Field, string Message);
