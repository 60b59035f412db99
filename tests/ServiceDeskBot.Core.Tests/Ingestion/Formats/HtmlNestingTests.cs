using ServiceDeskBot.Core.Ingestion.Formats;

namespace ServiceDeskBot.Core.Tests.Ingestion.Formats;

public sealed class HtmlNestingTests
{
    [Fact]
    public void Unclosed_divs_count_as_nesting()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 40)) + "文字</body></html>";

        var deepest = HtmlNesting.Deepest(html, stopAbove: 1000);

        Assert.Equal(40, deepest);
    }

    [Fact]
    public void Closed_siblings_do_not_add_up()
    {
        var html = "<body>" + string.Concat(Enumerable.Repeat("<div><span>文字</span></div>", 500)) + "</body>";

        var deepest = HtmlNesting.Deepest(html, stopAbove: 1000);

        Assert.Equal(2, deepest);
    }

    [Fact]
    public void Paragraphs_and_list_items_without_end_tags_and_void_elements_do_not_count()
    {
        var html = "<div><ul>" + string.Concat(Enumerable.Repeat("<li>事项<br><img src=x.png><p>说明", 300)) + "</ul></div>";

        var deepest = HtmlNesting.Deepest(html, stopAbove: 1000);

        Assert.Equal(2, deepest);
    }

    [Fact]
    public void Tags_inside_comments_scripts_and_styles_are_not_read()
    {
        var many = string.Concat(Enumerable.Repeat("<div>", 50));
        var html = $"<div><!-- {many} --><script>var s = '{many}';</script><style>/* {many} */</style></div>";

        var deepest = HtmlNesting.Deepest(html, stopAbove: 1000);

        Assert.Equal(1, deepest);
    }

    [Fact]
    public void The_scan_stops_at_the_first_depth_over_the_bound()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 100_000));

        var deepest = HtmlNesting.Deepest(html, stopAbove: 256);

        Assert.Equal(257, deepest);
    }
}
