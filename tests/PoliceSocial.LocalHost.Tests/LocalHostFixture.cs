using Microsoft.Extensions.DependencyInjection;
using PoliceSocial.LocalHost;
using PoliceSocial.Storage;

namespace PoliceSocial.LocalHost.Tests;

/// <summary>
/// The local host as a user runs it — its own Azurite, the sample data, the real function classes on their triggers —
/// with fast schedules and no retry delay so the tests see the story in seconds.
/// </summary>
public sealed class LocalHostFixture : IAsyncLifetime
{
    private LocalFunctionHost? _host;

    public LocalFunctionHost Host => _host ?? throw new InvalidOperationException("The local host has not started.");

    public StorageAccount Storage => Host.Services.GetRequiredService<StorageAccount>();

    public HttpClient Http { get; } = new();

    public async Task InitializeAsync()
    {
        var options = new LocalHostOptions { Port = 0, LoadSampleData = true };
        options.Settings["PollMentionsSchedule"] = "*/1 * * * * *";
        options.Settings["QueueDuePostsSchedule"] = "*/1 * * * * *";
        options.Settings["AzureFunctionsJobHost:extensions:queues:visibilityTimeout"] = "00:00:00";
        options.Settings["AzureFunctionsJobHost:extensions:queues:maxPollingInterval"] = "00:00:00.200";
        _host = await LocalFunctionHost.StartAsync(options, CancellationToken.None);
        Http.BaseAddress = _host.BaseAddress;
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
