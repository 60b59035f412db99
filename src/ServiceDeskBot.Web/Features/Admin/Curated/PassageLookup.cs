using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Web.Features.Admin.Curated;

/// <summary>Checks cited passage ids against the index currently in use.</summary>
internal static class PassageLookup
{
    // While the index is still loading nothing can be checked; ids are then accepted as typed and shown as
    // citations only when the passage exists at answer time.
    public static Func<string, bool>? ExistsIn(PassageRetriever retriever) =>
        retriever.Index is { } index ? id => index.Find(id) is not null : null;
}
