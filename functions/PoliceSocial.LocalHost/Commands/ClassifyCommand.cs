using System.Text.Json;
using System.Text.Json.Serialization;
using PoliceSocial.Classification;
using PoliceSocial.Classification.Model;

namespace PoliceSocial.LocalHost.Commands;

/// <summary>Classifies JSON Lines <c>{"id", "text"}</c> from stdin with the shipped local model, one verdict a line.</summary>
public sealed class ClassifyCommand : ICommand
{
    public string Name => "classify";

    public string Summary => "classify JSON Lines {\"id\",\"text\"} from stdin with the local model";

    public async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        using var model = MentionModel.LoadShipped();
        var classifier = new LocalMentionClassifier(model);
        var number = 0;
        var failed = 0;
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            ClassifyRequest? request;
            try
            {
                request = JsonSerializer.Deserialize<ClassifyRequest>(line);
            }
            catch (JsonException e)
            {
                request = null;
                await error.WriteLineAsync($"line {number}: not JSON ({e.Message})");
            }

            if (request?.Text is null)
            {
                failed++;
                await error.WriteLineAsync($"line {number}: needs {{\"id\", \"text\"}}; skipped.");
                continue;
            }

            var verdict = classifier.Classify(request.Text);
            await output.WriteLineAsync(JsonSerializer.Serialize(new ClassifyResult(
                request.Id, verdict.Label.ToWire(), verdict.Urgent, Math.Round(verdict.Confidence, 3), verdict.Language, verdict.Cues)));
        }

        return failed == 0 ? 0 : 1;
    }

    private sealed record ClassifyRequest([property: JsonPropertyName("id")] JsonElement? Id, [property: JsonPropertyName("text")] string? Text);

    private sealed record ClassifyResult(
        [property: JsonPropertyName("id")] JsonElement? Id,
        [property: JsonPropertyName("label")] string Label,
        [property: JsonPropertyName("urgent")] bool Urgent,
        [property: JsonPropertyName("confidence")] double Confidence,
        [property: JsonPropertyName("language")] string Language,
        [property: JsonPropertyName("cues")] IReadOnlyList<string> Cues);
}
