using ServiceDeskBot.Core.Ingestion;

namespace ServiceDeskBot.Core.Tests.Ingestion;

/// <summary>Cleaning checked against the OCR artefacts actually present in the seed articles.</summary>
public sealed class TextCleanerSeedTests
{
    public static TheoryData<string> Seeds => new(SeedArticles.Prefixes);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Clean_leaves_no_full_width_letters_digits_or_punctuation(string prefix)
    {
        var document = SeedArticles.Clean(prefix);

        var fullWidth = document.Text.Where(c => c is >= '\uFF01' and <= '\uFF5E' or '\u3000').ToList();

        Assert.Empty(fullWidth);
    }

    [Fact]
    public void Clean_turns_the_full_width_commas_of_004_into_ascii_commas()
    {
        var raw = SeedArticles.Raw("004");
        Assert.Contains('，', raw);

        var document = SeedArticles.Clean("004");

        Assert.DoesNotContain('，', document.Text);
        Assert.Contains("“一号工程”,加强重大项目谋划储备,", document.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("000", "办好“一件事”")]
    [InlineData("001", "通过\"现场检查、现场观摩")]
    [InlineData("003", "一季度“开门红”进行了安排部署")]
    [InlineData("003", "李晓雷指出,从各项指标预计完成情况和观摩情况看")]
    [InlineData("004", "政策性资金争取作为")]
    public void Clean_joins_a_line_broken_mid_sentence_into_one_paragraph(string prefix, string joined)
    {
        var document = SeedArticles.Clean(prefix);

        var paragraphs = SeedArticles.BlockTexts(document, TextBlockKind.Paragraph);

        Assert.Contains(paragraphs, p => p.Contains(joined, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Clean_keeps_each_block_on_one_line(string prefix)
    {
        var document = SeedArticles.Clean(prefix);

        var broken = document.Blocks.Select(document.BlockText).Where(t => t.Contains('\n', StringComparison.Ordinal));

        Assert.Empty(broken);
    }

    [Fact]
    public void Clean_removes_the_vertical_one_character_header_run_of_001()
    {
        var raw = SeedArticles.Raw("001");
        Assert.Contains("九", raw.Split('\n').Select(l => l.Trim()));

        var document = SeedArticles.Clean("001");

        var tinyBlocks = document.Blocks.Select(document.BlockText).Where(t => t.Length <= 4).ToList();
        Assert.Empty(tinyBlocks);
        Assert.DoesNotContain("点担当", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_removes_the_garbled_fragment_of_001_and_ends_its_paragraph_there()
    {
        var document = SeedArticles.Clean("001");

        var paragraphs = SeedArticles.BlockTexts(document, TextBlockKind.Paragraph).ToList();

        Assert.DoesNotContain("Bh#R", document.Text, StringComparison.Ordinal);
        var garbledIndex = paragraphs.FindIndex(p => p.Contains("让\"消费\"成为经济高质量发展的", StringComparison.Ordinal));
        Assert.EndsWith("成为经济高质量发展的", paragraphs[garbledIndex], StringComparison.Ordinal);
        Assert.StartsWith("稳定和扩大传统消费", paragraphs[garbledIndex + 1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("5所 医院", "5所医院")]
    [InlineData("投 用", "确保3所建成投用")]
    [InlineData("\"五 医\"", "\"五医\"")]
    public void Clean_removes_OCR_spaces_inside_Chinese_text(string spaced, string expected)
    {
        Assert.Contains(spaced, SeedArticles.Raw("001"), StringComparison.Ordinal);

        var document = SeedArticles.Clean("001");

        Assert.DoesNotContain(spaced, document.Text, StringComparison.Ordinal);
        Assert.Contains(expected, document.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("001", "聚焦科技创新抓产业,发展动能更加强劲")]
    [InlineData("001", "持续抓好项目建设")]
    [InlineData("004", "——访二七区委书记樊惠林")]
    public void Clean_keeps_headlines_and_section_headings_as_heading_blocks(string prefix, string heading)
    {
        var document = SeedArticles.Clean(prefix);

        var headings = SeedArticles.BlockTexts(document, TextBlockKind.Heading);

        Assert.Contains(headings, h => h.Contains(heading, StringComparison.Ordinal));
    }

    [Fact]
    public void Clean_titles_003_with_its_headline()
    {
        var document = SeedArticles.Clean("003");

        Assert.StartsWith("中原区举行重大项目建设观摩", document.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_titles_002_with_its_headline_although_a_lead_paragraph_precedes_it()
    {
        var document = SeedArticles.Clean("002");

        Assert.Equal(TextBlockKind.Paragraph, document.Blocks[0].Kind);
        Assert.StartsWith("市委十二届七次全会暨市委经济工作会议精神在全市引发热烈反响", document.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("召开后", document.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_ends_a_paragraph_at_a_byline_so_the_next_headline_stays_a_heading()
    {
        var document = SeedArticles.Clean("002");

        var bylineIndex = document.Blocks.ToList().FindIndex(b => document.BlockText(b).EndsWith("王思俊", StringComparison.Ordinal));

        Assert.Equal(TextBlockKind.Paragraph, document.Blocks[bylineIndex].Kind);
        var next = document.Blocks[bylineIndex + 1];
        Assert.Equal(TextBlockKind.Heading, next.Kind);
        Assert.StartsWith("市委十二届七次全会暨市委经济工作会议精神", document.BlockText(next), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Clean_gives_every_seed_a_title_that_is_one_of_its_headings(string prefix)
    {
        var document = SeedArticles.Clean(prefix);

        var firstHeading = SeedArticles.BlockTexts(document, TextBlockKind.Heading).First();

        Assert.StartsWith(firstHeading, document.Title, StringComparison.Ordinal);
    }
}
