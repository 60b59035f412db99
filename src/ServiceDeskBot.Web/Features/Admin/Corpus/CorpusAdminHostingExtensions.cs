using Microsoft.Extensions.DependencyInjection.Extensions;
using ServiceDeskBot.Core.Ingestion;

namespace ServiceDeskBot.Web.Features.Admin.Corpus;

internal static class CorpusAdminHostingExtensions
{
    /// <summary>
    /// Corpus administration (<c>/Admin/Corpus</c>): uploads, document metadata, re-index, synonyms and sensitive
    /// words. The pages themselves are mapped with the other staff pages; this registers what they use.
    /// </summary>
    public static IHostApplicationBuilder AddCorpusAdmin(this IHostApplicationBuilder builder)
    {
        builder.AddCorpusLibrary();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<PendingUploads>();
        return builder;
    }
}
