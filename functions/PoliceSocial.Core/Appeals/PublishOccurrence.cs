using System.Text.Json;
using PoliceSocial.Storage;

namespace PoliceSocial.Appeals;

/// <summary>The message on the publish queue: post one occurrence of one appeal on one platform.</summary>
public sealed record PublishOccurrence(string AppealId, string Platform, int Occurrence, string ScheduleBucket, string ScheduleRow, int Attempt = 1)
{
    public static PublishOccurrence Parse(string message)
    {
        try
        {
            var parsed = JsonSerializer.Deserialize<PublishOccurrence>(message, Json.Options);
            if (parsed is null || string.IsNullOrWhiteSpace(parsed.AppealId) || string.IsNullOrWhiteSpace(parsed.Platform)
                || string.IsNullOrWhiteSpace(parsed.ScheduleBucket) || string.IsNullOrWhiteSpace(parsed.ScheduleRow))
            {
                throw new MalformedMessageException(QueueNames.Publish, "the message lacks the appeal, platform or schedule entry.");
            }

            return parsed;
        }
        catch (JsonException e)
        {
            throw new MalformedMessageException(QueueNames.Publish, $"not a publish message: {e.Message}", e);
        }
    }
}
