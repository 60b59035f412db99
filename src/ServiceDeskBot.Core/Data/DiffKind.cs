namespace ServiceDeskBot.Core.Data;

/// <summary>Whether a diff line is in both texts, only the old one, or only the new one.</summary>
public enum DiffKind
{
    Same,
    Removed,
    Added,
}
