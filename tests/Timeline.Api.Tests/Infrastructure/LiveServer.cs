using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Timeline.Api.Tests.Infrastructure;

/// <summary>
/// The API on a real loopback port (Kestrel) over the test database, for clients that are other processes: a browser,
/// the TypeScript example. It loads the five sample articles through the real extractor, as scripts/run.sh does.
/// </summary>
public sealed class LiveServer : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> factory;

    private LiveServer(WebApplicationFactory<Program> factory, Uri address)
    {
        this.factory = factory;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<LiveServer> StartWithSamplesAsync(TimelineFixture fixture)
    {
        await fixture.ResetAsync();
        var factory = fixture.Factory.WithWebHostBuilder(_ => { });
        // Port 0 through Listen: Kestrel takes a free port and reports it (UseKestrel(0) falls back to port 5000).
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(a => new Uri(a.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal)))
            .First();
        var server = new LiveServer(factory, address);
        using var client = new HttpClient { BaseAddress = address };
        client.DefaultRequestHeaders.Add("X-Api-Key", TimelineFixture.WriterKey);
        foreach (var sample in Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "samples", "articles"), "*.json").Order(StringComparer.Ordinal))
        {
            var response = await client.PostAsync("/api/v1/articles", new StringContent(await File.ReadAllTextAsync(sample), Encoding.UTF8, "application/json"));
            response.EnsureSuccessStatusCode();
        }

        return server;
    }

    public ValueTask DisposeAsync() => factory.DisposeAsync();
}
