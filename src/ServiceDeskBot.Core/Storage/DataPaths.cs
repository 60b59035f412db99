using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ServiceDeskBot.Core.Storage;

/// <summary>Absolute locations of the data directory (what the app writes) and the seeds directory (what it reads).</summary>
public sealed class DataPaths
{
    public DataPaths(IOptions<StorageOptions> options, IHostEnvironment environment)
        : this(options.Value, environment.ContentRootPath)
    {
    }

    public DataPaths(StorageOptions options, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(options);
        DataDirectory = Path.GetFullPath(options.DataDirectory, contentRoot);
        SeedsDirectory = string.IsNullOrWhiteSpace(options.SeedsDirectory)
            ? FindSeedsUpwards(contentRoot)
            : Path.GetFullPath(options.SeedsDirectory, contentRoot);
        Directory.CreateDirectory(DataDirectory);
    }

    /// <summary>Where the index, the SQLite database and trained models are written.</summary>
    public string DataDirectory { get; }

    /// <summary>Where the corpus, synonyms, intent utterances and default templates are read from.</summary>
    public string SeedsDirectory { get; }

    /// <summary>A path inside the data directory.</summary>
    public string InData(params string[] parts) => Path.Combine([DataDirectory, .. parts]);

    /// <summary>
    /// The trimmed text of <paramref name="fileName"/> in the data directory; when the file does not exist yet it is
    /// created with the text of <paramref name="create"/> (an installation id, a generated key). Written to a temporary
    /// file and moved without overwrite, so two processes starting together on one data directory agree on one value.
    /// </summary>
    public string ReadOrCreate(string fileName, Func<string> create)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(create);
        var file = InData(fileName);
        if (File.Exists(file))
        {
            return File.ReadAllText(file).Trim();
        }

        var value = create();
        var temp = file + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllText(temp, value);
        try
        {
            File.Move(temp, file, overwrite: false);
            return value.Trim();
        }
        catch (IOException) when (File.Exists(file))
        {
            File.Delete(temp);
            return File.ReadAllText(file).Trim();
        }
    }

    /// <summary>A path inside the seeds directory.</summary>
    public string InSeeds(params string[] parts) => Path.Combine([SeedsDirectory, .. parts]);

    // The app may be started from any working directory (dotnet run, a published folder, tests), so the
    // repository's seeds folder is found by walking up from the content root rather than from the CWD.
    private static string FindSeedsUpwards(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seeds");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            $"No 'seeds' directory found above '{start}'. Set Storage:SeedsDirectory to the corpus folder.");
    }
}
