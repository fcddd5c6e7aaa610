using System.Text;
using CommuneRadio.Grains.Registry.Import;
using CommuneRadio.TestSupport;

namespace CommuneRadio.Grains.Tests.Registry.Import;

/// <summary>The sample files and small inline ones for tests.</summary>
public static class ProvinceFiles
{
    public static string MiniJson => Path.Combine(RepositoryRoot.Path, "samples", "province", "mini.json");

    public static string MiniCsv => Path.Combine(RepositoryRoot.Path, "tests", "Grains.Tests", "Registry", "Import", "Files", "mini-csv");

    public static string SampleProvince => Path.Combine(RepositoryRoot.Path, "samples", "province", "dong-thap.json");

    public static ProvinceFile Json(string json) => ProvinceFile.ReadJson("test.json", Encoding.UTF8.GetBytes(json));

    public static ProvinceFile Csv(string areas, string stations) =>
        ProvinceFile.ReadCsv("areas.csv", Encoding.UTF8.GetBytes(areas), "stations.csv", Encoding.UTF8.GetBytes(stations));

    public const string AreasCsv = """
        code,name,kind,parent_code
        82,Tỉnh Đồng Tháp,tỉnh,
        29308,Xã Mỹ Hiệp,xã,82

        """;

    public const string StationsHeader = "station_id,station_name,area_code,device_id,device_name,lat,lon,sim,serial,firmware\n";

    /// <summary>Every problem the file reading threw, as "file:line: field: reason" lines.</summary>
    public static IReadOnlyList<ProvinceFileProblem> Problems(Func<ProvinceFile> read) =>
        Assert.Throws<ProvinceFileException>(() => read()).Problems;
}
