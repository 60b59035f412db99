using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Data;

namespace ServiceDeskBot.Browser.Tests;

[SuppressMessage("Design", "CA1001", Justification = "xUnit disposes the test through IAsyncLifetime.DisposeAsync.")]
public sealed class DashboardTests : IAsyncLifetime
{
    private readonly DirectoryInfo _dataDirectory = Directory.CreateTempSubdirectory("servicedeskbot-dashboard-");
    private DashboardSiteFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private Uri _baseAddress = null!;

    public async Task InitializeAsync()
    {
        _factory = new DashboardSiteFactory(_dataDirectory.FullName);
        _baseAddress = _factory.StartAndGetAddress();
        _playwright = await Playwright.CreateAsync();
        _browser = await HeadlessChromium.LaunchAsync(_playwright);
    }

    [Fact]
    public async Task Dashboard_draws_its_charts_from_the_ask_log_with_the_local_chart_library()
    {
        var log = _factory!.Services.GetRequiredService<AskLog>();
        await log.AppendAsync(new AskLogEntry { Channel = "webchat", Question = "公积金怎么提取", Intent = "question", Answered = true, Mode = AnswerMode.Template }, CancellationToken.None);
        await log.AppendAsync(new AskLogEntry { Channel = "webchat", Question = "护照在哪办", Intent = "question", Answered = false, Mode = AnswerMode.Fallback }, CancellationToken.None);
        await log.AppendAsync(new AskLogEntry { Channel = "webchat", Question = "你好", Intent = "greeting", Answered = false, Mode = AnswerMode.Fallback }, CancellationToken.None);
        await using var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _baseAddress.ToString(),
            ExtraHTTPHeaders = new Dictionary<string, string> { [HeaderSignInHandler.UserHeader] = "admin", [HeaderSignInHandler.RolesHeader] = "Admin" },
        });
        var page = await context.NewPageAsync();
        var requests = new List<Uri>();
        page.Request += (_, request) => requests.Add(new Uri(request.Url));

        await page.GotoAsync("/Admin/Dashboard");
        await page.WaitForSelectorAsync("body[data-dashboard=drawn]");

        var dailyTotal = await page.EvaluateAsync<int>("Chart.getChart('chart-daily').data.datasets[0].data.reduce((a, b) => a + b, 0)");
        var intents = await page.EvaluateAsync<JsonElement>("Chart.getChart('chart-intents').data.labels");
        var canvasWidth = await page.EvaluateAsync<int>("document.getElementById('chart-modes').width");
        Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", "admin-dashboard.png"), FullPage = true });
        Assert.Equal(3, dailyTotal);
        Assert.Equal(["业务咨询", "问候"], intents.EnumerateArray().Select(l => l.GetString()));
        Assert.True(canvasWidth > 0);
        Assert.Contains(requests, uri => uri.AbsolutePath == "/lib/chartjs/chart.umd.min.js");
        Assert.All(requests, uri => Assert.True(uri.IsLoopback, $"request left the machine: {uri}"));
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        _dataDirectory.Delete(recursive: true);
    }
}
