namespace ServiceDeskBot.Core.Tests.Answering;

/// <summary>
/// An invented news report as the whole corpus: a district's list of livelihood projects, one paragraph per project,
/// so a question about one project meets the others' paragraphs as runners-up.
/// </summary>
public sealed class LivelihoodReportFixture() : InventedReportFixture(Source, Report)
{
    internal const string Source = "900_invented_qinghe_livelihood.txt";

    // Invented for the test (an invented district and figures); nothing taken from the seeds or any evaluation set.
    private const string Report = """
        青禾区发布今年民生实事清单

        本报讯 青禾区近日发布今年民生实事清单，老旧小区改造、养老助餐和停车设施建设列入其中。

        老旧小区改造方面，青禾区今年计划改造老旧小区42个，改造内容包括加装电梯、更新供水管网和整治楼道环境，惠及居民1.2万户。

        养老服务方面，青禾区将新建社区老年食堂15家，为辖区80岁以上老人提供上门送餐和堂食服务，并为独居老人安装紧急呼叫设备。

        停车设施方面，青禾区将在医院、学校周边新增公共停车泊位3000个，缓解群众停车难问题。

        助餐服务由街道统一招标的餐饮企业承担，老人凭老年卡就餐可享受每餐3元的补贴，子女也可在线为老人预订。

        区民政局表示，老年食堂将优先布局在老年人口集中的社区，力争年底前实现街道全覆盖。
        """;
}
