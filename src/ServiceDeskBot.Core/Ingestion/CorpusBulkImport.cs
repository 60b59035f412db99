using Microsoft.Extensions.Options;

namespace ServiceDeskBot.Core.Ingestion;

/// <summary>
/// Imports every file under a folder (recursively) through the same checks as an upload: each file is read under the
/// read limits on its own, so a zip bomb, a password-protected PDF or a renamed binary is one failure line and the
/// others still import. Files over <c>Corpus:MaxUploadBytes</c> are refused without being read into memory. The index
/// is built once, after the last file: rebuilding it after every file made a folder of N documents cost N builds.
/// </summary>
public sealed class CorpusBulkImport(CorpusLibrary library, IOptions<CorpusOptions> options)
{
    public async Task<IReadOnlyList<BulkImportLine>> ImportAsync(
        string directory, string importedBy, IProgress<(int Done, int Total, string Path)>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var root = Path.GetFullPath(directory);
        var files = Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
            .Order(StringComparer.Ordinal)
            .ToList();
        var hashes = (await library.ListAsync(cancellationToken).ConfigureAwait(false))
            .Select(e => e.Document.ContentHash)
            .ToHashSet(StringComparer.Ordinal);
        var lines = new List<BulkImportLine>(files.Count);
        for (var i = 0; i < files.Count; i++)
        {
            var relative = Path.GetRelativePath(root, files[i]);
            progress?.Report((i, files.Count, relative));
            lines.Add(await ImportOneAsync(files[i], relative, importedBy, hashes, cancellationToken).ConfigureAwait(false));
        }

        if (lines.Any(l => l.Outcome == BulkImportOutcome.Imported))
        {
            await library.RefreshIndexAsync(cancellationToken).ConfigureAwait(false);
        }

        progress?.Report((files.Count, files.Count, ""));
        return lines;
    }

    private async Task<BulkImportLine> ImportOneAsync(
        string file, string relative, string importedBy, HashSet<string> hashes, CancellationToken cancellationToken)
    {
        var max = options.Value.MaxUploadBytes;
        var length = new FileInfo(file).Length;
        if (length > max)
        {
            return new BulkImportLine(relative, BulkImportOutcome.Failed, $"文件超过 {max / 1024} KB 的上限。");
        }

        var content = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
        if (content.Length > 0 && hashes.Contains(CorpusLibrary.HashOf(content)))
        {
            return new BulkImportLine(relative, BulkImportOutcome.Duplicate, "资料库中已有内容相同的文件。");
        }

        var check = await library.CheckAsync(Path.GetFileName(file), content, null, cancellationToken).ConfigureAwait(false);
        if (!check.IsAccepted)
        {
            return new BulkImportLine(relative, check.Problem == UploadProblem.Duplicate ? BulkImportOutcome.Duplicate : BulkImportOutcome.Failed, check.Error!);
        }

        if (await library.AddAsync(check, importedBy, refreshIndex: false, cancellationToken).ConfigureAwait(false) is not { } entry)
        {
            return new BulkImportLine(relative, BulkImportOutcome.Duplicate, $"资料库中已有同名文件“{check.FileName}”。");
        }

        hashes.Add(entry.Document.ContentHash);
        return new BulkImportLine(
            relative, BulkImportOutcome.Imported, check.Flags.Count > 0 ? $"编号 {entry.Document.Id}，待审核后才会被引用" : $"编号 {entry.Document.Id}");
    }
}
