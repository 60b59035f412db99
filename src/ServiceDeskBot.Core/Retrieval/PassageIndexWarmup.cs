using System.Data.Common;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ServiceDeskBot.Core.Retrieval;

/// <summary>Loads the passage index in the background at start-up; health checks report ready once it is in.</summary>
public sealed partial class PassageIndexWarmup(PassageIndexLoader loader, ILogger<PassageIndexWarmup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Run(() => loader.RefreshAsync(cancellationToken: stoppingToken), stoppingToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or DbException)
        {
            LogFailed(logger, ex);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "The passage index could not be loaded")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
