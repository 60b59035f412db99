using System.Text.RegularExpressions;

namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// The clause of a policy that repeals an older one ("《…办法》（江人社发〔2022〕6号）同时废止"): it names the old document
/// by its title and 文号, so a question about the old document meets it on every word, yet it says nothing of what
/// either document rules. Quote choice puts it after every other quote of its kind.
/// </summary>
internal static partial class RepealClause
{
    /// <summary>Whether <paramref name="quote"/> (NFKC) repeals a named document and states nothing else.</summary>
    public static bool Is(string quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        return Repeal().IsMatch(quote) && !AnswerKinds.IsPresent(AnswerKind.Money, quote) && !AnswerKinds.IsPresent(AnswerKind.Ratio, quote);
    }

    [GeneratedRegex(@"[《〔\[(（].{0,60}(同时|一并|予以)?(废止|停止执行|不再执行)")]
    private static partial Regex Repeal();
}
