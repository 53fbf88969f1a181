using System.Text.Encodings.Web;
using System.Text.Json;
using PoliceSocial.Platforms;
using PoliceSocial.Platforms.TextRules;

namespace PoliceSocial.LocalHost.Commands;

/// <summary>
/// Checks post texts against a platform's length rules, the same ones the appeal form and the publisher use:
/// JSON Lines <c>{"text": "..."}</c> in, <c>{"text", "platform", "weightedLength", "valid"}</c> out, one per line.
/// </summary>
public sealed class CheckPostCommand : ICommand
{
    private static readonly string[] Platforms = [PlatformNames.X, PlatformNames.Mastodon, PlatformNames.Bluesky, PlatformNames.Facebook];

    private static readonly JsonSerializerOptions Output = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Name => "check-post";

    public string Summary => "read {\"text\": ...} lines on stdin, write each one's length and validity [--platform x|mastodon|bluesky|facebook]";

    public async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var platform = PlatformNames.X;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--platform" && i + 1 < args.Length)
            {
                platform = args[++i].ToLowerInvariant();
            }
            else if (args[i].StartsWith("--platform=", StringComparison.Ordinal))
            {
                platform = args[i]["--platform=".Length..].ToLowerInvariant();
            }
            else
            {
                await error.WriteLineAsync($"check-post: unknown option '{args[i]}'. Usage: check-post [--platform {string.Join('|', Platforms)}] < posts.jsonl");
                return 2;
            }
        }

        if (!Platforms.Contains(platform))
        {
            await error.WriteLineAsync($"check-post: unknown platform '{platform}'; use one of {string.Join(", ", Platforms)}.");
            return 2;
        }

        var exitCode = 0;
        var lineNumber = 0;
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            string? text;
            try
            {
                using var document = JsonDocument.Parse(line);
                text = document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("text", out var value)
                    && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            }
            catch (JsonException)
            {
                text = null;
            }

            if (text is null)
            {
                await error.WriteLineAsync($"check-post: line {lineNumber} is not a JSON object with a string \"text\"; skipped.");
                exitCode = 1;
                continue;
            }

            var check = PostTextRules.Check(platform, text);
            await output.WriteLineAsync(JsonSerializer.Serialize(
                new CheckedPost(text, check.Platform, check.WeightedLength, check.Valid), Output));
        }

        return exitCode;
    }

    private sealed record CheckedPost(
        [property: System.Text.Json.Serialization.JsonPropertyName("text")] string Text,
        [property: System.Text.Json.Serialization.JsonPropertyName("platform")] string Platform,
        [property: System.Text.Json.Serialization.JsonPropertyName("weightedLength")] int WeightedLength,
        [property: System.Text.Json.Serialization.JsonPropertyName("valid")] bool Valid);
}
