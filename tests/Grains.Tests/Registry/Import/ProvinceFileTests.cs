using System.Text;
using CommuneRadio.DeviceProtocol;
using CommuneRadio.Grains.Registry;
using CommuneRadio.Grains.Registry.Import;
using static CommuneRadio.Grains.Tests.Registry.Import.ProvinceFiles;

namespace CommuneRadio.Grains.Tests.Registry.Import;

public sealed class ProvinceFileTests
{
    [Fact]
    public async Task Mini_json_reads_every_area_station_and_device()
    {
        var file = await ProvinceFile.LoadAsync(MiniJson);

        Assert.Equal("mini.json", file.Name);
        Assert.Equal(["82", "29308", "29224"], file.Areas.Select(a => a.Code));
        Assert.Equal(new Area("29308", "Xã Mỹ Hiệp", "xã", "82"), file.Areas[1]);
        Assert.Equal(["s-29308", "s-29224"], file.Stations.Select(s => s.Id));
        Assert.Equal(6, file.DeviceCount);
        Assert.Equal(
            new DeviceRecord("d-02", "Cụm loa chợ Mỹ Hiệp")
            {
                Gps = new GpsPosition(10.437018, 105.79221), Sim = "0912345602", Serial = "CR4G-25-900002", Firmware = "2.4.1",
            },
            file.Stations[0].Devices[1]);
    }

    [Fact]
    public async Task The_csv_files_read_to_the_same_records_as_the_json_file()
    {
        var json = await ProvinceFile.LoadAsync(MiniJson);
        var csv = await ProvinceFile.LoadAsync(MiniCsv);

        Assert.Equal(json.Areas, csv.Areas);
        Assert.Equal(json.Stations, csv.Stations, StationComparer.Instance);
    }

    [Fact]
    public void Quoted_csv_fields_may_hold_commas_quotes_and_line_breaks_and_later_lines_are_still_counted_right()
    {
        var stations = StationsHeader
            + "s-1,\"Đài \"\"Tiếng nói\"\" xã Mỹ Hiệp, Đồng Tháp\",29308,d-01,\"Cụm loa ấp Mỹ Thới\nđầu cầu\",,,,,\r\n"
            + "s-1,\"Đài \"\"Tiếng nói\"\" xã Mỹ Hiệp, Đồng Tháp\",29308,d-02,Cụm loa chợ,abc,105.8,,,\r\n";

        var problems = Problems(() => Csv(AreasCsv, stations));

        Assert.Equal([new ProvinceFileProblem("stations.csv", 4, "lat", "'abc' is not a number; write degrees with a dot, e.g. 10.4571")], problems);
        var file = Csv(AreasCsv, stations.Replace("abc", "10.43", StringComparison.Ordinal));
        Assert.Equal("Đài \"Tiếng nói\" xã Mỹ Hiệp, Đồng Tháp", file.Stations[0].Name);
        Assert.Equal("Cụm loa ấp Mỹ Thới\nđầu cầu", file.Stations[0].Devices[0].Name);
        Assert.Null(file.Stations[0].Devices[0].Gps);
    }

    [Fact]
    public void Bad_csv_rows_are_reported_together_each_with_file_line_and_column()
    {
        var stations = StationsHeader
            + "s-1,Đài xã Mỹ Hiệp,29308,d-01,Cụm loa 1,\"10,45\",105.8,,,\n"
            + "s-1,Đài xã Mỹ Hiệp khác,29308,d-02,Cụm loa 2,,,,,\n"
            + "s-1,Đài xã Mỹ Hiệp,29308,d 03,Cụm loa 3,10.4,,,,\n"
            + "s-2,Đài,29308,d-01,Cụm loa,,,,\n";

        var problems = Problems(() => Csv(AreasCsv, stations));

        Assert.Equal(
            [
                ("stations.csv", 2, "lat"),
                ("stations.csv", 3, "station_name"),
                ("stations.csv", 4, "lon"),
                ("stations.csv", 5, ""),
            ],
            problems.Select(p => (p.File, p.Line, p.Field)));
        Assert.Contains("differs from 'Đài xã Mỹ Hiệp' on line 2", problems[1].Reason);
        Assert.Contains("has 9 fields, the header has 10", problems[3].Reason);
    }

    [Fact]
    public void Invalid_ids_and_duplicates_in_csv_name_the_column_and_line()
    {
        var areas = AreasCsv + "29308,Xã Mỹ Hiệp,xã,82\n";
        var stations = StationsHeader + "s-1,Đài,29308,d 01,Cụm loa,,,,,\n";

        var problems = Problems(() => Csv(areas, stations));

        Assert.Equal(
            [("areas.csv", 4, "code", "'29308' already appears on line 3"), ("stations.csv", 2, "device_id", ProtocolIds.Problem("d 01")!)],
            problems.Select(p => (p.File, p.Line, p.Field, p.Reason)));
    }

    [Fact]
    public void Broken_csv_syntax_missing_columns_and_non_utf8_text_are_refused_with_their_line()
    {
        var unclosed = Problems(() => Csv(AreasCsv, StationsHeader + "s-1,\"Đài xã Mỹ Hiệp,29308,d-01,Cụm loa,,,,,\n"));
        var stray = Problems(() => Csv(AreasCsv, StationsHeader + "s-1,Đài \"Mỹ Hiệp\",29308,d-01,Cụm loa,,,,,\n"));
        var missing = Problems(() => Csv("code,name,kind\n82,Tỉnh Đồng Tháp,tỉnh\n", StationsHeader));
        // "Đài" as Windows-1258 writes it (0xD0 0xE0 'i'), on the third line.
        byte[] windows1258 = [.. Encoding.UTF8.GetBytes(StationsHeader + "s-1,Đài,29308,d-01,Cụm loa,,,,,\ns-2,"), 0xD0, 0xE0, (byte)'i', .. ",29308,,,,,,,,\n"u8];
        var latin = Assert.Throws<ProvinceFileException>(
            () => ProvinceFile.ReadCsv("areas.csv", Encoding.UTF8.GetBytes(AreasCsv), "stations.csv", windows1258)).Problems;

        Assert.Equal(("stations.csv", 2, "station_name"), (unclosed[0].File, unclosed[0].Line, unclosed[0].Field));
        Assert.Contains("never closed", unclosed[0].Reason);
        Assert.Equal(("stations.csv", 2, "station_name"), (stray[0].File, stray[0].Line, stray[0].Field));
        Assert.Equal(("areas.csv", 1, "parent_code"), (missing[0].File, missing[0].Line, missing[0].Field));
        Assert.Equal(("stations.csv", 3), (latin[0].File, latin[0].Line));
        Assert.Contains("not UTF-8", latin[0].Reason);
    }

    [Fact]
    public void Bad_json_values_are_reported_together_each_with_line_and_json_path()
    {
        const string json = """
            {
              "areas": [
                {"code": "82", "name": "Tỉnh Đồng Tháp", "kind": "tỉnh"},
                {"code": "29308", "name": "Xã Mỹ Hiệp", "kind": "xã", "parent_code": "82"}
              ],
              "stations": [
                {"id": "s-1", "name": "Đài xã Mỹ Hiệp", "areaCode": "29308", "devices": [
                  {"id": "d-01", "name": "Cụm loa ấp Mỹ Thới", "gps": {"lat": "10.43", "lon": 105.78}},
                  {"id": "d-02", "name": 17}
                ]},
                {"id": "s-1", "name": "Đài khác", "areaCode": "29308"}
              ]
            }
            """;

        var problems = Problems(() => Json(json));

        Assert.Equal(
            [
                (4, "areas[1].parent_code"),
                (8, "stations[0].devices[0].gps.lat"),
                (9, "stations[0].devices[1].name"),
            ],
            problems.Select(p => (p.Line, p.Field)));
        Assert.All(problems, p => Assert.Equal("test.json", p.File));
    }

    [Fact]
    public void Json_that_breaks_the_registry_rules_names_the_line_of_the_record()
    {
        const string json = """
            {
              "areas": [{"code": "82", "name": "Tỉnh Đồng Tháp", "kind": "tỉnh"}],
              "stations": [
                {"id": "s-1", "name": "Đài xã Mỹ Hiệp", "areaCode": "82", "devices": [
                  {"id": "d-01", "name": "Cụm loa", "gps": {"lat": 10.43, "lon": 205.78}},
                  {"id": "d/02", "name": "Cụm loa 2"}
                ]},
                {"id": "s-1", "name": "Đài khác", "areaCode": "82"},
                {"name": "Đài không mã", "areaCode": "82"}
              ]
            }
            """;

        var problems = Problems(() => Json(json));

        Assert.Equal(
            [
                (5, "stations[0].devices[0].gps.lon"),
                (8, "stations[1].id"),
                (9, "stations[2].id"),
            ],
            problems.Select(p => (p.Line, p.Field)));
        Assert.Equal("'s-1' already appears on line 4", problems[1].Reason);
        Assert.Equal("must not be empty", problems[2].Reason);
    }

    [Fact]
    public void Json_that_does_not_parse_names_the_line()
    {
        var problems = Problems(() => Json("{\n  \"areas\": [\n    {\"code\": \"82\" \"name\": \"Tỉnh\"}\n  ]\n}\n"));

        Assert.Equal(("test.json", 3, ""), (problems[0].File, problems[0].Line, problems[0].Field));
        Assert.Contains("is not valid JSON", problems[0].Reason);
    }

    [Fact]
    public async Task The_sample_province_reads_whole()
    {
        var file = await ProvinceFile.LoadAsync(SampleProvince);

        Assert.Equal(101, file.Areas.Count);
        Assert.Equal(100, file.Stations.Count);
        Assert.Equal(1955, file.DeviceCount);
        Assert.All(file.Stations, s => Assert.InRange(s.Devices.Count, 10, 30));
        Assert.All(file.Stations.SelectMany(s => s.Devices), d =>
        {
            Assert.InRange(d.Gps!.Lat, 10.2, 10.9);
            Assert.InRange(d.Gps.Lon, 105.4, 106.2);
        });
        Assert.Contains(file.Areas, a => a.Name == "Xã Phú Thành A");
    }
}
