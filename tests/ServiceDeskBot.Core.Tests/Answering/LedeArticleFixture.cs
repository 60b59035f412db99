namespace ServiceDeskBot.Core.Tests.Answering;

/// <summary>An invented news report as the whole corpus: a meeting dated once, in the report's lede, and what was said at it in later sentences.</summary>
public sealed class LedeArticleFixture() : InventedReportFixture(Source, Report)
{
    internal const string Source = "900_invented_heating_meeting.txt";

    // Invented for the test (an invented district, people and meeting); nothing taken from the seeds or the dev set.
    private const string Report = """
        青禾区召开冬季供暖保障工作推进会

        本报讯 11月20日，青禾区召开冬季供暖保障工作推进会，总结前期供暖准备工作，部署今冬供暖保障任务。

        会上，区住建局局长周明远通报了全区老旧供暖管网改造进度，区热力公司汇报了锅炉检修情况。区城管局、各街道负责同志分别作了表态发言。

        副区长韩立新主持会议并讲话。他要求，各部门要抓紧补齐供暖设施短板，确保群众温暖过冬。
        """;
}
