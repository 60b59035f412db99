namespace ServiceDeskBot.Web.Features.Conversations;

/// <summary>Where a turn came from, as staff read it.</summary>
public static class ChannelNames
{
    public const string WebChat = "webchat";

    public const string Console = "console";

    public const string Api = "api";

    public static string Chinese(string? channel) => channel switch
    {
        WebChat => "市民对话",
        Console => "工作台测试",
        Api => "接口调用",
        null or "" => "未知",
        _ => channel,
    };
}
