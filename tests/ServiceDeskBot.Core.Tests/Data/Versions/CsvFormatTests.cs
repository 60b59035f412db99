using System.Text;

using ServiceDeskBot.Core.Data;

namespace ServiceDeskBot.Core.Tests.Data.Versions;

public sealed class CsvFormatTests
{
    [Fact]
    public void Round_trip_keeps_quotes_commas_newlines_and_chinese()
    {
        IReadOnlyList<string>[] records =
        [
            ["id", "text"],
            ["1", "他说：\"你好\"，然后离开"],
            ["2", "第一行\r\n第二行,带逗号"],
            ["3", ""],
        ];

        var parsed = CsvFormat.Read(CsvFormat.Write(records));

        Assert.Equal(records.Length, parsed.Count);
        for (var i = 0; i < records.Length; i++)
        {
            Assert.Equal(records[i], parsed[i]);
        }
    }

    [Fact]
    public void Bytes_start_with_a_utf8_byte_order_mark()
    {
        var bytes = CsvFormat.ToBytes([["问题"]]);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal("问题\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void Read_ignores_a_leading_byte_order_mark_and_accepts_lf_line_ends()
    {
        var parsed = CsvFormat.Read("\uFEFFa,b\nc,d\n");

        Assert.Equal(["a", "b"], parsed[0]);
        Assert.Equal(["c", "d"], parsed[1]);
    }

    [Fact]
    public void Read_rejects_an_unclosed_quote()
    {
        var error = Assert.Throws<FormatException>(() => CsvFormat.Read("a,b\n\"open,c\n"));

        Assert.Contains("第 2 行", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_quotes_fields_with_separators_and_doubles_quotes()
    {
        var text = CsvFormat.Write([["a,b", "say \"hi\"", "plain"]]);

        Assert.Equal("\"a,b\",\"say \"\"hi\"\"\",plain\r\n", text);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"点我\")")]
    [InlineData("+1+cmd|' /C calc'!A0")]
    [InlineData("-2+3")]
    [InlineData("@SUM(1,2)")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    public void Write_prefixes_a_field_a_spreadsheet_would_run_as_a_formula(string value)
    {
        var text = CsvFormat.Write([[value]]);

        var cell = text.TrimStart('"');
        Assert.Equal('\'', cell[0]);
        Assert.Equal(value[0], cell[1]);
    }

    [Theory]
    [InlineData("=1+1")]
    [InlineData("'=1+1")]
    [InlineData("''@cmd")]
    [InlineData("'plain")]
    [InlineData("-")]
    [InlineData("\t\t-")]
    public void Formula_guard_round_trips_to_the_original_value(string value)
    {
        var parsed = CsvFormat.Read(CsvFormat.Write([[value, "x"]]));

        Assert.Equal([value, "x"], parsed[0]);
    }

    [Fact]
    public void Write_leaves_ordinary_fields_unprefixed()
    {
        var text = CsvFormat.Write([["社保卡怎么补办", "12345", "'引号开头"]]);

        Assert.Equal("社保卡怎么补办,12345,'引号开头\r\n", text);
    }
}
