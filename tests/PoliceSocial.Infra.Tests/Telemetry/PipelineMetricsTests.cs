using System.Diagnostics.Metrics;
using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using PoliceSocial.Classification;
using PoliceSocial.Telemetry;

namespace PoliceSocial.Infra.Tests.Telemetry;

public sealed class PipelineMetricsTests : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly MeterListener _listener = new();
    private readonly List<Measurement> _measurements = [];

    public PipelineMetricsTests()
    {
        _services = new ServiceCollection().AddPipelineTelemetry(new ConfigurationBuilder().Build()).BuildServiceProvider();
        var factory = _services.GetRequiredService<IMeterFactory>();

        // Only this test's meter: other tests run in parallel with their own service providers.
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == PipelineMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, factory))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.Start();
        Metrics = _services.GetRequiredService<PipelineMetrics>();
    }

    private PipelineMetrics Metrics { get; }

    [Fact]
    public void Registered_as_a_singleton()
    {
        Assert.Same(Metrics, _services.GetRequiredService<PipelineMetrics>());
    }

    [Fact]
    public void Mentions_ingested_are_counted_per_platform()
    {
        Metrics.MentionIngested("x");
        Metrics.MentionIngested("mastodon", 3);

        Assert.Equal(
            [new(PipelineMetrics.MentionsIngestedName, 1, "x", null), new(PipelineMetrics.MentionsIngestedName, 3, "mastodon", null)],
            _measurements);
    }

    [Fact]
    public void Classifications_are_counted_per_platform_and_label()
    {
        Metrics.MentionClassified("bluesky", MentionLabel.Report);
        Metrics.MentionClassified("x", MentionLabel.Question);

        Assert.Equal(
            [new(PipelineMetrics.MentionsClassifiedName, 1, "bluesky", "report"), new(PipelineMetrics.MentionsClassifiedName, 1, "x", "question")],
            _measurements);
    }

    [Fact]
    public void Urgent_alerts_and_posts_are_counted_per_platform()
    {
        Metrics.UrgentAlertRaised("facebook");
        Metrics.PostPublished("x");
        Metrics.PostFailed("mastodon");

        Assert.Equal(
            [
                new(PipelineMetrics.UrgentAlertsName, 1, "facebook", null),
                new(PipelineMetrics.PostsPublishedName, 1, "x", null),
                new(PipelineMetrics.PostsFailedName, 1, "mastodon", null),
            ],
            _measurements);
    }

    [Fact]
    public void Time_to_first_reply_is_recorded_in_seconds_and_never_negative()
    {
        Metrics.FirstReplySent("x", TimeSpan.FromMinutes(7.5));
        Metrics.FirstReplySent("x", TimeSpan.FromSeconds(-3));

        Assert.Equal(
            [new(PipelineMetrics.FirstReplyTimeName, 450, "x", null), new(PipelineMetrics.FirstReplyTimeName, 0, "x", null)],
            _measurements);
    }

    [Fact]
    public void Instruments_are_counters_and_a_seconds_histogram()
    {
        Metrics.MentionIngested("x");
        Metrics.FirstReplySent("x", TimeSpan.FromSeconds(1));
        Assert.Equal("s", _instruments[PipelineMetrics.FirstReplyTimeName].Unit);
        Assert.IsType<Histogram<double>>(_instruments[PipelineMetrics.FirstReplyTimeName]);
        Assert.IsType<Counter<long>>(_instruments[PipelineMetrics.MentionsIngestedName]);
    }

    [Fact]
    public void Nothing_listening_costs_nothing_and_throws_nothing()
    {
        _listener.Dispose();
        Metrics.MentionIngested("x");
        Metrics.FirstReplySent("x", TimeSpan.MaxValue);
        Assert.Empty(_measurements);
    }

    [Fact]
    public void Exports_to_the_console_when_no_connection_string_is_configured()
    {
        Assert.NotNull(_services.GetRequiredService<MeterProvider>());
        Assert.Equal(TelemetryRegistration.PipelineExporter.Console, TelemetryRegistration.ExporterFor(new ConfigurationBuilder().Build()));
    }

    // The Azure Monitor exporter is chosen but not started here: started, it would reach out to Azure (statsbeat,
    // managed identity endpoint), which a test must never do.
    [Fact]
    public void Exports_to_azure_monitor_when_a_connection_string_is_configured()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://127.0.0.1:1/",
        }).Build();
        Assert.Equal(TelemetryRegistration.PipelineExporter.AzureMonitor, TelemetryRegistration.ExporterFor(configuration));
    }

    [Fact]
    public void Registering_twice_adds_one_exporter()
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().Build();
        services.AddPipelineTelemetry(configuration);
        var count = services.Count;
        services.AddPipelineTelemetry(configuration);
        Assert.Equal(count, services.Count);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("Authorization=Key", false)]
    [InlineData("Authorization=AAD", true)]
    [InlineData("ClientId=11111111-1111-1111-1111-111111111111;Authorization=AAD", true)]
    [InlineData(" clientid = 11111111-1111-1111-1111-111111111111 ; authorization = aad ", true)]
    public void The_host_authentication_string_decides_the_credential(string? authentication, bool managedIdentity)
    {
        var credential = TelemetryRegistration.CredentialFor(authentication);
        Assert.Equal(managedIdentity, credential is ManagedIdentityCredential);
    }

    public void Dispose()
    {
        _listener.Dispose();
        _services.Dispose();
    }

    private readonly Dictionary<string, Instrument> _instruments = [];

    private void Record<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        where T : struct
    {
        var tagValues = new Dictionary<string, string?>();
        foreach (var tag in tags)
        {
            tagValues[tag.Key] = tag.Value?.ToString();
        }

        string? Tag(string name) => tagValues.GetValueOrDefault(name);

        lock (_measurements)
        {
            _instruments[instrument.Name] = instrument;
            _measurements.Add(new Measurement(instrument.Name, Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture), Tag(PipelineMetrics.PlatformTag), Tag(PipelineMetrics.LabelTag)));
        }
    }

    private sealed record Measurement(string Instrument, double Value, string? Platform, string? Label);
}
