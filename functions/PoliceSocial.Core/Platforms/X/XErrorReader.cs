using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using PoliceSocial.Platforms.Http;

namespace PoliceSocial.Platforms.X;

/// <summary>
/// X's errors: <c>x-rate-limit-reset</c> (epoch seconds) for the 15-minute window and
/// <c>x-user-limit-24hour-reset</c> when the daily post cap is what ran out; problem details in the body.
/// </summary>
internal sealed class XErrorReader : PlatformErrorReader
{
    public override string Platform => PlatformNames.X;

    public override DateTimeOffset? ReadReset(HttpResponseHeaders headers, JsonElement body, DateTimeOffset now)
    {
        // The daily cap outlasts the window: when it is spent, the window's reset is too early.
        if (Header(headers, "x-user-limit-24hour-remaining") == "0" && EpochSecondsHeader(headers, "x-user-limit-24hour-reset") is { } daily)
        {
            return daily;
        }

        return EpochSecondsHeader(headers, "x-rate-limit-reset");
    }

    public override (string? Code, string? Message) ReadError(JsonElement body)
    {
        var type = body.Str("type");
        // Problem types end in the error's name (".../problems/usage-capped"); "about:blank" names nothing.
        var code = type is not null && type.Contains('/') ? type[(type.LastIndexOf('/') + 1)..] : body.Str("title");
        var message = body.Str("detail") ?? body.Str("title") ?? body.Str("error_description") ?? body.Str("error");
        if (message is null && body.Items("errors").FirstOrDefault() is { ValueKind: JsonValueKind.Object } first)
        {
            message = first.Str("message");
            code ??= first.Str("code");
        }

        return (code ?? body.Str("error"), message);
    }

    protected override PlatformFailure? Classify(HttpStatusCode status, string? code, string? message) =>
        status == HttpStatusCode.Forbidden && message?.Contains("duplicate", StringComparison.OrdinalIgnoreCase) == true
            ? PlatformFailure.Rejected
            : null;
}
