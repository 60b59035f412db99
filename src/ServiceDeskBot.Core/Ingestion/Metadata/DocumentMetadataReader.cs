using System.Text;
using System.Text.RegularExpressions;

namespace ServiceDeskBot.Core.Ingestion.Metadata;

/// <summary>
/// Reads 文号, issuer and dates from the wording of an official notice. It reads only what the text states in the
/// places such documents state it (the 文号 line under the red header, the signature and date at the end, the
/// 自…起施行 and 有效期 clauses); whatever is absent or ambiguous stays null.
/// </summary>
/// <remarks>
/// 有效期N年 (or N个月) counts from the effective date: the document is in force through the day before the Nth
/// anniversary, so 2024-05-01 + 3年 expires on 2027-04-30. An anniversary that does not exist (29 February in a
/// common year, 31 in a shorter month) is taken as the first day of the next month, so 2024-02-29 + 1年 expires on
/// 2025-02-28. Without an effective date a period gives no expiry.
/// </remarks>
public static partial class DocumentMetadataReader
{
    // The 文号 stands under the red header, near the top; a 文号 in running text cites another document.
    private const int HeaderLines = 10;

    private const int MaxHeaderLineLength = 60;

    /// <summary>The metadata the text states; <paramref name="publishedOn"/> is a web page's publication date, when known.</summary>
    public static DocumentMetadata Read(string text, DateOnly? publishedOn = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = text.Normalize(NormalizationForm.FormKC);
        var lines = JoinSplitNumbers(normalized.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList());

        var issuedOn = IssuedOn(lines, out var signer);
        var effectiveFrom = EffectiveFrom(normalized, issuedOn);
        // A repeal the text states of itself ends the document whatever period it gave itself when issued.
        var expiresOn = SelfRepeal.LastDay(normalized, issuedOn ?? publishedOn ?? effectiveFrom) ?? ExpiresOn(normalized, effectiveFrom);
        return new DocumentMetadata(
            DocNumber(lines),
            Issuer(lines, signer),
            issuedOn,
            effectiveFrom,
            expiresOn,
            publishedOn);
    }

    /// <summary>
    /// 文号 of other documents the text declares repealed or replaced: those a sentence that repeals ("…同时废止",
    /// "…停止执行", "代替…") names, canonical, without <paramref name="own"/> (the document's own number).
    /// </summary>
    public static IReadOnlyList<string> Repealed(string text, string? own)
    {
        ArgumentNullException.ThrowIfNull(text);
        var repealed = new List<string>();
        var lines = JoinSplitNumbers(text.Normalize(NormalizationForm.FormKC).Split('\n').Select(l => l.Trim()).ToList());
        foreach (var sentence in string.Join('\n', lines).Split(['。', '；', ';', '\n']))
        {
            if (!Repeal().IsMatch(sentence))
            {
                continue;
            }

            foreach (Match match in DocumentNumberText.Find().Matches(sentence))
            {
                var number = DocumentNumberText.Canonical(match);
                if (number != own && !repealed.Contains(number, StringComparer.Ordinal))
                {
                    repealed.Add(number);
                }
            }
        }

        return repealed;
    }

    /// <summary>The last day in force of a document effective from <paramref name="from"/> for a period (see remarks).</summary>
    public static DateOnly LastDayOf(DateOnly from, int years, int months)
    {
        var totalMonths = (from.Year * 12) + (from.Month - 1) + (years * 12) + months;
        var year = totalMonths / 12;
        var month = (totalMonths % 12) + 1;
        var anniversary = from.Day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, from.Day)
            : new DateOnly(year, month, 1).AddMonths(1);
        return anniversary.AddDays(-1);
    }

    // A PDF breaks its lines where the page's width ends, so a 文号 can run over two of them ("…（江人社发〔2022〕" /
    // "6号）同时废止", "江人社发" / "〔2023〕8号"): such a pair is read as one line. Only a break after the issuer's
    // abbreviation is mended; one inside it ("江人" / "社发〔2023〕8号") leaves a whole 文号 on the second line.
    private static List<string> JoinSplitNumbers(List<string> lines)
    {
        var joined = new List<string>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            if (i + 1 < lines.Count && SplitsNumber(lines[i], lines[i + 1]))
            {
                joined.Add(lines[i] + lines[i + 1]);
                i++;
            }
            else
            {
                joined.Add(lines[i]);
            }
        }

        return joined;
    }

    private static bool SplitsNumber(string line, string next)
    {
        if (next.Length == 0 || DocumentNumberText.Find().Match(next) is { Success: true, Index: 0 })
        {
            return false;
        }

        var both = line + next;
        return DocumentNumberText.Find().Matches(both).Any(m => m.Index < line.Length && m.Index + m.Length > line.Length);
    }

    private static string? DocNumber(List<string> lines)
    {
        // "文号：…" wherever it stands on its line: a web page's info line reads "文号：… 发布时间：… 来源：…".
        var labelled = lines.Select(l => LabelledNumber().Match(l)).Where(m => m.Success)
            .Select(m => DocumentNumberText.Find().Match(m.Groups["n"].Value))
            .Where(m => m.Success && m.Index == 0)
            .Select(DocumentNumberText.Canonical)
            .Distinct(StringComparer.Ordinal).ToList();
        if (labelled.Count > 0)
        {
            return labelled.Count == 1 ? labelled[0] : null;
        }

        var distinct = lines.Take(HeaderLines).Select(HeaderNumber).OfType<Match>().Select(DocumentNumberText.Canonical)
            .Distinct(StringComparer.Ordinal).ToList();
        return distinct.Count == 1 ? distinct[0] : null;
    }

    // A 文号 the header line holds as its own, wherever it sits on the line: alone, or beside the issuing body before it
    // ("某市住房和城乡建设局  某住建发〔2022〕5号", as a Word header paragraph often shares one line) and the signer or the
    // date after it ("…〔2025〕9号 签发人：…", "… 2023年4月10日"). A 文号 inside a sentence cites another document.
    private static Match? HeaderNumber(string line)
    {
        if (line.Length > MaxHeaderLineLength || DocumentNumberText.Find().Match(line) is not { Success: true } match)
        {
            return null;
        }

        var before = line[..match.Index].Trim();
        var after = line[(match.Index + match.Length)..].Trim();
        var ownBefore = before.Length == 0 || IsOrganisationLine(before);
        var ownAfter = after.Length == 0 || Signer().IsMatch(after) || StandaloneDate().IsMatch(after);
        return ownBefore && ownAfter ? match : null;
    }

    private static string? Issuer(List<string> lines, string? signer)
    {
        if (signer is not null)
        {
            return Spaces().Replace(signer.Trim(), " ");
        }

        // A web page's information table or line names the body: "发布机构：…", "发文机关：…", "来源：…", on a line of
        // its own or part-way along one ("文号：… 发布时间：… 来源：…  浏览次数：…"); the value runs to the next label,
        // or, when more follows on the line ("…支队  【打印】【关闭】"), is its first word.
        foreach (var line in lines)
        {
            foreach (Match labelled in LabelledIssuer().Matches(line))
            {
                var value = labelled.Groups["org"].Value.Trim();
                foreach (var org in new[] { value, value.Split(' ')[0] })
                {
                    if (IsOrganisationLine(org))
                    {
                        return Spaces().Replace(org, " ");
                    }
                }
            }
        }

        foreach (var line in lines.Take(5))
        {
            if (line.Length <= 40 && line.EndsWith("文件", StringComparison.Ordinal) && IsOrganisationLine(line[..^2]))
            {
                return Spaces().Replace(line[..^2].Trim(), " ");
            }
        }

        foreach (var line in lines.Take(HeaderLines))
        {
            if (HeaderNumber(line) is { Index: > 0 } number && line[..number.Index].Trim() is var body && IsOrganisationLine(body))
            {
                return Spaces().Replace(body, " ");
            }
        }

        foreach (var line in lines.Take(HeaderLines))
        {
            if (TitleIssuer().Match(line) is { Success: true } title)
            {
                return title.Groups["org"].Value;
            }
        }

        return null;
    }

    private static DateOnly? IssuedOn(List<string> lines, out string? signer)
    {
        signer = null;
        foreach (var line in lines)
        {
            if (LabelledIssueDate().Match(line) is { Success: true } labelled && ChineseDates.FindFirst(labelled.Groups["d"].Value) is { } date)
            {
                return date;
            }
        }

        // The signature: a date alone on its line, right under the issuing body.
        var standalone = new List<(int Index, DateOnly Date)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (StandaloneDate().Match(lines[i]) is { Success: true } match && ChineseDates.FromMatch(match) is { } date)
            {
                standalone.Add((i, date));
            }
        }

        var signed = standalone.Where(s => s.Index > 0 && IsOrganisationLine(lines[s.Index - 1]))
            .Select(s => (s.Index, s.Date, Body: lines[s.Index - 1])).ToList();
        // A signature sharing one line ("某市商务局  2023年2月10日"): a Word paragraph aligned right with a tab or
        // spaces between the body and the date, where a printed notice puts them on two lines.
        for (var i = 0; i < lines.Count; i++)
        {
            if (SignatureLine().Match(lines[i]) is { Success: true } match && IsOrganisationLine(match.Groups["org"].Value)
                && ChineseDates.FindFirst(match.Groups["date"].Value) is { } date)
            {
                signed.Add((i, date, match.Groups["org"].Value));
            }
        }

        if (signed.Select(s => s.Date).Distinct().Count() == 1)
        {
            signer = signed[0].Body;
            return signed[0].Date;
        }

        // A header line holding the 文号 and, after it, the date ("…局 江人社发〔2023〕8号 2023年4月10日", as a Word
        // header paragraph often puts them on one line): the document's own date when no signature dates it.
        if (signed.Count == 0 && HeaderDate(lines) is { } header)
        {
            return header;
        }

        if (signed.Count == 0 && standalone.Select(s => s.Date).Distinct().Count() == 1)
        {
            return standalone[0].Date;
        }

        // A signature with the year and month only names the issuer; the day is unknown, so no issue date is made up
        // (a citation would show "2026年1月1日" for a guide that says "2026年1月").
        if (signed.Count == 0 && standalone.Count == 0 && MonthSignature(lines) is { } month)
        {
            signer = month.Body;
            return null;
        }

        if (signed.Count == 0 && standalone.Count == 0)
        {
            // The imprint line at the foot ("…办公室 2025年3月12日印发") dates the printing.
            var printed = lines.Select(l => Printed().Match(l)).Where(m => m.Success).Select(ChineseDates.FromMatch).OfType<DateOnly>().Distinct().ToList();
            return printed.Count == 1 ? printed[0] : null;
        }

        return null;
    }

    // A guide signed with the year and month only ("某市社会保险事业管理中心" / "2026年1月", or both on one line): the
    // issuing body and the month, when it is the one such signature.
    private static (string Body, DateOnly Date)? MonthSignature(List<string> lines)
    {
        var found = new List<(string Body, DateOnly Date)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (MonthLine().Match(lines[i]) is { Success: true } alone && i > 0 && IsOrganisationLine(lines[i - 1]) && Month(alone) is { } date)
            {
                found.Add((lines[i - 1], date));
            }
            else if (MonthSignatureLine().Match(lines[i]) is { Success: true } shared && IsOrganisationLine(shared.Groups["org"].Value) && Month(shared) is { } sharedDate)
            {
                found.Add((shared.Groups["org"].Value, sharedDate));
            }
        }

        return found.Count == 1 ? found[0] : null;
    }

    private static DateOnly? Month(Match match) =>
        ChineseDates.Number(match.Groups["y"].Value) is { } year and >= 1900 and <= 2100
        && ChineseDates.Number(match.Groups["m"].Value) is { } month and >= 1 and <= 12
            ? new DateOnly(year, month, 1)
            : null;

    private static DateOnly? HeaderDate(List<string> lines)
    {
        var dates = lines.Take(HeaderLines)
            .Select(line => HeaderNumber(line) is { } number ? ChineseDates.FindFirst(line[(number.Index + number.Length)..]) : null)
            .OfType<DateOnly>()
            .Distinct()
            .ToList();
        return dates.Count == 1 ? dates[0] : null;
    }

    private static DateOnly? EffectiveFrom(string text, DateOnly? issuedOn)
    {
        var found = new List<(DateOnly Date, bool Own)>();
        foreach (Match match in EffectiveDate().Matches(text))
        {
            if (ChineseDates.FromMatch(match) is { } date)
            {
                found.Add((date, OwnClause(text, match.Index)));
            }
        }

        if (issuedOn is { } issued)
        {
            foreach (Match match in EffectiveOnIssue().Matches(text))
            {
                found.Add((issued, OwnClause(text, match.Index)));
            }
        }

        return Single(found);
    }

    private static DateOnly? ExpiresOn(string text, DateOnly? effectiveFrom)
    {
        var found = new List<(DateOnly Date, bool Own)>();
        foreach (Match match in ValidUntil().Matches(text))
        {
            if (ChineseDates.FromMatch(match) is { } date)
            {
                found.Add((date, OwnClause(text, match.Index)));
            }
        }

        if (found.Count == 0 && effectiveFrom is { } from)
        {
            foreach (Match match in ValidFor().Matches(text))
            {
                if (ChineseDates.Number(match.Groups["n"].Value) is { } n and > 0 and < 100)
                {
                    var years = match.Groups["unit"].Value == "年" ? n : 0;
                    var months = match.Groups["unit"].Value == "年" ? 0 : n;
                    found.Add((LastDayOf(from, years, months), OwnClause(text, match.Index)));
                }
            }
        }

        return Single(found);
    }

    // One date, or the one date the document states about itself (本办法…); anything else is ambiguous.
    private static DateOnly? Single(List<(DateOnly Date, bool Own)> found)
    {
        var all = found.Select(f => f.Date).Distinct().ToList();
        if (all.Count == 1)
        {
            return all[0];
        }

        var own = found.Where(f => f.Own).Select(f => f.Date).Distinct().ToList();
        return own.Count == 1 ? own[0] : null;
    }

    // Whether the sentence holding the clause speaks of the document itself ("本办法自…起施行").
    private static bool OwnClause(string text, int index)
    {
        var start = index == 0 ? 0 : text.LastIndexOfAny(['。', '\n', ';', '；'], index - 1) + 1;
        return OwnDocument().IsMatch(text.AsSpan(start, index - start));
    }

    private static bool IsOrganisationLine(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length is >= 2 and <= 60 && Organisation().IsMatch(trimmed) && !SentencePunctuation().IsMatch(trimmed);
    }

    private const string OrganisationSuffix = "(?:人民政府|政府|委员会|办公室|办公厅|委|局|厅|院|中心|部|署|会|处|所|站|办|公司|大队|支队|街道|社区|集团)";

    [GeneratedRegex("(?:" + OrganisationSuffix + @")(?:[ \u3000]+\S+?" + OrganisationSuffix + ")*$")]
    private static partial Regex Organisation();

    [GeneratedRegex(@"^(?<org>[\p{IsCJKUnifiedIdeographs}]{2,30}?" + OrganisationSuffix + ")关于")]
    private static partial Regex TitleIssuer();

    [GeneratedRegex(@"[。，,；;：:！？!?]")]
    private static partial Regex SentencePunctuation();

    [GeneratedRegex(@"(?:^|\s)(?:发布机构|发文机关|发文单位|发布单位|信息来源|来源)\s*[:：]\s*(?<org>[^:：]{2,40}?)(?=\s+[^\s:：]{1,8}\s*[:：]|\s*$)")]
    private static partial Regex LabelledIssuer();

    [GeneratedRegex(@"(?:^|\s)(?:文号|发文字号|发文文号|发文号)\s*[:：]\s*(?<n>.+)$")]
    private static partial Regex LabelledNumber();

    [GeneratedRegex(@"^\s*(?:签发人|签发|密级|紧急程度|特急|加急|平件)")]
    private static partial Regex Signer();

    [GeneratedRegex(@"(?:成文日期|印发日期|发文日期|签发日期)\s*[:：]\s*(?<d>.{6,20})")]
    private static partial Regex LabelledIssueDate();

    // The date alone, or with the remark a closing line carries after it ("2023年2月10日（此件公开发布）").
    [GeneratedRegex(@"^[(（]?(?:" + ChineseDates.Pattern + @")[)）]?(?:\s*[(（][^()（）]{2,20}[)）])?$")]
    private static partial Regex StandaloneDate();

    // The body and the date with a tab or spaces between, or with none: a PDF's reader may join the two lines of a
    // signature block into one ("某市发展和改革委员会2026年3月5日"); the body must still end as a body does.
    [GeneratedRegex(@"^(?<org>\S.{1,58}?)[ \u3000\t]*(?<date>[(（]?(?:" + ChineseDates.Pattern + @")[)）]?)$")]
    private static partial Regex SignatureLine();

    private const string YearMonth = @"(?<y>(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年\s*(?<m>\d{1,2}|[一二三四五六七八九十]{1,3})\s*月";

    [GeneratedRegex(@"^[(（]?" + YearMonth + @"[)）]?$")]
    private static partial Regex MonthLine();

    [GeneratedRegex(@"^(?<org>\S.{1,58}?)[ \u3000\t]+[(（]?" + YearMonth + @"[)）]?$")]
    private static partial Regex MonthSignatureLine();

    [GeneratedRegex(@"(?:" + ChineseDates.Pattern + @")\s*印发$")]
    private static partial Regex Printed();

    // A rule "自…起施行"; a notice of a service or a measure "自…起实行" what it announces.
    [GeneratedRegex(@"(?:自|从|于)?\s*(?:" + ChineseDates.Pattern + @")\s*(?:起|开始)\s*(?:正式)?(?:施行|执行|实施|实行|生效)")]
    private static partial Regex EffectiveDate();

    [GeneratedRegex(@"自(?:印发|发布|公布|签发|下发)之日起\s*(?:正式)?(?:施行|执行|实施|实行|生效)")]
    private static partial Regex EffectiveOnIssue();

    [GeneratedRegex(@"有效期(?:截?至|到|[^。；;\n]{0,30}?至)\s*(?:" + ChineseDates.Pattern + ")")]
    private static partial Regex ValidUntil();

    [GeneratedRegex(@"有效期(?:为|暂定为?|是)?\s*(?<n>\d{1,2}|[一二三四五六七八九十两]{1,3})\s*(?<unit>年|个月)")]
    private static partial Regex ValidFor();

    [GeneratedRegex("本(?:办法|通知|规定|细则|意见|方案|制度|标准|决定|公告|条例|政策|措施|规则|准则|指南|文件)")]
    private static partial Regex OwnDocument();

    [GeneratedRegex(@"[ \u3000]+")]
    private static partial Regex Spaces();

    [GeneratedRegex("废止|同时失效|停止执行|不再执行|代替|替代|取代")]
    private static partial Regex Repeal();
}
