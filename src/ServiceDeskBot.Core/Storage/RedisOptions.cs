using System.ComponentModel.DataAnnotations;

namespace ServiceDeskBot.Core.Storage;

/// <summary>
/// The Redis server that lets several nodes of one installation act as one service: conversation fan-out, "answered
/// once" claims, follow-up memory, shared rate-limit budgets and the change signal. Empty (the default) is a single
/// node with all of that in process.
/// </summary>
public sealed class RedisOptions : IValidatableObject
{
    public const string SectionName = "Redis";

    /// <summary>
    /// A StackExchange.Redis configuration string, e.g. <c>redis.internal:6379,password=...,ssl=true</c> (a secret when
    /// it holds a password). Empty: a single node, nothing shared. Set: every node needs
    /// <c>Database:Provider=PostgreSQL</c> on the same database; the keys are namespaced by the installation, so
    /// several installations may share one Redis.
    /// </summary>
    public string Configuration { get; set; } = "";

    /// <summary>How long connecting (at start and after an outage) may take before a try is given up, in milliseconds. Default 2000.</summary>
    [Range(100, 60_000)]
    public int ConnectTimeoutMs { get; set; } = 2000;

    /// <summary>How long one Redis command may take before the node treats Redis as down for it, in milliseconds. Default 1000.</summary>
    [Range(50, 60_000)]
    public int CommandTimeoutMs { get; set; } = 1000;

    /// <summary>True when a Redis server is configured, i.e. the node is one of several.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Configuration);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsConfigured)
        {
            yield break;
        }

        string? problem = null;
        try
        {
            StackExchange.Redis.ConfigurationOptions.Parse(Configuration);
        }
        catch (ArgumentException ex)
        {
            problem = ex.Message;
        }

        if (problem is not null)
        {
            yield return new ValidationResult($"Redis:Configuration is not a StackExchange.Redis configuration string: {problem}", [nameof(Configuration)]);
        }
    }
}
