using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Ingestion;

namespace ServiceDeskBot.Web.Features.Conversations;

/// <summary>
/// A conversation as staff read it back, turn by turn: the citizen's words, the reply, its reason, intent, path,
/// cited passages and feedback. Rendered by <c>_Transcript.cshtml</c> in the console, the ticket desk and the admin
/// conversation log.
/// </summary>
/// <param name="Turns">The turns, oldest first.</param>
/// <param name="FindPassage">Looks a cited passage up in the index in use (null while the index loads).</param>
/// <param name="OfferCuration">Whether each turn links to a curated answer prefilled from it (admins only).</param>
public sealed record TranscriptView(
    IReadOnlyList<AskLogEntry> Turns,
    Func<string, Passage?> FindPassage,
    bool OfferCuration = false);
