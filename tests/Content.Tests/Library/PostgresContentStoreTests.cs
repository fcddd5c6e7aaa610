using System.Text;
using CommuneRadio.Content.Library;
using Npgsql;

namespace CommuneRadio.Content.Tests.Library;

public sealed class PostgresContentStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 8, 0, 0, TimeSpan.Zero);
    private NpgsqlDataSource _database = null!;
    private PostgresContentStore _store = null!;

    public async Task InitializeAsync()
    {
        _database = await ContentDatabase.CreateAsync("content-store");
        _store = new PostgresContentStore(_database);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task An_audio_item_round_trips_with_its_vietnamese_title_and_media()
    {
        var item = Draft(ContentKind.Audio, "Bản tin thời sự tối — Đồng Tháp", "29308", "82") with
        {
            Media = new MediaFile("x.mp3", "audio/mpeg", 123_456, new string('e', 64), 61.25),
        };

        await _store.AddAsync(item);
        var read = await _store.GetAsync(item.Id);

        Assert.NotNull(read);
        Assert.Equal(item.Title, read.Title);
        Assert.True(read.Title.IsNormalized(NormalizationForm.FormC));
        Assert.Equal(["29308", "82"], read.AreaCodes);
        Assert.Equal(item.Media, read.Media);
        Assert.Equal(Now, read.CreatedAt);
        Assert.Equal(ContentStatus.Draft, read.Status);
    }

    [Fact]
    public async Task Relays_round_trip_their_url_and_frequency()
    {
        var stream = Draft(ContentKind.Stream, "Tiếp sóng VOV1", "82") with { StreamUrl = "https://vov.example.vn/vov1" };
        var fm = Draft(ContentKind.Fm, "Đài tỉnh FM", "82") with { FrequencyMHz = 97.5 };

        await _store.AddAsync(stream);
        await _store.AddAsync(fm);

        Assert.Equal("https://vov.example.vn/vov1", (await _store.GetAsync(stream.Id))!.StreamUrl);
        Assert.Equal(97.5, (await _store.GetAsync(fm.Id))!.FrequencyMHz);
    }

    [Fact]
    public async Task A_draft_is_approved_once_and_never_by_its_author()
    {
        var item = Draft(ContentKind.Fm, "Đài tỉnh FM", "82") with { FrequencyMHz = 97.5 };
        await _store.AddAsync(item);

        Assert.Null(await _store.ApproveAsync(item.Id, "SOAN.THAO", Now));
        var approved = await _store.ApproveAsync(item.Id, "duyet.tin", Now.AddMinutes(5));
        var again = await _store.ApproveAsync(item.Id, "nguoi.khac", Now.AddMinutes(6));

        Assert.Equal(ContentStatus.Approved, approved!.Status);
        Assert.Equal("duyet.tin", approved.ApprovedBy);
        Assert.Equal(Now.AddMinutes(5), approved.ApprovedAt);
        Assert.Null(again);
    }

    [Fact]
    public async Task The_table_itself_refuses_an_author_approving_their_own_item()
    {
        var item = Draft(ContentKind.Fm, "Đài tỉnh FM", "82") with { FrequencyMHz = 97.5, Status = ContentStatus.Approved, ApprovedBy = "Soan.Thao", ApprovedAt = Now };

        var refused = await Assert.ThrowsAsync<PostgresException>(() => _store.AddAsync(item));

        Assert.Equal(PostgresErrorCodes.CheckViolation, refused.SqlState);
    }

    [Fact]
    public async Task Archived_items_leave_the_default_list_and_are_listed_when_asked_for()
    {
        var kept = Draft(ContentKind.Fm, "Giữ lại", "29308") with { FrequencyMHz = 100 };
        var gone = Draft(ContentKind.Fm, "Lưu trữ", "29308") with { FrequencyMHz = 100 };
        await _store.AddAsync(kept);
        await _store.AddAsync(gone);

        var archived = await _store.ArchiveAsync(gone.Id, "duyet.tin", Now);

        Assert.Equal(ContentStatus.Archived, archived!.Status);
        Assert.Null(await _store.ArchiveAsync(gone.Id, "duyet.tin", Now));
        Assert.Equal([kept.Id], (await _store.ListAsync(null, null, 0, 50)).Select(i => i.Id));
        Assert.Equal([gone.Id], (await _store.ListAsync(ContentStatus.Archived, null, 0, 50)).Select(i => i.Id));
    }

    [Fact]
    public async Task A_list_limited_to_areas_holds_the_items_meant_for_any_of_them()
    {
        var myHiep = Draft(ContentKind.Fm, "Mỹ Hiệp", "29308") with { FrequencyMHz = 100 };
        var saDec = Draft(ContentKind.Fm, "Sa Đéc", "29224") with { FrequencyMHz = 100 };
        var both = Draft(ContentKind.Fm, "Cả hai", "29224", "29308") with { FrequencyMHz = 100 };
        foreach (var item in new[] { myHiep, saDec, both })
        {
            await _store.AddAsync(item);
        }

        var listed = await _store.ListAsync(null, ["29308"], 0, 50);

        Assert.Equal(new[] { both.Id, myHiep.Id }.Order(), listed.Select(i => i.Id).Order());
    }

    private static ContentItem Draft(ContentKind kind, string title, params string[] areas) =>
        new(ContentItem.NewId(), kind, title, areas, ContentStatus.Draft, "soan.thao", Now);
}
