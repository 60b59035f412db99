using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using ServiceDeskBot.Core.Ingestion.Metadata;

namespace ServiceDeskBot.Core.Ingestion.Formats;

/// <summary>
/// Reads the main content of a web page: scripts, styles, forms and the page chrome (navigation, breadcrumbs,
/// header, footer, side links, share bars) go, found by structure and link density rather than by any site's
/// class names; the page title and publication date are kept; tables become rows with their headers and caption.
/// </summary>
internal static partial class HtmlTextReader
{
    // A block whose text is mostly link text is navigation, not content.
    private const double MaxLinkDensity = 0.5;

    // The content container holds at least this share of the page's non-link text.
    private const double ContentShare = 0.6;

    private const int MaxChromeLineLength = 120;

    // Real pages nest a few dozen elements deep (table layouts included); browsers stop building the tree at 512. The
    // passes below look at every element's subtree, so a page nested far deeper is work that grows with the square of
    // its size, and the walk recurses once per level: such a page is refused before either starts.
    internal const int MaxNesting = 256;

    private static readonly string[] Junk =
    [
        "script", "style", "noscript", "template", "iframe", "svg", "canvas", "form", "button", "input", "select",
        "textarea", "object", "embed", "nav", "aside", "[role=navigation]", "[role=banner]", "[role=contentinfo]",
        "[role=search]", "[role=complementary]", "[aria-hidden=true]", "[hidden]",
    ];

    private static readonly string[] PublishedMeta =
    [
        "PubDate", "pubdate", "publishdate", "publish_date", "PublishDate", "article:published_time", "og:published_time",
        "dc.date", "DC.Date", "dcterms.created", "date",
    ];

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5",
        "h6", "header", "footer", "li", "main", "ol", "p", "pre", "section", "table", "ul", "center", "tbody", "thead", "tr", "td", "th",
    };

    public static void Read(string html, DocumentAssembler assembler, CancellationToken cancellationToken)
    {
        // Counted from the tags, elements with implied end tags left out, before the parser runs; the tree it builds
        // is measured exactly below.
        if (HtmlNesting.Deepest(html, MaxNesting) > MaxNesting)
        {
            throw TooDeep();
        }

        var document = new HtmlParser().ParseDocument(html);
        var body = document.Body;
        if (body is null)
        {
            return;
        }

        if (DeepestNesting(document.DocumentElement, cancellationToken) > MaxNesting)
        {
            throw TooDeep();
        }

        assembler.PublishedOn = PublishedOn(document, body);
        var title = PageTitle(document);
        assembler.Title = title;

        foreach (var junk in body.QuerySelectorAll(string.Join(',', Junk)).ToList())
        {
            junk.Remove();
        }

        foreach (var chrome in body.QuerySelectorAll("header, footer").Where(e => e.Closest("article, main") is null).ToList())
        {
            chrome.Remove();
        }

        var root = ContentRoot(body, cancellationToken);
        // The information line beside the title ("发布机构：… 文号：… 发布时间：…") often stands outside the block that
        // holds the body text: it is read from there, first, so that its 文号 and issuer reach the metadata reader.
        var information = root == body ? [] : InformationBefore(body, root, cancellationToken);
        RemoveLinkLists(root, cancellationToken);
        foreach (var line in information)
        {
            assembler.AddParagraph(line);
        }

        var walker = new Walker(assembler, title, cancellationToken);
        walker.Visit(root);
    }

    private static string? PageTitle(IHtmlDocument document)
    {
        var h1 = document.QuerySelector("h1")?.TextContent;
        if (!string.IsNullOrWhiteSpace(h1))
        {
            return DocumentAssembler.Normalize(h1);
        }

        var meta = document.QuerySelector("meta[name=ArticleTitle], meta[property='og:title']")?.GetAttribute("content");
        if (!string.IsNullOrWhiteSpace(meta))
        {
            return DocumentAssembler.Normalize(meta);
        }

        // "<title>通知标题_某市人民政府门户网站</title>": the site's name follows a separator.
        var pageTitle = document.Title;
        if (string.IsNullOrWhiteSpace(pageTitle))
        {
            return null;
        }

        var first = TitleSeparator().Split(pageTitle).FirstOrDefault(p => p.Trim().Length > 0);
        return first is null ? null : DocumentAssembler.Normalize(first);
    }

    private static DateOnly? PublishedOn(IHtmlDocument document, IHtmlElement body)
    {
        foreach (var name in PublishedMeta)
        {
            var content = document.QuerySelector($"meta[name='{name}'], meta[property='{name}']")?.GetAttribute("content");
            if (content is not null && ChineseDates.FindFirst(content) is { } date)
            {
                return date;
            }
        }

        var labelled = PublishedLine().Match(body.TextContent);
        return labelled.Success ? ChineseDates.FindFirst(labelled.Groups["d"].Value) : null;
    }

    // <main>/<article> when the page marks its content; otherwise the deepest element that still holds most of the
    // page's non-link text.
    private static IElement ContentRoot(IHtmlElement body, CancellationToken cancellationToken)
    {
        var marked = body.QuerySelectorAll("main, article, [role=main]").OrderByDescending(e => NonLinkLength(e)).FirstOrDefault();
        if (marked is not null && NonLinkLength(marked) >= ContentShare * NonLinkLength(body))
        {
            return marked;
        }

        var total = NonLinkLength(body);
        IElement current = body;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var next = current.Children.FirstOrDefault(c => NonLinkLength(c) >= ContentShare * total);
            if (next is null || next.LocalName is "p" or "table" or "ul" or "ol")
            {
                return current;
            }

            current = next;
        }
    }

    // The information lines and the label-and-value pairs of an information table that stand before the content root,
    // outside it, in document order.
    private static List<string> InformationBefore(IHtmlElement body, IElement root, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        foreach (var element in body.Descendants<IElement>())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (element == root || element.Contains(root) || root.Contains(element) || InsideTable(element, root))
            {
                continue;
            }

            if ((element.CompareDocumentPosition(root) & DocumentPositions.Following) == 0)
            {
                break;
            }

            if (element is IHtmlTableElement table)
            {
                lines.AddRange(Walker.InfoPairs(table));
                continue;
            }

            if (element.Children.Any(c => BlockElements.Contains(c.LocalName)))
            {
                continue;
            }

            lines.AddRange(element.TextContent.Split('\n').Select(DocumentAssembler.Normalize).Where(InformationLine.Is));
        }

        return lines.Distinct(StringComparer.Ordinal).ToList();
    }

    // A cell's text is its table's: an information table is read as a whole, a data table is no information line.
    private static bool InsideTable(IElement element, IElement root) =>
        element.ParentElement?.Closest("table") is { } table && !table.Contains(root);

    private static void RemoveLinkLists(IElement root, CancellationToken cancellationToken)
    {
        foreach (var block in root.QuerySelectorAll("div, ul, ol, p, section, span, dl, td").Reverse().ToList())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var length = TextLength(block.TextContent);
            if (length == 0)
            {
                continue;
            }

            var links = block.QuerySelectorAll("a").Sum(a => TextLength(a.TextContent));
            if ((links / (double)length > MaxLinkDensity && length < 2000) || (length <= MaxChromeLineLength && ChromeLine().IsMatch(Squash(block.TextContent))))
            {
                block.Remove();
            }
        }
    }

    private static DocumentRefusedException TooDeep() =>
        new(DocumentRefusalKind.TooLarge, $"网页的元素嵌套超过 {MaxNesting} 层，不像正常的网页，未予读取：请另存为正常网页或 PDF 后再上传。");

    // Iterative, so that the depth of a hostile page cannot overflow the stack while it is measured.
    private static int DeepestNesting(IElement root, CancellationToken cancellationToken)
    {
        var deepest = 0;
        var pending = new Stack<(IElement Element, int Depth)>();
        pending.Push((root, 1));
        while (pending.Count > 0)
        {
            var (element, depth) = pending.Pop();
            if (depth > deepest)
            {
                deepest = depth;
                if (deepest > MaxNesting)
                {
                    return deepest;
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            foreach (var child in element.Children)
            {
                pending.Push((child, depth + 1));
            }
        }

        return deepest;
    }

    private static int NonLinkLength(IElement element) =>
        TextLength(element.TextContent) - element.QuerySelectorAll("a").Sum(a => TextLength(a.TextContent));

    private static int TextLength(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                count++;
            }
        }

        return count;
    }

    private static string Squash(string text) => DocumentAssembler.Normalize(text);

    /// <summary>Turns the content tree into blocks, in document order.</summary>
    private sealed class Walker(DocumentAssembler assembler, string? title, CancellationToken cancellationToken)
    {
        private readonly StringBuilder _inline = new();

        public void Visit(IElement element)
        {
            foreach (var node in element.ChildNodes)
            {
                cancellationToken.ThrowIfCancellationRequested();
                switch (node)
                {
                    case IText text:
                        _inline.Append(text.Data);
                        break;
                    case IElement child when child.LocalName == "br":
                        _inline.Append('\n');
                        break;
                    case IElement child when !BlockElements.Contains(child.LocalName):
                        VisitInline(child);
                        break;
                    case IElement child:
                        Flush();
                        VisitBlock(child);
                        break;
                }
            }

            Flush();
        }

        private void VisitInline(IElement element)
        {
            if (element.ChildElementCount == 0 || element.Children.All(c => !BlockElements.Contains(c.LocalName)))
            {
                _inline.Append(InlineText(element));
                return;
            }

            Visit(element);
        }

        private void VisitBlock(IElement element)
        {
            switch (element.LocalName)
            {
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    assembler.AddHeading(element.TextContent);
                    break;
                case "li":
                    VisitListItem(element);
                    break;
                case "table" when element is IHtmlTableElement info && InfoPairs(info) is { Count: > 0 } pairs:
                    // A page's information table (索引号, 文号, 发布机构, 发布日期, 有效性) is no data: each label and its
                    // value is a line of its own ("文号：某发〔2026〕7号"), where the metadata reader looks for them.
                    foreach (var pair in pairs)
                    {
                        assembler.AddParagraph(pair);
                    }

                    break;
                case "table" when element is IHtmlTableElement table && IsDataTable(table):
                    HtmlTables.Emit(table, assembler, title);
                    break;
                case "p" or "dd" or "dt" or "pre" or "address" or "figcaption" or "blockquote" when !element.Children.Any(c => BlockElements.Contains(c.LocalName)):
                    AddParagraphs(InlineText(element));
                    break;
                default:
                    Visit(element);
                    break;
            }
        }

        private void VisitListItem(IElement item)
        {
            var label = "";
            if (item.ParentElement is IHtmlOrderedListElement list)
            {
                var index = list.Children.Where(c => c.LocalName == "li").ToList().IndexOf(item);
                label = $"{list.Start + index}. ";
            }

            if (item.Children.Any(c => BlockElements.Contains(c.LocalName) && c.LocalName is not ("p" or "div" or "span")))
            {
                Visit(item);
                return;
            }

            assembler.AddListItem(label + InlineText(item));
        }

        private void Flush()
        {
            if (_inline.Length > 0)
            {
                AddParagraphs(_inline.ToString());
                _inline.Clear();
            }
        }

        private void AddParagraphs(string text)
        {
            foreach (var line in text.Split('\n'))
            {
                var squashed = DocumentAssembler.Normalize(line);
                if (squashed.Length == 0 || (squashed.Length <= MaxChromeLineLength && (ChromeLine().IsMatch(squashed) || InfoLine().IsMatch(squashed))))
                {
                    continue;
                }

                assembler.AddParagraph(squashed);
            }
        }

        private static string InlineText(IElement element)
        {
            var text = new StringBuilder();
            foreach (var node in element.Descendants())
            {
                if (node is IText t)
                {
                    text.Append(t.Data);
                }
                else if (node is IElement { LocalName: "br" })
                {
                    text.Append('\n');
                }
            }

            return text.ToString();
        }

        // The label-and-value pairs of an information table: every cell either a short label ending in a colon with
        // its value after it ("文号：某发〔2026〕7号") or a bare label ("文号：") whose value is the next cell, and no
        // header cells. Empty when the table is anything else, or has no 文号, 发布 or 有效性 label.
        internal static List<string> InfoPairs(IHtmlTableElement table)
        {
            var pairs = new List<string>();
            if (table.QuerySelector("table, th") is not null)
            {
                return [];
            }

            foreach (var row in table.Rows)
            {
                var cells = row.Cells.Select(c => DocumentAssembler.Normalize(c.TextContent)).Where(c => c.Length > 0).ToList();
                for (var i = 0; i < cells.Count; i++)
                {
                    if (InfoLabel().Match(cells[i]) is not { Success: true } label)
                    {
                        return [];
                    }

                    var value = label.Groups["value"].Value.Trim();
                    if (value.Length == 0)
                    {
                        if (i + 1 >= cells.Count || InfoLabel().IsMatch(cells[i + 1]))
                        {
                            continue;
                        }

                        value = cells[++i];
                    }

                    pairs.Add(label.Groups["label"].Value + "：" + value);
                }
            }

            return pairs.Any(p => InfoKey().IsMatch(p)) ? pairs : [];
        }

        // Layout tables (one column, one row, nested tables or long prose in cells) are read as containers.
        private static bool IsDataTable(IHtmlTableElement table)
        {
            var rows = table.Rows.ToList();
            if (rows.Count < 2 || table.QuerySelector("table") is not null)
            {
                return false;
            }

            var columns = rows.Max(r => r.Cells.Sum(c => Math.Max(1, c.ColumnSpan)));
            var cells = rows.SelectMany(r => r.Cells).ToList();
            return columns >= 2 && cells.Count > 0 && cells.Average(c => TextLength(c.TextContent)) <= 150;
        }
    }

    // A cell of an information table: a label of a few characters, a colon, and the value or nothing.
    [GeneratedRegex(@"^(?<label>[\p{IsCJKUnifiedIdeographs}]{2,6})\s*[:：]\s*(?<value>.{0,80})$")]
    private static partial Regex InfoLabel();

    [GeneratedRegex(@"^(?:文号|发文字号|发文机关|发文单位|发布机构|发布单位|发布日期|成文日期|有效性|时效性)：")]
    private static partial Regex InfoKey();

    [GeneratedRegex(@"\s*[_|｜]\s*|\s+[-－—]\s+")]
    private static partial Regex TitleSeparator();

    [GeneratedRegex(@"(?:发布时间|发布日期|发文日期|时间|日期)\s*[:：]\s*(?<d>[^\n]{6,24})")]
    private static partial Regex PublishedLine();

    // Lines of page furniture a content area still holds: share bars, print/close links, font-size switches, pagers.
    [GeneratedRegex(@"^(?:分享到|【?打印|【?关闭|字号|【?字体|上一篇|下一篇|相关链接|相关文章|责任编辑|扫一扫|当前位置|您当前的位置|您的位置)")]
    private static partial Regex ChromeLine();

    // The article's information line: its date is kept as metadata, the line itself is not content.
    [GeneratedRegex(@"^(?:发布时间|发布日期|信息来源|来源)[:：].*(?:来源|浏览|点击|阅读|作者|发布时间|字号)")]
    private static partial Regex InfoLine();
}
