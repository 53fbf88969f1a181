using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace PoliceSocial.LocalHost.Triggers;

/// <summary>
/// The queue trigger and HTTP settings from host.json, with the same environment overrides the Functions host honours
/// (AzureFunctionsJobHost__extensions__queues__maxDequeueCount and so on).
/// </summary>
public sealed record HostJsonSettings(
    int BatchSize,
    int MaxDequeueCount,
    TimeSpan VisibilityTimeout,
    TimeSpan MaxPollingInterval,
    string RoutePrefix)
{
    public static HostJsonSettings Load(string hostJsonPath, IConfiguration configuration)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(hostJsonPath));
        var extensions = document.RootElement.TryGetProperty("extensions", out var e) ? e : default;
        string? Read(string section, string name)
        {
            var overridden = configuration[$"AzureFunctionsJobHost:extensions:{section}:{name}"];
            if (overridden is not null)
            {
                return overridden;
            }

            return extensions.ValueKind == JsonValueKind.Object && extensions.TryGetProperty(section, out var s) && s.TryGetProperty(name, out var v)
                ? v.ToString()
                : null;
        }

        return new HostJsonSettings(
            int.Parse(Read("queues", "batchSize") ?? "16"),
            int.Parse(Read("queues", "maxDequeueCount") ?? "5"),
            TimeSpan.Parse(Read("queues", "visibilityTimeout") ?? "00:00:00"),
            TimeSpan.Parse(Read("queues", "maxPollingInterval") ?? "00:01:00"),
            Read("http", "routePrefix") ?? "api");
    }
}
