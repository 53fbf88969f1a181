using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.AI;
using PoliceSocial.Classification.Rules;

namespace PoliceSocial.Classification.AzureOpenAI;

/// <summary>
/// Classifies with a chat model (the force's Azure OpenAI deployment) given the desk's rubric. The urgency rules still
/// apply on top: a strong urgent cue is never dropped because a model disagreed. The language is detected locally.
/// </summary>
public sealed class ChatMentionClassifier(IChatClient chat) : IMentionClassifier
{
    internal const string Instructions = """
        You sort social media mentions of a UK police force for the force's social media desk.
        Give exactly one label:
        - "question": the author asks the force (or anyone) for information, help or clarification and expects an answer.
          Rhetorical questions, jokes and insults ending in "?" are not questions.
        - "report": specific information about an incident, crime, danger, damage, casualty, missing or found person,
          suspect, sighting or location that the police could act on or record. A text that both reports and asks is a report.
        - "other": everything else (opinion, thanks, praise, criticism, jokes, abuse, spam, news commentary, chatter).
        And "urgent": true only when the text shows an immediate threat to life or safety now: a crime in progress,
        someone trapped, injured without help, in danger, missing and at risk, a weapon being used, a request for rescue.
        Past, resolved or general events are not urgent. Mentions may be in English or Welsh.
        Answer with JSON only: {"label": "question|report|other", "urgent": true|false, "confidence": 0.0-1.0,
        "cues": ["up to three short words or phrases from the text that decided it"]}
        """;

    public async ValueTask<MentionClassification> ClassifyAsync(string text, CancellationToken cancellationToken)
    {
        var response = await chat.GetResponseAsync(
            [new ChatMessage(ChatRole.System, Instructions), new ChatMessage(ChatRole.User, text)],
            new ChatOptions { ResponseFormat = ChatResponseFormat.Json, Temperature = 0 },
            cancellationToken);

        ChatVerdict verdict;
        try
        {
            verdict = JsonSerializer.Deserialize<ChatVerdict>(response.Text) ?? throw new FormatException("The chat model answered null.");
        }
        catch (JsonException e)
        {
            throw new FormatException("The chat model did not answer with the verdict JSON.", e);
        }

        var label = MentionLabels.Parse(verdict.Label ?? throw new FormatException("The chat model gave no label."));
        var cues = (verdict.Cues ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Take(3).ToList();
        var urgent = verdict.Urgent;
        if (!urgent && UrgencyRules.FindStrongCue(text) is { } cue)
        {
            urgent = true;
            cues.Insert(0, cue);
        }

        if (urgent && label == MentionLabel.Other)
        {
            label = MentionLabel.Report;
        }

        return new MentionClassification(label, urgent, Math.Clamp(verdict.Confidence ?? 0.5, 0, 1), cues, LanguageDetector.Detect(text));
    }

    private sealed record ChatVerdict(
        [property: JsonPropertyName("label")] string? Label,
        [property: JsonPropertyName("urgent")] bool Urgent,
        [property: JsonPropertyName("confidence")] double? Confidence,
        [property: JsonPropertyName("cues")] List<string>? Cues);
}
