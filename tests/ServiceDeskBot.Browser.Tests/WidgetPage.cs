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

    private readonly List<string> _consoleErrors = [];
    private readonly List<Uri> _failedResponses = [];

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

    /// <summary>Console errors of the page and its frames (a failed resource load shows up here too).</summary>
    public IReadOnlyList<string> ConsoleErrors
    {
        get
        {
            lock (_consoleErrors)
            {
                return [.. _consoleErrors];
            }
        }
    }

    /// <summary>URLs that were answered with a 4xx or 5xx status.</summary>
    public IReadOnlyList<Uri> FailedResponses
    {
        get
        {
            lock (_failedResponses)
            {
                return [.. _failedResponses];
            }
        }
    }

    public ILocator Bubble => Page.Locator("#servicedesk-widget button.bubble");

    public ILocator Panel => Page.GetByRole(AriaRole.Dialog, new() { Name = _title });

    public IFrameLocator ChatFrame => Page.FrameLocator($"iframe[title='{_title}']");

    public ILocator SendBox => ChatFrame.Locator("[data-id='webchat-sendbox-input']");

    public ILocator BotBubbles => ChatFrame.Locator(".webchat__bubble:not(.webchat__bubble--from-user)");

    /// <summary>Opens the service's own demo page.</summary>
    public static async Task<WidgetPage> OpenAsync(IWidgetSite site, int width = 1280, int height = 800)
    {
        var widgetPage = await CreateAsync(site, DefaultTitle, width, height, fakeToken: true);
        await widgetPage.Page.GotoAsync("/", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        return widgetPage;
    }

    /// <summary>Opens the demo page with the widget talking to the service's real Direct Line server.</summary>
    public static async Task<WidgetPage> OpenWithDirectLineAsync(IWidgetSite site, int width = 1280, int height = 800)
    {
        var widgetPage = await CreateAsync(site, DefaultTitle, width, height, fakeToken: false);
        await widgetPage.Page.GotoAsync("/", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        return widgetPage;
    }

    /// <summary>Opens a page of another site that embeds the widget.</summary>
    public static async Task<WidgetPage> OpenForeignPageAsync(IWidgetSite site, Uri pageAddress, string title)
    {
        ArgumentNullException.ThrowIfNull(pageAddress);
        var widgetPage = await CreateAsync(site, title, 1280, 800, fakeToken: true);
        await widgetPage.Page.GotoAsync(pageAddress.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        return widgetPage;
    }

    private static async Task<WidgetPage> CreateAsync(IWidgetSite site, string title, int width, int height, bool fakeToken)
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

    /// <summary>The bot's activities in the transcript: each whole row, bubble and status line (time, thumbs, marks).</summary>
    public ILocator BotActivities =>
        ChatFrame.Locator(".webchat__basic-transcript__activity")
            .Filter(new() { Has = ChatFrame.Locator(".webchat__stacked-layout:not(.webchat__stacked-layout--from-user)") });

    /// <summary>The citizen's messages in the transcript.</summary>
    public ILocator UserMessages => ChatFrame.Locator(".webchat__bubble.webchat__bubble--from-user");

    /// <summary>The suggestion buttons Web Chat shows above the send box.</summary>
    public ILocator SuggestedActions => ChatFrame.Locator(".webchat__suggested-action");

    /// <summary>Waits for the server's welcome message: Web Chat ignores Enter until it is connected, and this shows it is.</summary>
    public async Task WaitForWelcomeAsync() =>
        await Assertions.Expect(BotActivities.First).ToBeVisibleAsync(new() { Timeout = 20_000 });

    /// <summary>Types <paramref name="question"/>, sends it, and returns the bot activity that contains <paramref name="expected"/>.</summary>
    public async Task<ILocator> AskAsync(string question, string expected)
    {
        await WaitForWelcomeAsync();
        await SendBox.FillAsync(question);
        await SendBox.PressAsync("Enter");
        var answer = BotActivities.Filter(new() { HasText = expected }).Last;
        await Assertions.Expect(answer).ToBeVisibleAsync(new() { Timeout = 20_000 });
        return answer;
    }

    /// <summary>The citation modal Web Chat opens when a citation in a reply is clicked.</summary>
    public ILocator CitationPopUp => ChatFrame.Locator("dialog.webchat__citation-modal-dialog");

    /// <summary>
    /// Clicks the first citation of <paramref name="answer"/> and waits for its pop-up; returns the citation's title.
    /// Web Chat may still move the transcript after the reply is shown (it scrolls to the bottom and then lays out the
    /// suggestions), so a click can land on the spot the link had a moment before: the click is tried again, up to
    /// three times, when no pop-up opens within 3 s of it.
    /// </summary>
    public async Task<string> OpenFirstCitationAsync(ILocator answer)
    {
        var source = answer.Locator(".webchat__link-definitions__list-item-text").First;
        var title = (await source.InnerTextAsync()).Trim();
        for (var attempt = 1; ; attempt++)
        {
            await source.ClickAsync();
            try
            {
                await Assertions.Expect(CitationPopUp).ToBeVisibleAsync(new() { Timeout = 3_000 });
                return title;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
                // The click was lost to a re-layout, unless the pop-up opened just after the wait: then it is done.
                if (await CitationPopUp.IsVisibleAsync())
                {
                    return title;
                }
            }
        }
    }

    /// <summary>
    /// How many times <paramref name="phrase"/> is shown in the chat: text in elements larger than a pixel, so the
    /// one-pixel copies Web Chat keeps for screen readers are not counted.
    /// </summary>
    public async Task<int> CountShownAsync(string phrase) =>
        await ChatFrame.Locator("body").EvaluateAsync<int>("""
            (body, phrase) => {
              const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
              let shown = 0;
              while (walker.nextNode()) {
                const box = walker.currentNode.parentElement.getBoundingClientRect();
                if (walker.currentNode.textContent.includes(phrase) && box.width > 2 && box.height > 2) { shown++; }
              }
              return shown;
            }
            """, phrase);

    /// <summary>Reloads the host page, as a citizen pressing F5 would.</summary>
    public async Task ReloadAsync() => await Page.ReloadAsync(new PageReloadOptions { WaitUntil = WaitUntilState.Load });

    /// <summary>Saves a screenshot of the whole page (chat frame included) under the test output's screenshots folder.</summary>
    public async Task ScreenshotAsync(IWidgetSite site, string name)
    {
        ArgumentNullException.ThrowIfNull(site);
        // Web Chat shows "正在连接…" for a moment after it has connected; the picture should show the settled chat.
        await Assertions.Expect(ChatFrame.GetByText("正在连接")).ToHaveCountAsync(0, new() { Timeout = 5_000 });
        var size = Page.ViewportSize;
        var file = $"{name}-{size?.Width}x{size?.Height}.png";
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(site.ScreenshotDirectory, file) });
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    private async Task InterceptAsync(bool fakeToken)
    {
        _context.Request += (_, request) => Record(_requests, request.Url);
        _context.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                Record(_failedResponses, response.Url);
            }
        };
        Page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (_consoleErrors)
                {
                    _consoleErrors.Add(message.Text);
                }
            }
        };
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
