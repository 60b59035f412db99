namespace ServiceDeskBot.Core.Ingestion;

/// <summary>What a block of cleaned text is.</summary>
public enum TextBlockKind
{
    /// <summary>A headline or section heading line.</summary>
    Heading,

    /// <summary>Running text made of sentences.</summary>
    Paragraph,
}
