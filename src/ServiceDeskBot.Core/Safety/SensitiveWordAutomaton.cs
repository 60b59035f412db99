namespace ServiceDeskBot.Core.Safety;

/// <summary>
/// An Aho–Corasick automaton over folded listed words and allowed phrases: one pass over a text finds every
/// occurrence of every pattern, so the cost depends on the text's length and not on the size of the list.
/// Immutable once built, so scanners on many threads share it.
/// </summary>
internal sealed class SensitiveWordAutomaton
{
    private const int Root = 0;

    // Goto edges of the trie, keyed by (state, UTF-16 unit); one table instead of a dictionary per node.
    private readonly Dictionary<long, int> _edges;
    private readonly int[] _failure;
    private readonly int[] _depth;
    private readonly int[] _word;
    private readonly int[] _allowed;
    private readonly int[] _nextOutput;
    private readonly string[] _words;
    private readonly bool[] _wordStartsLatin;
    private readonly bool[] _wordEndsLatin;

    private SensitiveWordAutomaton(
        Dictionary<long, int> edges, int[] failure, int[] depth, int[] word, int[] allowed, int[] nextOutput,
        string[] words, bool[] startsLatin, bool[] endsLatin, int longest)
    {
        _edges = edges;
        _failure = failure;
        _depth = depth;
        _word = word;
        _allowed = allowed;
        _nextOutput = nextOutput;
        _words = words;
        _wordStartsLatin = startsLatin;
        _wordEndsLatin = endsLatin;
        LongestPattern = longest;
    }

    public static SensitiveWordAutomaton Empty { get; } = Build([], [], []);

    /// <summary>Length in folded units of the longest word or allowed phrase.</summary>
    public int LongestPattern { get; }

    public bool IsEmpty => _words.Length == 0;

    /// <summary>
    /// Builds the automaton. <paramref name="keys"/> are the folded listed words (index i names
    /// <paramref name="words"/>[i], the word as entered); <paramref name="allowedKeys"/> the folded allowed phrases.
    /// </summary>
    public static SensitiveWordAutomaton Build(IReadOnlyList<string> words, IReadOnlyList<string> keys, IReadOnlyList<string> allowedKeys)
    {
        var edges = new Dictionary<long, int>();
        var depth = new List<int> { 0 };
        var word = new List<int> { -1 };
        var allowed = new List<int> { -1 };
        var longest = 0;

        int Insert(string key)
        {
            var state = Root;
            foreach (var unit in key)
            {
                if (!edges.TryGetValue(Edge(state, unit), out var next))
                {
                    next = depth.Count;
                    edges[Edge(state, unit)] = next;
                    depth.Add(depth[state] + 1);
                    word.Add(-1);
                    allowed.Add(-1);
                }

                state = next;
            }

            longest = Math.Max(longest, key.Length);
            return state;
        }

        for (var i = 0; i < keys.Count; i++)
        {
            if (keys[i].Length > 0 && Insert(keys[i]) is var end && word[end] < 0)
            {
                word[end] = i;
            }
        }

        for (var i = 0; i < allowedKeys.Count; i++)
        {
            if (allowedKeys[i].Length > 0)
            {
                allowed[Insert(allowedKeys[i])] = i;
            }
        }

        var count = depth.Count;
        var failure = new int[count];
        var nextOutput = new int[count];
        var children = new List<(int Parent, char Unit, int Child)>(edges.Count);
        foreach (var (edge, child) in edges)
        {
            children.Add(((int)(edge >> 16), (char)(edge & 0xFFFF), child));
        }

        // Breadth-first over the trie: a node's failure link is the longest proper suffix of its path that is also a
        // path, and its output link the nearest node on the failure chain that ends a word or an allowed phrase.
        var byParent = children.ToLookup(c => c.Parent);
        var queue = new Queue<int>();
        queue.Enqueue(Root);
        nextOutput[Root] = -1;
        while (queue.Count > 0)
        {
            var parent = queue.Dequeue();
            foreach (var (_, unit, child) in byParent[parent])
            {
                var fallback = failure[parent];
                var link = Root;
                if (parent != Root)
                {
                    while (true)
                    {
                        if (edges.TryGetValue(Edge(fallback, unit), out var target))
                        {
                            link = target;
                            break;
                        }

                        if (fallback == Root)
                        {
                            break;
                        }

                        fallback = failure[fallback];
                    }
                }

                failure[child] = link;
                nextOutput[child] = word[link] >= 0 || allowed[link] >= 0 ? link : nextOutput[link];
                queue.Enqueue(child);
            }
        }

        var wordArray = words.ToArray();
        var startsLatin = new bool[keys.Count];
        var endsLatin = new bool[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            startsLatin[i] = keys[i].Length > 0 && SensitiveTextFold.IsAsciiLetterOrDigit(keys[i][0]);
            endsLatin[i] = keys[i].Length > 0 && SensitiveTextFold.IsAsciiLetterOrDigit(keys[i][^1]);
        }

        return new SensitiveWordAutomaton(
            edges, failure, [.. depth], [.. word], [.. allowed], nextOutput, wordArray, startsLatin, endsLatin, longest);
    }

    /// <summary>The state after reading <paramref name="unit"/> in <paramref name="state"/>.</summary>
    public int Step(int state, char unit)
    {
        while (true)
        {
            if (_edges.TryGetValue(Edge(state, unit), out var next))
            {
                return next;
            }

            if (state == Root)
            {
                return Root;
            }

            state = _failure[state];
        }
    }

    /// <summary>How many folded units of the text just read the state stands for (a partial match at most this long).</summary>
    public int Depth(int state) => _depth[state];

    /// <summary>The first node at or after <paramref name="state"/> on its failure chain that ends a pattern, or -1.</summary>
    public int FirstOutput(int state) => _word[state] >= 0 || _allowed[state] >= 0 ? state : _nextOutput[state];

    public int NextOutput(int node) => _nextOutput[node];

    /// <summary>Index of the listed word ending at this node, or -1.</summary>
    public int WordAt(int node) => _word[node];

    public bool IsAllowedPhraseAt(int node) => _allowed[node] >= 0;

    public string Word(int index) => _words[index];

    public bool StartsLatin(int index) => _wordStartsLatin[index];

    public bool EndsLatin(int index) => _wordEndsLatin[index];

    private static long Edge(int state, char unit) => ((long)state << 16) | unit;
}
