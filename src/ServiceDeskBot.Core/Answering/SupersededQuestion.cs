using System.Text;
using System.Text.RegularExpressions;
using ServiceDeskBot.Core.Ingestion;
using ServiceDeskBot.Core.Ingestion.Identifiers;

namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// A question about a replaced document, as it is asked of the document replacing it. The question names the old one
/// by its 文号 or its year ("江人社发〔2022〕6号规定的贴息比例", "2022年的办法规定…"), and the newer document names the
/// old 文号 and year only in the clause repealing it ("…（江人社发〔2022〕6号）同时废止"): asked as it stands, the
/// identifier match and the number check steer the quote to that clause, and the reply declines right after saying
/// which document replaced the old one. With the old document's title for its 文号 and without its years, the
/// question asks the newer one what it asked the old one.
/// </summary>
internal static partial class SupersededQuestion
{
    /// <summary>
    /// The question's text (<paramref name="content"/>) with the 文号 of <paramref name="replaced"/> replaced by its title
    /// and without the years its number, title and dates carry; null when the question names neither.
    /// </summary>
    public static string? Without(string content, CatalogDocument replaced)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(replaced);
        var folded = content.Normalize(NormalizationForm.FormKC);
        var number = replaced.DocumentNumber is { Length: > 0 } n ? IdentifierNormalizer.Normalize(n) : null;
        // The 文号 stands for the document's subject, which the newer document shares: its title takes the number's place.
        var text = number is not null && IdentifierNormalizer.Tokens(folded).Contains(number, StringComparer.Ordinal)
            ? IdentifierNormalizer.Strip(folded).Replace("  ", " ", StringComparison.Ordinal).Insert(0, (replaced.Title ?? "") + " ")
            : folded;
        var years = Years(replaced);
        text = Year().Replace(text, m => years.Contains(m.Groups["y"].Value) ? " " : m.Value);
        text = Spaces().Replace(text, " ").Trim();
        return string.Equals(text, folded.Trim(), StringComparison.Ordinal) || text.Length == 0 ? null : text;
    }

    private static HashSet<string> Years(CatalogDocument document)
    {
        var years = new HashSet<string>(StringComparer.Ordinal);
        foreach (var date in new[] { document.IssuedOn, document.EffectiveOn })
        {
            if (date is { } d)
            {
                years.Add(d.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        foreach (Match m in Year().Matches((document.DocumentNumber ?? "") + " " + (document.Title ?? "")))
        {
            years.Add(m.Groups["y"].Value);
        }

        return years;
    }

    // A year as a question or a title names it: 2022, 2022年, 2022年版, 〔2022〕.
    [GeneratedRegex(@"(?<!\d)(?<y>(19|20)\d{2})(?!\d)(年版|年度|年)?")]
    private static partial Regex Year();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
