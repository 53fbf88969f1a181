using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PoliceSocial.Functions.Mentions;
using PoliceSocial.Hosting;
using PoliceSocial.Platforms;
using PoliceSocial.LocalHost.Storage;
using PoliceSocial.LocalHost.Triggers;
using PoliceSocial.Storage;
using PoliceSocial.Telemetry;

namespace PoliceSocial.LocalHost;

/// <summary>
/// Runs the function app's own function classes without Azure Functions Core Tools: timers on their CRON schedules,
/// queue functions with the queue trigger's semantics, HTTP functions at /api/&lt;route&gt;. Starts Azurite when no
/// storage is configured.
/// </summary>
public sealed class LocalFunctionHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly AzuriteProcess? _azurite;

    private LocalFunctionHost(WebApplication app, AzuriteProcess? azurite)
    {
        _app = app;
        _azurite = azurite;
    }

    public IServiceProvider Services => _app.Services;

    public Uri BaseAddress => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public string StorageConnectionString => _app.Configuration[StorageConnection.SettingName]!;

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        LocalHostOptions options;
        try
        {
            options = LocalHostOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            await output.WriteLineAsync(e.Message);
            return 2;
        }

        await using var host = await StartAsync(options, cancellationToken);
        await output.WriteLineAsync($"PoliceSocialFunctions is running at {host.BaseAddress}api/ (appeal form: {host.BaseAddress}api/appeals/new). Ctrl-C stops it.");
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            await output.WriteLineAsync("Stopping…");
        }

        return 0;
    }

    public static async Task<LocalFunctionHost> StartAsync(LocalHostOptions options, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.Sources.Clear();
        builder.Configuration
            .AddInMemoryCollection(LocalSettings.Read(Path.Combine(AppContext.BaseDirectory, "local.settings.json")))
            .AddEnvironmentVariables()
            .AddInMemoryCollection(options.Settings);

        AzuriteProcess? azurite = null;
        var storage = builder.Configuration[StorageConnection.SettingName];
        if (string.IsNullOrWhiteSpace(storage) || storage.Contains("UseDevelopmentStorage=true", StringComparison.OrdinalIgnoreCase))
        {
            if (builder.Configuration.GetSection(StorageConnection.SettingName).GetChildren().Any() == false)
            {
                azurite = await AzuriteProcess.StartAsync(cancellationToken);
                builder.Configuration.AddInMemoryCollection([new(StorageConnection.SettingName, azurite.ConnectionString)]);
            }
        }

        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning).AddFilter("System", LogLevel.Warning).AddFilter("Azure", LogLevel.Warning);
        builder.WebHost.UseUrls($"http://127.0.0.1:{options.Port}");

        var functions = FunctionCatalog.Discover(typeof(ClassifyMentionsFunction).Assembly);
        var settings = HostJsonSettings.Load(Path.Combine(AppContext.BaseDirectory, "host.json"), builder.Configuration);

        builder.Services.AddPoliceSocial(builder.Configuration);
        builder.Services.AddPipelineTelemetry(builder.Configuration);
        builder.Services.AddMvcCore();
        builder.Services.AddRouting();
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton<FunctionInvoker>();
        builder.Services.AddSingleton<SampleData>();
        foreach (var function in functions)
        {
            if (function.Timer is not null)
            {
                builder.Services.AddSingleton<IHostedService>(sp => ActivatorUtilities.CreateInstance<TimerTriggerRunner>(sp, function));
            }
            else if (function.Queue is not null)
            {
                builder.Services.AddSingleton<IHostedService>(sp => ActivatorUtilities.CreateInstance<QueueTriggerListener>(sp, function));
            }
        }

        var app = builder.Build();
        try
        {
            await app.Services.GetRequiredService<StorageAccount>().EnsureCreatedAsync(cancellationToken);
            if (app.Configuration.GetValue<bool>("Auth:DevelopmentOfficer:Enabled"))
            {
                app.UseMiddleware<DevelopmentSignIn>();
            }

            app.UseRouting();
            HttpTriggerEndpoints.Map(app, functions.Where(f => f.Http is not null), settings);
            await app.StartAsync(cancellationToken);

            var host = new LocalFunctionHost(app, azurite);
            var logger = app.Services.GetRequiredService<ILogger<LocalFunctionHost>>();
            logger.LogInformation("Local host: {Count} functions ({Names}) on {Storage}", functions.Count,
                string.Join(", ", functions.Select(f => f.Name)), azurite is null ? "the configured storage" : "Azurite (in memory)");
            var connected = app.Services.GetRequiredService<IPlatformDirectory>().Enabled.Select(p => p.Platform).ToList();
            logger.LogInformation("Platforms connected: {Platforms}. To connect X, Mastodon, Bluesky or Facebook set Platforms__<Name>__... (see docs/platforms.md)",
                connected.Count == 0 ? "none" : string.Join(", ", connected));
            if (options.LoadSampleData)
            {
                await app.Services.GetRequiredService<SampleData>().LoadAsync(Path.Combine(AppContext.BaseDirectory, "sample-data"), cancellationToken);
            }

            return host;
        }
        catch
        {
            await app.DisposeAsync();
            if (azurite is not null)
            {
                await azurite.DisposeAsync();
            }

            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}
