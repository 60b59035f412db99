namespace ServiceDeskBot.Cli;

/// <summary>A one-line progress bar on standard error, redrawn in place, so standard output stays the summary.</summary>
internal sealed class ConsoleProgress : IProgress<(int Done, int Total, string Path)>
{
    private const int Width = 30;

    public void Report((int Done, int Total, string Path) value)
    {
        var filled = value.Total == 0 ? Width : value.Done * Width / value.Total;
        var name = value.Path.Length > 40 ? "…" + value.Path[^39..] : value.Path;
        Console.Error.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {value.Done}/{value.Total} {name,-40}");
    }
}
