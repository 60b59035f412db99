namespace ServiceDeskBot.Core.Intents;

/// <summary>The columns read back from the ML.NET pipeline.</summary>
internal sealed class IntentModelOutput
{
    public string PredictedLabel { get; set; } = "";

    public float[] Score { get; set; } = [];
}
