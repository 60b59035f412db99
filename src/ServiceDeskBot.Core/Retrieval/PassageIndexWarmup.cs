using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ServiceDeskBot.Core.Retrieval;

/// <summary>Loads the passage index in the background at start-up; health checks report ready once it is in.</summary>
public sealed partial class PassageIndexWarmup(
    PassageIndexLoader loader, PassageRetriever retriever, ILogger<PassageIndexWarmup> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.Run(() =>
        {
            try
            {
                retriever.Use(loader.Load());
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                LogFailed(logger, ex);
                throw;
            }
        }, stoppingToken);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The passage index could not be loaded")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
