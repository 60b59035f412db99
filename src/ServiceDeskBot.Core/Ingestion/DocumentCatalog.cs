using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using ServiceDeskBot.Core.Ingestion.Identifiers;

namespace ServiceDeskBot.Core.Ingestion;

/// <summary>
/// Every document of the corpus as the answer pipeline reads it — title, issuer, 文号, dates and source kind for
/// citations, and which documents replace which — refreshed with the index from the database (or from the seeds'
/// <c>documents.json</c> without one), so the pipeline never reads the database during a turn.
/// </summary>
/// <remarks>
/// A newer document B <b>replaces</b> an older A when any of these holds (decision note: <c>docs/documents.md</c>):
/// <list type="number">
/// <item>an admin set B as A's "superseded by" document;</item>
/// <item>B's text repeals A by its 文号 ("原…（某政办〔2021〕5号）同时废止", "…停止执行", "代替…");</item>
/// <item>both have the same issuer and the same title once years, editions and (试行)/(修订) marks are removed
/// ("2024年度…补贴标准" and "2025年度…补贴标准"), and B took effect (or was issued) later than A.</item>
/// </list>
/// A is superseded from the day B comes into force; the replacement followed through a chain (A → B → C) is the
/// newest document of it in force.
/// </remarks>
public sealed partial class DocumentCatalog
{
    private const int MaxChain = 10;

    private State _state = new(FrozenDictionary<string, CatalogDocument>.Empty, FrozenDictionary<string, IReadOnlyList<CatalogDocument>>.Empty);

    private long _version;

    /// <summary>Documents known, by file name.</summary>
    public int Count => Volatile.Read(ref _state).Documents.Count;

    /// <summary>
    /// Increases whenever <see cref="Use"/> changes what the catalogue holds (not when the minute's refresh reads the
    /// same documents again), so a cache of what was made from it can tell that it is out of date.
    /// </summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>Replaces the whole catalogue at once.</summary>
    public void Use(IEnumerable<CatalogDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var all = documents.DistinctBy(d => d.Source, StringComparer.Ordinal).ToFrozenDictionary(d => d.Source, StringComparer.Ordinal);
        if (SourceMaps.SameEntries(Volatile.Read(ref _state).Documents, all, (held, d) => held with { Repeals = d.Repeals } == d && held.Repeals.SequenceEqual(d.Repeals)))
        {
            return;
        }

        var searchable = all.Values.Where(d => d.Searchable).ToList();
        var successors = new Dictionary<string, IReadOnlyList<CatalogDocument>>(StringComparer.Ordinal);
        foreach (var older in searchable)
        {
            var newer = searchable.Where(b => Replaces(b, older)).ToList();
            if (newer.Count > 0)
            {
                successors[older.Source] = newer;
            }
        }

        Volatile.Write(ref _state, new State(all, successors.ToFrozenDictionary(StringComparer.Ordinal)));
        Interlocked.Increment(ref _version);
    }

    public CatalogDocument? Find(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Volatile.Read(ref _state).Documents.GetValueOrDefault(source);
    }

    /// <summary>Whether any indexed document is out of force on <paramref name="today"/> (else validity needs no search).</summary>
    public bool AnyOutOfForce(DateOnly today)
    {
        var state = Volatile.Read(ref _state);
        return state.Documents.Values.Any(d => d.Searchable && Standing(state, d, today).Standing != DocumentStanding.InForce);
    }

    /// <summary>The document's standing on <paramref name="today"/>; a document the catalogue does not know is in force.</summary>
    public DocumentValidity Validity(string source, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(source);
        var state = Volatile.Read(ref _state);
        return state.Documents.TryGetValue(source, out var document)
            ? Standing(state, document, today)
            : new DocumentValidity(DocumentStanding.InForce, null);
    }

    /// <summary>
    /// The searchable documents whose 文号 is among <paramref name="identifiers"/> (a question's
    /// <see cref="IdentifierNormalizer.Tokens"/>), each with its standing on <paramref name="today"/>.
    /// </summary>
    public IReadOnlyList<DocumentValidity> Numbered(IReadOnlyList<string> identifiers, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(identifiers);
        if (identifiers.Count == 0)
        {
            return [];
        }

        var state = Volatile.Read(ref _state);
        return state.Documents.Values
            .Where(d => d.Searchable && d.DocumentNumber is { Length: > 0 } number && IdentifierNormalizer.Tokens(number).Intersect(identifiers, StringComparer.Ordinal).Any())
            .Select(d => Standing(state, d, today))
            .ToList();
    }

    /// <summary>
    /// The retrieval policy of each document: withdrawn or unreviewed ones are excluded, and a replaced one stops being
    /// current on the day its replacement comes into force (see <see cref="DocumentPolicy.SupersededFrom"/>).
    /// </summary>
    public IReadOnlyList<DocumentPolicy> Policies(Func<string, string?> titleOverride)
    {
        ArgumentNullException.ThrowIfNull(titleOverride);
        var state = Volatile.Read(ref _state);
        return state.Documents.Values.Select(d => new DocumentPolicy(
            d.Source,
            titleOverride(d.Source),
            d.Searchable,
            d.EffectiveOn,
            d.ExpiresOn,
            state.Successors.TryGetValue(d.Source, out var newer) ? newer.Min(b => b.EffectiveOn ?? DateOnly.MinValue) : null))
            .ToList();
    }

    /// <summary>Whether document <paramref name="newer"/> replaces <paramref name="older"/> (see remarks).</summary>
    public static bool Replaces(CatalogDocument newer, CatalogDocument older)
    {
        ArgumentNullException.ThrowIfNull(newer);
        ArgumentNullException.ThrowIfNull(older);
        if (newer.Source == older.Source)
        {
            return false;
        }

        if (older.SupersededBy == newer.Source)
        {
            return true;
        }

        if (older.DocumentNumber is { } number && IdentifierNormalizer.Normalize(number) is { } canonical
            && newer.Repeals.Any(r => string.Equals(IdentifierNormalizer.Normalize(r) ?? r, canonical, StringComparison.Ordinal)))
        {
            return true;
        }

        return SameIssuer(newer, older)
               && SeriesKey(newer.Title) is { Length: > 0 } key && key == SeriesKey(older.Title)
               && newer.Dated is { } newDate && older.Dated is { } oldDate && newDate > oldDate;
    }

    /// <summary>
    /// A title without its years, editions and (试行)/(修订) marks, and without the issuing notice around the document it
    /// issues ("关于印发《…》的通知"): what versions of one document share.
    /// </summary>
    public static string SeriesKey(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return "";
        }

        var key = title.Normalize(NormalizationForm.FormKC);
        // "某局关于印发《X办法》的通知" issues X: it is an edition of X as much as a later "X办法" printed alone is.
        if (IssuingNotice().Match(key) is { Success: true } issued)
        {
            key = issued.Groups["issued"].Value;
        }

        key = EditionMark().Replace(key, "");
        key = Year().Replace(key, "");
        return Punctuation().Replace(key, "");
    }

    private static DocumentValidity Standing(State state, CatalogDocument document, DateOnly today)
    {
        if (!document.Searchable)
        {
            return new DocumentValidity(DocumentStanding.Unavailable, document);
        }

        if (Replacement(state, document, today) is { } successor)
        {
            return new DocumentValidity(DocumentStanding.Superseded, document, successor);
        }

        if (document.EffectiveOn is { } from && from > today)
        {
            return new DocumentValidity(DocumentStanding.Pending, document);
        }

        return document.ExpiresOn is { } to && to < today
            ? new DocumentValidity(DocumentStanding.Expired, document)
            : new DocumentValidity(DocumentStanding.InForce, document);
    }

    // The newest replacement in force today, followed through a chain of replacements; null when none is in force.
    private static CatalogDocument? Replacement(State state, CatalogDocument document, DateOnly today)
    {
        CatalogDocument? found = null;
        var current = document;
        var seen = new HashSet<string>(StringComparer.Ordinal) { document.Source };
        for (var step = 0; step < MaxChain && state.Successors.TryGetValue(current.Source, out var newer); step++)
        {
            var next = newer.Where(n => !seen.Contains(n.Source) && (n.EffectiveOn is null || n.EffectiveOn <= today))
                .OrderByDescending(n => n.Dated ?? DateOnly.MinValue)
                .FirstOrDefault();
            if (next is null)
            {
                break;
            }

            seen.Add(next.Source);
            if (next.InDates(today))
            {
                found = next;
            }

            current = next;
        }

        return found;
    }

    private static bool SameIssuer(CatalogDocument a, CatalogDocument b) =>
        a.Issuer is { Length: > 0 } x && b.Issuer is { Length: > 0 } y
        && string.Equals(Punctuation().Replace(x, ""), Punctuation().Replace(y, ""), StringComparison.Ordinal);

    private sealed record State(
        FrozenDictionary<string, CatalogDocument> Documents, FrozenDictionary<string, IReadOnlyList<CatalogDocument>> Successors);

    [GeneratedRegex(@"[(（〔\[【][^)）〕\]】]{0,12}(?:版|修订|修正|试行|暂行|年)[^)）〕\]】]{0,6}[)）〕\]】]|(?:试行|暂行)")]
    private static partial Regex EditionMark();

    [GeneratedRegex(@"关于(?:印发|发布|修订)?《(?<issued>[^》]+)》的(?:通知|公告|通告)$")]
    private static partial Regex IssuingNotice();

    [GeneratedRegex(@"(?:19|20)\d{2}\s*(?:年度|年版|年)?|[一二三四五六七八九〇零]{4}年度?")]
    private static partial Regex Year();

    [GeneratedRegex(@"[\s\p{P}\p{S}]")]
    private static partial Regex Punctuation();
}
