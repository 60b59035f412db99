namespace ServiceDeskBot.Core.Answering;

/// <summary>A fact about a document as a whole, answered from its title and stored metadata rather than a passage.</summary>
public enum DocumentFactKind
{
    /// <summary>Not a question about the document itself.</summary>
    None,

    /// <summary>What the document is (asked by its 文号): its title.</summary>
    Title,

    /// <summary>Who issued it (发文机关).</summary>
    Issuer,

    /// <summary>When it was issued (成文日期).</summary>
    IssuedOn,

    /// <summary>From when it applies (施行日期).</summary>
    EffectiveFrom,

    /// <summary>Until when it applies (有效期至).</summary>
    ExpiresOn,
}
