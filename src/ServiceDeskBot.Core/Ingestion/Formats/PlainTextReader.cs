namespace ServiceDeskBot.Core.Ingestion.Formats;

/// <summary>
/// Plain text and Markdown (already reduced to plain text): each line a paragraph, exactly as the text is stored
/// today, so cleaning sees the same lines it always saw.
/// </summary>
internal static class PlainTextReader
{
    public static void Read(string text, DocumentAssembler assembler)
    {
        assembler.VerbatimText = text;
        foreach (var line in text.Split('\n'))
        {
            assembler.AddParagraph(line);
        }
    }
}
