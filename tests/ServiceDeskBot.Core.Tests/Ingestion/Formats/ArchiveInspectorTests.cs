using ServiceDeskBot.Core.Ingestion.Formats;

namespace ServiceDeskBot.Core.Tests.Ingestion.Formats;

public sealed class ArchiveInspectorTests
{
    [Fact]
    public void A_counting_stream_counts_every_byte_it_reads()
    {
        using var counting = new BoundedCountingStream(new MemoryStream(new byte[10_000]), 10_000, () => new InvalidOperationException(), CancellationToken.None);

        counting.Drain(new byte[4096]);

        Assert.Equal(10_000, counting.Count);
    }

    [Fact]
    public void A_counting_stream_throws_as_soon_as_it_has_read_past_its_limit()
    {
        using var counting = new BoundedCountingStream(new MemoryStream(new byte[10_000]), 5_000, () => new InvalidOperationException("cap"), CancellationToken.None);

        var error = Assert.Throws<InvalidOperationException>(() => counting.Drain(new byte[4096]));

        Assert.Equal("cap", error.Message);
        Assert.True(counting.Count <= 5_000 + 4096, $"read {counting.Count} bytes");
    }

    [Fact]
    public void Xml_parts_read_for_their_depth_are_counted_towards_the_archive_cap()
    {
        // Two parts of 600 KB each, each under the part cap; together over the archive's 1 MB.
        var twoParts = OfficeFiles.Zip(
            ("word/document.xml", OfficeFiles.Text("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + new string(' ', 600 * 1024) + "</w:body></w:document>")),
            ("word/styles.xml", OfficeFiles.Text("<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">" + new string(' ', 600 * 1024) + "</w:styles>")));
        var limits = DocumentReadLimits.Default with { MaxArchiveEntryBytes = 800 * 1024, MaxArchiveBytes = 1024 * 1024 };

        var refusal = Assert.Throws<DocumentRefusedException>(() => ArchiveInspector.Inspect(twoParts, limits, "Word", CancellationToken.None));

        Assert.Equal(DocumentRefusalKind.TooLarge, refusal.Kind);
        Assert.Contains("解压后超过上限（1 MB）", refusal.Message, StringComparison.Ordinal);
    }
}
