namespace ServiceDeskBot.Core.Tests.Ingestion;

/// <summary>A made-up service guide in Markdown, about a service no seed article mentions.</summary>
internal static class CorpusTexts
{
    public const string GuideFileName = "青禾驿站办事指南.md";

    public const string Guide = """
        # 青禾驿站便民服务指南

        ## 一、服务地点

        **青禾驿站**设在示例街道社区服务中心一楼，提供证明开具、社保咨询等便民服务。
        驿站工作日上午九点至下午五点开放，周末不对外办公。

        ## 二、办理材料

        - 申请人本人有效身份证件原件。
        - 委托他人办理的，还需提供委托书和受托人身份证件。
        """;
}
