using BenchmarkDotNet.Attributes;
using ServiceDeskBot.Core.Ingestion;
using ServiceDeskBot.Core.Ingestion.Formats;

namespace ServiceDeskBot.Benchmarks;

/// <summary>
/// What reading an uploaded document costs: the 50-page Chromium-printed guide through <see cref="DocumentFormats.Read"/>
/// (PdfPig parsing, line and table layout, running-line removal, glyph repair, metadata), then the same plus cleaning
/// and splitting into passages, as an import does.
/// </summary>
[Config(typeof(ShortRunConfig))]
[MemoryDiagnoser]
public class DocumentReadBenchmarks
{
    private byte[] _pdf = [];

    [GlobalSetup]
    public void Setup()
    {
        _pdf = File.ReadAllBytes(Path.Combine(Path.GetDirectoryName(RepositoryFiles.SeedsDirectory)!, "tests", "data", "documents", "long-guide.pdf"));
        if (!DocumentFormats.Read("long-guide.pdf", _pdf, DocumentReadLimits.Default).IsAccepted)
        {
            throw new InvalidOperationException("The 50-page test PDF was refused; the benchmark would measure a refusal.");
        }
    }

    [Benchmark(Description = "Read 50-page PDF")]
    public int Read() => DocumentFormats.Read("long-guide.pdf", _pdf, DocumentReadLimits.Default).Document!.Blocks.Count;

    [Benchmark(Description = "Read + clean + split 50-page PDF")]
    public int ReadCleanSplit()
    {
        var document = DocumentFormats.Read("long-guide.pdf", _pdf, DocumentReadLimits.Default).Document!;
        return new PassageSplitter().Split(TextCleaner.Clean(document.FileName, document.Text)).Count;
    }
}
