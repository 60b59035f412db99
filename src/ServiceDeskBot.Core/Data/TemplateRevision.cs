namespace ServiceDeskBot.Core.Data;

/// <summary>A full snapshot of an answer template as it was after one change.</summary>
public sealed class TemplateRevision
{
    public long Id { get; set; }

    public int TemplateId { get; set; }

    public string Key { get; set; } = "";

    public int Version { get; set; }

    public CurationAction Action { get; set; }

    public string Author { get; set; } = "";

    public DateTimeOffset At { get; set; }

    public string Body { get; set; } = "";

    public bool Enabled { get; set; }
}
