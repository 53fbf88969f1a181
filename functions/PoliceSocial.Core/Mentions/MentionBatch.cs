using System.Text;
using System.Text.Json;
using PoliceSocial.Storage;

namespace PoliceSocial.Mentions;

/// <summary>
/// The message on the mentions queue. Mentions travel in batches: Queue Storage's receive+delete rate falls as the
/// queue deepens, so one message per mention would not keep up with a busy incident.
/// </summary>
public sealed record MentionBatch(IReadOnlyList<Mention> Mentions)
{
    public const int MaxMentionsPerMessage = 25;

    public static MentionBatch Parse(string message)
    {
        MentionBatch? batch;
        try
        {
            batch = JsonSerializer.Deserialize<MentionBatch>(message, Json.Options);
        }
        catch (JsonException e)
        {
            throw new MalformedMessageException(QueueNames.Mentions, $"not a mention batch: {e.Message}", e);
        }

        if (batch?.Mentions is null || batch.Mentions.Count == 0)
        {
            throw new MalformedMessageException(QueueNames.Mentions, "the batch has no mentions.");
        }

        foreach (var mention in batch.Mentions)
        {
            if (mention is null || string.IsNullOrWhiteSpace(mention.Platform) || string.IsNullOrWhiteSpace(mention.Id) || mention.Text is null)
            {
                throw new MalformedMessageException(QueueNames.Mentions, "a mention lacks its platform, id or text.");
            }
        }

        return batch;
    }

    /// <summary>Splits mentions into messages that stay under the queue's size limit.</summary>
    public static IEnumerable<MentionBatch> Split(IReadOnlyList<Mention> mentions)
    {
        var current = new List<Mention>();
        var bytes = 0;
        foreach (var mention in mentions)
        {
            var size = Encoding.UTF8.GetByteCount(JsonSerializer.Serialize(mention, Json.Options)) + 1;
            if (current.Count > 0 && (current.Count == MaxMentionsPerMessage || bytes + size > QueueSender.MaxMessageBytes))
            {
                yield return new MentionBatch(current);
                current = [];
                bytes = 0;
            }

            current.Add(mention);
            bytes += size;
        }

        if (current.Count > 0)
        {
            yield return new MentionBatch(current);
        }
    }
}
