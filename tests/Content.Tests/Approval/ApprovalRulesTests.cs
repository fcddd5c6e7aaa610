using CommuneRadio.Content.Approval;
using CommuneRadio.Content.Library;

namespace CommuneRadio.Content.Tests.Approval;

public sealed class ApprovalRulesTests
{
    private static readonly ContentItem Draft = new("c-0123456789abcdef", ContentKind.Fm, "Tiếp sóng VOV1", ["29308"], ContentStatus.Draft, "soan.thao", DateTimeOffset.UnixEpoch)
    {
        FrequencyMHz = 100,
    };

    [Fact]
    public void Another_operator_may_approve_a_draft() => Assert.Null(ApprovalRules.Check(Draft, "duyet.tin"));

    [Theory]
    [InlineData("soan.thao")]
    [InlineData("SOAN.THAO")]
    public void The_author_may_not_approve_their_own_draft_in_any_letter_case(string approver)
    {
        var refusal = ApprovalRules.Check(Draft, approver);

        Assert.Equal(ApprovalRefusalKind.OwnContent, refusal!.Kind);
        Assert.Contains("another operator must approve it", refusal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Approved_and_archived_items_cannot_be_approved_again()
    {
        var approved = ApprovalRules.Check(Draft with { Status = ContentStatus.Approved, ApprovedBy = "duyet.tin" }, "khac");
        var archived = ApprovalRules.Check(Draft with { Status = ContentStatus.Archived }, "khac");

        Assert.Equal(ApprovalRefusalKind.NotDraft, approved!.Kind);
        Assert.Contains("approved already by duyet.tin", approved.Reason, StringComparison.Ordinal);
        Assert.Equal(ApprovalRefusalKind.NotDraft, archived!.Kind);
    }

    [Fact]
    public void Only_approved_content_may_air()
    {
        Assert.True(AiringCheck.Of(Draft.Id, Draft with { Status = ContentStatus.Approved }).MayAir);
        Assert.Contains("is a draft", AiringCheck.Of(Draft.Id, Draft).Reason, StringComparison.Ordinal);
        Assert.Contains("archived", AiringCheck.Of(Draft.Id, Draft with { Status = ContentStatus.Archived }).Reason, StringComparison.Ordinal);
        Assert.Contains("no content", AiringCheck.Of("c-ffffffffffffffff", null).Reason, StringComparison.Ordinal);
    }
}
