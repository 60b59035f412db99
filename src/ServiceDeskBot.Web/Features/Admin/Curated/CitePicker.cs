using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Web.Features.Admin.Curated;

/// <summary>
/// What the passage picker of a curated-answer form shows: the form field that carries the cited ids (one per line),
/// each cited passage as found in the index in use (null when it is gone), and the answer for the reply preview.
/// </summary>
public sealed record CitePicker(string FieldName, IReadOnlyList<(string Id, PassageChoiceDto? Passage)> Cited, string? Answer)
{
    public string Value => string.Join('\n', Cited.Select(c => c.Id));

    public static CitePicker For(string fieldName, PassageRetriever retriever, IEnumerable<string> ids, string? answer)
    {
        ArgumentNullException.ThrowIfNull(retriever);
        ArgumentNullException.ThrowIfNull(ids);
        var index = retriever.Index;
        return new CitePicker(
            fieldName,
            ids.Distinct(StringComparer.Ordinal).Select(id => (id, index?.Find(id) is { } passage ? PassageChoiceDto.From(passage) : null)).ToList(),
            answer);
    }
}
