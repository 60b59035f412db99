namespace ServiceDeskBot.Core.Ingestion;

/// <summary>What kind of source a document is, which decides the caution a reply quoting it ends with.</summary>
public static class SourceKinds
{
    /// <summary>A government document (notice, measures, guide, list): the default for uploads.</summary>
    public const string Official = DocumentDescription.Official;

    /// <summary>A newspaper or web report: replies say it is a report, not the policy itself.</summary>
    public const string News = DocumentDescription.News;

    /// <summary>Neither (stored as null): replies give the general caution.</summary>
    public const string Other = "other";
}
