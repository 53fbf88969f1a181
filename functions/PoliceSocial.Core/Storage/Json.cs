using System.Text.Json;
using System.Text.Json.Serialization;

namespace PoliceSocial.Storage;

/// <summary>The one JSON shape for queue messages and APIs: camelCase, enums as lower-case strings.</summary>
public static class Json
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
