using System.IO.Compression;
using System.Xml;

namespace ServiceDeskBot.Core.Ingestion.Formats;

/// <summary>
/// Checks a .docx or .xlsx (a ZIP archive) before any parser opens it: the number of parts, each part's and the
/// total decompressed size — counted by decompressing, since a bomb's headers may declare any size they like.
/// The parsers that run afterwards therefore never inflate more than the caps allow. An XML part is also measured for
/// its depth in the same pass (the XmlReader reads through the counting stream): the Open XML SDK builds a part's tree
/// by recursion, so a part nested thousands of elements deep overflows the stack, which no handler can catch and which
/// ends the whole process. Each part is inflated once.
/// </summary>
internal static class ArchiveInspector
{
    private const int BufferSize = 64 * 1024;

    // Word and Excel parts nest a few dozen elements deep (tables in tables, text boxes, drawings).
    internal const int MaxXmlNesting = 256;

    private static readonly XmlReaderSettings DepthReading = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>The archive's part names; throws <see cref="DocumentRefusedException"/> when a cap is exceeded or the archive is damaged.</summary>
    public static IReadOnlySet<string> Inspect(ReadOnlyMemory<byte> content, DocumentReadLimits limits, string label, CancellationToken cancellationToken)
    {
        try
        {
            using var archive = new ZipArchive(new ReadOnlyMemoryStream(content), ZipArchiveMode.Read);
            if (archive.Entries.Count > limits.MaxArchiveEntries)
            {
                throw TooLarge($"{label} 文件包含的部件过多（超过 {limits.MaxArchiveEntries} 个）。");
            }

            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            long total = 0;
            var buffer = new byte[BufferSize];
            foreach (var entry in archive.Entries)
            {
                names.Add(entry.FullName);
                if (entry.Length > limits.MaxArchiveEntryBytes)
                {
                    throw PartTooLarge(label, limits);
                }

                // The whole archive's cap applies while the part inflates, not only after it: the part may not take
                // more than what the parts before it left.
                var allowed = Math.Min(limits.MaxArchiveEntryBytes, limits.MaxArchiveBytes - total);
                var partTooLarge = allowed < limits.MaxArchiveEntryBytes
                    ? () => ArchiveTooLarge(label, limits)
                    : (Func<Exception>)(() => PartTooLarge(label, limits));
                using var part = new BoundedCountingStream(entry.Open(), allowed, partTooLarge, cancellationToken);
                if (IsXmlPart(entry.FullName) && DeepestElement(part) > MaxXmlNesting)
                {
                    throw TooLarge($"{label} 文件的结构嵌套超过 {MaxXmlNesting} 层，不像正常的文档，未予读取：请用办公软件另存后再上传。");
                }

                part.Drain(buffer);
                total += part.Count;
            }

            return names;
        }
        catch (InvalidDataException)
        {
            throw new DocumentRefusedException(DocumentRefusalKind.Corrupt, $"无法读取该 {label} 文件：文件已损坏。");
        }
    }

    private static bool IsXmlPart(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    // Reads the part through the counting stream until its end or an element deeper than the cap. A part that is not
    // well-formed XML is left to the reader that opens it afterwards, which refuses it as damaged; the caller counts
    // whatever the XmlReader did not read.
    private static int DeepestElement(Stream part)
    {
        using var reader = XmlReader.Create(part, DepthReading);
        var deepest = 0;
        try
        {
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.Depth > deepest)
                {
                    deepest = reader.Depth;
                    if (deepest > MaxXmlNesting)
                    {
                        return deepest;
                    }
                }
            }
        }
        catch (XmlException)
        {
            return deepest;
        }

        return deepest;
    }

    private static DocumentRefusedException PartTooLarge(string label, DocumentReadLimits limits) =>
        TooLarge($"{label} 文件中有部件解压后超过上限（{limits.MaxArchiveEntryBytes / (1024 * 1024)} MB），可能是压缩炸弹，已拒绝。");

    private static DocumentRefusedException ArchiveTooLarge(string label, DocumentReadLimits limits) =>
        TooLarge($"{label} 文件解压后超过上限（{limits.MaxArchiveBytes / (1024 * 1024)} MB），可能是压缩炸弹，已拒绝。");

    private static DocumentRefusedException TooLarge(string message) => new(DocumentRefusalKind.TooLarge, message);
}
