using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ServiceDeskBot.Core.Ingestion;

namespace ServiceDeskBot.Benchmarks;

/// <summary>
/// Generates a large corpus that looks like the seeds to the analyzer: their sentences recombined, with other
/// districts and other figures substituted, so term statistics and posting lengths grow as a real corpus would.
/// The same seed always produces the same passages, so runs stay comparable.
/// </summary>
internal sealed partial class SyntheticCorpus
{
    public const int MaxPassageChars = 300;

    private const int MinPassageChars = 40;
    private const int MinPassagesPerDocument = 8;
    private const int MaxPassagesPerDocument = 30;

    // Most mentions in an article are of the district it is about; the rest name others, as the seeds do.
    private const double MainPlaceShare = 0.7;
    private const double NoSectionShare = 0.3;

    private readonly string[] _sentences;
    private readonly string[] _titles;
    private readonly string[] _sections;
    private readonly string[] _places;
    private readonly Regex _placeMention;

    public SyntheticCorpus(IReadOnlyList<Passage> seedPassages, string placesFile)
    {
        ArgumentNullException.ThrowIfNull(seedPassages);
        var lines = File.ReadAllLines(placesFile, Encoding.UTF8)
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split([',', '，'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        _places = lines.Select(l => l[0]).ToArray();
        var aliases = lines.SelectMany(l => l).Distinct(StringComparer.Ordinal).OrderByDescending(a => a.Length);
        _placeMention = new Regex(string.Join('|', aliases.Select(Regex.Escape)), RegexOptions.CultureInvariant);

        _sentences = seedPassages
            .SelectMany(p => SentenceEnd().Split(p.Text))
            .Select(s => s.Trim())
            .Where(s => s.Length >= 8)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        _titles = seedPassages.Select(p => p.Title).Distinct(StringComparer.Ordinal).ToArray();
        _sections = seedPassages.Select(p => p.Section).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        if (_sentences.Length == 0 || _titles.Length == 0 || _places.Length == 0)
        {
            throw new InvalidOperationException("The seeds gave no sentences, titles or places to recombine.");
        }
    }

    public IReadOnlyList<Passage> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var passages = new List<Passage>(count);
        for (var document = 0; passages.Count < count; document++)
        {
            var mainPlace = _places[random.Next(_places.Length)];
            var source = string.Create(CultureInfo.InvariantCulture, $"synthetic_{document:D5}.txt");
            var title = Vary(_titles[random.Next(_titles.Length)], mainPlace, random);
            var section = "";
            var length = random.Next(MinPassagesPerDocument, MaxPassagesPerDocument + 1);
            var offset = 0;
            for (var ordinal = 0; ordinal < length && passages.Count < count; ordinal++)
            {
                if (_sections.Length > 0 && random.Next(6) == 0)
                {
                    section = random.NextDouble() < NoSectionShare ? "" : Vary(_sections[random.Next(_sections.Length)], mainPlace, random);
                }

                var text = ComposeText(mainPlace, random);
                var id = string.Create(CultureInfo.InvariantCulture, $"syn-{passages.Count:D6}");
                passages.Add(new Passage(id, source, title, section, ordinal, offset, offset + text.Length, text));
                offset += text.Length + 1;
            }
        }

        return passages;
    }

    private string ComposeText(string mainPlace, Random random)
    {
        var target = random.Next(MinPassageChars, MaxPassageChars + 1);
        var text = new StringBuilder();
        while (text.Length < target)
        {
            var sentence = Vary(_sentences[random.Next(_sentences.Length)], mainPlace, random);
            if (text.Length > 0 && text.Length + sentence.Length > MaxPassageChars)
            {
                break;
            }

            text.Append(sentence);
        }

        return text.Length > MaxPassageChars ? text.ToString(0, MaxPassageChars) : text.ToString();
    }

    private string Vary(string text, string mainPlace, Random random)
    {
        var placed = _placeMention.Replace(text, _ => random.NextDouble() < MainPlaceShare ? mainPlace : _places[random.Next(_places.Length)]);
        return Figure().Replace(placed, m => NewFigure(m, random));
    }

    // Years stay plausible years; other numbers keep their number of digits and decimals, so "709.3亿元" becomes
    // another amount of the same order and "110%" another percentage.
    private static string NewFigure(Match match, Random random)
    {
        if (match.Groups["year"].Success)
        {
            return random.Next(2012, 2031).ToString(CultureInfo.InvariantCulture);
        }

        var whole = match.Groups["whole"].Value;
        var low = whole.Length == 1 ? 1 : (int)Math.Pow(10, Math.Min(whole.Length, 9) - 1);
        var high = (int)Math.Min(Math.Pow(10, Math.Min(whole.Length, 9)), int.MaxValue);
        var value = random.Next(low, high).ToString(CultureInfo.InvariantCulture);
        var fraction = match.Groups["fraction"].Value;
        return fraction.Length == 0
            ? value
            : value + "." + random.Next(0, (int)Math.Pow(10, Math.Min(fraction.Length, 6))).ToString(
                new string('0', Math.Min(fraction.Length, 6)), CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"(?<=[。！？；!?;])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"(?<year>(?:19|20)\d{2})(?=年)|(?<whole>\d+)(?:\.(?<fraction>\d+))?")]
    private static partial Regex Figure();
}
