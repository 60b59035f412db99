using System.Text;

namespace ServiceDeskBot.Web.Tests.Platform.Audit;

/// <summary>
/// The audit trail covers every administrative act. Why a new unaudited endpoint fails here: the first test lists
/// the state-changing endpoints of the running app (every non-GET route endpoint and every POST handler of every
/// Razor page, read from the app's <c>EndpointDataSource</c> and each page's compiled handlers, so nobody has to
/// remember to list one) and requires each to be either walked (<see cref="AuditedActs.Walk"/>) or exempt with a
/// reason (<see cref="AuditedActs.Exempt"/>). A new endpoint is in neither and fails it; adding it to the walk makes
/// the second test really call it, and fails that one unless its call leaves an audit row in the caller's name with
/// the expected action and kind of item, an item id and the time of the call. The only way past both is an entry in
/// the exemption table, with its reason in the diff for a reviewer to read. Either test also fails when the table
/// names an endpoint that no longer exists, so it cannot rot.
/// </summary>
public sealed class AdministrativeAuditTests(AuditedSite site) : IClassFixture<AuditedSite>
{
    [Fact]
    public async Task Every_state_changing_endpoint_is_walked_or_exempt_with_a_reason()
    {
        // Arrange
        var walked = AuditedActs.Walk.Select(a => a.Endpoint).ToHashSet(StringComparer.Ordinal);
        var exempt = AuditedActs.Exempt.Keys.ToHashSet(StringComparer.Ordinal);

        // Act
        var endpoints = await StateChangingEndpoints.ListAsync(site.Services);

        // Assert
        Assert.Empty(walked.Intersect(exempt));
        Assert.Empty(endpoints.Except(walked).Except(exempt));
        Assert.Empty(walked.Union(exempt).Except(endpoints));
        Assert.All(AuditedActs.Exempt, e => Assert.False(string.IsNullOrWhiteSpace(e.Value), e.Key));
    }

    [Fact]
    public async Task Every_walked_endpoint_leaves_an_audit_row_with_actor_action_target_and_time()
    {
        // Arrange
        var failures = new StringBuilder();

        // Act: each act in turn, the rows it added read back from the database
        foreach (var act in AuditedActs.Walk)
        {
            var last = await site.LastAuditIdAsync();
            var before = DateTimeOffset.UtcNow.AddSeconds(-1);
            ExpectedAudit expected;
            try
            {
                expected = await act.RunAsync(site);
            }
            catch (Exception ex) when (ex is Xunit.Sdk.XunitException or HttpRequestException or InvalidOperationException or TimeoutException)
            {
                failures.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{act.Endpoint}: the call failed: {ex.Message}");
                continue;
            }

            var after = DateTimeOffset.UtcNow.AddSeconds(1);
            var rows = await site.AuditSinceAsync(last);
            if (!rows.Any(r => r.Author == expected.Author && r.Action == expected.Action && r.EntityType == expected.EntityType
                && r.EntityId.Length > 0 && r.Summary.Length > 0 && r.At >= before && r.At <= after))
            {
                failures.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{act.Endpoint}: no audit row {expected}; found [{string.Join("; ", rows.Select(r => $"{r.Author} {r.Action} {r.EntityType}:{r.EntityId} at {r.At:O}"))}]");
            }
        }

        // Assert
        Assert.True(failures.Length == 0, failures.ToString());
    }
}
