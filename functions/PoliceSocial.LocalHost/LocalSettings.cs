using System.Text.Json;

namespace PoliceSocial.LocalHost;

/// <summary>
/// Reads the "Values" of local.settings.json, the same file `func start` reads, so both ways of running locally use
/// one set of settings. "A__B" names become configuration keys "A:B", as environment variables do.
/// </summary>
public static class LocalSettings
{
    public static IEnumerable<KeyValuePair<string, string?>> Read(string path)
    {
        if (!File.Exists(path))
        {
            yield break;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        if (!document.RootElement.TryGetProperty("Values", out var values))
        {
            yield break;
        }

        foreach (var property in values.EnumerateObject())
        {
            yield return new(property.Name.Replace("__", ":"), property.Value.ToString());
        }
    }
}
