using ServiceDeskBot.Core.Ingestion.Formats;

namespace ServiceDeskBot.Core.Tests.Ingestion.Formats;

public sealed class TableRowTextTests
{
    [Fact]
    public void A_row_is_written_as_caption_then_header_value_pairs()
    {
        var line = TableRowText.Format("表1 补贴标准", ["类别", "补贴金额"], ["个人", "30万元"]);

        Assert.Equal("表1 补贴标准｜类别：个人；补贴金额：30万元", line);
    }

    [Fact]
    public void Empty_cells_are_left_out()
    {
        var line = TableRowText.Format("收费", ["事项", "备注", "金额"], ["换证", "", "20元"]);

        Assert.Equal("收费｜事项：换证；金额：20元", line);
    }

    [Fact]
    public void Line_breaks_and_separators_inside_a_cell_become_spaces()
    {
        var line = TableRowText.Format("收费", ["事项"], ["换证\n补证|挂失"]);

        Assert.Equal("收费｜事项：换证 补证 挂失", line);
    }
}
