using System.Globalization;
using System.Security.Cryptography;

namespace ServiceDeskBot.Core.Storage;

/// <summary>
/// This process among the nodes of an installation: a name that is new at every start (host name, process id and a
/// random suffix), so messages a node sent come back to it recognisably and a restarted node is a new one.
/// </summary>
public sealed class NodeIdentity
{
    public string Id { get; } = string.Create(CultureInfo.InvariantCulture,
        $"{Environment.MachineName}-{Environment.ProcessId}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}");
}
