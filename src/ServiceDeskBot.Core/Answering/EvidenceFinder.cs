using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using ServiceDeskBot.Core.Ingestion;
using ServiceDeskBot.Core.Ingestion.Identifiers;
using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// Retrieves passages for a question and picks, from the best of them, the sentence or two that answer it,
/// measuring how well they fit: share of the question's weighted terms covered, agreement of places and numbers,
/// and presence of the kind of fact asked for.
/// </summary>
public sealed partial class EvidenceFinder(
    PassageRetriever retriever,
    QuestionReader reader,
    SynonymSet synonyms,
    PlaceGazetteer places,
    WordSegmenter words,
    WordVariants variants,
    DocumentCatalog catalog)
{
    /// <summary>Passages considered for quoting.</summary>
    public const int PassagesConsidered = 5;

    /// <summary>Longest quote, in characters.</summary>
    public const int MaxQuoteChars = 200;

    /// <summary>The next passages' best quotes weighed when the first is declined by a little.</summary>
    public const int RunnersUp = 4;

    // Terms found only in the passage's headline or section heading count for part: the heading says what the
    // passage is about, not that this sentence states the fact.
    private const double HeadingCredit = 0.5;
    private const double FocusBoost = 2.0;
    private const double RankPenalty = 0.06;
    private const double PairPenalty = 0.04;
    private const double KindBonus = 0.05;
    private const double HardKindBonus = 0.25;
    private const double FieldBonus = 0.3;
    private const double DocumentTitleBonus = 0.3;
    private const double SlotBonus = 0.15;
    private const double ProximityBonus = 0.1;
    private const double HeadingQuotePenalty = 0.1;
    private const double LengthPenaltyPerChar = 0.0004;
    private const int MaxHeadingBlock = 60;

    /// <summary>
    /// Reads the question as the turn's guard step does (personal data masked first), then finds and weighs its
    /// evidence: for callers outside a turn (the calibrate and evidence verbs).
    /// </summary>
    public Evidence Find(string question, int hitsWanted = 10) => Find(reader.ReadAsked(question), null, hitsWanted);

    /// <summary>Retrieves once for the question and picks the best quotes of the top passages.</summary>
    /// <remarks>With <paramref name="outOfForce"/>, documents not in force today are searched too (see the validity step).</remarks>
    public Evidence Find(
        Question question, string? preferredSource = null, int hitsWanted = 10, Retrieval.Dense.DenseRanking? dense = null, bool outOfForce = false)
    {
        ArgumentNullException.ThrowIfNull(question);
        var query = question.Terms;
        var search = retriever.Retrieve(
            query, Math.Max(hitsWanted, PassagesConsidered), places.Remove(query.Normalized), preferredSource, dense, outOfForce);
        if (search.Hits.Count == 0)
        {
            return new Evidence(question, search, [], PlacesAgree: true, NumbersAgree: true, KindPresent: false);
        }

        var weighted = FocusWeighted(search.TermWeights, question.Focus);
        var termWords = TermWords(weighted, [.. query.ContentWords ?? words.ContentWords(query.Normalized), .. variants.PhrasesIn(query.Normalized)]);
        var asked = People().Where(p => question.Normalized.Contains(p, StringComparison.Ordinal)).ToList();
        var identifiers = IdentifierNormalizer.Tokens(query.Original);
        var hard = AnswerKinds.IsHard(question.Kind);
        var cue = question.Cue;
        var documentAsked = DocumentAsked().IsMatch(question.Normalized) && identifiers.Count > 0;
        var asksOnline = AskedPossibilities.AsksOnline(question.Normalized);
        var carriers = synonyms.For(query.Normalized);
        var quotes = Considered(search.Hits, question.Kind)
            .Select(c => BestQuote(c.Hit.Passage, c.Rank, question, weighted, termWords, carriers, cue, documentAsked))
            .OfType<ScoredQuote>()
            // What the ordering checks of a quote is made once per quote, and the chosen quote's checks are the
            // evidence's: the sort below reads each key once per quote, and nothing reads a check twice.
            .Select(q => new CheckedQuote(q, PlacesAgree(query, q.Quote.Passage), NumbersAgree(question, q.Quote.Passage)))
            // A quote about another place cannot answer, however well it reads: those about the place asked come first,
            // and those from the passages about the person the question names (an interview's own section).
            .OrderByDescending(q => q.PlacesAgree)
            // A figure the question names must stand in the passage (the judge declines the rest): "100岁" is the
            // row of 100周岁, not the row paying 100元.
            .ThenByDescending(q => q.NumbersAgree)
            // "能不能网上办" is answered by the quote of the document asked about that says whether it can (the judge
            // declines the rest; another document's online channel is not this one's).
            .ThenByDescending(q => asksOnline && q.Quote.Passage.Source == search.Hits[0].Passage.Source
                                   && AskedPossibilities.Unstated(question.Normalized, Normalize(q.Quote.Heading + " " + q.Quote.Text)) is null)
            // A question naming a 文号 or an item code is about the document that holds it, before any better-worded quote.
            .ThenByDescending(q => identifiers.Count > 0 && NamesIdentifier(q.Quote.Passage, identifiers))
            .ThenByDescending(q => PeopleAgree(asked, q.Quote.Passage))
            // A time, date or amount asked: a quote without one cannot answer, however well the rest of it matches; and
            // a guide's value of the asked field (under 办理对象, in a 收费标准 column) answers before prose that merely
            // shares the question's words.
            .ThenByDescending(q => (hard && KindPresent(question.Kind, q.Text, q.Heading)) || GuideFields.Holds(question.Kind, q.Text, q.Heading))
            // A person asked by post is named only where that post stands before a name.
            .ThenByDescending(q => question.Slot is { Slot: AnswerSlot.Person, Role: not null }
                                   && AnswerSlots.IsFilled(question.Slot, q.Text, question.Normalized))
            // The clause repealing an older document names it on every word a question about it uses, and answers nothing.
            .ThenByDescending(q => !RepealClause.Is(q.Text))
            .ThenByDescending(q => q.Score)
            .ToList();

        var kept = search with { Hits = search.Hits.Take(hitsWanted).ToList() };
        if (quotes.Count == 0)
        {
            return new Evidence(question, kept, [], PlacesAgree: false, NumbersAgree: false, KindPresent: false)
            {
                SlotFilled = false,
            };
        }

        var ranked = quotes.ConvertAll(q => q.Quote);
        var evidence = EvidenceFor(question, kept, ranked, 0);
        // The next passages' best quotes, each as the evidence it would be if it came first: the judge weighs them
        // when the first is declined by a little (the right passage at rank 2 of a colloquial question).
        var runnersUp = Enumerable.Range(1, Math.Min(RunnersUp, Math.Max(0, quotes.Count - 1)))
            .Select(i => EvidenceFor(question, evidence.Search, [ranked[i], .. ranked.Where((_, j) => j != i)], i))
            .ToList();
        return evidence with { RunnersUp = runnersUp };

        Evidence EvidenceFor(Question asked, SearchResult result, IReadOnlyList<Quote> order, int index)
        {
            var chosen = quotes[index];
            return new Evidence(
                asked,
                result,
                order,
                PlacesAgree: chosen.PlacesAgree,
                NumbersAgree: chosen.NumbersAgree,
                KindPresent: KindPresent(asked.Kind, chosen.Text, chosen.Heading),
                ScopeAgrees: ScopeAgrees(asked.Scope, chosen.Quote))
            {
                SlotFilled = SlotFilled(asked, chosen.Text, chosen.Heading),
                Contradicted = Qualifiers.Contradicted(asked.Normalized, chosen.Text),
            };
        }
    }

    // A passage's best quote with its score and the normalised forms of its words and heading (as its candidate was read).
    private sealed record ScoredQuote(Quote Quote, double Score, string Text, string Heading);

    // A scored quote with the checks the ordering makes of its passage.
    private sealed record CheckedQuote(ScoredQuote Scored, bool PlacesAgree, bool NumbersAgree)
    {
        public Quote Quote => Scored.Quote;

        public double Score => Scored.Score;

        /// <summary>The quote's words, NFKC and lower case.</summary>
        public string Text => Scored.Text;

        /// <summary>The heading the quote stands under (empty for a heading line), NFKC and lower case.</summary>
        public string Heading => Scored.Heading;
    }

    // The passages quoted from: the best few, and further down the same document the sections that hold the kind of
    // fact asked for or whose heading names its field (a guide cut into one passage per section ranks "八、办公时间"
    // low for "几点上班": its text shares no word with the question).
    private IEnumerable<(SearchHit Hit, int Rank)> Considered(IReadOnlyList<SearchHit> hits, AnswerKind kind)
    {
        for (var i = 0; i < hits.Count; i++)
        {
            var passage = hits[i].Passage;
            if (i < PassagesConsidered
                || (kind is not (AnswerKind.Any or AnswerKind.Number) && passage.Source == hits[0].Passage.Source
                    && QuotesOf(passage) is var read && (GuideFields.Names(kind, read.FirstBlock) || read.TextKinds.Holds(kind))))
            {
                yield return (hits[i], i + 1);
            }
        }
    }

    private static string FirstBlock(string text)
    {
        var end = text.IndexOf("\n\n", StringComparison.Ordinal);
        var first = end < 0 ? text : text[..end];
        return first.Length <= MaxHeadingBlock ? Normalize(first) : "";
    }

    /// <summary>Whether a quote (NFKC) holds a fact of the asked kind, in its words or as the value of a guide's field.</summary>
    internal static bool KindPresent(AnswerKind kind, string quote, string heading) =>
        AnswerKinds.IsPresent(kind, quote) || GuideFields.Holds(kind, quote, heading);

    // A list under a heading naming its items ("五、所需材料" over "申请表、身份证、收入证明") lists them, though no item
    // ends with the heading's noun.
    private static bool SlotFilled(Question question, string quote, string heading) =>
        AnswerSlots.IsFilled(question.Slot, quote, question.Normalized)
        || (question.Slot is { Slot: AnswerSlot.List, Heads.Count: > 0 } list && list.Heads.Any(h => heading.Contains(h, StringComparison.Ordinal))
            && AnswerSlots.IsFilled(list with { Heads = [] }, quote, question.Normalized));

    // The terms that spell what is asked for count double: between two sentences naming the same district, the one
    // that holds the thing asked about answers.
    private static IReadOnlyList<(string Term, double Weight)> FocusWeighted(IReadOnlyList<(string Term, double Weight)> terms, IReadOnlyList<string> focus) =>
        focus.Count == 0
            ? terms
            : terms.Select(t => focus.Any(f => f.Contains(t.Term, StringComparison.Ordinal)) ? (t.Term, t.Weight * FocusBoost) : t).ToList();

    // Indexed loops, not foreach or Sum: over an IReadOnlyList each of those allocates an enumerator, and this runs for
    // every clause of every candidate of a turn. The sums are added in the same order, so they are the same doubles.
    private static double ClauseCoverage(IReadOnlyList<(string Term, double Weight)> terms, string[] clauses)
    {
        var total = 0.0;
        for (var i = 0; i < terms.Count; i++)
        {
            total += terms[i].Weight;
        }

        if (total <= 0)
        {
            return 0;
        }

        var best = 0.0;
        foreach (var clause in clauses)
        {
            var found = 0.0;
            for (var i = 0; i < terms.Count; i++)
            {
                var (term, weight) = terms[i];
                if (clause.Contains(term, StringComparison.Ordinal))
                {
                    found += weight;
                }
            }

            best = Math.Max(best, found / total);
        }

        return best;
    }

    // The question's content words that hold each term, for terms a text carries only through a variant of their word.
    private List<string>[] TermWords(IReadOnlyList<(string Term, double Weight)> terms, IReadOnlyList<string> questionWords) =>
        terms.Select(t => questionWords.Where(w => w.Contains(t.Term, StringComparison.Ordinal) && variants.Of(w).Count > 0).ToList()).ToArray();

    private ScoredQuote? BestQuote(
        Passage passage, int rank, Question question, IReadOnlyList<(string Term, double Weight)> terms, List<string>[] termWords,
        QuerySynonyms carriers, string cue, bool documentAsked)
    {
        var kind = question.Kind;
        var read = QuotesOf(passage);
        var heading = read.Heading;
        // The document's 文号 belongs to each of its sentences: a question naming it is not short of those words.
        var document = catalog.Find(passage.Source);
        var number = document?.DocumentNumber is { Length: > 0 } own ? " " + Normalize(own) : "";
        // An official document's title line, its byline (the body and the month under a guide's title) and the opening
        // that announces its items ("现就……通知如下：") name what the whole document is about, so they share most of
        // any question's words, and their year reads as a date; they state no fact, so the title is quoted only for
        // what the document is ("某政办〔2025〕14号是什么文件").
        var official = document?.SourceKind == SourceKinds.Official && !documentAsked;
        string[] titleLines = official ? [Normalize(document!.Title ?? ""), Normalize(passage.Title)] : [];
        ScoredQuote? best = null;
        foreach (var quoted in read.Candidates)
        {
            Consider(quoted);
        }

        // A date or figure an article states once, in its lede ("3月9日,中原区举行……会议"), belongs to what a later
        // sentence reports of the same event: the lede's words holding it are quoted before that sentence, when the
        // sentence holds no fact of the kind itself and the lede shares the question's words (the event asked about).
        if (best is not null && LedeAsked(question) && !KindPresent(kind, best.Text, best.Heading)
            && Lede(passage, question, terms) is { } lede && !best.Text.Contains(lede.Normalized, StringComparison.Ordinal)
            && lede.Text.Length + LedeJoint.Length + best.Quote.Text.Length <= MaxQuoteChars)
        {
            var joined = lede.Text.TrimEnd('…') + LedeJoint + best.Quote.Text.TrimStart('…');
            var normalized = Normalize(joined);
            Consider(new QuoteCandidate(joined, 2, false, best.Quote.Heading, normalized, best.Heading, QuoteClauses.Split(normalized)));
        }

        return best;

        void Consider(QuoteCandidate quoted)
        {
            var (candidate, sentences, isHeading, under, text, field, clauses) = quoted;
            if (official && ((isHeading && (titleLines.Contains(text, StringComparer.Ordinal) || Byline().IsMatch(text))) || AnnouncesItems().IsMatch(text)))
            {
                return;
            }

            // The heading a guide's sentence stands under says what it is about, as the passage's headings do.
            var holdsField = GuideFields.Holds(kind, text, field);
            var kindPresent = holdsField || quoted.Kinds.Holds(kind);
            var coverage = Coverage(carriers, terms, termWords, text + number, isHeading ? heading : read.HeadingWith(field), kindPresent ? cue : "");
            // The sentence naming the person after the asked post, or listing the items asked for, wins over one that
            // merely shares the question's words (an interview's headline, another district's paragraph).
            var score = coverage
                        // The question's words together in one clause (the entity and what is asked of it) beat the same
                        // words spread over a long sentence about several things.
                        + (ProximityBonus * ClauseCoverage(terms, clauses))
                        + (question.Slot.Slot != AnswerSlot.None && SlotFilled(question, text, field) ? SlotBonus : 0)
                        - (RankPenalty * (Math.Min(rank, PassagesConsidered) - 1))
                        - (PairPenalty * (sentences - 1))
                        - (LengthPenaltyPerChar * candidate.Length)
                        // A headline names who and what a passage is about; it states a fact only when a person is asked.
                        - (isHeading && question.Slot.Slot is not (AnswerSlot.Person or AnswerSlot.Role) ? HeadingQuotePenalty : 0)
                        // A time, date or amount asked is answered only by a quote holding one (the judge declines the
                        // rest), and a guide's field asked for by its value under the field's heading or column.
                        + (kindPresent && kind != AnswerKind.Any ? (AnswerKinds.IsHard(kind) ? HardKindBonus : KindBonus) : 0)
                        + (holdsField ? FieldBonus : 0)
                        // "某政办〔2025〕14号是什么文件" is answered by the document's title line.
                        + (isHeading && documentAsked && DocumentTitle().IsMatch(text) ? DocumentTitleBonus + HeadingQuotePenalty : 0);
            if (best is null || score > best.Score)
            {
                best = new ScoredQuote(new Quote(passage, rank, candidate, coverage) { Heading = isHeading ? "" : under }, score, text, isHeading ? "" : field);
            }
        }
    }

    /// <summary>What stands between a lede's opening and the later sentence quoted with it.</summary>
    internal const string LedeJoint = "……";

    private const int LedeSentences = 2;

    // Least share of the question's weighted terms the clause of a lede's figure must carry to be about the thing asked.
    private const double MinLedeShare = 0.05;

    // The facts a news report's lede states for all it reports: its date, and the figures it sums up.
    private static bool LedeAsked(Question question) =>
        question.Kind is AnswerKind.Date or AnswerKind.Money or AnswerKind.Ratio
        || (question.Kind == AnswerKind.Number && question.Slot.Slot == AnswerSlot.Count);

    // The shortest opening of one of the article's first two sentences (a run of its clauses from the start, at least
    // two, or the whole sentence; the first is often the headline repeated) holding a fact of the asked kind and
    // sharing a word of the question (the event asked about: 会议, 观摩), or null. Not the headline: its figures are often names ("九个持续抓好").
    private QuoteCandidate? Lede(Passage passage, Question question, IReadOnlyList<(string Term, double Weight)> terms)
    {
        var first = FirstPassageOf(passage);
        var factKind = question.Kind == AnswerKind.Any ? AnswerKind.Number : question.Kind;
        var cue = question.Cue;
        var asked = (question.Terms.ContentWords ?? words.ContentWords(question.Terms.Normalized))
            .Where(w => w.Length >= 2 && !AnswerKinds.Asks(cue, w) && !question.Places.Any(p => p.Contains(w, StringComparison.Ordinal)))
            .ToList();
        QuoteCandidate? opening = null;
        var sentences = 0;
        foreach (var c in QuotesOf(first).Candidates)
        {
            // A notice's opening that announces its items ("现将…通知如下：") dates the notice, not what an item says.
            if (c.IsHeading || c.Sentences != 1 || c.Text.StartsWith('…') || QuoteClauses.IsTableRow(c.Text) || AnnouncesItems().IsMatch(c.Normalized))
            {
                continue;
            }

            var whole = !c.Text.EndsWith('…');
            if ((c.Clauses.Length >= 2 || whole) && c.Kinds.Holds(factKind)
                && asked.Any(w => c.Normalized.Contains(w, StringComparison.Ordinal)))
            {
                // A date opening the lede dates all the report tells; a figure there counts or sums up one thing, which
                // must be the thing asked about: its clause shares the question's words.
                var (candidate, factClause) = Opening(c.Text, factKind);
                opening = factKind == AnswerKind.Date || Share(terms, factClause) >= MinLedeShare ? candidate : null;
                break;
            }

            if (whole && ++sentences >= LedeSentences)
            {
                break;
            }
        }

        return opening;
    }

    // The sentence's clauses from its start up to the first that holds the fact, at least two of them ("3月9日," alone
    // says nothing of the event it dates), marked as cut when the sentence goes on.
    private static (QuoteCandidate Opening, string FactClause) Opening(string sentence, AnswerKind kind)
    {
        var clauses = OpeningClauseEnd().Split(sentence).Where(c => c.Length > 0).ToList();
        var opening = new StringBuilder();
        var factClause = "";
        for (var i = 0; i < clauses.Count; i++)
        {
            opening.Append(clauses[i]);
            if (AnswerKinds.IsPresent(kind, Normalize(clauses[i])))
            {
                factClause = Normalize(clauses[i]);
            }

            if (i >= 1 && factClause.Length > 0)
            {
                break;
            }
        }

        var text = opening.Length < sentence.Length ? opening.ToString().TrimEnd(',', '、', ':', ';', '，', '：', '；') + "…" : sentence;
        var normalized = Normalize(text);
        return (new QuoteCandidate(text, 1, false, "", normalized, "", QuoteClauses.Split(normalized)), factClause);
    }

    private static double Share(IReadOnlyList<(string Term, double Weight)> terms, string text)
    {
        var total = terms.Sum(t => t.Weight);
        return total <= 0 ? 0 : terms.Where(t => text.Contains(t.Term, StringComparison.Ordinal)).Sum(t => t.Weight) / total;
    }

    // The article's first passage (its lede): the first of the index's passages of the same source under the same
    // section (a page of several reports gives each its own section).
    private Passage FirstPassageOf(Passage passage)
    {
        if (passage.Ordinal == 0 || retriever.Index is not { } index)
        {
            return passage;
        }

        var known = Volatile.Read(ref _firsts);
        if (known.Generation != retriever.Generation)
        {
            var firsts = new Dictionary<(string, string), Passage>();
            foreach (var p in index.Passages)
            {
                if (!firsts.TryGetValue((p.Source, p.Section), out var seen) || p.Ordinal < seen.Ordinal)
                {
                    firsts[(p.Source, p.Section)] = p;
                }
            }

            known = new(retriever.Generation, firsts);
            Volatile.Write(ref _firsts, known);
        }

        return known.Value.GetValueOrDefault((passage.Source, passage.Section), passage);
    }

    private Generational<Dictionary<(string Source, string Section), Passage>> _firsts = new(-1, []);

    private double Coverage(
        QuerySynonyms carriers, IReadOnlyList<(string Term, double Weight)> terms, List<string>[] termWords, string text, string heading, string cue)
    {
        if (terms.Count == 0)
        {
            return 0;
        }

        // Words the question used whose synonyms the text carries count as present.
        var withSynonyms = carriers.WithCarried(text);
        double total = 0, found = 0;
        for (var i = 0; i < terms.Count; i++)
        {
            var (term, weight) = terms[i];
            total += weight;
            // The words asking for the fact ("要交多少钱") are answered by a quote holding it, not repeated there.
            if (withSynonyms.Contains(term, StringComparison.Ordinal) || AnswerKinds.Asks(cue, term))
            {
                found += weight;
                continue;
            }

            // A term the text says in other words (a paraphrase of the question word holding it) counts for part.
            var credit = heading.Contains(term, StringComparison.Ordinal) ? HeadingCredit : 0;
            foreach (var word in termWords[i])
            {
                credit = Math.Max(credit, variants.Credit(word, text));
            }

            found += weight * credit;
        }

        return total > 0 ? found / total : 0;
    }

    // Quote candidates: each heading line, each table row, each sentence, each pair of neighbouring sentences, and for
    // long sentences the runs of clauses that fit; each with the heading it stands under (the passage's section
    // until a heading line of its own).
    // An information line ("来源：…  发布时间：…") names who published the text, never what is asked: it is not quoted.
    internal static IEnumerable<(string Text, int Sentences, bool Heading, string Under)> Candidates(string passageText, string section)
    {
        var blocks = passageText.Split("\n\n", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(b => !InformationLine.Is(b));
        var under = section;
        var run = new List<string>();
        foreach (var block in blocks)
        {
            if (IsHeadingBlock(block))
            {
                foreach (var candidate in SentenceCandidates(run, under))
                {
                    yield return candidate;
                }

                run.Clear();
                under = block;
                yield return (block, 1, true, block);
            }
            else if (QuoteClauses.IsTableRow(block))
            {
                // A table row is quoted whole: its cells split at ';' would put one row's header beside another row's figure.
                yield return (block, 1, false, under);
            }
            else
            {
                run.Add(block);
            }
        }

        foreach (var candidate in SentenceCandidates(run, under))
        {
            yield return candidate;
        }
    }

    private static IEnumerable<(string Text, int Sentences, bool Heading, string Under)> SentenceCandidates(List<string> blocks, string under)
    {
        var sentences = InlineHeadings(blocks.SelectMany(SentenceSplitter.Split), under).ToList();
        for (var i = 0; i < sentences.Count; i++)
        {
            var (sentence, heading) = sentences[i];
            if (sentence.Length <= MaxQuoteChars)
            {
                yield return (sentence, 1, false, heading);
            }
            else
            {
                foreach (var window in ClauseWindows(sentence))
                {
                    yield return (window, 1, false, heading);
                }
            }

            if (i + 1 < sentences.Count && sentences[i + 1].Under == heading && sentence.Length + sentences[i + 1].Text.Length <= MaxQuoteChars)
            {
                yield return (sentence + sentences[i + 1].Text, 2, false, heading);
            }
        }
    }

    // A notice often heads its numbered items in the paragraph itself ("五、审核发放。经办机构自受理之日起…",
    // "二、缴费标准：…"): the short numbered opening is the heading the item's sentences stand under, as a heading line
    // of its own would be, and is not quoted.
    internal static IEnumerable<(string Text, string Under)> InlineHeadings(IEnumerable<string> sentences, string under)
    {
        // The opening "…通知如下：" is run on into the first item after it when the cleaner joins a line ending in a
        // colon with the next: the item starts a sentence of its own.
        foreach (var sentence in sentences.SelectMany(s => AnnouncedItem().Match(s) is { Success: true } m ? [m.Groups["open"].Value, m.Groups["item"].Value] : new[] { s }))
        {
            if (InlineHeading().Match(sentence) is not { Success: true } inline)
            {
                yield return (sentence, under);
                continue;
            }

            under = inline.Groups["heading"].Value;
            if (inline.Groups["rest"].Value.Trim() is { Length: > 0 } rest)
            {
                yield return (rest, under);
            }
        }
    }

    private static IEnumerable<string> ClauseWindows(string sentence)
    {
        var clauses = ClauseEnd().Split(sentence).Where(c => c.Length > 0).ToList();
        for (var start = 0; start < clauses.Count; start++)
        {
            var window = new StringBuilder();
            for (var end = start; end < clauses.Count && window.Length + clauses[end].Length <= MaxQuoteChars - 2; end++)
            {
                window.Append(clauses[end]);
                var text = window.ToString();
                var prefix = start > 0 ? "…" : "";
                var suffix = end < clauses.Count - 1 ? "…" : "";
                yield return prefix + text.TrimEnd(',', '、', ':', ';') + suffix;
            }
        }
    }

    private static bool IsHeadingBlock(string block) =>
        block.Length <= MaxHeadingBlock && SentenceSplitter.Ranges(block, 0, block.Length).Count == 1
        && !"。!?;".Contains(block[^1], StringComparison.Ordinal);

    private bool NamesIdentifier(Passage passage, IReadOnlyList<string> identifiers)
    {
        var own = IdentifierNormalizer.Tokens(catalog.Find(passage.Source)?.DocumentNumber + "\n" + passage.Title + "\n" + passage.Text);
        return identifiers.Any(id => own.Contains(id, StringComparer.Ordinal));
    }

    private bool PlacesAgree(AnalyzedQuery query, Passage passage) => retriever.IsAbout(query.Places, passage);

    // A passage under its own section heading is about the people that heading names; the headline speaks for the
    // passages before any section (an interview's first part), not for a later interview of the same page.
    private static bool PeopleAgree(List<string> asked, Passage passage) =>
        asked.Count == 0
        || asked.All(p => Normalize((passage.Section.Length == 0 ? passage.Title : "") + passage.Section + passage.Text).Contains(p, StringComparison.Ordinal));

    // What a passage offers for quoting depends only on the passage and the index (its places): read once per index
    // generation and kept for the passages questions reach, up to a bound so a city's corpus does not end up on the heap.
    // Keyed by the whole passage, not its id: the id comes from the source and the text, and the same paragraph may
    // stand under two headings of one document.
    private const int MaxPassagesRead = 4096;
    private Generational<ConcurrentDictionary<Passage, PassageQuotes>> _read = new(-1, new());

    private PassageQuotes QuotesOf(Passage passage)
    {
        var generation = retriever.Generation;
        var read = Volatile.Read(ref _read);
        if (read.Generation == generation && read.Value.TryGetValue(passage, out var known))
        {
            return known;
        }

        // ConcurrentDictionary.Count takes every lock of the table: counted only here, when a passage is read.
        if (read.Generation != generation || read.Value.Count >= MaxPassagesRead)
        {
            read = new(generation, new ConcurrentDictionary<Passage, PassageQuotes>());
            Volatile.Write(ref _read, read);
        }

        return read.Value.GetOrAdd(passage, Read);
    }

    private PassageQuotes Read(Passage passage)
    {
        // A passage is about its headings and its places, also where a long paragraph named the place only at its start.
        var heading = Normalize(passage.Title + " " + passage.Section + " " + string.Join(' ', retriever.Index?.PlacesOf(passage.Id) ?? []));
        var candidates = Candidates(passage.Text, passage.Section)
            .Select(c =>
            {
                var text = Normalize(c.Text);
                return new QuoteCandidate(c.Text, c.Sentences, c.Heading, c.Under, text, Normalize(c.Under), QuoteClauses.Split(text));
            })
            .ToList();
        return new PassageQuotes(heading, Normalize(passage.Text), FirstBlock(passage.Text), candidates);
    }

    // The people the corpus names after a post ("主任夏扬"), read once per index.
    private Generational<HashSet<string>> _people = new(-1, []);

    private HashSet<string> People()
    {
        var known = Volatile.Read(ref _people);
        if (known.Generation == retriever.Generation || retriever.Index is not { } index)
        {
            return known.Value;
        }

        var names = index.Passages
            .SelectMany(p => AnswerSlots.Names(Normalize(p.Section + "\n" + p.Text)))
            .Select(n => n.Name)
            .ToHashSet(StringComparer.Ordinal);
        Volatile.Write(ref _people, new(retriever.Generation, names));
        return names;
    }

    // What was read of one index generation, swapped whole: a reader never pairs one generation with another's value
    // (a two-field struct is not written atomically).
    private sealed record Generational<T>(long Generation, T Value);

    // A figure or ranking at one level of government does not answer a question about another: the quote must not
    // name another level (全省 when 全国 was asked), a province- or country-wide question needs its level named, and a
    // city-wide one is not answered by a passage about one district.
    private bool ScopeAgrees(string? asked, Quote best)
    {
        if (asked is null)
        {
            return true;
        }

        var passage = Normalize(best.Passage.Title + " " + best.Passage.Section + " " + best.Passage.Text);
        if (passage.Contains(asked, StringComparison.Ordinal))
        {
            return !OtherLevels(asked).Any(level => best.Text.Contains(level, StringComparison.Ordinal));
        }

        if (asked != "全市" || OtherLevels(asked).Any(level => best.Text.Contains(level, StringComparison.Ordinal)))
        {
            return false;
        }

        var about = retriever.Index?.PlacesOf(best.Passage.Id) ?? [];
        return !about.Any(p => p.EndsWith('区') || p.EndsWith('县'));
    }

    private static readonly string[] Levels = ["全国", "全省", "全市", "全区"];

    private static IEnumerable<string> OtherLevels(string asked) => Levels.Where(l => l != asked);

    // Whole numbers only: "21" is not in "210亿元". The document's 文号 is part of every passage's context:
    // "青人社〔2025〕9号规定…" names 2025 and 9 through it.
    // An age asked ("100岁") is held by a passage stating that age, alone or opening a range (100周岁, 90至99周岁), not
    // by the same figure in another unit (100元); a passage stating no age at all speaks of whoever the document is
    // for, so the age qualifies who asks and does not disagree ("65岁老人体检去哪里做" against "三、体检地点").
    private bool NumbersAgree(Question question, Passage passage)
    {
        // Most questions name no figure: the passage is not folded for nothing.
        if (question.Numbers.Count == 0)
        {
            return true;
        }

        var context = Normalize(passage.Title + " " + passage.Section + " " + passage.Text + " " + catalog.Find(passage.Source)?.DocumentNumber);
        return question.Numbers.All(n => AskedAsAge(question.Normalized, n)
            ? !AgeStated().IsMatch(context) || Regex.IsMatch(context, @"(?<![\d.])" + Regex.Escape(n) + AgeTail, RegexOptions.None, TimeSpan.FromSeconds(1))
            : ContainsWholeNumber(context, n));
    }

    // The figure is asked as an age (百岁 read as 100岁, or 60周岁).
    private static bool AskedAsAge(string question, string number)
    {
        for (var at = WholeNumberAt(question, number, 0); at >= 0; at = WholeNumberAt(question, number, at + 1))
        {
            var rest = question.AsSpan(at + number.Length);
            if (rest.StartsWith("岁", StringComparison.Ordinal) || rest.StartsWith("周岁", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsWholeNumber(string text, string number) => WholeNumberAt(text, number, 0) >= 0;

    // Where the figure stands whole from <paramref name="from"/> on: not preceded by a digit or a decimal point and not
    // followed by a digit (char.IsDigit is \d: any Unicode decimal digit); found without building a regex per figure
    // and turn. -1 when nowhere.
    private static int WholeNumberAt(string text, string number, int from)
    {
        for (var at = text.IndexOf(number, from, StringComparison.Ordinal); at >= 0; at = text.IndexOf(number, at + 1, StringComparison.Ordinal))
        {
            var end = at + number.Length;
            if ((at == 0 || !(char.IsDigit(text[at - 1]) || text[at - 1] == '.')) && (end == text.Length || !char.IsDigit(text[end])))
            {
                return at;
            }
        }

        return -1;
    }

    private const string AgeTail = @"(?:\s*[至到~\-]\s*\d+)?\s*周?岁";

    [GeneratedRegex(@"\d+" + AgeTail)]
    private static partial Regex AgeStated();

    private static string Normalize(string text) => text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();

    // A guide's byline: the issuing body and a date, nothing else ("某市残疾人联合会 2025年5月").
    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}()（）\s]{2,40}?\s\d{4}年\d{1,2}月(?:\d{1,2}日)?$")]
    private static partial Regex Byline();

    // The opening sentence of a notice that announces the items after it ("现将有关事项通知如下：").
    [GeneratedRegex(@"如下[:：。]?$")]
    private static partial Regex AnnouncesItems();

    // An opening that announces the items, run on into the first of them.
    [GeneratedRegex(@"^(?<open>.+?如下[:：])(?<item>\s*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]).+)$", RegexOptions.Singleline)]
    private static partial Regex AnnouncedItem();

    // A numbered item's own short heading at the start of its paragraph, up to the full stop or colon after it.
    [GeneratedRegex(@"^\s*(?<heading>(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])[^,，。;；:：、!?！？]{2,12})[。:：](?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex InlineHeading();

    // What a question naming a 文号 asks when it asks what the document is.
    [GeneratedRegex(@"什么文件|哪个文件|关于什么|是什么通知|什么政策|讲的?(是)?什么|什么内容|是啥")]
    private static partial Regex DocumentAsked();

    // A document's title line: a notice, measures, a decision … ("关于印发《…办法》的通知").
    [GeneratedRegex(@"《|(通知|办法|决定|公告|方案|意见|细则|规定|通告|批复)$")]
    private static partial Regex DocumentTitle();

    // The lede's clauses as written, full-width or not (its opening is quoted as the document gives it).
    [GeneratedRegex(@"(?<=[,:;，：；])")]
    private static partial Regex OpeningClauseEnd();

    // Clauses end at commas, colons and semicolons, not at 、: a list is quoted whole.
    [GeneratedRegex(@"(?<=[,:;])")]
    private static partial Regex ClauseEnd();
}
