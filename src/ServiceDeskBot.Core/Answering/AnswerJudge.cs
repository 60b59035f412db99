using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Answering.Turn;
using ServiceDeskBot.Core.Ingestion;
using ServiceDeskBot.Core.Retrieval;
using ServiceDeskBot.Core.Storage;

namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// Decides from the evidence whether the corpus answers a question. Refusal is the default. Disagreements that make
/// a quote wrong whatever its wording (another place, a number or level of government the passage does not name, no
/// time, date, amount, phone or address when one is asked) decline outright; the rest is weighed by a logistic model
/// over several signals, learned on our calibration questions (see <c>docs/judge.md</c>).
/// </summary>
public sealed partial class AnswerJudge(
    IOptions<AnsweringOptions> options, DataPaths paths, WordSegmenter words, PassageRetriever retriever, WordVariants variants, SynonymSet synonyms)
{
    private readonly Lazy<JudgeWeights> _weights = new(() => JudgeWeights.Load(paths.InSeeds(options.Value.JudgeWeightsFile)));

    private readonly FoldedPassages _folded = new(retriever);

    public JudgeWeights Weights => _weights.Value;

    /// <summary>The score from which the best quote answers (<see cref="AnsweringOptions.JudgeThreshold"/>).</summary>
    public double Threshold => options.Value.JudgeThreshold;

    public Verdict Judge(Evidence evidence, bool llmAvailable = false)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (evidence.Best is not { } best)
        {
            return Decline(DecisionCode.NoPassage);
        }

        if (!evidence.PlacesAgree)
        {
            return Decline(DecisionCode.PlaceMismatch, string.Join('/', evidence.Question.Places));
        }

        if (!evidence.NumbersAgree)
        {
            return Decline(DecisionCode.NumberMismatch);
        }

        if (!evidence.ScopeAgrees)
        {
            return Decline(DecisionCode.ScopeMismatch, evidence.Question.Scope ?? "");
        }

        // The corpus never says which compound or village is the asker's: "我们小区有没有" is not answered by a
        // city-wide sentence about compounds.
        if (AskerLocality.Asked(evidence.Question.Normalized) is { } spot)
        {
            return Decline(DecisionCode.OwnSpot, spot);
        }

        // A place and nothing asked of it ("那二七区呢？" with no turn before it to say what): any passage about the place
        // would cover every word.
        if (NothingAskedOf(evidence.Question))
        {
            return Decline(DecisionCode.NothingAsked);
        }

        if (evidence.Contradicted is { } qualifier)
        {
            return Decline(DecisionCode.QualifierMismatch, qualifier);
        }

        if (!evidence.KindPresent && AnswerKinds.IsHard(evidence.Kind))
        {
            return Decline(DecisionCode.KindMissing, AnswerKinds.Describe(evidence.Kind));
        }

        // "能不能网上办" or "周六上班吗" is answered only by a quote that says so, yes or no.
        if (AskedPossibilities.Unstated(Fold(evidence.Question.Normalized), Fold(best.Heading + " " + best.Text)) is { } unstated)
        {
            return Decline(DecisionCode.KindMissing, unstated);
        }

        // "量子大厦选址在哪条路上" is not answered by a report that names the building and no road or place beside it.
        if (AnswerKinds.SiteUnstated(Fold(evidence.Question.Normalized), Fold(best.Heading + " " + best.Text)))
        {
            return Decline(DecisionCode.KindMissing, "所在位置");
        }

        // "要先实名认证吗" is not answered by a passage that never names the step, yes or no.
        if (AskedPossibilities.UnstatedRequirement(Fold(evidence.Question.Normalized), _folded.Of(best.Passage, best.Heading)) is { } step)
        {
            return Decline(DecisionCode.KindMissing, step + "的要求");
        }

        // An amount or a date in a clause about something else (another project's investment) is not the one asked.
        if (AnswerKinds.IsHard(evidence.Kind) && FactAttached(evidence.Search.TermWeights, Fold(evidence.Best.Text), evidence.Question, Fold(evidence.Best.Heading)).Share < MinAttachedShare)
        {
            return Decline(DecisionCode.KindMissing, AnswerKinds.Describe(evidence.Kind));
        }

        // A date a report's lede opens with dates what the next sentences tell, not what they leave out: "管网改造哪天完工"
        // is not answered by "11月20日,……。会上,……通报了管网改造进度", which says nothing of a completion.
        if (evidence.Kind == AnswerKind.Date && OpensWithDate(Fold(best.Text)) && TellsOnInAnotherSentence(best.Text)
            && Untold(evidence, best) is { } untold)
        {
            return Decline(DecisionCode.KindMissing, untold + "的" + AnswerKinds.Describe(evidence.Kind));
        }

        // A row's figure answers only under a column the question asks for: "年利率" is not answered by the row's
        // "贴息比例:100%", though both are rates of the same loan.
        if (AnswerKinds.IsHard(evidence.Kind) && !RowColumnAsked(evidence.Kind, Fold(evidence.Best.Text), evidence.Question))
        {
            return Decline(DecisionCode.KindMissing, AnswerKinds.Describe(evidence.Kind));
        }

        // "多少家/几个" asked and not a figure in the quote: whatever else it says, it does not give the count.
        if (evidence.Question.Slot.Slot == AnswerSlot.Count && !evidence.SlotFilled && !AnswerKinds.IsPresent(AnswerKind.Number, evidence.Best.Text))
        {
            return Decline(DecisionCode.KindMissing, AnswerKinds.Describe(AnswerKind.Number));
        }

        // A person asked by post ("办事处主任是谁") is answered only by a name after that very post: the deputy, or the
        // head of another body, is another person.
        if (!evidence.SlotFilled && evidence.Question.Slot is { Slot: AnswerSlot.Person, Role: { } role })
        {
            return Decline(DecisionCode.SlotMissing, role + "的姓名");
        }

        // "两高四着力具体指什么" asks what the programme consists of: a quote that only names it does not say.
        if (!evidence.SlotFilled && evidence.Question.Slot.Slot == AnswerSlot.Definition)
        {
            return Decline(DecisionCode.SlotMissing, "具体内容");
        }

        // "具体是哪五项" asks for five items: a quote listing fewer (or none) does not give them.
        if (!evidence.SlotFilled && evidence.Question.Slot is { Slot: AnswerSlot.List, ItemsStated: true, Items: >= 3 and var items })
        {
            return Decline(DecisionCode.SlotMissing, items.ToString(System.Globalization.CultureInfo.InvariantCulture) + "项内容");
        }

        // "都是哪些研发平台" asks for their names: a quote that only counts them ("市级研发平台12家") does not give them.
        if (!evidence.SlotFilled && AnswerSlots.CountsOnly(evidence.Question.Slot, Fold(best.Text)))
        {
            return Decline(DecisionCode.SlotMissing, "具体名单");
        }

        // A fee list's row or a guide's section about a near item (汽车号牌 for 新能源汽车号牌, 换领 for 补办) shares every
        // other word with the question, so no weight tells it from the row asked for.
        if (OtherItem(evidence, best) is { Count: > 0 } other)
        {
            return Decline(DecisionCode.ItemMismatch, string.Concat(other));
        }

        var signals = Signals(evidence, best);
        var score = Weights.Score(signals);
        var settings = options.Value;
        var detail = $"{DecisionText.Score(score)}（门槛 {DecisionText.Bar(settings.JudgeThreshold)}，覆盖 {DecisionText.Score(signals.Coverage)}，词 {DecisionText.Score(signals.WordCoverage)}）";
        if (llmAvailable && Math.Abs(score - settings.JudgeThreshold) < settings.UnsureMargin)
        {
            return new Verdict(JudgeDecision.Unsure, score, signals, new DecisionNote(DecisionCode.Unsure, detail));
        }

        return score >= settings.JudgeThreshold
            ? new Verdict(JudgeDecision.Answer, score, signals, new DecisionNote(DecisionCode.Answerable, detail))
            : new Verdict(JudgeDecision.Decline, score, signals, new DecisionNote(DecisionCode.LowScore, detail));
    }

    /// <summary>
    /// How far under the bar the best quote may be declined for the next passages' quotes to be weighed (fitted on the
    /// tuning sets, docs/judge.md round 9).
    /// </summary>
    public const double RunnerUpReach = 0.15;

    /// <summary>How much more than an answered best quote another passage's quote must score to be answered instead.</summary>
    public const double RunnerUpLead = 0.05;

    /// <summary>
    /// Judges the best quote and, when it is declined by a little or answered, the best quotes of the next passages
    /// (<see cref="Evidence.RunnersUp"/>): a colloquial question often ranks the passage that answers it second, and
    /// the judge's score says which quote answers better than retrieval's order does. A hard decline of the best quote
    /// stands (another place, a figure not there …), and so does a score far under the bar.
    /// </summary>
    /// <returns>The verdict, the evidence it was reached on (a runner-up first when it answers) and the note saying so.</returns>
    public (Verdict Verdict, Evidence Evidence, DecisionNote? RunnerUp) JudgeWithRunnersUp(Evidence evidence, bool llmAvailable = false)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var verdict = Judge(evidence, llmAvailable);
        var nearMiss = verdict is { Decision: JudgeDecision.Decline, Signals: not null } && verdict.Score >= Threshold - RunnerUpReach;
        if (verdict.Decision != JudgeDecision.Answer && !nearMiss)
        {
            return (verdict, evidence, null);
        }

        var bar = verdict.Decision == JudgeDecision.Answer ? verdict.Score + RunnerUpLead : double.NegativeInfinity;
        (Verdict Verdict, Evidence Evidence)? better = null;
        foreach (var runnerUp in evidence.RunnersUp)
        {
            var other = Judge(runnerUp, llmAvailable);
            if (other.Decision == JudgeDecision.Answer && other.Score > bar && (better is null || other.Score > better.Value.Verdict.Score))
            {
                better = (other, runnerUp);
            }
        }

        if (better is not { } chosen)
        {
            return (verdict, evidence, null);
        }

        var rank = chosen.Evidence.Best!.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return (chosen.Verdict, chosen.Evidence, new DecisionNote(DecisionCode.RunnerUp, $"{rank}位（首位判定分 {DecisionText.Score(verdict.Score)}）"));
    }

    /// <summary>The signals of the best quote, for the judge and for calibration.</summary>
    public JudgeSignals Signals(Evidence evidence, Quote best)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(best);
        var places = string.Join(' ', retriever.Index?.PlacesOf(best.Passage.Id) ?? []);
        // A question word a synonym of the retrieval's set stands for (社保卡 in a 社会保障卡 guide) is there, as the
        // finder's coverage already counts it: the words are the question's, the quote says them the official way.
        var carriers = synonyms.For(evidence.Question.Terms.Normalized);
        var quoted = carriers.WithCarried(Fold(best.Passage.Title + " " + best.Passage.Section + " " + places + " " + best.Heading + " " + best.Text));
        var terms = evidence.Search.TermWeights;
        var slot = evidence.Question.Slot;
        // The key noun: the words the question asks about, else its rarest term.
        IReadOnlyList<string> key = evidence.Question.Focus.Count > 0 ? evidence.Question.Focus : terms.Count > 0 ? [terms.MaxBy(t => t.Weight).Term] : [];
        var questionWords = evidence.Question.Terms.ContentWords ?? words.ContentWords(evidence.Question.Terms.Normalized);
        // A word the quote says in other words (a paraphrase, a 同义词词林 variant) counts for part of itself.
        var phrases = variants.PhrasesIn(evidence.Question.Terms.Normalized).ToList();
        // The words asking for the fact ("要交多少钱", "去哪里办") are answered by the fact itself, never repeated by a guide.
        var cue = evidence.KindPresent ? evidence.Question.Cue : "";
        // A road class (国道) is said by the road's number (G343), a numbered short form (三名) by its parts spelt out.
        double Credit(string word, string text) =>
            AnswerKinds.Asks(cue, word) || RoadCodes.Names(word, text) || NumberedShortForms.Spells(word, text) ? 1 : variants.Credit(word, text, phrases);
        var wordCoverage = questionWords.Count == 0 ? 0 : questionWords.Sum(w => Credit(w, quoted)) / questionWords.Count;
        // Words the whole passage lacks, even in other words: what the question asks about may simply not be there
        // ("面积", "成员学校"), where a colloquial wording of what is there would still find a variant.
        var passage = carriers.WithCarried(_folded.Of(best.Passage, heading: null));
        var missing = questionWords.Count == 0 ? 0 : questionWords.Count(w => Credit(w, passage) == 0) / (double)questionWords.Count;
        var hits = evidence.Hits;
        var margin = hits.Count < 2 || hits[1].Score <= 0 ? 1 : Math.Clamp((hits[0].Score / hits[1].Score) - 1, 0, 1);
        // One matched word says little, unless the words are all there and name what the passage is about: its
        // document's title, the heading it stands under or the row's item ("居住证多久能办好" against the 居住证 guide's
        // 办理时限, "临时号牌收费" against the 临时行驶车号牌 row). Such a short question is as specific as a citizen writes it.
        var specificity = Math.Clamp((questionWords.Count - 1) / 3.0, 0, 1);
        if (specificity < 1 && wordCoverage >= 1 && NamesSubject(questionWords, cue, best))
        {
            specificity = 1;
        }

        // What the document's structure says: the asked field's value, the lead of its document, the row's item.
        var text = Fold(best.Text);
        var heading = Fold(best.Heading);
        var item = StructureSignals.RowItemNamed(questionWords, cue, text);
        var field = StructureSignals.Field(evidence.Kind, text, heading);
        var structured = StructureSignals.Structured(text, heading);
        // A guide cut into one passage per section ranks the section of the asked field below the ones sharing the
        // question's words (八、办公时间 for 几点上班): that section of the top document is as good as its top passage.
        var topRank = best.Rank == 1 || StructureSignals.FieldOfTopDocument(structured, field, hits, best.Passage.Source) ? 1 : 0;
        return new JudgeSignals(
            best.Coverage,
            wordCoverage,
            key.Count > 0 ? key.Min(k => Credit(k, quoted)) : 0,
            margin,
            evidence.KindPresent ? 1 : 0,
            evidence.Kind == AnswerKind.Any ? 0 : 1,
            topRank,
            specificity,
            slot.Slot == AnswerSlot.None ? 0 : 1,
            evidence.SlotFilled ? 1 : 0,
            FactAttached(terms, text, evidence.Question, heading).Share,
            missing,
            field.Held,
            StructureSignals.DocumentMargin(hits, best.Passage.Source),
            item == true ? 1 : 0,
            item == false ? 1 : 0,
            structured,
            field.Heading);
    }

    // The question's words naming the asked item more closely than a structured quote (a row or a guide section, not
    // an article of a policy, whose items are its conditions) does; empty for any other quote.
    private List<string> OtherItem(Evidence evidence, Quote best)
    {
        var text = Fold(best.Text);
        var heading = Fold(best.Heading);
        if (StructureSignals.Structured(text, heading) == 0 || QuoteClauses.IsArticle(text))
        {
            return [];
        }

        var questionWords = evidence.Question.Terms.ContentWords ?? words.ContentWords(evidence.Question.Terms.Normalized);
        var phrases = variants.PhrasesIn(evidence.Question.Terms.Normalized).ToList();
        var cue = evidence.KindPresent ? evidence.Question.Cue : "";
        double Credit(string word, string quoted) => AnswerKinds.Asks(cue, word) ? 1 : variants.Credit(word, quoted, phrases);
        // The quote's own item: a row's naming cell, or the heading it stands under unless that names a field (三、申请材料
        // is what the section gives, the guide's title what it is about).
        var item = QuoteClauses.RowParts(text) is { Cells.Count: > 0 } row ? QuoteClauses.NamingCell(row.Cells).Value
            : Enum.GetValues<AnswerKind>().Any(k => GuideFields.Names(k, heading)) ? "" : heading;
        var passage = _folded.Of(best.Passage, best.Heading);
        return [.. AskedItem.Unmatched(questionWords, words.Tagged(evidence.Question.Terms.Normalized), evidence.Question.Places, Credit, item, passage)];
    }

    // Whether a word of the question other than those asking for the fact names the quote's subject: the document's
    // title, the heading the quote stands under, or a table row's caption and item.
    private static bool NamesSubject(IReadOnlyList<string> questionWords, string cue, Quote best)
    {
        var subject = best.Passage.Title + " " + best.Heading;
        if (QuoteClauses.RowParts(best.Text) is { Cells.Count: > 0 } row)
        {
            subject += " " + row.Caption + " " + QuoteClauses.NamingCell(row.Cells).Value;
        }

        subject = Fold(subject);
        return questionWords.Any(w => w.Length >= 2 && !AnswerKinds.Asks(cue, w) && subject.Contains(w, StringComparison.Ordinal));
    }

    // A figure answers when it stands with what was asked about: "102个灾后重建项目投资完成率110%" holds the project
    // count, "17个…项目完成投资59.2亿元" an amount of other projects. The share of the question's matched terms
    // (IDF-weighted) that stand in the clause holding a fact of the asked kind, at its best; 1 when no such fact is
    // asked. Figures the question itself names ("1958双创园") are not the fact. A guide's sentence under the asked
    // field's heading ("七、办理地点") is that field's value as a whole; a row's cell under the field's column holds it.
    internal static (double Share, string Clause) FactAttached(
        IReadOnlyList<(string Term, double Weight)> terms, string quote, Question question, string heading = "")
    {
        var counted = question.Slot.Slot == AnswerSlot.Count;
        if (question.Kind == AnswerKind.Any && !counted)
        {
            return (1, "");
        }

        if (!QuoteClauses.IsTableRow(quote) && GuideFields.Names(question.Kind, heading))
        {
            return (1, quote);
        }

        // A guide's sentence that names nothing of the question is the value of the heading it stands under
        // ("二、体检时间" over "每日上午7:30-10:30"): the heading's words stand with each of its clauses. A sentence naming
        // some of them is weighed on its own words, as a table row is (it carries its caption and item in each clause).
        var under = QuoteClauses.IsTableRow(quote) || terms.Any(t => quote.Contains(t.Term, StringComparison.Ordinal)) ? "" : heading;
        var matched = terms.Where(t => quote.Contains(t.Term, StringComparison.Ordinal) || under.Contains(t.Term, StringComparison.Ordinal)).ToList();
        var total = matched.Sum(t => t.Weight);
        if (total <= 0)
        {
            return (0, "");
        }

        var kind = question.Kind == AnswerKind.Any ? AnswerKind.Number : question.Kind;
        var best = (Share: 0.0, Clause: "");
        var clauses = FactClauses(quote, kind, heading).ToList();
        var caption = QuoteClauses.RowParts(quote)?.Caption ?? "";
        for (var i = 0; i < clauses.Count; i++)
        {
            var (own, cell) = clauses[i];
            var facts = question.Numbers.Aggregate(own, (text, n) => text.Replace(n, " ", StringComparison.Ordinal));
            // A quote that opens with its date ("3月9日,中原区举行……会议,会议强调……") dates all it reports; a short
            // clause of little more than its fact further in dates the clause after it.
            var clause = cell is not null || FactLength(own, i) > MaxLeadingFactClause || i + 1 >= clauses.Count ? own
                : i == 0 ? string.Join(' ', clauses.Select(c => c.Text))
                : own + " " + clauses[i + 1].Text;
            // A clause opening with the time spent ("区委书记带队深入各街道,利用半天时间对…进行观摩") has no subject of its
            // own: the one before it says who spent it.
            if (cell is null && i > 0 && SpentOpening().IsMatch(own))
            {
                clause = clauses[i - 1].Text + " " + clause;
            }

            var fieldCell = cell is { } c && GuideFields.HoldsCell(kind, caption, c.Header, c.Value);
            // A list of kinds answers a count of kinds (AnswerSlots.CountedByList).
            var listed = counted && AnswerSlots.CountedByList(question.Slot) && own.Contains('、', StringComparison.Ordinal);
            if (!AnswerKinds.IsPresent(kind, facts) && !fieldCell && !listed)
            {
                continue;
            }

            var share = matched.Where(t => clause.Contains(t.Term, StringComparison.Ordinal) || under.Contains(t.Term, StringComparison.Ordinal))
                .Sum(t => t.Weight) / total;
            if (share > best.Share)
            {
                best = (share, clause);
            }
        }

        return best;
    }

    private static bool TellsOnInAnotherSentence(string quote) =>
        quote.Contains(EvidenceFinder.LedeJoint, StringComparison.Ordinal) || SentenceSplitter.Split(quote).Skip(1).Any();

    private static bool OpensWithDate(string quote) =>
        QuoteClauses.OfFacts(quote).FirstOrDefault() is { Text: { } first } && FactLength(first, 0) <= MaxLeadingFactClause
        && AnswerKinds.IsPresent(AnswerKind.Date, first);

    // A word of the question (not a place, not the words asking for the date) that the quote, its headings and its
    // passage's headline say in no wording, or null.
    private string? Untold(Evidence evidence, Quote best)
    {
        var question = evidence.Question;
        var quoted = Fold(best.Passage.Title + " " + best.Passage.Section + " " + best.Heading + " " + best.Text);
        var cue = question.Cue;
        var phrases = variants.PhrasesIn(question.Terms.Normalized).ToList();
        return (question.Terms.ContentWords ?? words.ContentWords(question.Terms.Normalized))
            .FirstOrDefault(w => !AnswerKinds.Asks(cue, w) && !question.Places.Any(p => p.Contains(w, StringComparison.Ordinal) || w.Contains(p, StringComparison.Ordinal))
                                 && variants.Credit(w, quoted, phrases) == 0);
    }

    [GeneratedRegex(@"^\s*(利用|用了|花了|历时|耗时|用时)")]
    private static partial Regex SpentOpening();

    // A report's dateline ("本报讯 3月9日,") is no part of the date it opens with.
    private static int FactLength(string clause, int index) =>
        index == 0 && clause.TrimStart().StartsWith(Dateline, StringComparison.Ordinal) ? clause.TrimStart()[Dateline.Length..].Trim().Length : clause.Length;

    private const string Dateline = "本报讯";

    // How long a clause made of little more than its fact may be ("3月9日", "2025年底前"), to be read with the next.
    private const int MaxLeadingFactClause = 8;

    // The clauses a fact stands with. A table row whose cell of the asked field holds the fact is one record: its
    // other cells (年用水量 beside 到户水价) say which case the value is for, so the whole row stands with it. An article
    // of a policy (第五条 …) is one rule: its conditions ("项目建成后，由…验收") stand with the time limit in its last
    // clause. So is a sentence of a numbered item of a notice or guide ("五、审核发放" over "经办机构自受理之日起15个工作日
    // 内完成审核，补贴直接发放…"): the item's one subject runs through its clauses. Anything else is cut into clauses,
    // so another project's figure is not the asked one's.
    private static IEnumerable<(string Text, (string Header, string Value)? Cell)> FactClauses(string quote, AnswerKind kind, string heading)
    {
        var clauses = QuoteClauses.OfFacts(quote).ToList();
        if (QuoteClauses.RowParts(quote) is { Cells.Count: > 0 } row)
        {
            var field = clauses.FirstOrDefault(c => c.Cell is { } cell && GuideFields.HoldsCell(kind, row.Caption, cell.Header, cell.Value));
            return field.Cell is null ? clauses : [(row.Caption + " " + string.Join(' ', row.Cells.Select(c => c.Header + ":" + c.Value)), field.Cell)];
        }

        return QuoteClauses.IsArticle(quote) || StructureSignals.IsNumberedHeading(heading)
            ? QuoteClauses.Sentences(quote).Select(s => (s, ((string, string)?)null))
            : clauses;
    }

    // True for prose, and for a row with a cell holding the asked kind of fact (or a bare figure of a fee table, see
    // GuideFields.HoldsCell) under a header that names the asked field (收费标准 for 多少钱), shares a word with the question (贴息比例 for "贴息比例是多少") or is a remarks column.
    private static bool RowColumnAsked(AnswerKind kind, string quote, Question question)
    {
        if (QuoteClauses.RowParts(quote) is not { } row)
        {
            return true;
        }

        return row.Cells.Any(c => (AnswerKinds.IsPresent(kind, c.Value) || GuideFields.HoldsCell(kind, row.Caption, c.Header, c.Value))
                                  && (GuideFields.Names(kind, c.Header) || SharesBigram(c.Header, question.Normalized) || NoteColumns.Contains(c.Header)));
    }

    // A remarks column says whatever the others do not ("备注：由社区警务室出具"): it names no field of its own.
    private static readonly HashSet<string> NoteColumns = new(StringComparer.Ordinal) { "备注", "说明", "附注", "其他", "备注说明" };

    private static bool SharesBigram(string header, string question)
    {
        for (var i = 0; i + 2 <= header.Length; i++)
        {
            if (question.Contains(header.AsSpan(i, 2), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private bool NothingAskedOf(Question question) =>
        question.Places.Count > 0 && question.Kind == AnswerKind.Any && question.Slot.Slot == AnswerSlot.None
        && question.Terms.WithoutPlaces is { } rest && words.ContentWords(rest).Count == 0;

    // Least share of the question's matched terms that the clause holding an amount, a date or a time must carry.
    private const double MinAttachedShare = 0.6;

    private static Verdict Decline(DecisionCode code, string detail = "") => new(JudgeDecision.Decline, 0, null, new DecisionNote(code, detail));

    private static string Fold(string text) => text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
}
