using System.Text.Json;
using System.Text.Json.Serialization;

namespace PoliceSocial.Classification;

/// <summary>A mention with the label a person gave it (RUBRIC.md): one row of a training or evaluation file.</summary>
public sealed record LabelledMention(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("urgent")] bool Urgent)
{
    [JsonIgnore]
    public MentionLabel MentionLabel => MentionLabels.Parse(Label);

    /// <summary>Reads JSON Lines <c>{"id", "text", "label", "urgent"}</c>; blank lines are skipped.</summary>
    public static IReadOnlyList<LabelledMention> ReadJsonLines(string path)
    {
        var rows = new List<LabelledMention>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var row = JsonSerializer.Deserialize<LabelledMention>(line)
                ?? throw new FormatException($"{path}:{number}: empty row.");
            if (string.IsNullOrEmpty(row.Text) || string.IsNullOrEmpty(row.Label))
            {
                throw new FormatException($"{path}:{number}: every row needs text and label.");
            }

            MentionLabels.Parse(row.Label);
            rows.Add(row with { Id = row.Id ?? $"line-{number}" });
        }

        return rows;
    }
}
