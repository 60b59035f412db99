namespace ServiceDeskBot.Core.Storage;

/// <summary>The database cannot be used (not configured, unreachable, schema behind): the service must not start.</summary>
public sealed class DatabaseStartupException : Exception
{
    public DatabaseStartupException()
    {
    }

    public DatabaseStartupException(string message) : base(message)
    {
    }

    public DatabaseStartupException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
