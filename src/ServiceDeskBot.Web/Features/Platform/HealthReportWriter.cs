using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ServiceDeskBot.Web.Features.Platform;

/// <summary><c>/healthz</c> as JSON: the status, and each check's description and data (the corpus version among them).</summary>
internal static class HealthReportWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new Dictionary<string, object?>
        {
            ["status"] = report.Status.ToString(),
        };
        foreach (var (name, entry) in report.Entries)
        {
            body[name] = new Dictionary<string, object?>(entry.Data.ToDictionary(d => d.Key, d => (object?)d.Value))
            {
                ["status"] = entry.Status.ToString(),
                ["description"] = entry.Description,
            };
        }

        return context.Response.WriteAsync(JsonSerializer.Serialize(body, Json));
    }
}
