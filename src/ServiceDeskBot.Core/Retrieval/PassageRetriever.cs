using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using ServiceDeskBot.Core.Ingestion.Identifiers;

namespace ServiceDeskBot.Core.Retrieval;

/// <summary>
/// BM25 retrieval over the passage index with query normalization, synonym expansion, heading boosts and
/// place-aware re-ranking. The index can be swapped at run time (re-index without restart).
/// </summary>
public sealed class PassageRetriever : IPassageSearch, IDisposable
{
    // Weights of the query's parts. Bigrams carry most of the meaning; single characters rescue questions whose
    // words are split differently from the passage's; headings (headline + section) say what a passage is about.
    private const float BigramWeight = 1.0f;
    private const float UnigramWeight = 0.25f;
    private const float HeadingWeight = 0.5f;
    private const float ExpansionWeight = 0.5f;

    // Whole words match what a reader means where bigrams also match across word boundaries; fused with the bigram
    // leg in one BM25 sum (weight measured on the calibration set, docs/retrieval.md).
    private const float WordWeight = 0.6f;

    // An identifier the question names (文号, item code, form number) outweighs every word: the document holding it
    // comes first, however the tokenizers split "〔2025〕14号" or "ZY-SB-0104".
    private const float IdentifierWeight = 8f;

    // A passage about the place the question names moves up; one about a different place moves down.
    private const float SamePlaceFactor = 1.3f;
    private const float OtherPlaceFactor = 0.5f;
    private const float NoPlaceFactor = 0.85f;

    // The share of their weight the terms only a place name gives keep (measured on tuning and hard-tuning, 1 to 0.1:
    // recall@1 rises as it falls, most of it by 0.25; docs/retrieval.md).
    private const float PlaceTermFactor = 0.1f;

    // Reciprocal-rank fusion's usual constant: a passage first in one list and absent from the other still ranks high.
    private const float RrfK = 60f;
    private const float RrfScale = 100f;

    // A follow-up is usually about the document the previous answer came from.
    private const float PreferredSourceFactor = 1.25f;

    // Terms in a large share of passages add little to BM25 but cost a scan of most of the index, which at 100k
    // passages dominates latency. Single characters are kept only when rare (they rescue paraphrases through rare
    // characters such as names), bigrams unless they are near-ubiquitous.
    private const double MaxUnigramShare = 0.05;
    private const double MaxBigramShare = 0.25;

    private readonly Analyzer _bigrams = new ChineseAnalyzers.BigramAnalyzer();
    private readonly Analyzer _unigrams = new ChineseAnalyzers.UnigramAnalyzer();
    private PassageIndex? _index;
    private long _generation;

    private readonly DocumentAvailability? _availability;

    private readonly WordSegmenter? _words;

    public PassageRetriever(QueryNormalizer normalizer, DocumentAvailability? availability = null, WordSegmenter? words = null)
    {
        Normalizer = normalizer;
        _availability = availability;
        _words = words;
    }

    public QueryNormalizer Normalizer { get; }

    public bool IsReady => Volatile.Read(ref _index) is not null;

    public PassageIndex? Index => Volatile.Read(ref _index);

    /// <summary>Increases with every index made current; caches keyed by it go stale on a re-index.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>Makes a new index current; searches already running finish on the old one.</summary>
    public void Use(PassageIndex index)
    {
        var old = Interlocked.Exchange(ref _index, index);
        Interlocked.Increment(ref _generation);
        // Readers are cheap to keep open for in-flight searches; give them a moment before closing the old one.
        if (old is not null)
        {
            _ = Task.Delay(TimeSpan.FromSeconds(30)).ContinueWith(_ => old.Dispose(), TaskScheduler.Default);
        }
    }

    public Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int top, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Search(Normalizer.Analyze(query), top));
    }

    /// <summary>
    /// Searches once for a question and weighs the terms its evidence must cover (<paramref name="evidenceText"/>:
    /// the question without its place names). Hits from <paramref name="preferredSource"/> (the document the
    /// conversation is about) move up a little.
    /// </summary>
    /// <remarks>
    /// With <paramref name="outOfForce"/>, documents indexed but not in force today (expired, not yet in force,
    /// superseded) are searched too: the validity step uses that to tell a question about one of them.
    /// </remarks>
    public SearchResult Retrieve(
        AnalyzedQuery query, int top, string evidenceText, string? preferredSource = null, Dense.DenseRanking? dense = null, bool outOfForce = false)
    {
        ArgumentNullException.ThrowIfNull(query);
        var generation = Generation;
        var hits = Search(query, top, dense, outOfForce);
        if (preferredSource is not null)
        {
            hits = hits
                .Select(h => h.Passage.Source == preferredSource ? h with { Score = h.Score * PreferredSourceFactor } : h)
                .OrderByDescending(h => h.Score)
                .ToList();
        }

        return new SearchResult(hits, WeightedTerms(evidenceText), generation);
    }

    /// <summary>
    /// BM25 over the index; with a <paramref name="dense"/> ranking of the same index generation, the two rankings are
    /// fused by reciprocal rank (each passage scores 1/(k + rank) in each list it is in).
    /// </summary>
    public IReadOnlyList<SearchHit> Search(AnalyzedQuery query, int top, Dense.DenseRanking? dense = null, bool outOfForce = false)
    {
        ArgumentNullException.ThrowIfNull(query);
        var index = Volatile.Read(ref _index) ?? throw new InvalidOperationException("The passage index is not loaded yet.");
        var lucene = BuildQuery(query, index);
        if (lucene.Clauses.Count == 0 || top <= 0)
        {
            return [];
        }

        var pool = Math.Max(top * 4, 40);
        var docs = index.Count <= MaxDocsScoredInOrder
            ? TopDocsInOrder(index.Searcher, lucene, pool)
            : index.Searcher.Search(lucene, pool).ScoreDocs;
        var asked = query.Places.Where(index.PlacesInCorpus.Contains).ToList();

        // Checked per search, not only at index time: a document withdrawn a moment ago, or expiring at midnight,
        // must not be cited while the index that still holds it is in use.
        var today = _availability?.Today ?? default;
        bool Usable(int doc) => _availability is null
                                || (outOfForce ? _availability.IsIndexed(index.PassageAt(doc).Source) : _availability.IsAvailable(index.PassageAt(doc).Source, today));
        var ranked = docs
            .Where(d => Usable(d.Doc))
            .Select(d => (d.Doc, Score: d.Score * PlaceFactor(asked, index.PlacesAt(d.Doc))))
            .OrderByDescending(h => h.Score)
            .ThenBy(h => index.PassageAt(h.Doc).Source, StringComparer.Ordinal)
            .ThenBy(h => index.PassageAt(h.Doc).Ordinal)
            .ToList();
        if (dense is not null && dense.Generation == Generation)
        {
            ranked = Fuse(ranked, dense.Docs
                .Where(d => Usable(d.Doc))
                .Select(d => (d.Doc, Score: d.Similarity * PlaceFactor(asked, index.PlacesAt(d.Doc))))
                .OrderByDescending(d => d.Score)
                .ToList());
        }

        return ranked.Take(top).Select(h => new SearchHit(index.PassageAt(h.Doc), h.Score)).ToList();
    }

    // Up to this many passages a query is scored in document order (TopDocsInOrder). Out of order, a disjunction is scored
    // in windows of 2,048 documents, which on 100,000 generated passages was about twice as fast (SearchBenchmarks);
    // on a desk's corpus of a few thousand passages the fixed table is most of the cost. The ranking is the same either
    // way; the bound is a guess between the two measured sizes (86 and 100,000 passages), not a measured crossover.
    private const int MaxDocsScoredInOrder = 10_000;

    // The best documents as IndexSearcher.Search(query, n) finds them, but scored in document order. Given a choice, a
    // query of optional clauses is scored out of order by a scorer that allocates a table of 2,048 buckets per search,
    // about half of what a search allocated. Each document's score is the same sum of the same clause scores either way
    // (summed in a double, where a dozen BM25 terms add up exactly in any order), and both collectors break ties by the
    // lower document number, so the ranking is the same.
    private static ScoreDoc[] TopDocsInOrder(IndexSearcher searcher, Query query, int top)
    {
        var collector = TopScoreDocCollector.Create(Math.Min(top, Math.Max(1, searcher.IndexReader.MaxDoc)), docsScoredInOrder: true);
        searcher.Search(query, collector);
        return collector.GetTopDocs().ScoreDocs;
    }

    // Reciprocal-rank fusion: scores of BM25 and cosine are not comparable, ranks are. Scaled so scores stay readable.
    private static List<(int Doc, float Score)> Fuse(List<(int Doc, float Score)> lexical, List<(int Doc, float Score)> dense)
    {
        var fused = new Dictionary<int, float>();
        foreach (var list in new[] { lexical, dense })
        {
            for (var rank = 0; rank < list.Count; rank++)
            {
                fused[list[rank].Doc] = fused.GetValueOrDefault(list[rank].Doc) + (RrfScale / (RrfK + rank + 1));
            }
        }

        return fused.Select(f => (Doc: f.Key, Score: f.Value)).OrderByDescending(f => f.Score).ThenBy(f => f.Doc).ToList();
    }

    /// <summary>
    /// The distinct bigram-level terms of a text (bigrams, isolated characters, numbers, Latin words) with their
    /// IDF in the current index: what a question's evidence must cover. Bigrams that span a word boundary carry no
    /// meaning and are left out (see <see cref="IsWordBoundaryRun"/>).
    /// </summary>
    public IReadOnlyList<(string Term, double Weight)> WeightedTerms(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var index = Volatile.Read(ref _index) ?? throw new InvalidOperationException("The passage index is not loaded yet.");
        var tokens = ChineseAnalyzers.Tokens(_bigrams, ChineseAnalyzers.TextBigrams, text);
        var seen = tokens.Select(t => index.DocShare(ChineseAnalyzers.TextBigrams, t) > 0).ToArray();
        var kept = new List<string>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var runEnd = i;
            while (runEnd < tokens.Count && !seen[runEnd])
            {
                runEnd++;
            }

            if (runEnd == i)
            {
                kept.Add(tokens[i]);
                continue;
            }

            if (!IsWordBoundaryRun(tokens, seen, i, runEnd))
            {
                kept.AddRange(tokens.Skip(i).Take(runEnd - i));
            }

            i = runEnd - 1;
        }

        return kept
            .Distinct(StringComparer.Ordinal)
            .Select(t => (t, index.Idf(ChineseAnalyzers.TextBigrams, t)))
            .ToList();
    }

    // Without a segmenter, "医院和卫生" yields "院和" and "和卫": bigrams the corpus never contains because they
    // straddle words it does contain. A run of at most two unseen bigrams between seen ones, overlapping both, is
    // such a seam; a longer run, or one at the edge of the question, is a word the corpus lacks ("营业执照").
    private static bool IsWordBoundaryRun(List<string> tokens, bool[] seen, int start, int end) =>
        end - start <= 2
        && start > 0 && end < tokens.Count
        && seen[start - 1] && seen[end]
        && Overlaps(tokens[start - 1], tokens[start]) && Overlaps(tokens[end - 1], tokens[end]);

    private static bool Overlaps(string left, string right) =>
        left.Length == 2 && right.Length == 2 && left[1] == right[0];

    /// <summary>
    /// Whether a passage may be about all of <paramref name="places"/>: a passage with no known place is not evidence
    /// against them, one about another place is.
    /// </summary>
    public bool IsAbout(IReadOnlyList<string> places, Ingestion.Passage passage)
    {
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(passage);
        if (places.Count == 0)
        {
            return true;
        }

        var about = Index?.PlacesOf(passage.Id) ?? [];
        return about.Count == 0 || places.All(about.Contains);
    }

    public void Dispose()
    {
        _bigrams.Dispose();
        _unigrams.Dispose();
        Interlocked.Exchange(ref _index, null)?.Dispose();
    }

    private static float PlaceFactor(List<string> asked, IReadOnlyList<string> passagePlaces)
    {
        if (asked.Count == 0)
        {
            return 1f;
        }

        if (passagePlaces.Count == 0)
        {
            return NoPlaceFactor;
        }

        return passagePlaces.Any(asked.Contains) ? SamePlaceFactor : OtherPlaceFactor;
    }

    private BooleanQuery BuildQuery(AnalyzedQuery query, PassageIndex index)
    {
        var weights = new Dictionary<(string Field, string Term), float>();
        AddTerms(weights, query.Normalized, 1f, query.ContentWords);
        if (query.WithoutPlaces is { } withoutPlaces && query.Places.Any(index.PlacesInCorpus.Contains))
        {
            // A continued paragraph (a speaker's second passage, a district's list carried on) seldom repeats the place
            // its first passage named; the place factor already stands for the place, so its own terms count less.
            var rest = new Dictionary<(string Field, string Term), float>();
            AddTerms(rest, withoutPlaces, 1f);
            foreach (var key in weights.Keys.Where(k => !rest.ContainsKey(k)).ToList())
            {
                weights[key] *= PlaceTermFactor;
            }
        }

        foreach (var expansion in query.Expansions)
        {
            AddListWordTerms(weights, expansion, ExpansionWeight);
        }

        // Softer variants (paraphrases, 同义词词林) weigh as much less as the credit they stand for.
        foreach (var variant in query.Variants.Where(v => v.Credit >= WordVariants.ParaphraseCredit))
        {
            AddListWordTerms(weights, variant.Word, ExpansionWeight * (float)variant.Credit);
        }

        var kept = weights
            .Select(w => (w.Key.Field, w.Key.Term, Weight: w.Value, Share: index.DocShare(w.Key.Field, w.Key.Term)))
            .Where(w => w.Share > 0)
            .ToList();
        var selective = kept.Where(w => w.Share <= (w.Field == ChineseAnalyzers.TextUnigrams ? MaxUnigramShare : MaxBigramShare)).ToList();

        // A question made only of common words still needs its best few terms.
        var chosen = selective.Any(w => w.Field != ChineseAnalyzers.TextUnigrams)
            ? selective
            : kept.Where(w => w.Field != ChineseAnalyzers.TextUnigrams).OrderBy(w => w.Share).Take(3).Concat(selective).ToList();

        var terms = chosen.ConvertAll(c => new Term(c.Field, c.Term));
        var states = QueryTermStates.Find(index.Searcher.TopReaderContext, terms);
        var boolean = new BooleanQuery();
        for (var i = 0; i < chosen.Count; i++)
        {
            boolean.Add(new TermQuery(terms[i], states[i]) { Boost = chosen[i].Weight }, Occur.SHOULD);
        }

        foreach (var identifier in IdentifierNormalizer.Tokens(query.Original))
        {
            boolean.Add(new TermQuery(new Term(PassageIndex.IdentifiersField, identifier)) { Boost = IdentifierWeight }, Occur.SHOULD);
        }

        return boolean;
    }

    // contentWords: the text's content words when already cut (the question's own, from its analysis).
    private void AddTerms(Dictionary<(string Field, string Term), float> weights, string text, float factor, IReadOnlyList<string>? contentWords = null)
    {
        var words = _words is null ? [] : contentWords ?? _words.ContentWords(text);
        foreach (var (field, term, weight) in TermsOf(text, words))
        {
            Keep(weights, (field, term), weight * factor);
        }
    }

    // A synonym expansion or variant: the same few hundred list words recur in every question, and cutting each one
    // with jieba was the largest part of building a query.
    private void AddListWordTerms(Dictionary<(string Field, string Term), float> weights, string listWord, float factor)
    {
        foreach (var (field, term, weight) in ListWordTerms(listWord))
        {
            Keep(weights, (field, term), weight * factor);
        }
    }

    // The terms of a text at unit factor, in the order they are added to a query (the order of its clauses).
    private List<(string Field, string Term, float Weight)> TermsOf(string text, IReadOnlyList<string> words)
    {
        var terms = new List<(string Field, string Term, float Weight)>();
        foreach (var token in ChineseAnalyzers.Tokens(_bigrams, ChineseAnalyzers.TextBigrams, text))
        {
            terms.Add((ChineseAnalyzers.TextBigrams, token, BigramWeight));
            terms.Add((ChineseAnalyzers.HeadingBigrams, token, HeadingWeight));
        }

        foreach (var token in ChineseAnalyzers.Tokens(_unigrams, ChineseAnalyzers.TextUnigrams, text))
        {
            terms.Add((ChineseAnalyzers.TextUnigrams, token, UnigramWeight));
        }

        foreach (var word in words)
        {
            if (word.Length >= 2)
            {
                terms.Add((ChineseAnalyzers.TextWords, word, WordWeight));
            }
        }

        return terms;
    }

    // A list word's terms depend only on the analyzers and the segmenter's dictionary, neither of which changes while
    // the retriever lives, so an admin's edit of the synonym list cannot make one stale: it only changes which words are
    // looked up. Bounded all the same, as every edit can bring new words.
    private const int MaxListWordsKept = 8192;
    private readonly ConcurrentDictionary<string, List<(string Field, string Term, float Weight)>> _listWordTerms = new(StringComparer.Ordinal);

    private List<(string Field, string Term, float Weight)> ListWordTerms(string listWord)
    {
        if (_listWordTerms.TryGetValue(listWord, out var known))
        {
            return known;
        }

        // ConcurrentDictionary.Count takes every lock of the table: counted only on a miss.
        if (_listWordTerms.Count >= MaxListWordsKept)
        {
            _listWordTerms.Clear();
        }

        return _listWordTerms.GetOrAdd(listWord, w => TermsOf(w, _words?.ContentWords(w) ?? []));
    }

    // A term asked for directly keeps its full weight even when a synonym expansion also produces it.
    private static void Keep(Dictionary<(string Field, string Term), float> weights, (string, string) key, float weight) =>
        weights[key] = Math.Max(weights.GetValueOrDefault(key), weight);
}
