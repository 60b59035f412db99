namespace ServiceDeskBot.Core.Data;

/// <summary>A Scriban template for one kind of reply (see <c>TemplateKeys</c>), editable by admins.</summary>
public sealed class AnswerTemplate : IVersionedEntity
{
    public int Id { get; set; }

    public string Key { get; set; } = "";

    public string Body { get; set; } = "";

    public bool Enabled { get; set; } = true;

    public int Version { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public Guid ConcurrencyStamp { get; set; }
}
