using Microsoft.Extensions.DependencyInjection;
using PoliceSocial.Appeals;
using PoliceSocial.Auditing;
using PoliceSocial.Testing;

namespace PoliceSocial.Core.Tests.Appeals;

public sealed class AppealLifeCycleTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task An_appeal_goes_from_draft_to_purged_and_its_whole_history_is_audited()
    {
        await using var desk = await AppealDesk.CreateAsync(azurite);
        var firstAt = desk.Clock.GetUtcNow().AddHours(1);

        var draft = await desk.Workflow.CreateAsync(AppealDesk.Submission(firstAt), AppealDesk.Author, asDraft: true, default);
        var id = draft.Appeal!.Id;
        Assert.Equal(nameof(AppealStatus.Draft), draft.Appeal.Status);

        var edited = AppealDesk.Submission(firstAt);
        edited.Title = "Witness appeal: Mill Lane collision (updated)";
        Assert.Equal(WorkflowOutcome.Ok, (await desk.Workflow.EditAsync(id, edited, AppealDesk.Author, default)).Outcome);
        Assert.Equal(WorkflowOutcome.Ok, (await desk.Workflow.SubmitDraftAsync(id, AppealDesk.Author, default)).Outcome);
        Assert.Equal(WorkflowOutcome.Ok, (await desk.Workflow.ApproveAsync(id, AppealDesk.Approver, default)).Outcome);

        // Not yet due: nothing is published.
        Assert.Equal(0, await desk.RunPublishingAsync());
        Assert.Empty(await desk.Local.ListPublishedAsync(default));

        desk.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await desk.RunPublishingAsync());
        var post = Assert.Single(await desk.Local.ListPublishedAsync(default));
        Assert.StartsWith("Did you see the collision", post.Text);
        var publication = Assert.Single(await desk.Appeals.ListPublicationsAsync(id, default));
        Assert.Equal(PublicationState.Published, publication.State);
        Assert.Equal(post.PostId, publication.PlatformPostId);

        Assert.Equal(WorkflowOutcome.Ok, (await desk.Workflow.ResolveAsync(id, null, AppealDesk.Author, default)).Outcome);
        Assert.Equal(1, await desk.DrainTakeDownsAsync());
        Assert.True(Assert.Single(await desk.Local.ListPublishedAsync(default)).Deleted);
        Assert.Equal(nameof(AppealStatus.TakenDown), (await desk.Appeals.FindAsync(id, default))!.Status);

        desk.Clock.Advance(TimeSpan.FromDays(31));
        Assert.Equal(1, await desk.Services.GetRequiredService<AppealPurge>().PurgeDueAsync(default));
        var purged = (await desk.Appeals.FindAsync(id, default))!;
        Assert.Equal(nameof(AppealStatus.Purged), purged.Status);
        Assert.DoesNotContain("Mill Lane", purged.Title + purged.Text);
        Assert.Equal("2611-0042", purged.CaseReference);

        var actions = (await desk.Services.GetRequiredService<AuditTrail>().ReadAsync(id, default)).Select(e => e.Action).ToList();
        Assert.Equal(
            [AuditActions.Edit, AuditActions.Edit, AuditActions.Submit, AuditActions.Approve, AuditActions.Publish, AuditActions.Resolve,
             AuditActions.TakeDown, AuditActions.TakeDown, AuditActions.Purge],
            actions);
    }

    [Fact]
    public async Task An_officer_cannot_approve_their_own_appeal_and_only_approvers_approve()
    {
        await using var desk = await AppealDesk.CreateAsync(azurite);
        var submitted = await desk.Workflow.SubmitAsync(AppealDesk.Submission(desk.Clock.GetUtcNow().AddHours(1)), AppealDesk.Approver, default);

        var self = await desk.Workflow.ApproveAsync(submitted.Appeal!.Id, AppealDesk.Approver, default);
        Assert.Equal(WorkflowOutcome.Forbidden, self.Outcome);
        Assert.Contains("someone other", self.Message);

        var notApprover = await desk.Workflow.ApproveAsync(submitted.Appeal.Id, AppealDesk.Author, default);
        Assert.Equal(WorkflowOutcome.Forbidden, notApprover.Outcome);
        Assert.Equal(nameof(AppealStatus.Submitted), (await desk.Appeals.FindAsync(submitted.Appeal.Id, default))!.Status);
    }

    [Fact]
    public async Task A_rejected_appeal_keeps_its_reason_and_goes_back_for_approval_when_edited()
    {
        await using var desk = await AppealDesk.CreateAsync(azurite);
        var submission = AppealDesk.Submission(desk.Clock.GetUtcNow().AddHours(1));
        var id = (await desk.Workflow.SubmitAsync(submission, AppealDesk.Author, default)).Appeal!.Id;

        Assert.Equal(WorkflowOutcome.Invalid, (await desk.Workflow.RejectAsync(id, "  ", AppealDesk.Approver, default)).Outcome);
        var rejected = await desk.Workflow.RejectAsync(id, "Remove the street name", AppealDesk.Approver, default);
        Assert.Equal("Remove the street name", rejected.Appeal!.RejectedReason);
        Assert.Equal(0, await desk.RunPublishingAsync());

        submission.Text = "Did you see the collision at 17:00? Call 101 quoting 2611-0042.";
        var edited = await desk.Workflow.EditAsync(id, submission, AppealDesk.Author, default);
        Assert.Equal(nameof(AppealStatus.Submitted), edited.Appeal!.Status);
        Assert.Null(edited.Appeal.RejectedReason);
    }

    [Fact]
    public async Task A_missing_person_appeal_is_taken_down_with_no_found_announcement()
    {
        await using var desk = await AppealDesk.CreateAsync(azurite);
        var appeal = await desk.SubmitAndApproveAsync(AppealDesk.Submission(desk.Clock.GetUtcNow(), type: "missing-person"));
        await desk.RunPublishingAsync();

        var refused = await desk.Workflow.ResolveAsync(appeal.Id, "Sam has been found safe and well", AppealDesk.Approver, default);
        Assert.Equal(WorkflowOutcome.Invalid, refused.Outcome);
        Assert.Contains("without a 'found' announcement", refused.Errors!["closingText"]);

        await desk.Workflow.ResolveAsync(appeal.Id, null, AppealDesk.Author, default);
        await desk.DrainTakeDownsAsync();
        var posts = await desk.Local.ListPublishedAsync(default);
        Assert.All(posts, p => Assert.True(p.Deleted));
        Assert.DoesNotContain(posts, p => p.Text.Contains("found", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_witness_appeal_may_end_with_an_approved_closing_update_after_the_take_down()
    {
        await using var desk = await AppealDesk.CreateAsync(azurite);
        var appeal = await desk.SubmitAndApproveAsync(AppealDesk.Submission(desk.Clock.GetUtcNow()));
        await desk.RunPublishingAsync();

        Assert.Equal(WorkflowOutcome.Forbidden, (await desk.Workflow.ResolveAsync(appeal.Id, "Thank you, we have the witnesses we need.", AppealDesk.Author, default)).Outcome);
        Assert.Equal(WorkflowOutcome.Ok, (await desk.Workflow.ResolveAsync(appeal.Id, "Thank you, we have the witnesses we need.", AppealDesk.Approver, default)).Outcome);
        await desk.DrainTakeDownsAsync();

        var posts = await desk.Local.ListPublishedAsync(default);
        Assert.Equal(2, posts.Count);
        Assert.True(posts.Single(p => p.Text.StartsWith("Did you see")).Deleted);
        Assert.False(posts.Single(p => p.Text == "Thank you, we have the witnesses we need.").Deleted);
    }

    [Fact]
    public async Task A_welsh_version_is_posted_together_with_the_english_one()
    {
        await using var desk = await AppealDesk.CreateAsync(azurite);
        var submission = AppealDesk.Submission(desk.Clock.GetUtcNow());
        submission.WelshText = "Welsoch chi'r gwrthdrawiad ar Lôn y Felin am 17:00? Ffoniwch 101.";
        var appeal = await desk.SubmitAndApproveAsync(submission);
        await desk.RunPublishingAsync();

        var posts = await desk.Local.ListPublishedAsync(default);
        Assert.Equal(2, posts.Count);
        Assert.Contains(posts, p => p.IdempotencyKey == $"{appeal.Id}-local-0-en" && p.Text.StartsWith("Did you see"));
        Assert.Contains(posts, p => p.IdempotencyKey == $"{appeal.Id}-local-0-cy" && p.Text.StartsWith("Welsoch chi"));
    }
}
