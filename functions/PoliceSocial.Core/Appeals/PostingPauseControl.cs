using Microsoft.Extensions.Logging;
using PoliceSocial.Auditing;
using PoliceSocial.Officers;
using PoliceSocial.Platforms;

namespace PoliceSocial.Appeals;

/// <summary>The officer's side of the crisis pause: who may pause or resume, and the audit of it.</summary>
public sealed class PostingPauseControl(CrisisPause pause, AuditTrail audit, TimeProvider clock, ILogger<PostingPauseControl> logger)
{
    /// <summary>The audit trail subject for pause and resume.</summary>
    public const string AuditSubject = "crisis-pause";

    public async Task<PauseResult> SetAsync(string? scope, bool paused, string? reason, Officer officer, CancellationToken cancellationToken)
    {
        if (!officer.CanPause)
        {
            return PauseResult.Refused("Only a duty inspector or an approver may pause or resume posting.");
        }

        scope = string.IsNullOrWhiteSpace(scope) ? CrisisPause.AllPlatforms : scope.Trim().ToLowerInvariant();
        if (scope != CrisisPause.AllPlatforms && !PlatformNames.IsKnown(scope))
        {
            return PauseResult.Invalid($"The scope must be 'all' or a platform ({string.Join(", ", PlatformNames.All)}).");
        }

        reason = reason?.Trim() ?? "";
        if (paused && (reason.Length == 0 || reason.Length > 500))
        {
            return PauseResult.Invalid("Give the reason for the pause (at most 500 characters).");
        }

        await pause.SetAsync(scope, paused, officer.Id, reason, clock.GetUtcNow(), cancellationToken);
        await audit.RecordAsync(AuditSubject, paused ? AuditActions.Pause : AuditActions.Resume, officer,
            $"{(paused ? "paused" : "resumed")} posting on {scope}{(reason.Length > 0 ? ": " + reason : "")}", cancellationToken);
        logger.LogWarning("Crisis pause: posting on {Scope} {State} by {Officer}", scope, paused ? "PAUSED" : "resumed", officer.Name);
        return PauseResult.Done(await pause.ReadAsync(cancellationToken));
    }
}

public sealed record PauseResult(bool Succeeded, bool Forbidden, string? Error, PauseState? State)
{
    public static PauseResult Done(PauseState state) => new(true, false, null, state);
    public static PauseResult Refused(string error) => new(false, true, error, null);
    public static PauseResult Invalid(string error) => new(false, false, error, null);
}
