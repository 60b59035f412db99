namespace ServiceDeskBot.Core.Storage;

/// <summary>A value every node of one installation must agree on (its id, a generated signing key), kept in its database.</summary>
public sealed class InstallationValue
{
    public string Name { get; set; } = "";

    public string Value { get; set; } = "";
}
