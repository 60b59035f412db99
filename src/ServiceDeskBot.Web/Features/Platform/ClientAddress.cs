using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ServiceDeskBot.Web.Features.Platform;

/// <summary>
/// The caller's address as limits count it: the connection's (already replaced by a trusted proxy's forwarded header,
/// see <see cref="ForwardedHeadersSettings"/>); IPv4-mapped addresses as IPv4; IPv6 by its /64 prefix, because one
/// subscriber is handed a whole /64 and could otherwise take a fresh address for every request.
/// </summary>
internal static class ClientAddress
{
    public static string Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6 || IPAddress.IsLoopback(address))
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes).ToString() + "/64";
    }

    /// <summary>Partition key for a limiter: the caller's address, prefixed so partitions of different kinds never meet.</summary>
    public static string PartitionKey(string kind, HttpContext context) =>
        string.Create(CultureInfo.InvariantCulture, $"{kind}:{Of(context)}");
}
