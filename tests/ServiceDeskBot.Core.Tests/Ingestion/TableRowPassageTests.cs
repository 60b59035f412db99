using ServiceDeskBot.Core.Ingestion;

namespace ServiceDeskBot.Core.Tests.Ingestion;

public sealed class TableRowPassageTests
{
    private const string Rows = "收费目录\n收费目录｜事项：居民身份证换领；收费标准：20元\n收费目录｜事项：户口簿补领；收费标准：免费\n";

    [Fact]
    public void Cleaning_keeps_each_table_row_line_a_block_of_its_own()
    {
        var document = TextCleaner.Clean("收费.txt", Rows);

        Assert.Equal(2, document.Blocks.Count(b => b.Kind == TextBlockKind.TableRow));
    }

    [Fact]
    public void Each_table_row_becomes_its_own_passage()
    {
        var document = TextCleaner.Clean("收费.txt", Rows);

        var passages = new PassageSplitter().Split(document);

        Assert.Contains(passages, p => p.Text == "收费目录|事项:户口簿补领;收费标准:免费");
    }

    [Fact]
    public void A_row_with_a_hyphenated_code_is_not_removed_as_garbled_text()
    {
        var document = TextCleaner.Clean("事项.txt", "社保事项｜事项编码：ZY-SB-0104#A；事项名称：灵活就业人员参保登记");

        Assert.Contains("ZY-SB-0104#A", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_copies_of_a_repeated_passage_get_the_ids_of_text_hash_n()
    {
        var line = "本办法适用于本市行政区域内的居住证办理工作，居住证由公安机关统一制发，持证人可以在居住地享受基本公共服务和便利，申请时应当如实提交材料。";
        var document = TextCleaner.Clean("repeat.txt", string.Join("\n\n", Enumerable.Repeat(line, 4)));

        var passages = new PassageSplitter().Split(document);

        var text = passages[0].Text;
        Assert.Equal(
            [PassageSplitter.StableId("repeat.txt", text), PassageSplitter.StableId("repeat.txt", text + "#2"), PassageSplitter.StableId("repeat.txt", text + "#3"), PassageSplitter.StableId("repeat.txt", text + "#4")],
            passages.Select(p => p.Id));
    }

    [Fact]
    public void Twenty_thousand_copies_of_one_line_all_get_distinct_ids()
    {
        var document = TextCleaner.Clean("flood.txt", string.Join("\n\n", Enumerable.Repeat("同一行文字。", 20_000)));

        var passages = new PassageSplitter(10).Split(document);

        Assert.Equal(passages.Count, passages.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count());
    }
}
