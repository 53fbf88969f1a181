using System.Net;

namespace PoliceSocial.Platforms;

/// <summary>
/// A platform refused or failed a call. Carries what the caller needs to decide: retry later (and when), fix the
/// content, or re-authenticate. Never carries tokens or request bodies.
/// </summary>
public sealed class PlatformException : Exception
{
    public PlatformException(
        string platform,
        PlatformFailure failure,
        string message,
        HttpStatusCode? statusCode = null,
        string? platformErrorCode = null,
        DateTimeOffset? retryAfter = null,
        Exception? innerException = null)
        : base($"{platform}: {message}", innerException)
    {
        Platform = platform;
        Failure = failure;
        StatusCode = statusCode;
        PlatformErrorCode = platformErrorCode;
        RetryAfter = retryAfter;
    }

    public string Platform { get; }
    public PlatformFailure Failure { get; }
    public HttpStatusCode? StatusCode { get; }
    public string? PlatformErrorCode { get; }

    /// <summary>When the platform said the call may be tried again (rate-limit reset), if it said.</summary>
    public DateTimeOffset? RetryAfter { get; }

    /// <summary>Worth trying again later without any change: rate limits, server errors and timeouts.</summary>
    public bool IsTransient => Failure is PlatformFailure.RateLimited or PlatformFailure.Unavailable;
}

public enum PlatformFailure
{
    /// <summary>429 or quota exhausted; see <see cref="PlatformException.RetryAfter"/>.</summary>
    RateLimited,

    /// <summary>5xx, timeout or connection failure after the resilience pipeline's retries.</summary>
    Unavailable,

    /// <summary>Token missing, expired beyond refresh, or lacking permission.</summary>
    Unauthorized,

    /// <summary>The platform rejected the content or request (too long, duplicate, bad media).</summary>
    Rejected,

    /// <summary>The thing asked for does not exist.</summary>
    NotFound,
}
