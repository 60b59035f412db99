namespace ServiceDeskBot.Web.Features.Widget;

/// <summary>The widget defaults as <c>/embed.js</c> reads them from <c>GET /api/widget/config</c>.</summary>
public sealed record WidgetSettings(
    string SiteName,
    string Title,
    string PrimaryColor,
    string Position,
    IReadOnlyList<string> QuickQuestions);
