using Microsoft.Data.Sqlite;

namespace ServiceDeskBot.Web.Tests.Hostile;

/// <summary>
/// Row counts of every table in the app's SQLite file and file counts of the folders admins write to, read through
/// a connection of its own. Two snapshots show what a request wrote.
/// </summary>
internal sealed record DatabaseSnapshot(IReadOnlyDictionary<string, long> Counts)
{
    private static readonly string[] WrittenFolders = ["documents", "lists"];

    public static DatabaseSnapshot Take(string dataDirectory)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        var connection = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataDirectory, "servicedesk.db"),
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString();
        using (var db = new SqliteConnection(connection))
        {
            db.Open();
            var tables = new List<string>();
            using (var list = db.CreateCommand())
            {
                list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_\\_%' ESCAPE '\\'";
                using var reader = list.ExecuteReader();
                while (reader.Read())
                {
                    tables.Add(reader.GetString(0));
                }
            }

            foreach (var table in tables)
            {
                using var count = db.CreateCommand();
                count.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
                counts[table] = (long)count.ExecuteScalar()!;
            }
        }

        foreach (var folder in WrittenFolders)
        {
            var path = Path.Combine(dataDirectory, folder);
            counts["files:" + folder] = Directory.Exists(path) ? Directory.GetFiles(path, "*", SearchOption.AllDirectories).Length : 0;
        }

        return new DatabaseSnapshot(counts);
    }

    /// <summary>What changed from <paramref name="before"/>: table (or folder) to the change in its count, zeros left out.</summary>
    public IReadOnlyDictionary<string, long> Since(DatabaseSnapshot before) =>
        Counts.Keys.Union(before.Counts.Keys)
            .Select(k => (Key: k, Delta: Counts.GetValueOrDefault(k) - before.Counts.GetValueOrDefault(k)))
            .Where(d => d.Delta != 0)
            .ToDictionary(d => d.Key, d => d.Delta, StringComparer.Ordinal);

    public bool SameAs(DatabaseSnapshot other) => Since(other).Count == 0;
}
