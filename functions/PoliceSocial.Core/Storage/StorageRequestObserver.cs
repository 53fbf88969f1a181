using Azure.Core;
using Azure.Core.Pipeline;

namespace PoliceSocial.Storage;

/// <summary>
/// Counts the storage requests the app makes, by table or queue. Registered only where something wants to know
/// (the scheduler's cost tests, benchmarks); production runs without it.
/// </summary>
public sealed class StorageRequestObserver : HttpPipelineSynchronousPolicy
{
    private long _requests;

    public long Requests => Interlocked.Read(ref _requests);

    public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref _requests);

    public void Reset() => Interlocked.Exchange(ref _requests, 0);
}
