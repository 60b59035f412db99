namespace ServiceDeskBot.Core.Ingestion;

/// <summary>What became of a metadata edit.</summary>
public enum CorpusEditOutcome
{
    /// <summary>Saved and applied to retrieval.</summary>
    Saved,

    /// <summary>No document has that id.</summary>
    NotFound,

    /// <summary>Someone saved the document since the edit was started; nothing was changed.</summary>
    Conflict,

    /// <summary>The edit itself is invalid (e.g. expiry before the effective date).</summary>
    Invalid,
}
