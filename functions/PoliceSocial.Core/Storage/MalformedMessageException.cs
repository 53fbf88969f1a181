namespace PoliceSocial.Storage;

/// <summary>
/// A queue message that can never be processed as it is. The queue trigger retries it up to maxDequeueCount and then
/// moves it to the poison queue, where it is kept (never deleted) for an engineer to inspect and replay.
/// </summary>
public sealed class MalformedMessageException(string queue, string reason, Exception? inner = null)
    : Exception($"Malformed message on queue '{queue}': {reason}", inner);
