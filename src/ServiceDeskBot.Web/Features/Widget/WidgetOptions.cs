using System.ComponentModel.DataAnnotations;

namespace ServiceDeskBot.Web.Features.Widget;

/// <summary>Server-side defaults for the citizen chat widget; each may be overridden per page by a data-* attribute.</summary>
public sealed class WidgetOptions
{
    public const string SectionName = "Widget";

    /// <summary>Name of the hosting portal, shown under the widget title. Default 郑州市政务服务网.</summary>
    [Required]
    [MaxLength(40)]
    public string SiteName { get; set; } = "郑州市政务服务网";

    /// <summary>Title of the chat panel and accessible name of the chat bubble. Default 政务智能客服.</summary>
    [Required]
    [MaxLength(30)]
    public string Title { get; set; } = "政务智能客服";

    /// <summary>Primary colour of the bubble and panel header, as #rrggbb. Default #c0392b (government red).</summary>
    [Required]
    [RegularExpression("^#[0-9a-fA-F]{6}$")]
    public string PrimaryColor { get; set; } = "#c0392b";

    /// <summary>Corner the bubble sits in: <c>right</c> or <c>left</c>. Default right.</summary>
    [Required]
    [AllowedValues("right", "left")]
    public string Position { get; set; } = "right";

    /// <summary>
    /// Suggested first questions, shown as buttons under the welcome message (in place of
    /// <c>DirectLine:QuickQuestions</c>) until the citizen asks something; clicking one sends it. At most six.
    /// </summary>
    [MaxLength(6)]
    public IList<string> QuickQuestions { get; } = [];
}
