using System.Text;

namespace ServiceDeskBot.Core.Safety;

/// <summary>
/// Scans one text, possibly arriving in chunks (an LLM reply as it streams), for listed words. The automaton's state,
/// the last few folded characters and the matches not yet decided are carried from one chunk to the next, so a word
/// split across two chunks ("违禁" + "词") is found exactly as in one piece. Not thread-safe: one scanner per text.
/// </summary>
/// <remarks>
/// A match is reported only once it is certain: when no allowed phrase still in progress could cover it, and (for a
/// word ending in a Latin letter or digit) once the next character shows it is not glued to more of them. Until then
/// <see cref="SafeLength"/> stays before it, so a caller that shows only the safe prefix never shows a listed word.
/// </remarks>
public sealed class SensitiveWordScanner
{
    /// <summary>
    /// Longest run of skipped characters (spaces, symbols, emoji) allowed between two characters of one word. "违 禁 词"
    /// and "违**禁**词" still match; a word cannot be assembled from characters far apart in a table or a list.
    /// </summary>
    public const int MaxGap = 3;

    private readonly SensitiveWordAutomaton _automaton;
    private readonly Unit[] _recent;
    private readonly List<Pending> _pending = [];
    private readonly List<SensitiveWordMatch> _found = [];
    private readonly StringBuilder _fold = new(4);
    private string _carry = "";
    private int _carryStart;
    private int _streamLength;
    private int _state;
    private int _units;
    private int _noiseRun;
    private bool _afterBoundary = true;

    internal SensitiveWordScanner(SensitiveWordAutomaton automaton)
    {
        _automaton = automaton;
        _recent = new Unit[automaton.LongestPattern + 2];
    }

    /// <summary>Every match reported so far, in the order they were decided.</summary>
    public IReadOnlyList<SensitiveWordMatch> Matches => _found;

    public bool HasMatch => _found.Count > 0;

    /// <summary>
    /// How many characters from the start of the text can be shown: none of them can still turn out to belong to a
    /// listed word. Anything after it is held back until more text (or <see cref="Complete"/>) decides.
    /// </summary>
    public int SafeLength
    {
        get
        {
            var safe = _carry.Length > 0 ? _carryStart : _streamLength;
            foreach (var pending in _pending)
            {
                safe = Math.Min(safe, pending.Start);
            }

            var depth = _automaton.Depth(_state);
            return depth > 0 ? Math.Min(safe, At(_units - depth).Start) : safe;
        }
    }

    /// <summary>Reads the next chunk; returns the matches it decided (often none, even when one is under way).</summary>
    public IReadOnlyList<SensitiveWordMatch> Feed(ReadOnlySpan<char> chunk)
    {
        var before = _found.Count;
        var origin = _carry.Length > 0 ? _carryStart : _streamLength;
        var text = _carry.Length > 0 ? string.Concat(_carry, chunk).AsSpan() : chunk;
        _streamLength += chunk.Length;
        Read(text, origin, isFinal: false, stopAtFirst: false);
        return Since(before);
    }

    /// <summary>Ends the text: whatever was held back is decided. Returns the matches this decided.</summary>
    public IReadOnlyList<SensitiveWordMatch> Complete()
    {
        var before = _found.Count;
        if (_carry.Length > 0)
        {
            var carry = _carry;
            Read(carry, _carryStart, isFinal: true, stopAtFirst: false);
        }

        EndRun();
        return Since(before);
    }

    /// <summary>Scans a whole text at once; with <paramref name="stopAtFirst"/> it returns as soon as one match is certain.</summary>
    internal IReadOnlyList<SensitiveWordMatch> ScanAll(ReadOnlySpan<char> text, bool stopAtFirst)
    {
        _streamLength = text.Length;
        Read(text, 0, isFinal: true, stopAtFirst);
        if (!(stopAtFirst && HasMatch))
        {
            EndRun();
        }

        return _found;
    }

    private void Read(ReadOnlySpan<char> text, int origin, bool isFinal, bool stopAtFirst)
    {
        var i = 0;
        while (i < text.Length)
        {
            var length = SensitiveTextFold.GraphemeLength(text[i..], isFinal);
            if (length == 0)
            {
                // The last grapheme of a chunk may still grow (a combining mark or a low surrogate in the next one).
                _carry = text[i..].ToString();
                _carryStart = origin + i;
                return;
            }

            ReadGrapheme(text.Slice(i, length), origin + i);
            i += length;
            if (stopAtFirst && HasMatch)
            {
                break;
            }
        }

        _carry = "";
        _carryStart = _streamLength;
    }

    private void ReadGrapheme(ReadOnlySpan<char> grapheme, int start)
    {
        _fold.Clear();
        switch (SensitiveTextFold.Classify(grapheme, _fold))
        {
            case SensitiveTextFold.Kind.Boundary:
                EndRun();
                return;
            case SensitiveTextFold.Kind.Noise:
                _noiseRun++;
                if (_noiseRun > MaxGap)
                {
                    EndRun();
                    return;
                }

                // Whatever follows is not glued to a Latin word that just ended.
                ClearTrailingChecks();
                Confirm();
                return;
        }

        var joined = _noiseRun == 0 && !_afterBoundary;
        _noiseRun = 0;
        _afterBoundary = false;
        for (var k = 0; k < _fold.Length; k++)
        {
            ReadUnit(_fold[k], start, start + grapheme.Length, joined || k > 0);
        }
    }

    private void ReadUnit(char unit, int start, int end, bool joined)
    {
        for (var i = _pending.Count - 1; i >= 0; i--)
        {
            if (!_pending[i].AwaitsNext)
            {
                continue;
            }

            if (joined && SensitiveTextFold.IsAsciiLetterOrDigit(unit))
            {
                _pending.RemoveAt(i);
            }
            else
            {
                _pending[i] = _pending[i] with { AwaitsNext = false };
            }
        }

        _state = _automaton.Step(_state, unit);
        _recent[_units % _recent.Length] = new Unit(unit, start, joined);
        _units++;

        var allowedFrom = int.MaxValue;
        for (var node = _automaton.FirstOutput(_state); node >= 0; node = _automaton.NextOutput(node))
        {
            var from = _units - _automaton.Depth(node);
            if (_automaton.IsAllowedPhraseAt(node))
            {
                allowedFrom = Math.Min(allowedFrom, from);
            }

            if (_automaton.WordAt(node) is var word and >= 0 && !GluedToLatinBefore(word, from))
            {
                _pending.Add(new Pending(word, from, At(from).Start, end, _automaton.EndsLatin(word)));
            }
        }

        if (allowedFrom != int.MaxValue)
        {
            // An allowed phrase just ended: every undecided word inside it is a false positive.
            DropFrom(allowedFrom);
        }

        Confirm();
    }

    // A Latin word must not continue letters or digits written right before it ("ass" in "passport").
    private bool GluedToLatinBefore(int word, int firstUnit) =>
        _automaton.StartsLatin(word) && firstUnit > 0 && At(firstUnit).Joined
            && SensitiveTextFold.IsAsciiLetterOrDigit(At(firstUnit - 1).Value);

    // A word is certain once every partial match still in progress (any of which could be an allowed phrase about to
    // cover it) starts after it, and its Latin tail, if any, has been checked.
    private void Confirm()
    {
        var inProgressFrom = _units - _automaton.Depth(_state);
        var kept = 0;
        for (var i = 0; i < _pending.Count; i++)
        {
            var pending = _pending[i];
            if (!pending.AwaitsNext && pending.FirstUnit < inProgressFrom)
            {
                _found.Add(new SensitiveWordMatch(_automaton.Word(pending.Word), pending.Start, pending.End - pending.Start));
            }
            else
            {
                _pending[kept++] = pending;
            }
        }

        _pending.RemoveRange(kept, _pending.Count - kept);
    }

    // A loop rather than RemoveAll with a lambda: the lambda's closure would be allocated on every character read.
    private void DropFrom(int firstUnit)
    {
        var kept = 0;
        for (var i = 0; i < _pending.Count; i++)
        {
            if (_pending[i].FirstUnit < firstUnit)
            {
                _pending[kept++] = _pending[i];
            }
        }

        _pending.RemoveRange(kept, _pending.Count - kept);
    }

    private void EndRun()
    {
        _state = 0;
        _noiseRun = 0;
        _afterBoundary = true;
        ClearTrailingChecks();
        Confirm();
    }

    private void ClearTrailingChecks()
    {
        for (var i = 0; i < _pending.Count; i++)
        {
            if (_pending[i].AwaitsNext)
            {
                _pending[i] = _pending[i] with { AwaitsNext = false };
            }
        }
    }

    private Unit At(int unitIndex) => _recent[unitIndex % _recent.Length];

    private List<SensitiveWordMatch> Since(int before) =>
        _found.Count == before ? [] : _found.GetRange(before, _found.Count - before);

    /// <summary>One folded character: its value, where its grapheme starts in the text, and whether nothing was skipped before it.</summary>
    private readonly record struct Unit(char Value, int Start, bool Joined);

    /// <summary>A word found but not yet certain.</summary>
    private readonly record struct Pending(int Word, int FirstUnit, int Start, int End, bool AwaitsNext);
}
