using System.Text.Json;
using System.Text.Json.Serialization;

namespace PoliceSocial.Platforms.Http;

/// <summary>
/// The cursor of a platform that pages from newest to oldest (X, Bluesky): the newest mention already read
/// (<see cref="Since"/>) and, while a backlog is longer than one poll's page limit, where to carry on paging
/// (<see cref="Page"/>) and the newest mention of that walk (<see cref="Pending"/>), which becomes
/// <see cref="Since"/> once the walk reaches the old mark. So no mention is skipped however long the backlog.
/// </summary>
public sealed record PagingCursor(
    [property: JsonPropertyName("since")] string? Since,
    [property: JsonPropertyName("page")] string? Page = null,
    [property: JsonPropertyName("pending")] string? Pending = null)
{
    public static PagingCursor? Parse(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        if (!cursor.StartsWith('{'))
        {
            // A bare id or time: what a force may seed by hand to start from a known mention.
            return new PagingCursor(cursor);
        }

        return JsonSerializer.Deserialize<PagingCursor>(cursor);
    }

    /// <summary>The stored form: just the mark when no walk is under way, so a cursor stays readable.</summary>
    public string? Serialize() => Page is null ? Since : JsonSerializer.Serialize(this);
}
