using System.Diagnostics.Metrics;
using System.Net;
using Microsoft.Extensions.Options;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using ServiceDeskBot.Core.Storage;
using ServiceDeskBot.Core.Telemetry;

namespace ServiceDeskBot.Web.Features.Platform;

internal static class TelemetryHostingExtensions
{
    /// <summary>
    /// OpenTelemetry for the service's meter and activity source, ASP.NET Core, Kestrel, outgoing HTTP (the LLM) and the
    /// runtime: metrics to the Prometheus scrape endpoint (on by default) and, once <c>Telemetry:OtlpEndpoint</c> is
    /// set, metrics and traces to a collector. Each node reports its own <c>service.instance.id</c>.
    /// </summary>
    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<TelemetryOptions>()
            .BindConfiguration(TelemetryOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.AddServiceDeskMetrics();
        var settings = builder.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (!settings.ServesPrometheus && !settings.ExportsOtlp)
        {
            return builder;
        }

        var instance = new NodeIdentity().Id;
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(settings.ServiceName, serviceInstanceId: instance))
            .WithMetrics(metrics =>
            {
                ((IDeferredMeterProviderBuilder)metrics).Configure((services, own) => own.AddView(OnlyThisHost(services.GetRequiredService<IMeterFactory>())));
                metrics.AddMeter(ServiceDeskMetrics.MeterName)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddMeter("System.Runtime");
                if (settings.ServesPrometheus)
                {
                    metrics.AddPrometheusExporter();
                }

                if (settings.ExportsOtlp)
                {
                    metrics.AddOtlpExporter(o => Configure(o, settings, "v1/metrics"));
                }
            });
        if (settings.ExportsOtlp)
        {
            telemetry.WithTracing(tracing => tracing
                .AddSource(ServiceDeskActivities.SourceName)
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !IsProbe(context.Request.Path, settings))
                .AddHttpClientInstrumentation()
                .AddOtlpExporter(o => Configure(o, settings, "v1/traces")));
        }

        return builder;
    }

    /// <summary>The scrape endpoint, readable from loopback and <c>Telemetry:MetricsAllowedNetworks</c> only.</summary>
    public static WebApplication MapTelemetry(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var settings = app.Services.GetRequiredService<IOptions<TelemetryOptions>>().Value;
        if (!settings.ServesPrometheus)
        {
            return app;
        }

        var allowed = settings.MetricsAllowedNetworks.Select(n => System.Net.IPNetwork.Parse(n)).ToList();
        app.MapPrometheusScrapingEndpoint(settings.PrometheusPath, meterProvider: null, configureBranchedPipeline: branch => branch.Use((context, next) =>
        {
            var address = context.Connection.RemoteIpAddress;
            if (address is not null && address.IsIPv4MappedToIPv6)
            {
                address = address.MapToIPv4();
            }

            if (address is not null && (IPAddress.IsLoopback(address) || allowed.Any(n => n.Contains(address))))
            {
                return next(context);
            }

            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }), optionsName: null);
        return app;
    }

    // Meters are matched by name across the whole process, so a second host in it (a test node, an embedded host)
    // would have its instruments folded into this host's series; when that host is disposed its instruments complete,
    // and the SDK then drops the shared series for good, this host's measurements with it. A meter made by another
    // host's meter factory is therefore dropped here; meters made without a factory (the runtime's) are kept.
    private static Func<Instrument, MetricStreamConfiguration?> OnlyThisHost(IMeterFactory own) =>
        instrument => instrument.Meter.Scope is IMeterFactory factory && !ReferenceEquals(factory, own) ? MetricStreamConfiguration.Drop : null;

    // Over HTTP each signal has its own path under the collector's address. The exporter adds it only to an endpoint
    // read from OTEL_EXPORTER_OTLP_ENDPOINT; one set here is used as it is, so without the path every post went to "/".
    private static void Configure(OtlpExporterOptions otlp, TelemetryOptions settings, string signalPath)
    {
        var http = settings.OtlpProtocol == "http/protobuf";
        otlp.Protocol = http ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
        otlp.Endpoint = http ? new Uri(settings.OtlpEndpoint.TrimEnd('/') + "/" + signalPath) : new Uri(settings.OtlpEndpoint);
    }

    // Health probes and scrapes arrive every few seconds from every balancer; tracing them would bury the real requests.
    private static bool IsProbe(PathString path, TelemetryOptions settings) =>
        path.StartsWithSegments("/healthz") || (settings.ServesPrometheus && path.StartsWithSegments(settings.PrometheusPath));
}
