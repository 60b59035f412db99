namespace ServiceDeskBot.Core.Intents;

/// <summary>The intent labels as staff read them (问题/问候/感谢/转人工/投诉/无关), wherever a page or a reason shows one.</summary>
public static class IntentNames
{
    /// <summary>The Chinese name of <paramref name="label"/>; an unknown label is shown as it is.</summary>
    public static string Chinese(string? label) => label switch
    {
        IntentLabels.Question => "问题",
        IntentLabels.Greeting => "问候",
        IntentLabels.Thanks => "感谢",
        IntentLabels.Handoff => "转人工",
        IntentLabels.Complaint => "投诉",
        IntentLabels.OutOfScope => "无关",
        null or "" => "未知",
        _ => label,
    };
}
