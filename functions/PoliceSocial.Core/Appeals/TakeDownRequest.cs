using System.Text.Json;
using PoliceSocial.Storage;

namespace PoliceSocial.Appeals;

/// <summary>The message on the take-down queue: delete every post of one appeal on one platform.</summary>
public sealed record TakeDownRequest(string AppealId, string Platform, int Attempt = 1)
{
    public static TakeDownRequest Parse(string message)
    {
        try
        {
            var parsed = JsonSerializer.Deserialize<TakeDownRequest>(message, Json.Options);
            if (parsed is null || string.IsNullOrWhiteSpace(parsed.AppealId) || string.IsNullOrWhiteSpace(parsed.Platform))
            {
                throw new MalformedMessageException(QueueNames.TakeDown, "the message lacks the appeal or the platform.");
            }

            return parsed;
        }
        catch (JsonException e)
        {
            throw new MalformedMessageException(QueueNames.TakeDown, $"not a take-down message: {e.Message}", e);
        }
    }
}
