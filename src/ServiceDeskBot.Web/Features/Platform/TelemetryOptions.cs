using System.ComponentModel.DataAnnotations;
using System.Net;

namespace ServiceDeskBot.Web.Features.Platform;

/// <summary>Metrics and traces (OpenTelemetry): the Prometheus scrape endpoint, and OTLP export to a collector.</summary>
public sealed class TelemetryOptions : IValidatableObject
{
    public const string SectionName = "Telemetry";

    /// <summary>Service name reported with every metric and span (<c>service.name</c>). Default <c>servicedeskbot</c>.</summary>
    [Required]
    [StringLength(100, MinimumLength = 1)]
    public string ServiceName { get; set; } = "servicedeskbot";

    /// <summary>
    /// Path of the Prometheus scrape endpoint. Default <c>/metrics</c>; empty switches it off. Only loopback callers and
    /// <see cref="MetricsAllowedNetworks"/> may read it (others get 404), so the public reverse proxy need not hide it.
    /// </summary>
    public string PrometheusPath { get; set; } = "/metrics";

    /// <summary>
    /// Networks (CIDR, e.g. <c>10.0.5.0/24</c>) besides loopback whose addresses may read the scrape endpoint: the
    /// Prometheus servers. The address is the connection's, after <c>ForwardedHeaders</c> (scrape nodes directly).
    /// </summary>
    public IList<string> MetricsAllowedNetworks { get; } = [];

    /// <summary>
    /// OTLP collector endpoint (e.g. <c>http://otel-collector:4317</c>) for metrics and traces. Empty (the default):
    /// nothing is exported and no spans are recorded.
    /// </summary>
    public string OtlpEndpoint { get; set; } = "";

    /// <summary><c>grpc</c> (default, port 4317) or <c>http/protobuf</c> (port 4318; the endpoint then needs no path, it is added).</summary>
    [RegularExpression("^(grpc|http/protobuf)$")]
    public string OtlpProtocol { get; set; } = "grpc";

    /// <summary>True when the scrape endpoint is on.</summary>
    public bool ServesPrometheus => !string.IsNullOrWhiteSpace(PrometheusPath);

    /// <summary>True when metrics and traces go to a collector.</summary>
    public bool ExportsOtlp => !string.IsNullOrWhiteSpace(OtlpEndpoint);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ServesPrometheus && !PrometheusPath.StartsWith('/'))
        {
            yield return new ValidationResult("Telemetry:PrometheusPath must start with '/' (or be empty to switch the endpoint off).", [nameof(PrometheusPath)]);
        }

        foreach (var network in MetricsAllowedNetworks.Where(n => !IPNetwork.TryParse(n, out _)))
        {
            yield return new ValidationResult($"Telemetry:MetricsAllowedNetworks: '{network}' is not a network in CIDR notation.", [nameof(MetricsAllowedNetworks)]);
        }

        if (ExportsOtlp && !(Uri.TryCreate(OtlpEndpoint, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            yield return new ValidationResult("Telemetry:OtlpEndpoint must be an http(s) URL such as http://otel-collector:4317.", [nameof(OtlpEndpoint)]);
        }
    }
}
