using System.Net;
using Microsoft.Extensions.Time.Testing;
using PoliceSocial.Platforms;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace PoliceSocial.Core.Tests.Platforms;

/// <summary>A WireMock server standing in for one platform, and the client built against it from settings.</summary>
public abstract class PlatformClientTestBase : IDisposable
{
    private PlatformTestHost? _host;

    protected PlatformClientTestBase()
    {
        Server = WireMockServer.Start();
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 3, 0, 0, TimeSpan.Zero));
    }

    protected WireMockServer Server { get; }

    protected FakeTimeProvider Clock { get; }

    protected string BaseUrl => Server.Url! + "/";

    protected abstract string Platform { get; }

    protected abstract Dictionary<string, string?> Settings();

    protected PlatformTestHost Host => _host ??= new PlatformTestHost(Platform, Settings(), Clock);

    protected IPlatformClient Client => Host.Client;

    protected static IResponseBuilder Json(string body, HttpStatusCode status = HttpStatusCode.OK) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);

    protected void Stub(IRequestBuilder request, IResponseBuilder response, int priority = 10) =>
        Server.Given(request).AtPriority(priority).RespondWith(response);

    protected IReadOnlyList<ILogEntry> Sent(string path, string? method = null) =>
        Server.LogEntries.Where(e => e.RequestMessage.Path == path && (method is null || e.RequestMessage.Method == method)).ToList();

    public void Dispose()
    {
        _host?.Dispose();
        Server.Stop();
        Server.Dispose();
        GC.SuppressFinalize(this);
    }
}
