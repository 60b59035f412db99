namespace ServiceDeskBot.Core.Intents;

/// <summary>The row ML.NET trains on and predicts from; <see cref="Text"/> is already normalised.</summary>
internal sealed class IntentModelInput
{
    public string Text { get; set; } = "";

    public string LengthBucket { get; set; } = "";

    public string Label { get; set; } = "";

    public static IntentModelInput From(string text, string label = "")
    {
        var normalized = IntentText.Normalize(text);
        return new IntentModelInput
        {
            Text = normalized,
            LengthBucket = IntentText.LengthBucket(normalized),
            Label = label,
        };
    }
}
