using System.Globalization;
using System.Text.Json;

namespace PoliceSocial.Platforms.Http;

/// <summary>Tolerant reads of platform JSON: a missing or null field is null, never an exception.</summary>
public static class JsonReading
{
    public static JsonElement? Get(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : null;

    public static string? Str(this JsonElement element, string name) => element.Get(name) switch
    {
        { ValueKind: JsonValueKind.String } value => value.GetString(),
        { ValueKind: JsonValueKind.Number } value => value.GetRawText(),
        _ => null,
    };

    public static string? Str(this JsonElement? element, string name) => element is { } e ? e.Str(name) : null;

    /// <summary>An ISO 8601 time; Graph's "+0000" offsets (no colon) included.</summary>
    public static DateTimeOffset? Time(this JsonElement element, string name)
    {
        if (element.Str(name) is not { } text)
        {
            return null;
        }

        if (text.Length > 5 && text[^5] is '+' or '-' && text[^4..].All(char.IsAsciiDigit))
        {
            text = $"{text[..^2]}:{text[^2..]}";
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time : null;
    }

    public static IEnumerable<JsonElement> Items(this JsonElement element, string? name = null)
    {
        var array = name is null ? element : element.Get(name) ?? default;
        return array.ValueKind == JsonValueKind.Array ? array.EnumerateArray() : [];
    }
}
