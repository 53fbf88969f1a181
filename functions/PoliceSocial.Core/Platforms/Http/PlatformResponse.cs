using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace PoliceSocial.Platforms.Http;

/// <summary>A platform's successful answer: status, headers and the JSON body (<c>Undefined</c> when empty).</summary>
public sealed record PlatformResponse(HttpStatusCode StatusCode, HttpResponseHeaders Headers, JsonElement Body);
