namespace ServiceDeskBot.Web.Tests.Hostile;

/// <summary>Who sends a hostile request.</summary>
internal enum Caller
{
    /// <summary>No credentials at all.</summary>
    Anonymous,

    /// <summary>A clerk signed in through the form (real cookie).</summary>
    Staff,

    /// <summary>An administrator signed in through the form (real cookie).</summary>
    Admin,

    /// <summary>A citizen holding the token of <c>{conversation}</c>, a conversation started for this case.</summary>
    Citizen,

    /// <summary>A citizen holding the token of another conversation than <c>{conversation}</c>.</summary>
    OtherCitizen,

    /// <summary>A token for <c>{conversation}</c> whose signature was tampered with.</summary>
    ForgedToken,

    /// <summary>The Direct Line secret, as a trusted backend.</summary>
    Secret,
}

/// <summary>How a request body is built.</summary>
internal enum BodyKind
{
    None,

    /// <summary><see cref="HostileCase.Body"/> sent as it is with <see cref="HostileCase.ContentType"/>.</summary>
    Raw,

    /// <summary>Form fields (<see cref="HostileCase.Fields"/>) with the antiforgery token of <see cref="HostileCase.TokenPage"/>.</summary>
    Form,

    /// <summary>Form fields without any antiforgery token.</summary>
    FormWithoutToken,

    /// <summary>Form fields with an antiforgery token that was never issued.</summary>
    FormWithForgedToken,

    /// <summary>A multipart upload of <see cref="HostileCase.Body"/> named <see cref="HostileCase.FileName"/>, with the token of <see cref="HostileCase.TokenPage"/>.</summary>
    Upload,
}

/// <summary>
/// One hostile request and what it must get: the exact status, and the exact changes to the database and the admins'
/// folders (<see cref="Writes"/>; anything not listed must not change). <see cref="Repeat"/> sends it that many times
/// (a flood) and checks the last status. Paths may name <c>{conversation}</c>, <c>{curated}</c> and <c>{token}</c>.
/// </summary>
internal sealed record HostileCase(string Name, Caller Caller, string Method, string Path, int Expected)
{
    public BodyKind BodyKind { get; init; }

    public string? Body { get; init; }

    /// <summary>Raw bytes to send instead of <see cref="Body"/> (for bodies that are not valid UTF-8).</summary>
    public IReadOnlyList<byte>? Bytes { get; init; }

    public string ContentType { get; init; } = "application/json";

    public IReadOnlyList<KeyValuePair<string, string>> Fields { get; init; } = [];

    public string? TokenPage { get; init; }

    public string FileName { get; init; } = "doc.txt";

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, long> Writes { get; init; } = new Dictionary<string, long>();

    public int Repeat { get; init; } = 1;

    public override string ToString() => Name;
}
