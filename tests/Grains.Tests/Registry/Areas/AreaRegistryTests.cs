using System.Text;
using CommuneRadio.Grains.Registry;

namespace CommuneRadio.Grains.Tests.Registry.Areas;

public sealed class AreaRegistryTests : IAsyncLifetime
{
    private static readonly Area Province = new("82", "Tỉnh Đồng Tháp", "tỉnh", null);
    private static readonly Area MyHiep = new("29308", "Xã Mỹ Hiệp", "xã", "82");
    private static readonly Area MyQui = new("29311", "Xã Mỹ Quí", "xã", "82");
    private static readonly Area SaDec = new("29224", "Phường Sa Đéc", "phường", "82");

    private RegistryDatabase _db = null!;

    public async Task InitializeAsync() => _db = await RegistryDatabase.CreateAsync("areas");

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Children_may_come_before_their_parent_and_the_list_puts_parents_first()
    {
        var result = await _db.Areas.UpsertAsync([MyHiep, SaDec, Province]);

        Assert.Equal(RegistryResult.Ok(3), result);
        var listed = await _db.Areas.ListAsync();
        Assert.Equal(["82", "29224", "29308"], listed.Select(a => a.Code));
        Assert.Equal(MyHiep, await _db.Areas.GetAsync("29308"));
    }

    [Fact]
    public async Task Subtree_of_the_province_holds_its_communes_and_a_commune_only_itself()
    {
        await _db.Areas.UpsertAsync([Province, MyHiep, SaDec]);

        Assert.Equal(["82", "29224", "29308"], await _db.Areas.SubtreeAsync("82"));
        Assert.Equal(["29308"], await _db.Areas.SubtreeAsync("29308"));
        Assert.Empty(await _db.Areas.SubtreeAsync("99999"));
    }

    [Fact]
    public async Task An_unknown_parent_is_refused_naming_the_field_and_nothing_is_stored()
    {
        var result = await _db.Areas.UpsertAsync([Province, MyHiep with { ParentCode = "87" }]);

        Assert.Equal(RegistryStatus.Invalid, result.Status);
        Assert.Equal("areas[1].parentCode", result.Field);
        Assert.Contains("'87'", result.Problem);
        Assert.Empty(await _db.Areas.ListAsync());
    }

    [Fact]
    public async Task A_batch_that_would_make_a_cycle_is_refused_naming_the_field()
    {
        var hamletGroup = new Area("29308-1", "Cụm ấp Mỹ Thới", "cụm", "29308");
        await _db.Areas.UpsertAsync([Province, MyHiep, hamletGroup]);

        var result = await _db.Areas.UpsertAsync([SaDec, MyHiep with { ParentCode = "29308-1" }]);

        Assert.Equal(RegistryStatus.Invalid, result.Status);
        Assert.Equal("areas[1].parentCode", result.Field);
        Assert.Contains("29308 → 29308-1 → 29308", result.Problem);
        Assert.Equal("82", (await _db.Areas.GetAsync("29308"))!.ParentCode);
        Assert.Null(await _db.Areas.GetAsync("29224"));
    }

    [Fact]
    public async Task Invalid_codes_and_names_are_refused_naming_the_field()
    {
        var badCode = await _db.Areas.UpsertAsync([Province, MyHiep with { Code = "29 308" }]);
        var longName = await _db.Areas.UpsertAsync([Province with { Name = new string('x', 201) }]);
        var twice = await _db.Areas.UpsertAsync([Province, MyHiep, MyHiep]);

        Assert.Equal(("areas[1].code", RegistryStatus.Invalid), (badCode.Field, badCode.Status));
        Assert.Equal(("areas[0].name", RegistryStatus.Invalid), (longName.Field, longName.Status));
        Assert.Equal(("areas[2].code", RegistryStatus.Invalid), (twice.Field, twice.Status));
        Assert.Empty(await _db.Areas.ListAsync());
    }

    [Fact]
    public async Task Upserting_the_same_areas_again_changes_nothing_and_a_rename_changes_one()
    {
        await _db.Areas.UpsertAsync([Province, MyHiep, SaDec]);

        var again = await _db.Areas.UpsertAsync([Province, MyHiep, SaDec]);
        var renamed = await _db.Areas.UpsertAsync([Province, MyHiep with { Name = "Xã Mỹ Hiệp Mới" }, SaDec]);

        Assert.Equal(0, again.Changed);
        Assert.Equal(1, renamed.Changed);
        Assert.Equal("Xã Mỹ Hiệp Mới", (await _db.Areas.GetAsync("29308"))!.Name);
    }

    [Fact]
    public async Task Vietnamese_names_round_trip_and_decomposed_input_is_stored_composed()
    {
        var decomposed = "  Đặc khu Phú Quốc ".Normalize(NormalizationForm.FormD);
        await _db.Areas.UpsertAsync([Province, SaDec, new Area("31000", decomposed, "đặc khu", "82")]);

        var stored = await _db.Areas.GetAsync("31000");

        Assert.Equal("Phường Sa Đéc", (await _db.Areas.GetAsync("29224"))!.Name);
        Assert.Equal("Đặc khu Phú Quốc", stored!.Name);
        Assert.True(stored.Name.IsNormalized(NormalizationForm.FormC));
        Assert.Equal("đặc khu", stored.Kind);
        Assert.Equal(0, (await _db.Areas.UpsertAsync([new Area("31000", "Đặc khu Phú Quốc", "đặc khu", "82")])).Changed);
    }
}
