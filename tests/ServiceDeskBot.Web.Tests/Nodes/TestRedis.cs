using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ServiceDeskBot.Web.Tests.Nodes;

/// <summary>
/// Redis for the tests: the server <c>./test.sh</c> starts and names in <see cref="ServerVariable"/> (shared by the
/// two-node tests), or, for tests that stop and start Redis, a <c>redis-server</c> process of their own on a free
/// loopback port. Without the variable or the binary a test fails: it never skips.
/// </summary>
public sealed class TestRedis : IAsyncDisposable
{
    public const string ServerVariable = "SERVICEDESK_TEST_REDIS";

    private const string ServerBinary = "/usr/bin/redis-server";
    private readonly string _directory;
    private Process? _process;

    private TestRedis(int port, string directory)
    {
        Port = port;
        _directory = directory;
    }

    public int Port { get; }

    /// <summary>The StackExchange.Redis configuration string of this server.</summary>
    public string Configuration => $"127.0.0.1:{Port}";

    /// <summary>The run's shared server.</summary>
    public static string SharedConfiguration()
    {
        var server = Environment.GetEnvironmentVariable(ServerVariable);
        return string.IsNullOrWhiteSpace(server)
            ? throw new InvalidOperationException(
                $"{ServerVariable} is not set: this test needs Redis. Run the tests with ./test.sh, which starts a server for them.")
            : server;
    }

    /// <summary>A redis-server of this test's own, running.</summary>
    public static async Task<TestRedis> StartOwnAsync()
    {
        if (!File.Exists(ServerBinary))
        {
            throw new InvalidOperationException($"{ServerBinary} is missing: ./test.sh installs Debian's redis-server.");
        }

        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var redis = new TestRedis(port, Directory.CreateTempSubdirectory("sdb-redis-").FullName);
        await redis.StartAsync();
        return redis;
    }

    /// <summary>Starts the server (again) on the same port and waits until it accepts connections.</summary>
    public async Task StartAsync()
    {
        var start = new ProcessStartInfo(ServerBinary) { UseShellExecute = false, RedirectStandardOutput = true, WorkingDirectory = _directory };
        foreach (var argument in new[] { "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", _directory })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start)!;
        _process.BeginOutputReadLine();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new TimeoutException($"redis-server did not start on port {Port}.");
    }

    /// <summary>Kills the server (SIGKILL): connections drop at once, as when its machine fails.</summary>
    public async Task StopAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Harmless leftovers in the temp folder.
        }
    }
}
