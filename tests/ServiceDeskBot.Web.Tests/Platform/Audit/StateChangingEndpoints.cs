using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ServiceDeskBot.Web.Tests.Platform.Audit;

/// <summary>
/// Every way a request can change state, read from the running app's <see cref="EndpointDataSource"/>: each route
/// endpoint answering a method other than GET, HEAD or OPTIONS (<c>POST /api/admin/curated/{id:int}</c>), and each
/// POST handler of each Razor page (<c>POST /Admin/Corpus/Index?handler=Rebuild</c>; the page's handlers are read
/// from its compiled descriptor, so a new <c>OnPostXxxAsync</c> shows up here without anyone listing it).
/// </summary>
internal static class StateChangingEndpoints
{
    private static readonly HashSet<string> ReadOnlyMethods = new(StringComparer.OrdinalIgnoreCase) { "GET", "HEAD", "OPTIONS" };

    public static async Task<IReadOnlySet<string>> ListAsync(IServiceProvider services)
    {
        var source = services.GetRequiredService<EndpointDataSource>();
        var loader = services.GetRequiredService<PageLoader>();
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                foreach (var handler in compiled.HandlerMethods.Where(h => string.Equals(h.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase)))
                {
                    found.Add(PageKey(page.ViewEnginePath, handler.Name));
                }

                continue;
            }

            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [];
            foreach (var method in methods.Where(m => !ReadOnlyMethods.Contains(m)))
            {
                found.Add($"{method.ToUpperInvariant()} {endpoint.RoutePattern.RawText}");
            }
        }

        return found;
    }

    public static string PageKey(string viewEnginePath, string? handler) =>
        handler is null ? $"POST {viewEnginePath}" : $"POST {viewEnginePath}?handler={handler}";
}
