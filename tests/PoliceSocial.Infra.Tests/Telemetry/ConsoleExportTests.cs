using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using PoliceSocial.Classification;
using PoliceSocial.Telemetry;

namespace PoliceSocial.Infra.Tests.Telemetry;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleOutputCollection
{
    public const string Name = "Console output";
}

/// <summary>A local run, with no Application Insights configured, prints the pipeline metrics to the console.</summary>
[Collection(ConsoleOutputCollection.Name)]
public sealed class ConsoleExportTests
{
    [Fact]
    public void Without_a_connection_string_metrics_are_written_to_the_console()
    {
        var original = Console.Out;
        using var captured = new StringWriter();
        Console.SetOut(captured);
        try
        {
            using var services = new ServiceCollection().AddPipelineTelemetry(new ConfigurationBuilder().Build()).BuildServiceProvider();
            var provider = services.GetRequiredService<MeterProvider>();
            var metrics = services.GetRequiredService<PipelineMetrics>();
            metrics.MentionClassified("mastodon", MentionLabel.Report);
            metrics.PostFailed("x");
            Assert.True(provider.ForceFlush(5_000));
        }
        finally
        {
            Console.SetOut(original);
        }

        var output = captured.ToString();
        Assert.Contains(PipelineMetrics.MentionsClassifiedName, output);
        Assert.Contains("mastodon", output);
        Assert.Contains("report", output);
        Assert.Contains(PipelineMetrics.PostsFailedName, output);
    }
}
