using System.Text;

namespace ServiceDeskBot.Web.Tests.Storage;

/// <summary>Made-up service guides about stations no seed article mentions, one station per test.</summary>
internal static class StationGuides
{
    public static byte[] Guide(string station) => Encoding.UTF8.GetBytes($"""
        # {station}便民服务指南

        ## 一、服务地点

        {station}设在示例街道社区服务中心一楼，提供证明开具、社保咨询等便民服务。
        {station}工作日上午九点至下午五点开放，周末不对外办公。

        ## 二、办理材料

        - 申请人本人有效身份证件原件。
        - 委托他人办理的，还需提供委托书和受托人身份证件。
        """);

    public static string Question(string station) => $"{station}几点开放？";
}
