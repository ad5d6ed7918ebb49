using GenesysCloud.Emulator;
using GenesysCloud.Web.Connection;
using GenesysCloud.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GenesysCloud.Web.Tests.EndToEnd;

/// <summary>The app on a free loopback port (real Kestrel) plus headless Chromium, shared by the browser tests.</summary>
public sealed class BrowserAppFixture : IAsyncLifetime
{
    private SandboxAppFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseUrl { get; private set; } = default!;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser did not start.");

    public async Task InitializeAsync()
    {
        if (BrowserEnvironment.SkipReason is not null)
        {
            return;
        }

        // Expect() waits 5 s by default; the first sandbox connection on a busy 2-core CI machine can take longer.
        Assertions.SetDefaultExpectTimeout(20_000);

        _factory = new SandboxAppFactory();
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseUrl = _factory.ClientOptions.BaseAddress;

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserEnvironment.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>The sandbox emulator the app started (after the first page connected).</summary>
    public async Task<GenesysEmulator> GetEmulatorAsync() =>
        await _factory!.Services.GetRequiredService<SandboxHost>().GetEmulatorAsync();

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1440, Height = 1000 },
        });
        context.SetDefaultTimeout(20_000);
        return await context.NewPageAsync();
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
    }
}
