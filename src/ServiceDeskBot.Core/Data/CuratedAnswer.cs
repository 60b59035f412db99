namespace ServiceDeskBot.Core.Data;

/// <summary>An answer written by staff that is returned verbatim when a citizen asks the same question.</summary>
public sealed class CuratedAnswer : IVersionedEntity
{
    public int Id { get; set; }

    public string Question { get; set; } = "";

    /// <summary>Other phrasings of <see cref="Question"/> that should get the same answer.</summary>
    public List<string> AlternateQuestions { get; set; } = [];

    public string Answer { get; set; } = "";

    /// <summary>Ids of corpus passages the answer rests on, shown as citations.</summary>
    public List<string> CitedPassageIds { get; set; } = [];

    public bool Enabled { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public int Version { get; set; }

    public Guid ConcurrencyStamp { get; set; }
}
