namespace ServiceDeskBot.Benchmarks;

/// <summary>
/// Finds the repository's seeds from wherever BenchmarkDotNet runs the benchmark: it starts each case in a
/// generated child process whose working and base directories lie somewhere below the repository.
/// </summary>
internal static class RepositoryFiles
{
    public static string SeedsDirectory { get; } = FindSeeds();

    public static string PlacesFile => Path.Combine(SeedsDirectory, "retrieval", "places.txt");

    public static string SynonymsFile => Path.Combine(SeedsDirectory, "retrieval", "synonyms.txt");

    public static string UserDictionaryFile => Path.Combine(SeedsDirectory, "retrieval", "userdict.txt");

    /// <summary>The segmenter production uses (jieba plus the seeds' user dictionary and place names), loaded once.</summary>
    public static ServiceDeskBot.Core.Retrieval.WordSegmenter Words => LazyWords.Value;

    private static readonly Lazy<ServiceDeskBot.Core.Retrieval.WordSegmenter> LazyWords = new(() =>
        ServiceDeskBot.Core.Retrieval.WordSegmenter.Load(UserDictionaryFile, ServiceDeskBot.Core.Retrieval.PlaceGazetteer.Load(PlacesFile).Names));

    private static string FindSeeds()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var seeds = Path.Combine(dir.FullName, "seeds");
                if (File.Exists(Path.Combine(seeds, "retrieval", "places.txt")))
                {
                    return seeds;
                }
            }
        }

        throw new DirectoryNotFoundException(
            $"No seeds/retrieval/places.txt above {AppContext.BaseDirectory}; run the benchmark from inside the repository.");
    }
}
