using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CommuneRadio.Content.Approval;
using Microsoft.Extensions.DependencyInjection;
using static CommuneRadio.Silo.Tests.Auth.AuthTestKit;

namespace CommuneRadio.Silo.Tests.Content;

[Collection(ContentCollection.Name)]
public sealed class ContentApprovalTests(ContentSilo content)
{
    private IContentAiring Airing => content.Silo.Services.GetRequiredService<IContentAiring>();

    [Fact]
    public async Task A_draft_airs_only_after_another_operator_with_the_permission_approves_it()
    {
        var id = await ContentSilo.DraftFmAsync(content.Author, "Tiếp sóng Đài tỉnh", MyHiep);
        Assert.False((await Airing.CheckAsync(id)).MayAir);

        using var response = await content.Approver.PostAsync($"/api/content/{id}/approve", null);
        var approved = await ContentUploadTests.ReadAsync(response, HttpStatusCode.OK);

        Assert.Equal("approved", approved.GetProperty("status").GetString());
        Assert.Equal("duyet.myhiep", approved.GetProperty("approvedBy").GetString());
        Assert.True((await Airing.CheckAsync(id)).MayAir);
        Assert.Contains(await AuditAsync(content.Silo, "duyet.myhiep", "content.approve"), e => e.GetProperty("target").GetString() == id && e.GetProperty("outcome").GetString() == "allowed");
        Assert.Contains(await AuditAsync(content.Silo, "soan.myhiep", "content.draft"), e => e.GetProperty("target").GetString() == id);
    }

    [Fact]
    public async Task The_author_cannot_approve_their_own_draft_even_with_the_permission()
    {
        var id = await ContentSilo.DraftFmAsync(content.Approver, "Tự duyệt", MyHiep);

        var problem = await ProblemAsync(await content.Approver.PostAsync($"/api/content/{id}/approve", null), HttpStatusCode.Forbidden);

        Assert.Contains("another operator must approve it", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.False((await Airing.CheckAsync(id)).MayAir);
        Assert.Contains(await AuditAsync(content.Silo, "duyet.myhiep", "content.approve"), e => e.GetProperty("target").GetString() == id && e.GetProperty("outcome").GetString() == "refused");
    }

    [Fact]
    public async Task Approving_without_the_permission_is_a_403_naming_the_permission_and_area()
    {
        var id = await ContentSilo.DraftFmAsync(content.Approver, "Thiếu quyền duyệt", MyHiep);

        var problem = await ProblemAsync(await content.Author.PostAsync($"/api/content/{id}/approve", null), HttpStatusCode.Forbidden);

        Assert.True(problem.GetProperty("needsApprovePermission").GetBoolean());
        Assert.Equal(MyHiep, problem.GetProperty("areaCode").GetString());
        Assert.Contains("content approval permission", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_permission_must_cover_every_target_area()
    {
        var id = await ContentSilo.DraftFmAsync(content.Admin, "Hai xã", MyHiep, SaDec);

        var problem = await ProblemAsync(await content.Approver.PostAsync($"/api/content/{id}/approve", null), HttpStatusCode.Forbidden);

        Assert.Equal(SaDec, problem.GetProperty("areaCode").GetString());
        Assert.False((await Airing.CheckAsync(id)).MayAir);
    }

    [Fact]
    public async Task An_approved_item_cannot_be_approved_again_and_an_archived_one_no_longer_airs()
    {
        var id = await ContentSilo.DraftFmAsync(content.Author, "Duyệt hai lần", MyHiep);
        Assert.Equal(HttpStatusCode.OK, (await content.Approver.PostAsync($"/api/content/{id}/approve", null)).StatusCode);

        var again = await ProblemAsync(await content.Admin.PostAsync($"/api/content/{id}/approve", null), HttpStatusCode.Conflict);
        Assert.Contains("approved already", again.GetProperty("title").GetString(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await content.Author.PostAsync($"/api/content/{id}/archive", null)).StatusCode);
        var check = await Airing.CheckAsync(id);
        Assert.False(check.MayAir);
        Assert.Contains("archived", check.Reason, StringComparison.Ordinal);
        await ProblemAsync(await content.Author.PostAsync($"/api/content/{id}/archive", null), HttpStatusCode.Conflict);
        Assert.Contains(await AuditAsync(content.Silo, "soan.myhiep", "content.archive"), e => e.GetProperty("target").GetString() == id && e.GetProperty("outcome").GetString() == "allowed");
    }

    [Fact]
    public async Task Approving_unknown_content_is_a_404()
    {
        var problem = await ProblemAsync(await content.Approver.PostAsync("/api/content/c-0000000000000000/approve", null), HttpStatusCode.NotFound);

        Assert.Contains("c-0000000000000000", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_approval_permission_is_kept_with_the_operators_role()
    {
        var approver = await content.Admin.GetFromJsonAsync<JsonElement>("/api/operators/duyet.myhiep");
        var author = await content.Admin.GetFromJsonAsync<JsonElement>("/api/operators/soan.myhiep");

        Assert.True(approver.GetProperty("roles")[0].GetProperty("canApproveContent").GetBoolean(), approver.ToString());
        Assert.False(author.GetProperty("roles")[0].GetProperty("canApproveContent").GetBoolean(), author.ToString());
    }

    [Fact]
    public async Task A_viewer_may_not_hold_the_approval_permission()
    {
        using var response = await content.Admin.PostAsJsonAsync("/api/operators", new
        {
            username = "xem.duyet", displayName = "Người xem", password = Password, roles = new[] { new { role = "Viewer", areaCode = MyHiep, canApproveContent = true } },
        });

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("a Viewer cannot approve content", problem.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Operators_see_only_content_meant_for_their_areas()
    {
        var mine = await ContentSilo.DraftFmAsync(content.Author, "Của Mỹ Hiệp", MyHiep);
        var theirs = await ContentSilo.DraftFmAsync(content.SaDecOperator, "Của Sa Đéc", SaDec);

        var listed = (await content.Author.GetFromJsonAsync<JsonElement>("/api/content?limit=500")).EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();
        var all = (await content.Admin.GetFromJsonAsync<JsonElement>("/api/content?limit=500")).EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();

        Assert.Contains(mine, listed);
        Assert.DoesNotContain(theirs, listed);
        Assert.Contains(theirs, all);
        var refused = await ProblemAsync(await content.Author.GetAsync($"/api/content/{theirs}"), HttpStatusCode.Forbidden);
        Assert.Equal(SaDec, refused.GetProperty("areaCode").GetString());
        await ProblemAsync(await content.Author.PostAsync($"/api/content/{theirs}/archive", null), HttpStatusCode.Forbidden);
    }
}
