using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace ServiceDeskBot.Core.Retrieval;

/// <summary>
/// Analysis for Chinese: overlapping character bigrams for precision, single characters for recall, and a field of
/// jieba words (segmented before indexing, so its analyzer only splits on spaces). Latin words and numbers stay whole.
/// </summary>
internal static class ChineseAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public const string TextBigrams = "text_bi";
    public const string TextUnigrams = "text_uni";
    public const string HeadingBigrams = "head_bi";
    public const string TextWords = "text_word";

    public static Analyzer ForIndexing() => new PerFieldAnalyzerWrapper(
        new BigramAnalyzer(),
        new Dictionary<string, Analyzer> { [TextUnigrams] = new UnigramAnalyzer(), [TextWords] = new WhitespaceAnalyzer(Version) });

    public static List<string> Tokens(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }

        stream.End();
        return tokens;
    }

    internal sealed class BigramAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream result = new CJKWidthFilter(source);
            result = new LowerCaseFilter(Version, result);
            result = new CJKBigramFilter(result, CJKScript.HAN, outputUnigrams: false);
            return new TokenStreamComponents(source, result);
        }
    }

    internal sealed class UnigramAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream result = new CJKWidthFilter(source);
            result = new LowerCaseFilter(Version, result);
            return new TokenStreamComponents(source, result);
        }
    }
}
