using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using ServiceDeskBot.Core.Ingestion;
using ServiceDeskBot.Core.Ingestion.Identifiers;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace ServiceDeskBot.Core.Retrieval;

/// <summary>
/// A Lucene index of passages (BM25 over CJK bigrams and single characters, with a heading field) plus the
/// passages themselves, loaded once from stored fields so a search never touches stored fields again.
/// </summary>
public sealed class PassageIndex : IDisposable
{
    private const string IdField = "id";
    private const string SourceField = "source";
    private const string TitleField = "title";
    private const string SectionField = "section";
    private const string OrdinalField = "ordinal";
    private const string StartField = "start";
    private const string EndField = "end";
    private const string TextField = "text";
    private const string PlacesField = "places";

    /// <summary>
    /// Exact-match field of the canonical identifiers (文号, item codes, form numbers) a passage holds, with its
    /// document's 文号: untouched by the tokenizers, so a question naming one finds its document first.
    /// </summary>
    public const string IdentifiersField = "identifiers";

    /// <summary>Bump when the fields or their analysis change, so indexes built by an older build are rebuilt.</summary>
    public const string SchemaVersion = "index-4-street-parents-identifiers";

    private readonly LuceneDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly Passage[] _passages;
    private readonly string[][] _places;
    private readonly Dictionary<string, int> _docById;

    private PassageIndex(LuceneDirectory directory)
    {
        _directory = directory;
        _reader = DirectoryReader.Open(directory);
        Searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        _passages = new Passage[_reader.MaxDoc];
        _places = new string[_reader.MaxDoc][];
        for (var doc = 0; doc < _reader.MaxDoc; doc++)
        {
            var stored = _reader.Document(doc);
            _passages[doc] = new Passage(
                stored.Get(IdField, CultureInfo.InvariantCulture),
                stored.Get(SourceField, CultureInfo.InvariantCulture),
                stored.Get(TitleField, CultureInfo.InvariantCulture),
                stored.Get(SectionField, CultureInfo.InvariantCulture),
                int.Parse(stored.Get(OrdinalField, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
                int.Parse(stored.Get(StartField, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
                int.Parse(stored.Get(EndField, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
                stored.Get(TextField, CultureInfo.InvariantCulture));
            _places[doc] = stored.GetValues(PlacesField, CultureInfo.InvariantCulture) ?? [];
        }

        PlacesInCorpus = _places.SelectMany(p => p).ToHashSet(StringComparer.Ordinal);
        _docById = new Dictionary<string, int>(_passages.Length, StringComparer.Ordinal);
        for (var doc = 0; doc < _passages.Length; doc++)
        {
            _docById[_passages[doc].Id] = doc;
        }
    }

    public IndexSearcher Searcher { get; }

    public int Count => _passages.Length;

    public IReadOnlyList<Passage> Passages => _passages;

    /// <summary>Every place some passage is about.</summary>
    public IReadOnlySet<string> PlacesInCorpus { get; }

    public Passage PassageAt(int doc) => _passages[doc];

    /// <summary>The places a passage is about (its own mentions, its heading's, or its document's main place).</summary>
    public IReadOnlyList<string> PlacesAt(int doc) => _places[doc];

    /// <summary>The places a passage is about, by passage id (empty for an unknown id).</summary>
    public IReadOnlyList<string> PlacesOf(string passageId) =>
        _docById.TryGetValue(passageId, out var doc) ? _places[doc] : [];

    /// <summary>The passage with this id, if the index holds it.</summary>
    public Passage? Find(string passageId) =>
        _docById.TryGetValue(passageId, out var doc) ? _passages[doc] : null;

    /// <summary>
    /// Inverse document frequency of an analyzed term in a field (BM25's form); a term no passage contains is
    /// weighted like the rarest one.
    /// </summary>
    public double Idf(string field, string term) => Bm25Idf(Math.Max(1, DocFreq(field, term)));

    /// <summary>Share of passages that contain a term, 0..1.</summary>
    public double DocShare(string field, string term) =>
        _passages.Length == 0 ? 0 : DocFreq(field, term) / (double)_passages.Length;

    // Query building asks for the document frequency of every query term; a term-dictionary seek allocates, so the
    // answers are cached for the life of this (immutable) index, up to a bound.
    private int DocFreq(string field, string term)
    {
        var key = (field, term);
        if (_docFreqs.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var df = _reader.DocFreq(new Term(field, term));
        if (_docFreqs.Count < MaxCachedDocFreqs)
        {
            _docFreqs.TryAdd(key, df);
        }

        return df;
    }

    private const int MaxCachedDocFreqs = 200_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Field, string Term), int> _docFreqs = new();

    private double Bm25Idf(int df) => Math.Log(1 + ((_passages.Length - df + 0.5) / (df + 0.5)));

    /// <summary>Writes a new index of the passages into the directory, replacing what was there.</summary>
    /// <remarks><paramref name="documentNumbers"/> gives each document's 文号 (by file name), indexed on all its passages.</remarks>
    public static void Build(
        LuceneDirectory directory,
        IReadOnlyList<Passage> passages,
        PlaceGazetteer gazetteer,
        WordSegmenter words,
        IReadOnlyDictionary<string, string>? documentNumbers = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(passages);
        ArgumentNullException.ThrowIfNull(gazetteer);
        using Analyzer analyzer = ChineseAnalyzers.ForIndexing();
        var config = new IndexWriterConfig(ChineseAnalyzers.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 64,
        };

        var mainPlaces = MainPlaceByDocument(passages, gazetteer);
        var previous = new Dictionary<(string Source, string Section), IReadOnlyList<string>>();
        using var writer = new IndexWriter(directory, config);
        foreach (var passage in passages)
        {
            var places = PlacesOf(passage, gazetteer, previous, mainPlaces);
            previous[(passage.Source, passage.Section)] = places;
            var document = ToDocument(passage, places, string.Join(' ', words.IndexWords(passage.Text)));
            var own = documentNumbers?.GetValueOrDefault(passage.Source) ?? "";
            foreach (var identifier in IdentifierNormalizer.Tokens(own + "\n" + passage.Title + "\n" + passage.Text))
            {
                document.Add(new StringField(IdentifiersField, identifier, Field.Store.NO));
            }

            writer.AddDocument(document);
        }

        writer.ForceMerge(1);
        writer.Commit();
    }

    public static PassageIndex Open(LuceneDirectory directory) => new(directory);

    /// <summary>
    /// Opens the index built in <paramref name="folder"/> for searching, copied into memory (<see cref="RAMDirectory"/>):
    /// the folder is read once and never again while the build serves. Not memory-mapped files
    /// (<see cref="FSDirectory.Open(string)"/>): each search clones the index inputs it reads, and a memory-mapped input
    /// records every clone in a ConditionalWeakTable, i.e. one dependent GC handle per clone: under load a node held 0.5
    /// to 1.2 million of them, every garbage collection scanned them all, and the GC threads took half the CPU
    /// (<c>docs/benchmarks.md</c>, "Where the ask path's time went"). Not positional file reads either
    /// (<see cref="NIOFSDirectory"/>): all clones of a file share one stream under one lock, so at 16 connections the
    /// searches queued on it (over half of an ask's thread time in a trace, spinning in Monitor.Enter). The index is small
    /// beside the process (244 KB for the seeds; the page cache held it anyway), and a memory input's clone is a plain copy.
    /// </summary>
    public static PassageIndex OpenFolder(string folder)
    {
        using var files = new NIOFSDirectory(folder);
        return new(new RAMDirectory(files, IOContext.READ_ONCE));
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    private static Document ToDocument(Passage passage, IReadOnlyList<string> places, string words)
    {
        var heading = passage.Section.Length > 0 ? passage.Title + " " + passage.Section : passage.Title;
        var document = new Document
        {
            new StringField(IdField, passage.Id, Field.Store.YES),
            new StoredField(SourceField, passage.Source),
            new StoredField(TitleField, passage.Title),
            new StoredField(SectionField, passage.Section),
            new StoredField(OrdinalField, passage.Ordinal.ToString(CultureInfo.InvariantCulture)),
            new StoredField(StartField, passage.Start.ToString(CultureInfo.InvariantCulture)),
            new StoredField(EndField, passage.End.ToString(CultureInfo.InvariantCulture)),
            new StoredField(TextField, passage.Text),
            new Lucene.Net.Documents.TextField(ChineseAnalyzers.TextBigrams, passage.Text, Field.Store.NO),
            new Lucene.Net.Documents.TextField(ChineseAnalyzers.TextUnigrams, passage.Text, Field.Store.NO),
            new Lucene.Net.Documents.TextField(ChineseAnalyzers.HeadingBigrams, heading, Field.Store.NO),
            new Lucene.Net.Documents.TextField(ChineseAnalyzers.TextWords, words, Field.Store.NO),
        };
        foreach (var place in places)
        {
            document.Add(new StringField(PlacesField, place, Field.Store.YES));
        }

        return document;
    }

    // A passage is about the places it or its section heading names; failing that, about the places of the passage
    // before it in the same section (a long paragraph names its district once, at its start); failing that, about
    // its document's main place (an article on one district often names it only in its first paragraphs).
    private static IReadOnlyList<string> PlacesOf(
        Passage passage,
        PlaceGazetteer gazetteer,
        Dictionary<(string Source, string Section), IReadOnlyList<string>> previous,
        Dictionary<string, string> mainPlaces)
    {
        var own = gazetteer.Find(passage.Section + " " + passage.Text);
        if (own.Count > 0)
        {
            // A street or office named in an article about one district is in that district: the passage is about both
            // (西流湖街道's speech at a 中原区 meeting answers a question about 中原区).
            return own.All(IsSubDistrict) && mainPlaces.TryGetValue(passage.Source, out var district) && !own.Contains(district)
                ? [.. own, district]
                : own;
        }

        if (previous.TryGetValue((passage.Source, passage.Section), out var before) && before.Count > 0)
        {
            return before;
        }

        return mainPlaces.TryGetValue(passage.Source, out var main) ? [main] : [];
    }

    private static bool IsSubDistrict(string place) => place.EndsWith("街道", StringComparison.Ordinal) || place.EndsWith("办事处", StringComparison.Ordinal);

    // The main place of a document is one named clearly more often than any other.
    private static Dictionary<string, string> MainPlaceByDocument(IReadOnlyList<Passage> passages, PlaceGazetteer gazetteer)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in passages.GroupBy(p => p.Source, StringComparer.Ordinal))
        {
            var text = document.First().Title + " " + string.Join(' ', document.Select(p => p.Text));
            var ranked = gazetteer.Count(text).OrderByDescending(c => c.Value).ToList();
            if (ranked.Count > 0 && ranked[0].Value >= 3 && (ranked.Count == 1 || ranked[0].Value >= 2 * ranked[1].Value))
            {
                result[document.Key] = ranked[0].Key;
            }
        }

        return result;
    }
}
