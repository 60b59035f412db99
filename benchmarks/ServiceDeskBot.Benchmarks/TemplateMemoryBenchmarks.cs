using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Scriban;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Templates;

namespace ServiceDeskBot.Benchmarks;

/// <summary>
/// What one template render allocates: the renderer as the admin preview runs it (memory budget, string limit),
/// against Scriban with only the loop, recursion, output and time limits the renderer had before. The Allocated
/// column is the figure that matters; a hostile template is reported as an error by the renderer.
/// </summary>
[Config(typeof(ShortRunConfig))]
[MemoryDiagnoser]
public class TemplateMemoryBenchmarks
{
    private IHost? _host;
    private TemplateRenderer? _renderer;
    private string _dataDirectory = "";
    private string _body = "";

    [Params(TemplateKind.DefaultAnswer, TemplateKind.MegaStrings, TemplateKind.OutputLimitStrings)]
    public TemplateKind Kind { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _dataDirectory = Path.Combine(Path.GetTempPath(), "sdb-template-bench", Guid.NewGuid().ToString("N"));
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = _dataDirectory,
            ["Storage:SeedsDirectory"] = RepositoryFiles.SeedsDirectory,
        });
        builder.AddServiceDeskData();
        _host = builder.Build();
        _renderer = _host.Services.GetRequiredService<TemplateRenderer>();
        _body = Kind switch
        {
            TemplateKind.DefaultAnswer => File.ReadAllText(Path.Combine(RepositoryFiles.SeedsDirectory, "templates", "answer.scriban")),
            TemplateKind.MegaStrings => ManyLargeStrings(300, 1_000_000),
            _ => ManyLargeStrings(900, 19_000),
        };
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _host?.Dispose();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    [Benchmark(Description = "Renderer (budget 4 MB)")]
    public async Task<bool> RendererAsync() => (await _renderer!.PreviewAsync(_body, CancellationToken.None)).Succeeded;

    [Benchmark(Baseline = true, Description = "Scriban, limits before the budget")]
    public string LimitsBefore()
    {
        using var timeout = new CancellationTokenSource(2000);
        var context = new TemplateContext { LoopLimit = 1000, RecursiveLimit = 32, OutputLimit = 20_000, CancellationToken = timeout.Token };
        context.PushGlobal(new Scriban.Runtime.ScriptObject { ["quotes"] = new Scriban.Runtime.ScriptArray(), ["question"] = "示例问题" });
        try
        {
            return Template.Parse(_body).Render(context);
        }
        catch (Scriban.Syntax.ScriptRuntimeException ex)
        {
            return ex.Message;
        }
    }

    private static string ManyLargeStrings(int count, int length)
    {
        var body = new StringBuilder("{{ s = \"\" | string.pad_left ").Append(length).Append('\n');
        for (var i = 0; i < count; i++)
        {
            body.Append('v').Append(i).Append(" = s + \"").Append(i).Append("\"\n");
        }

        return body.Append("}}").ToString();
    }
}
