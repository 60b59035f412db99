using System.Text;
using System.Text.RegularExpressions;

namespace ServiceDeskBot.Core.Ingestion;

/// <summary>
/// Turns an OCR'd newspaper text into clean blocks: NFKC, lines broken mid-sentence or mid-word joined, the
/// vertical one-character header runs and garbled ASCII fragments removed, headings kept and told from prose.
/// </summary>
public static partial class TextCleaner
{
    // A heading is a short line without sentence-final punctuation; prose lines that wrap without such punctuation
    // are usually longer than this in the newspaper layouts we ingest.
    private const int MaxHeadingLength = 40;

    // Vertical headers are typeset one or two characters per line; a run of this many very short lines is debris.
    private const int MinVerticalRun = 4;
    private const int MaxVerticalLineLength = 4;

    private const string SentenceEnders = "。!?;…";
    private const string ClosingMarks = "”\"’'》」』)";
    private const string ContinuationEnders = "、,:—(“《「『-+·";

    public static CleanedDocument Clean(string source, string raw)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(raw);

        var lines = SplitLines(raw.Normalize(NormalizationForm.FormKC));
        lines = RemoveVerticalRuns(lines);
        var blocks = JoinIntoBlocks(lines);
        return Assemble(source, blocks);
    }

    private static List<string> SplitLines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Replace('\r', '\n')
            .Split('\n')
            .Select(l => CollapseSpaces(l.Trim()))
            .Where(l => l.Length > 0)
            .ToList();

    private static List<string> RemoveVerticalRuns(List<string> lines)
    {
        var kept = new List<string>(lines.Count);
        var i = 0;
        while (i < lines.Count)
        {
            var j = i;
            while (j < lines.Count && lines[j].Length <= MaxVerticalLineLength && !EndsSentence(lines[j]))
            {
                j++;
            }

            if (j - i >= MinVerticalRun)
            {
                i = j;
                continue;
            }

            kept.Add(lines[i]);
            i++;
        }

        return kept;
    }

    private static List<(TextBlockKind Kind, string Text)> JoinIntoBlocks(List<string> lines)
    {
        var blocks = new List<(TextBlockKind, string)>();
        var pending = new StringBuilder();

        foreach (var original in lines)
        {
            // A table row line stands alone and keeps its codes: it is neither joined nor filtered as debris.
            if (TableRowLine().IsMatch(original))
            {
                if (pending.Length > 0)
                {
                    blocks.Add((TextBlockKind.Paragraph, pending.ToString()));
                    pending.Clear();
                }

                blocks.Add((TextBlockKind.TableRow, original));
                continue;
            }

            var (line, garbledAtEnd) = RemoveGarbled(original);
            if (line.Length == 0)
            {
                continue;
            }

            // A byline under the title ("来源：…", "发布时间：…") says who published the text and when: a paragraph of its
            // own, never a heading (it joined the title, or titled the first section) nor prose run on into the next line.
            if (InformationLine.Is(line))
            {
                if (pending.Length > 0)
                {
                    blocks.Add((TextBlockKind.Paragraph, pending.ToString()));
                    pending.Clear();
                }

                blocks.Add((TextBlockKind.Paragraph, line));
                continue;
            }

            if (pending.Length == 0 && IsHeading(line))
            {
                blocks.Add((TextBlockKind.Heading, line));
                continue;
            }

            // "…通知如下：" then "一、接种对象": the colon announces the numbered sections, it does not run on into
            // the first one. Joined, the opening passage swallowed the first section's heading and text.
            if (pending.Length > 0 && pending[^1] == ':' && NumberedSectionHeading().IsMatch(line) && !line.Contains(',', StringComparison.Ordinal) && IsHeading(line))
            {
                blocks.Add((TextBlockKind.Paragraph, pending.ToString()));
                pending.Clear();
                blocks.Add((TextBlockKind.Heading, line));
                continue;
            }

            AppendProse(pending, line);
            if (garbledAtEnd || !ContinuesOnNextLine(line))
            {
                blocks.Add((TextBlockKind.Paragraph, pending.ToString()));
                pending.Clear();
            }
        }

        if (pending.Length > 0)
        {
            blocks.Add((TextBlockKind.Paragraph, pending.ToString()));
        }

        return blocks;
    }

    private static CleanedDocument Assemble(string source, List<(TextBlockKind Kind, string Text)> blocks)
    {
        var title = FindTitle(blocks, out var titleBlockIndexes);
        var text = new StringBuilder();
        var located = new List<TextBlock>(blocks.Count);
        var section = "";
        var headingRun = new List<string>();

        for (var i = 0; i < blocks.Count; i++)
        {
            var (kind, content) = blocks[i];
            if (kind == TextBlockKind.Heading)
            {
                // Consecutive headings form one heading group; the group titles what follows it.
                if (!titleBlockIndexes.Contains(i))
                {
                    headingRun.Add(content);
                    section = string.Join(' ', headingRun);
                }
            }
            else
            {
                headingRun.Clear();
            }

            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            var start = text.Length;
            text.Append(content);
            located.Add(new TextBlock(kind, start, text.Length, section));
        }

        return new CleanedDocument(source, title, text.ToString(), located);
    }

    // The headline is the first group of headings. When that group has several lines, its last line (usually a
    // "——访…" interview line or a first section heading) belongs to the content that follows, not to the headline.
    private static string FindTitle(List<(TextBlockKind Kind, string Text)> blocks, out HashSet<int> titleIndexes)
    {
        titleIndexes = [];
        var first = blocks.FindIndex(b => b.Kind == TextBlockKind.Heading);
        if (first < 0)
        {
            return blocks.Count > 0 ? Truncate(blocks[0].Text, MaxHeadingLength) : "";
        }

        var last = first;
        while (last + 1 < blocks.Count && blocks[last + 1].Kind == TextBlockKind.Heading)
        {
            last++;
        }

        var titleEnd = last > first ? last - 1 : last;
        for (var i = first; i <= titleEnd; i++)
        {
            titleIndexes.Add(i);
        }

        return string.Join(' ', blocks.Skip(first).Take(titleEnd - first + 1).Select(b => b.Text));
    }

    private static bool IsHeading(string line)
    {
        if (EndsSentence(line) || EndsWithByline(line) || ContainsSentenceEnd(line))
        {
            return false;
        }

        if (ContinuationEnders.Contains(line[^1], StringComparison.Ordinal) || ReportedSpeech().IsMatch(line))
        {
            return false;
        }

        return line.Length <= MaxHeadingLength || HasSpacedSegments(line);
    }

    private static bool ContinuesOnNextLine(string line) =>
        !EndsSentence(line) && !EndsWithByline(line);

    private static void AppendProse(StringBuilder pending, string line)
    {
        var prose = RemoveSpacesBetweenCjk(line);
        if (pending.Length > 0 && NeedsSpace(pending[^1], prose[0]))
        {
            pending.Append(' ');
        }

        pending.Append(prose);
    }

    private static (string Line, bool GarbledAtEnd) RemoveGarbled(string line)
    {
        var match = Garbled().Match(line);
        if (!match.Success)
        {
            return (line, false);
        }

        var atEnd = match.Index + match.Length >= line.Length;
        var cleaned = Garbled().Replace(line, "").TrimEnd();
        return (CollapseSpaces(cleaned), atEnd);
    }

    private static bool EndsSentence(string line)
    {
        var end = line.Length - 1;
        while (end >= 0 && ClosingMarks.Contains(line[end], StringComparison.Ordinal))
        {
            end--;
        }

        return end >= 0 && SentenceEnders.Contains(line[end], StringComparison.Ordinal);
    }

    private static bool ContainsSentenceEnd(string line) =>
        line.AsSpan(0, line.Length - 1).IndexOfAny(SentenceEnders) >= 0;

    private static bool EndsWithByline(string line) => Byline().IsMatch(line);

    private static bool HasSpacedSegments(string line) => SpacedSegments().IsMatch(line);

    private static bool NeedsSpace(char left, char right) => IsAsciiWord(left) && IsAsciiWord(right);

    private static bool IsAsciiWord(char c) => char.IsAsciiLetterOrDigit(c);

    private static string RemoveSpacesBetweenCjk(string line) => SpaceBetweenCjk().Replace(line, "");

    private static string CollapseSpaces(string line) => Spaces().Replace(line, " ");

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];

    // A section heading numbered 一、 … 十二、 (the first level of an official notice).
    [GeneratedRegex(@"^[一二三四五六七八九十]{1,3}、\S")]
    private static partial Regex NumberedSectionHeading();

    [GeneratedRegex(@"[ \t\u00A0\u3000]+")]
    private static partial Regex Spaces();

    // The line the document readers write for a table row, after NFKC: "caption|header:value;header:value".
    [GeneratedRegex(@"^[^|]{1,100}\|[^|]*:")]
    private static partial Regex TableRowLine();

    // Spaces that OCR left inside Chinese text ("5所 医院", "投 用"); spaces between Latin words are kept.
    [GeneratedRegex(@"(?<=[\p{IsCJKUnifiedIdeographs}\p{P}]) (?=[\p{IsCJKUnifiedIdeographs}\p{P}\d])|(?<=[\p{IsCJKUnifiedIdeographs}\p{P}\d]) (?=[\p{IsCJKUnifiedIdeographs}\p{P}])")]
    private static partial Regex SpaceBetweenCjk();

    // Headlines set as several spaced segments ("乘全会东风启新程 聚发改之力谋突破").
    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}[”""]? [“""—]*\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex SpacedSegments();

    // Reporter credits close a paragraph: "记者 鲁燕", "郑报全媒体记者 孙志刚", "通讯员 梁玲妹", "记者 马健 图".
    [GeneratedRegex(@"(记者|通讯员)( ?\p{IsCJKUnifiedIdeographs}{2,4})+( 图)?$")]
    private static partial Regex Byline();

    // A short line that opens reported speech ("李晓雷指出,从各项指标预计完成") is wrapped prose, not a heading.
    [GeneratedRegex(@"(表示|指出|认为|强调|要求|介绍|说)[,:]")]
    private static partial Regex ReportedSpeech();

    // OCR garbage: a run of ASCII that mixes letters with symbols no Chinese text uses ("Bh#R"), with stray quotes.
    // Web addresses also mix them ("https://…/#/home") and are kept: a service desk must be able to cite them.
    [GeneratedRegex(@"(?<![\x21-\x7E])""*(?![\x21-\x7E]*://)(?!www\.)(?=[\x21-\x7E]*[A-Za-z])(?=[\x21-\x7E]*[#$^*~|\\`])[\x21-\x7E]{3,}""*")]
    private static partial Regex Garbled();
}
