namespace ServiceDeskBot.Web.Tests.DirectLine;

/// <summary>
/// The app on loopback with its real answer pipeline (retrieval over the repository's seeds, template answers, ask log
/// in SQLite) and no LLM configured, so replies are deterministic.
/// </summary>
public sealed class RealPipelineServer : IDisposable
{
    public RealPipelineServer()
    {
        Server = new DirectLineServer(new Dictionary<string, string?> { ["Llm:Provider"] = "none" }, answers: null, feedback: null);
    }

    public DirectLineServer Server { get; }

    /// <summary>A client for an app whose index has finished loading.</summary>
    public async Task<DirectLineClient> CreateReadyClientAsync()
    {
        var client = new DirectLineClient(Server.CreateClient());
        var deadline = DateTime.UtcNow + DirectLineClient.PatienceForBotTurn;
        while (true)
        {
            using var response = await client.Http.GetAsync(new Uri("/healthz", UriKind.Relative));
            if (response.IsSuccessStatusCode)
            {
                return client;
            }

            if (DateTime.UtcNow > deadline)
            {
                client.Dispose();
                throw new TimeoutException("The application did not become healthy.");
            }

            await Task.Delay(50);
        }
    }

    public void Dispose() => Server.Dispose();
}
