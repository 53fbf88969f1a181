using Azure.Core;
using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Metrics;
using PoliceSocial.Hosting;

namespace PoliceSocial.Telemetry;

public static class TelemetryRegistration
{
    /// <summary>
    /// Registers <see cref="PipelineMetrics"/> and exports its meter with OpenTelemetry: to Application Insights when
    /// APPLICATIONINSIGHTS_CONNECTION_STRING is set (authenticating with the managed identity named in
    /// APPLICATIONINSIGHTS_AUTHENTICATION_STRING, as the component accepts no key-only telemetry), otherwise to the
    /// console so a local run shows the numbers.
    /// </summary>
    public static IServiceCollection AddPipelineTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        // Safe to call from more than one place (the Functions host and AddPoliceSocial): one exporter, not two.
        if (services.Any(d => d.ServiceType == typeof(PipelineTelemetryMarker)))
        {
            return services;
        }

        services.AddSingleton<PipelineTelemetryMarker>();
        services.AddMetrics();
        services.TryAddSingleton<PipelineMetrics>();

        var connectionString = configuration[AppSettingNames.ApplicationInsightsConnectionString];
        var credential = CredentialFor(configuration[AppSettingNames.ApplicationInsightsAuthenticationString]);
        var exporter = ExporterFor(configuration);
        services.AddOpenTelemetry().WithMetrics(metrics =>
        {
            metrics.AddMeter(PipelineMetrics.MeterName);
            if (exporter == PipelineExporter.AzureMonitor)
            {
                metrics.AddAzureMonitorMetricExporter(options =>
                {
                    options.ConnectionString = connectionString;
                    options.Credential = credential;
                });
            }
            else
            {
                metrics.AddConsoleExporter((_, reader) =>
                    reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = 30_000);
            }
        });
        return services;
    }

    internal enum PipelineExporter
    {
        Console,
        AzureMonitor,
    }

    /// <summary>Application Insights when a connection string is configured (always in Azure), else the console.</summary>
    internal static PipelineExporter ExporterFor(IConfiguration configuration) =>
        string.IsNullOrWhiteSpace(configuration[AppSettingNames.ApplicationInsightsConnectionString])
            ? PipelineExporter.Console
            : PipelineExporter.AzureMonitor;

    /// <summary>
    /// Reads the Functions host's authentication string, <c>Authorization=AAD</c> with an optional
    /// <c>ClientId=...</c> of a user-assigned identity; null (key-based ingestion) when it is absent.
    /// </summary>
    internal static TokenCredential? CredentialFor(string? authenticationString)
    {
        if (string.IsNullOrWhiteSpace(authenticationString))
        {
            return null;
        }

        var parts = authenticationString
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2, StringSplitOptions.TrimEntries))
            .Where(pair => pair.Length == 2)
            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.OrdinalIgnoreCase);
        if (!parts.TryGetValue("Authorization", out var authorization) || !string.Equals(authorization, "AAD", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return parts.TryGetValue("ClientId", out var clientId) && !string.IsNullOrWhiteSpace(clientId)
            ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned);
    }

    private sealed class PipelineTelemetryMarker;
}
