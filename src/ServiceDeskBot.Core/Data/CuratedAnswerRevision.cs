namespace ServiceDeskBot.Core.Data;

/// <summary>
/// A full snapshot of a curated answer as it was after one change. Kept without a foreign key so that the history of
/// a deleted answer survives its deletion.
/// </summary>
public sealed class CuratedAnswerRevision
{
    public long Id { get; set; }

    public int CuratedAnswerId { get; set; }

    public int Version { get; set; }

    public CurationAction Action { get; set; }

    public string Author { get; set; } = "";

    public DateTimeOffset At { get; set; }

    public string Question { get; set; } = "";

    public List<string> AlternateQuestions { get; set; } = [];

    public string Answer { get; set; } = "";

    public List<string> CitedPassageIds { get; set; } = [];

    public bool Enabled { get; set; }
}
