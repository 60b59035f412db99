namespace ServiceDeskBot.Core.Tests.Answering;

/// <summary>
/// An invented news report as the whole corpus: a sentence that opens with its date and reports a meeting and what the
/// meeting asked for in its later clauses, so the date stands apart from the words a question names the meeting by.
/// </summary>
public sealed class DatedSentenceReportFixture() : InventedReportFixture(Source, Report)
{
    internal const string Source = "901_invented_flood_drill.txt";

    // Invented for the test (an invented district, office and drill); nothing taken from the seeds or the dev set.
    private const string Report = """
        松林区组织汛前应急演练

        5月27日，松林区在河湾公园举行汛前防汛应急演练，区应急管理局组织抢险队伍开展堤坝巡查、管涌封堵和群众转移三个科目的实战演练，检验各街道的应急响应能力。

        区应急管理局负责人介绍，今年全区共储备编织袋两万条、救生衣八百件，汛期实行二十四小时值班制度。
        """;
}
