using System.Text.Json;
using Microsoft.AspNetCore.Http;
using PoliceSocial.Storage;

namespace PoliceSocial.Functions.Http;

/// <summary>Reads request bodies with a size cap, so an oversized or malformed body gets a clear 400, not a crash.</summary>
public static class RequestBody
{
    public const int MaxBytes = 64 * 1024;

    public static bool IsForm(this HttpRequest request) => request.HasFormContentType;

    public static bool WantsHtml(this HttpRequest request) =>
        request.HasFormContentType || request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>The JSON body as <typeparamref name="T"/>, or an error message.</summary>
    public static async Task<(T? Value, string? Error)> ReadJsonAsync<T>(this HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentLength > MaxBytes)
        {
            return (null, $"The request body is larger than {MaxBytes / 1024} KiB.");
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                return (null, $"The request body is larger than {MaxBytes / 1024} KiB.");
            }
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(buffer.ToArray(), Json.Options);
            return value is null ? (null, "The request body is empty.") : (value, null);
        }
        catch (JsonException e)
        {
            return (null, $"The request body is not valid JSON for this call: {e.Message}");
        }
    }

    /// <summary>The form, or null when it is over the size cap.</summary>
    public static async Task<IFormCollection?> ReadFormLimitedAsync(this HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength is null or > MaxBytes)
        {
            return null;
        }

        return await request.ReadFormAsync(cancellationToken);
    }
}
