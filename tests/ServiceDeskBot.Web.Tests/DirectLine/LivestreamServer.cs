namespace ServiceDeskBot.Web.Tests.DirectLine;

/// <summary>The app on loopback with an answer pipeline that streams in several deltas, paced by the test.</summary>
public sealed class LivestreamServer : IDisposable
{
    public LivestreamServer()
    {
        Server = new DirectLineServer(
            new Dictionary<string, string?> { ["DirectLine:StreamChunkMinChars"] = "5" },
            Answers,
            new RecordingFeedbackStore());
    }

    public StreamingAnswerService Answers { get; } = new();

    public DirectLineServer Server { get; }

    public void Dispose()
    {
        Server.Dispose();
        Answers.Gate.Dispose();
    }
}
