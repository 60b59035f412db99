namespace ServiceDeskBot.Web.Tests.Hostile;

/// <summary>
/// Every hostile request of <see cref="HostileCases"/> against the real app on loopback: it must get its exact
/// status (never a 500 or a hang), and the database and the admins' folders must change by exactly what the case
/// allows, nothing more.
/// </summary>
public sealed class HostileInputTests(HostileSite site) : IClassFixture<HostileSite>
{
    public static TheoryData<string> CaseNames { get; } = [.. HostileCases.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task A_hostile_request_gets_its_exact_status_and_writes_only_what_it_may(string name)
    {
        var hostile = HostileCases.Named(name);

        var (status, writes) = await site.RunAsync(hostile);

        Assert.Equal(hostile.Expected, status);
        Assert.True(
            HostileSite.SameWrites(writes, hostile.Writes),
            $"Expected writes {Describe(hostile.Writes)}, got {Describe(writes)}.");
    }

    [Fact]
    public void The_catalogue_holds_at_least_150_distinct_cases()
    {
        var names = HostileCases.All.Select(c => c.Name).ToList();

        Assert.True(names.Count >= 150, $"{names.Count} cases");
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    private static string Describe(IReadOnlyDictionary<string, long> writes) =>
        !writes.Any(w => w.Value != 0) ? "none" : string.Join(", ", writes.Where(w => w.Value != 0).Select(w => $"{w.Key} {w.Value:+#;-#}"));
}
