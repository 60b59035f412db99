namespace ServiceDeskBot.Core.Data;

/// <summary>What an admin did to a curated answer or template; recorded on each revision and audit entry.</summary>
public enum CurationAction
{
    Create,
    Edit,
    Enable,
    Disable,
    Delete,
    Rollback,
    Import,
}
