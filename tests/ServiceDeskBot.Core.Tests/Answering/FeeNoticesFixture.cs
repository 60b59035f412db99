namespace ServiceDeskBot.Core.Tests.Answering;

/// <summary>An invented bathing subsidy rule as the whole corpus: a subsidy a citizen asks about in a fee's words.</summary>
public sealed class FeeNoticesFixture() : InventedReportFixture(Source, Rule)
{
    internal const string Source = "900_invented_bathing_subsidy_2026.md";

    // Invented for the tests (an invented city's body, number and figures); nothing taken from the seeds or the dev set.
    private const string Rule = """
        青禾市老年人助浴服务补贴办法
        青民规〔2026〕2号
        第一条 失能老年人上门助浴服务补贴每次60元，每人每月最多补贴4次。
        第二条 本办法自2026年1月1日起施行。
        青禾市民政局
        2025年12月15日
        """;
}
