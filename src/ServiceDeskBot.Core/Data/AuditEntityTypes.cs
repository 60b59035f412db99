namespace ServiceDeskBot.Core.Data;

/// <summary>Values of <see cref="AuditEntry.EntityType"/>.</summary>
public static class AuditEntityTypes
{
    public const string CuratedAnswer = "curated_answer";
    public const string Template = "template";
}
