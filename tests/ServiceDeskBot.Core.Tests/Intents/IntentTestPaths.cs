using ServiceDeskBot.Core.Storage;

namespace ServiceDeskBot.Core.Tests.Intents;

internal static class IntentTestPaths
{
    /// <summary>The repository's seeds folder, found upwards from the test binaries like the app does.</summary>
    public static string SeedsDirectory { get; } = new DataPaths(
        new StorageOptions { DataDirectory = System.IO.Path.GetTempPath() }, AppContext.BaseDirectory).SeedsDirectory;

    public static string UtterancesDirectory { get; } = System.IO.Path.Combine(SeedsDirectory, "intents");
}
