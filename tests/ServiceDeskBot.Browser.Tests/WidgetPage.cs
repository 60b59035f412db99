using Microsoft.Playwright;

namespace ServiceDeskBot.Browser.Tests;

/// <summary>
/// The demo page in one fresh browser context, recording every request the page and its frames make. Unless opened
/// with <see cref="OpenWithDirectLineAsync"/>, the Direct Line token is answered by the test so the widget can be
/// checked independently of the Direct Line server.
/// </summary>
public sealed class WidgetPage : IAsyncDisposable
{
    private const string DefaultTitle = "政务智能客服";

    private readonly IBrowserContext _context;
    private readonly List<Uri> _requests = [];
    private readonly List<Uri> _tokenRequests = [];

    private readonly string _title;

    private WidgetPage(IBrowserContext context, IPage page, string title, CspViolations violations)
    {
        _context = context;
        Page = page;
        _title = title;
        CspViolations = violations;
    }

    public IPage Page { get; }

    /// <summary>What the Content-Security-Policy blocked on the page or in the chat frame.</summary>
    public CspViolations CspViolations { get; }

    /// <summary>Every http(s) or ws(s) URL requested so far, in order.</summary>
    public IReadOnlyList<Uri> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>URLs of the POSTs to the Direct Line token endpoint.</summary>
    public IReadOnlyList<Uri> TokenRequests
    {
        get
        {
            lock (_tokenRequests)
            {
                return [.. _tokenRequests];
            }
        }
    }

    public ILocator Bubble => Page.Locator("#servicedesk-widget button.bubble");

    public ILocator Panel => Page.GetByRole(AriaRole.Dialog, new() { Name = _title });

    public IFrameLocator ChatFrame => Page.FrameLocator($"iframe[title='{_title}']");

    public ILocator SendBox => ChatFrame.Locator("[data-id='webchat-sendbox-input']");

    public ILocator BotBubbles => ChatFrame.Locator(".webchat__bubble:not(.webchat__bubble--from-user)");

    /// <summary>Whole bot activities (the like button sits in the activity's status line, outside the bubble).</summary>
    public ILocator BotActivities => ChatFrame.Locator(".webchat__basic-transcript__activity")
        .Filter(new() { Has = ChatFrame.Locator(".webchat__stacked-layout:not(.webchat__stacked-layout--from-user)") });

    /// <summary>Types <paramref name="question"/> once Web Chat is connected and returns the bot reply containing <paramref name="replyText"/>.</summary>
    public async Task<ILocator> AskAsync(string question, string replyText)
    {
        // Web Chat ignores Enter until it is connected; the server's welcome message shows that it is.
        await Assertions.Expect(BotBubbles.First).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await SendBox.FillAsync(question);
        await SendBox.PressAsync("Enter");
        var answer = BotActivities.Filter(new() { HasText = replyText }).Last;
        await Assertions.Expect(answer).ToBeVisibleAsync(new() { Timeout = 20_000 });
        return answer;
    }

    /// <summary>Opens the service's own demo page.</summary>
    public static async Task<WidgetPage> OpenAsync(WidgetSiteFixture site, int width = 1280, int height = 800)
    {
        var widgetPage = await CreateAsync(site, DefaultTitle, width, height, fakeToken: true);
        await widgetPage.Page.GotoAsync("/", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        return widgetPage;
    }

    /// <summary>Opens the demo page with the widget talking to the service's real Direct Line server.</summary>
    public static async Task<WidgetPage> OpenWithDirectLineAsync(WidgetSiteFixture site, int width = 1280, int height = 800)
    {
        var widgetPage = await CreateAsync(site, DefaultTitle, width, height, fakeToken: false);
        await widgetPage.Page.GotoAsync("/", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        return widgetPage;
    }

    /// <summary>Opens a page of another site that embeds the widget.</summary>
    public static async Task<WidgetPage> OpenForeignPageAsync(WidgetSiteFixture site, Uri pageAddress, string title)
    {
        ArgumentNullException.ThrowIfNull(pageAddress);
        var widgetPage = await CreateAsync(site, title, 1280, 800, fakeToken: true);
        await widgetPage.Page.GotoAsync(pageAddress.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        return widgetPage;
    }

    private static async Task<WidgetPage> CreateAsync(WidgetSiteFixture site, string title, int width, int height, bool fakeToken)
    {
        ArgumentNullException.ThrowIfNull(site);
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseAddress.ToString(),
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        var violations = await CspViolations.WatchAsync(context);
        var page = await context.NewPageAsync();
        var widgetPage = new WidgetPage(context, page, title, violations);
        await widgetPage.InterceptAsync(fakeToken);
        return widgetPage;
    }

    public async Task OpenChatAsync()
    {
        await Bubble.ClickAsync();
        await SendBox.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    private async Task InterceptAsync(bool fakeToken)
    {
        _context.Request += (_, request) => Record(_requests, request.Url);
        Page.WebSocket += (_, socket) => Record(_requests, socket.Url);

        // Anything leaving the machine is refused outright, so a CDN dependency fails visibly as well as being logged.
        await _context.RouteAsync("**/*", route => IsLoopback(route.Request.Url) ? route.FallbackAsync() : route.AbortAsync());
        if (!fakeToken)
        {
            return;
        }

        await _context.RouteAsync("**/api/directline/token", async route =>
        {
            if (route.Request.Method != "POST")
            {
                await route.FallbackAsync();
                return;
            }

            Record(_tokenRequests, route.Request.Url);
            await route.FulfillAsync(new RouteFulfillOptions
            {
                Status = 200,
                ContentType = "application/json",
                Body = """{"token":"browser-test-token","expires_in":1800}""",
            });
        });
    }

    private static bool IsLoopback(string url) =>
        !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.IsLoopback || uri.Scheme is "data" or "blob";

    private static void Record(List<Uri> into, string url)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "ws" or "wss")
        {
            lock (into)
            {
                into.Add(uri);
            }
        }
    }
}
