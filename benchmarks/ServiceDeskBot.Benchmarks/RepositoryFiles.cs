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
