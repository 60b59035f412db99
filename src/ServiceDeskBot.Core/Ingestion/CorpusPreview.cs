namespace ServiceDeskBot.Core.Ingestion;

/// <summary>How a document is cleaned and split: what retrieval will see of it.</summary>
public sealed record CorpusPreview(CleanedDocument Document, IReadOnlyList<Passage> Passages)
{
    /// <summary>The heading blocks' texts, in order.</summary>
    public IReadOnlyList<string> Headings =>
        Document.Blocks.Where(b => b.Kind == TextBlockKind.Heading).Select(Document.BlockText).ToList();
}
