namespace ServiceDeskBot.Core.Storage;

/// <summary>One element (a key, a revocation) of the Data Protection key ring, as the XML Data Protection writes.</summary>
public sealed class KeyRingElement
{
    public int Id { get; set; }

    public string? FriendlyName { get; set; }

    public string Xml { get; set; } = "";
}
