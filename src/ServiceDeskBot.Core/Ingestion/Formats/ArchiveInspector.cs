using System.IO.Compression;

namespace ServiceDeskBot.Core.Ingestion.Formats;

/// <summary>
/// Checks a .docx or .xlsx (a ZIP archive) before any parser opens it: the number of parts, each part's and the
/// total decompressed size — counted by decompressing, since a bomb's headers may declare any size they like.
/// The parsers that run afterwards therefore never inflate more than the caps allow.
/// </summary>
internal static class ArchiveInspector
{
    private const int BufferSize = 64 * 1024;

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

                total += CountDecompressed(entry, buffer, limits, label, cancellationToken);
                if (total > limits.MaxArchiveBytes)
                {
                    throw TooLarge($"{label} 文件解压后超过上限（{limits.MaxArchiveBytes / (1024 * 1024)} MB），可能是压缩炸弹，已拒绝。");
                }
            }

            return names;
        }
        catch (InvalidDataException)
        {
            throw new DocumentRefusedException(DocumentRefusalKind.Corrupt, $"无法读取该 {label} 文件：文件已损坏。");
        }
    }

    private static long CountDecompressed(ZipArchiveEntry entry, byte[] buffer, DocumentReadLimits limits, string label, CancellationToken cancellationToken)
    {
        using var stream = entry.Open();
        long count = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            count += read;
            if (count > limits.MaxArchiveEntryBytes)
            {
                throw PartTooLarge(label, limits);
            }

            cancellationToken.ThrowIfCancellationRequested();
        }

        return count;
    }

    private static DocumentRefusedException PartTooLarge(string label, DocumentReadLimits limits) =>
        TooLarge($"{label} 文件中有部件解压后超过上限（{limits.MaxArchiveEntryBytes / (1024 * 1024)} MB），可能是压缩炸弹，已拒绝。");

    private static DocumentRefusedException TooLarge(string message) => new(DocumentRefusalKind.TooLarge, message);
}
