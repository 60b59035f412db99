namespace ServiceDeskBot.Core.Ingestion;

/// <summary>What a block of cleaned text is.</summary>
public enum TextBlockKind
{
    /// <summary>A headline or section heading line.</summary>
    Heading,

    /// <summary>Running text made of sentences.</summary>
    Paragraph,

    /// <summary>A table row written as one line with its caption and headers ("表1｜类别:…;金额:…"); always a passage of its own.</summary>
    TableRow,
}
