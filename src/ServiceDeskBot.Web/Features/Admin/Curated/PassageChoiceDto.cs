namespace ServiceDeskBot.Web.Features.Admin.Curated;

/// <summary>A passage an admin can cite, as the passage search of the curated-answer editor lists it.</summary>
/// <param name="Id">The passage id the curated answer stores.</param>
/// <param name="Title">The document's title in effect.</param>
/// <param name="Section">The nearest heading above the passage, or empty.</param>
/// <param name="Source">The document's file name.</param>
/// <param name="Excerpt">The start of the passage text.</param>
public sealed record PassageChoiceDto(string Id, string Title, string Section, string Source, string Excerpt)
{
    private const int ExcerptChars = 160;

    public static PassageChoiceDto From(Core.Ingestion.Passage passage)
    {
        ArgumentNullException.ThrowIfNull(passage);
        var text = passage.Text.Length <= ExcerptChars ? passage.Text : passage.Text[..ExcerptChars] + "…";
        return new PassageChoiceDto(passage.Id, passage.Title, passage.Section, passage.Source, text);
    }
}
