using System.Text;
using System.Text.RegularExpressions;
using ServiceDeskBot.Core.Ingestion.Identifiers;
using ServiceDeskBot.Core.Retrieval;
using ServiceDeskBot.Core.Safety;

namespace ServiceDeskBot.Core.Answering;

/// <summary>Reads a (masked) question once: normalised text, retrieval terms, places, numbers, fact kind, scope and answer slot.</summary>
public sealed partial class QuestionReader(QueryNormalizer normalizer, WordSegmenter words, WordVariants variants, PiiMasker masker)
{
    private const int MinWordsBesideIdentifier = 4;

    /// <summary>
    /// Reads a question as a citizen typed it: personal data masked first, then read. The turn's guard step and the
    /// tuning verbs (calibrate, evidence) read through here, so a question holding an ID-card or phone number is one
    /// question to both: unmasked, its digits would read as a figure the passage must hold.
    /// </summary>
    public Question ReadAsked(string asked) => Read(masker.Mask(asked));

    /// <summary>Reads a question whose personal data is already masked (a follow-up rewritten from masked turns).</summary>
    public Question Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var raw = text.Trim();
        // Masked personal data ("我的身份证号是4101**********123X，") is neither a figure asked for nor words to cover.
        var content = MaskedSpans.Remove(raw);
        // Quantities in Chinese numerals (百岁, 三个工作日, 两万) are read as the documents write them, in digits, for
        // retrieval and for the figures a quote must hold.
        var digits = ChineseNumbers.ToDigits(content);
        var normalized = digits.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var terms = Terms(digits);
        var numbers = Number().Matches(terms.Normalized).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();
        var scope = Scope().Match(normalized) is { Success: true } match ? match.Groups[1].Value : null;
        var slot = AnswerSlots.Detect(normalized, words.Tagged);
        if (slot.Heads.Count > 0)
        {
            // A list's noun may be worded otherwise in the passage (医疗机构 → 医院, 卫生服务中心).
            slot = slot with { Heads = [.. slot.Heads, .. slot.Heads.SelectMany(h => variants.Of(h)).Select(v => v.Word)] };
        }

        // The kind its words ask for, detected once: the cue is read from them even when asking whether a thing can be
        // done online leaves the question no kind.
        var detected = AnswerKinds.Detect(normalized);
        var kind = AskedPossibilities.AsksOnline(normalized) ? AnswerKind.Any : detected;
        // "有几个，都是啥" asks for the items as well as their number: the list answers both, and a figure is not needed.
        if (kind == AnswerKind.Number && slot.Slot == AnswerSlot.List)
        {
            kind = AnswerKind.Any;
        }

        return new Question(raw, content, normalized, terms, numbers, kind, scope, slot, AnswerKinds.Cue(normalized, detected));
    }

    // A 文号 or item code the question names is matched exactly by retrieval (from the question as asked); its digits and
    // characters are not words the quote must cover, nor figures it must hold ("青人社〔2025〕9号规定…" asks about 第四条,
    // which names neither 2025 nor 9). A question that is little more than an identifier keeps it as words too.
    private AnalyzedQuery Terms(string raw)
    {
        var analyzed = normalizer.Analyze(raw);
        if (IdentifierNormalizer.Tokens(raw).Count == 0)
        {
            return analyzed;
        }

        var rest = normalizer.Analyze(IdentifierNormalizer.Strip(raw));
        return rest.Normalized.Count(c => !char.IsWhiteSpace(c)) >= MinWordsBesideIdentifier ? rest with { Original = analyzed.Original } : analyzed;
    }

    [GeneratedRegex(@"\d+(\.\d+)?")]
    private static partial Regex Number();

    // A ranking or a total asked "in the country" or "in the province" is not answered by one at another level.
    [GeneratedRegex(@"(全国|全省|全市)")]
    private static partial Regex Scope();
}
