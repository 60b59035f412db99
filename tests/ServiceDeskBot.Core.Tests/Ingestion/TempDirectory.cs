using System.Text;

namespace ServiceDeskBot.Core.Tests.Ingestion;

/// <summary>A fresh folder under the system temp path, deleted when the test ends.</summary>
internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sdb-ingest-" + Guid.NewGuid().ToString("N"));

    public TempDirectory() => Directory.CreateDirectory(Path);

    public string Write(string name, string content)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllText(file, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return file;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
