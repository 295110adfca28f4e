using System.Text.Json;
using Crosscurrents.Testing.Fixtures;
using Crosscurrents.Web.Internal;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Crosscurrents.Web.Tests.Dashboard;

/// <summary>
/// The host on a free loopback port (real Kestrel, as <c>crosscurrents serve</c> runs it) over a store loaded with the
/// shipped data, and Debian's Chromium driven by Playwright. Without Chromium the tests are skipped locally; on CI
/// (<c>$CI</c> or <c>$CROSSCURRENTS_TEST_CHROMIUM</c> set, as <c>.ci/run</c> does) its absence is a failure.
/// </summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    private readonly WebHostFixture _store = new();
    private WebApplication? _app;
    private IPlaywright? _playwright;
    private TempDirectory? _profile;

    private static string ChromiumPath => BrowserTests.ChromiumPath;

    /// <summary>Why the browser tests cannot run here (null when they can).</summary>
    public string? Missing { get; private set; }

    /// <summary>The host's address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>A client of the same host, to ask the API what the page should show.</summary>
    public HttpClient Api { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>An analyst's API key (starting a fit as a job and checking an edited claim file need one).</summary>
    public string AnalystKey => _store.AnalystKey;

    public async ValueTask InitializeAsync()
    {
        _app = WebServer.Build(_store.Options with { Urls = "http://127.0.0.1:0" }, ["--Logging:LogLevel:Default=Warning"]);
        _app.Services.GetRequiredService<AnalysisHost>().Prepare();
        await _app.StartAsync(TestContext.Current.CancellationToken);
        Address = new Uri(_app.Urls.First().TrimEnd('/') + "/");
        Api = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromMinutes(3) };
        if (!File.Exists(ChromiumPath))
        {
            Missing = $"no Chromium at {ChromiumPath} (apt-get install chromium, or set CROSSCURRENTS_CHROMIUM)";
            return;
        }

        if (ScreenshotFonts.Missing is { } fonts)
        {
            Missing = fonts;
            return;
        }

        _profile = new TempDirectory();
        _playwright = await Playwright.CreateAsync();
        // The browser sees only the fonts of Debian's fonts-dejavu-core, with fixed rendering settings, whatever else the
        // machine has installed: the screenshots are compared with committed references.
        var environment = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
        environment["FONTCONFIG_FILE"] = ScreenshotFonts.Write(_profile.Path);
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--font-render-hinting=none", "--force-color-profile=srgb", "--hide-scrollbars"],
            Env = environment,
            Timeout = 60_000,
        });
    }

    /// <summary>Skips the test when there is no browser, unless the build server says there must be one.</summary>
    public void RequireBrowser()
    {
        if (Missing is null)
        {
            return;
        }

        if (BrowserTests.MustRun)
        {
            throw new InvalidOperationException($"the dashboard tests must run here but {Missing}");
        }

        Assert.Skip(Missing);
    }

    /// <summary>A fresh page (its own context: storage, history) that records console errors and every request.</summary>
    public async Task<PageSession> Open(string? apiKey = null)
    {
        RequireBrowser();
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Address.ToString(), ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(180_000);
        // A fixed date, so that what a page derives from today (the overview's years up to this year) and its
        // screenshot do not change with the calendar.
        await context.Clock.SetFixedTimeAsync(ScreenshotFonts.Today);
        if (apiKey is not null)
        {
            await context.AddInitScriptAsync($"sessionStorage.setItem('crosscurrents-api-key', {JsonSerializer.Serialize(apiKey)});");
        }

        return new PageSession(context, await context.NewPageAsync(), Address);
    }

    /// <summary>A fresh page at <paramref name="path"/>, once its status line says it has loaded.</summary>
    public async Task<PageSession> Load(string path, string? apiKey = null)
    {
        var session = await Open(apiKey);
        await session.Go(path);
        await session.Settled();
        return session;
    }

    /// <summary>The API's JSON for a path (GET).</summary>
    public async Task<JsonElement> Get(string path)
    {
        using var response = await Api.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        if (Missing is null && _playwright is not null)
        {
            await Browser.CloseAsync();
            _playwright.Dispose();
        }

        _profile?.Dispose();
        Api?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _store.Dispose();
    }
}

/// <summary>One page under test: what went wrong in its console, what it asked for, and the checks every page gets.</summary>
public sealed class PageSession(IBrowserContext context, IPage page, Uri address) : IAsyncDisposable
{
    private readonly List<string> _errors = Watch(page);
    private readonly List<string> _requests = Requests(page);

    public IPage Page { get; } = page;

    /// <summary>Every URL the page requested (to show that nothing left the host: no tiles, no CDN).</summary>
    public IReadOnlyList<string> RequestedUrls => _requests;

    public async Task Go(string path) => await Page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });

    /// <summary>Waits until the page's status line is no longer a "Loading…" one, and returns it.</summary>
    public async Task<string> Settled()
    {
        await Page.WaitForFunctionAsync("() => { const s = document.getElementById('status'); return s && s.textContent && !s.textContent.endsWith('…'); }", null, new PageWaitForFunctionOptions { Timeout = 240_000 });
        return (await Page.TextContentAsync("#status"))!;
    }

    /// <summary>Submits the page's form and waits for the new view (its URL has <paramref name="inUrl"/>).</summary>
    public async Task Submit(string inUrl)
    {
        await Page.ClickAsync("#filters button[type=submit]");
        await Page.WaitForURLAsync(url => url.Contains(inUrl, StringComparison.Ordinal));
        await Settled();
    }

    /// <summary>Goes back in the history and waits for that view (its URL has no <paramref name="notInUrl"/>, or has
    /// <paramref name="inUrl"/>).</summary>
    public async Task Back(string? notInUrl = null, string? inUrl = null)
    {
        await Page.GoBackAsync();
        await Page.WaitForURLAsync(url => (notInUrl is null || !url.Contains(notInUrl, StringComparison.Ordinal)) && (inUrl is null || url.Contains(inUrl, StringComparison.Ordinal)));
        await Settled();
    }

    /// <summary>The page loaded without console errors, asked only this host, and axe-core finds nothing serious or critical.</summary>
    public async Task AssertClean()
    {
        Assert.True(_errors.Count == 0, "console errors:\n" + string.Join("\n", _errors));
        var elsewhere = _requests.Where(u => !u.StartsWith(address.ToString(), StringComparison.Ordinal) && !u.StartsWith("data:", StringComparison.Ordinal)).ToList();
        Assert.True(elsewhere.Count == 0, "requests that left the host:\n" + string.Join("\n", elsewhere));
        var axe = await Page.RunAxe();
        Assert.NotEmpty(axe.Passes);
        var serious = axe.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, "axe-core: " + string.Join("\n", serious.Select(v => $"{v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}")));
    }

    /// <summary>Saves a screenshot of the viewport in the test output and compares it with the committed reference
    /// in docs/dashboard/ (<see cref="ScreenshotComparison"/>); with <c>CROSSCURRENTS_WRITE_SCREENSHOTS=1</c> it becomes
    /// that reference, the picture in docs/dashboard.md.</summary>
    public async Task Screenshot(string name)
    {
        var file = Path.Combine(AppContext.BaseDirectory, "dashboard-screenshots", name + ".png");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await Page.Mouse.MoveAsync(0, 0);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = false, Animations = ScreenshotAnimations.Disabled, Caret = ScreenshotCaret.Hide, Scale = ScreenshotScale.Css });
        ScreenshotComparison.Check(file, name);
    }

    /// <summary>The query string of the page's address, as name → value.</summary>
    public Dictionary<string, string> Query()
    {
        var query = new Uri(Page.Url).Query.TrimStart('?');
        return query.Length == 0
            ? []
            : query.Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p.Length > 1 ? p[1].Replace('+', ' ') : ""), StringComparer.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        await context.CloseAsync();
    }

    private static List<string> Watch(IPage page)
    {
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (errors)
                {
                    errors.Add($"{message.Type}: {message.Text}");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (errors)
            {
                errors.Add("page error: " + error);
            }
        };
        return errors;
    }

    private static List<string> Requests(IPage page)
    {
        var urls = new List<string>();
        page.Request += (_, request) =>
        {
            lock (urls)
            {
                urls.Add(request.Url);
            }
        };
        return urls;
    }
}

/// <summary>The dashboard tests share one host and browser and run one after another (fits are one at a time).</summary>
[CollectionDefinition(Name)]
public sealed class DashboardGroup : ICollectionFixture<DashboardFixture>
{
    public const string Name = "dashboard";
}
