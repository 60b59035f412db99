using System.Security.Cryptography;
using System.Text;
using ServiceDeskBot.Core.Storage;

namespace ServiceDeskBot.Core.Retrieval.Dense;

/// <summary>
/// Vectors in <c>vectors/&lt;model&gt;.vec</c> of the data directory: a line per passage text, its hash then the
/// vector's floats in base64. Appended to, never rewritten, so a crash loses at most the last batch.
/// </summary>
public sealed class DataDirectoryVectorStore(DataPaths paths) : IPassageVectorStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Dictionary<string, float[]>> _loaded = new(StringComparer.Ordinal);

    /// <summary>The hash a passage text is stored under.</summary>
    public static string HashText(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text ?? "")));

    public IReadOnlyDictionary<string, float[]> Find(string model, IEnumerable<string> textHashes)
    {
        ArgumentNullException.ThrowIfNull(textHashes);
        lock (_gate)
        {
            var all = Load(model);
            return textHashes.Distinct(StringComparer.Ordinal).Where(all.ContainsKey).ToDictionary(h => h, h => all[h], StringComparer.Ordinal);
        }
    }

    public void Put(string model, IReadOnlyDictionary<string, float[]> vectors)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        lock (_gate)
        {
            var all = Load(model);
            var lines = new StringBuilder();
            foreach (var (hash, vector) in vectors.Where(v => !all.ContainsKey(v.Key)))
            {
                all[hash] = vector;
                var bytes = new byte[vector.Length * sizeof(float)];
                Buffer.BlockCopy(vector, 0, bytes, 0, bytes.Length);
                lines.Append(hash).Append(' ').Append(Convert.ToBase64String(bytes)).Append('\n');
            }

            var path = PathOf(model);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.AppendAllText(path, lines.ToString(), new UTF8Encoding(false));
        }
    }

    private Dictionary<string, float[]> Load(string model)
    {
        if (_loaded.TryGetValue(model, out var cached))
        {
            return cached;
        }

        var vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var path = PathOf(model);
        if (File.Exists(path))
        {
            foreach (var line in File.ReadLines(path))
            {
                var space = line.IndexOf(' ', StringComparison.Ordinal);
                if (space <= 0)
                {
                    continue;
                }

                var bytes = Convert.FromBase64String(line[(space + 1)..]);
                var vector = new float[bytes.Length / sizeof(float)];
                Buffer.BlockCopy(bytes, 0, vector, 0, vector.Length * sizeof(float));
                vectors[line[..space]] = vector;
            }
        }

        _loaded[model] = vectors;
        return vectors;
    }

    // The model name may hold '/' or ':' (Qwen/Qwen3-Embedding, bge-m3:latest): the file is named by its hash.
    private string PathOf(string model) => paths.InData("vectors", HashText(model)[..16] + ".vec");
}
