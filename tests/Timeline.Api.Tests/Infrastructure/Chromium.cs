using PuppeteerSharp;

namespace Timeline.Api.Tests.Infrastructure;

/// <summary>Headless Chromium from the system package (scripts/test.sh installs it), driven over the DevTools protocol.</summary>
public static class Chromium
{
    public static string Executable { get; } =
        new[] { Environment.GetEnvironmentVariable("CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }
            .FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("No Chromium found: run scripts/test.sh (it installs the chromium package), or set CHROMIUM.");

    public static Task<IBrowser> LaunchAsync() => Puppeteer.LaunchAsync(new LaunchOptions
    {
        Headless = true,
        ExecutablePath = Executable,
        // Root cannot use Chromium's sandbox; /dev/shm is small in containers.
        Args = ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
    });

    /// <summary>A page that records console errors and uncaught exceptions.</summary>
    public static async Task<(IPage Page, List<string> Errors)> OpenAsync(IBrowser browser)
    {
        var page = await browser.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, e) =>
        {
            if (e.Message.Type == ConsoleType.Error)
            {
                errors.Add($"{e.Message.Text} {e.Message.Location?.URL}".Trim());
            }
        };
        page.PageError += (_, e) => errors.Add(e.Message);
        return (page, errors);
    }
}
