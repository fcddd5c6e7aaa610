using System.Globalization;
using System.Security.Cryptography;
using CommuneRadio.DeviceProtocol;
using CommuneRadio.StationSimulator.Credentials;
using SimProvince = CommuneRadio.StationSimulator.Province;

namespace CommuneRadio.Bench.Common;

/// <summary>
/// A generated province: <see cref="DevicesPerStation"/> speaker clusters per commune station,
/// Vietnamese names, one random password per device. Deterministic apart from the passwords.
/// </summary>
internal sealed class BenchProvince
{
    public const int DevicesPerStation = 20;
    public const string ProvinceCode = "99";
    private const string PasswordAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static readonly string[] Places = ["Tân Phú", "Mỹ Hiệp", "Long Hưng", "Bình Thạnh", "Phú Thọ", "An Hòa", "Thạnh Lợi", "Vĩnh Kim", "Hòa Long", "Đông Hòa Hiệp"];

    private BenchProvince(IReadOnlyList<BenchStation> stations) => Stations = stations;

    public IReadOnlyList<BenchStation> Stations { get; }

    public int DeviceCount => Stations.Sum(s => s.DeviceIds.Count);

    /// <summary><paramref name="devices"/> devices (rounded up to whole stations); <paramref name="prefix"/> keeps two provinces' station ids apart; communes get official-looking 5-digit codes (10000 on).</summary>
    public static BenchProvince Create(int devices, string prefix, bool withPasswords)
    {
        var stationCount = (devices + DevicesPerStation - 1) / DevicesPerStation;
        var stations = new List<BenchStation>(stationCount);
        for (var i = 0; i < stationCount; i++)
        {
            var code = (10_000 + i).ToString(CultureInfo.InvariantCulture);
            var place = $"{Places[i % Places.Length]} {(i / Places.Length) + 1}";
            var ids = Enumerable.Range(1, DevicesPerStation).Select(d => $"d-{d:00}").ToList();
            var passwords = withPasswords ? ids.Select(_ => RandomNumberGenerator.GetString(PasswordAlphabet, 24)).ToList() : [];
            stations.Add(new BenchStation($"{prefix}{code}", $"Đài truyền thanh xã {place}", code, $"Xã {place}", ids, passwords));
        }

        return new BenchProvince(stations);
    }

    /// <summary>The province as the simulator reads it.</summary>
    public SimProvince.ProvinceFile ForSimulator() => new(
    [
        .. Stations.Select(s => new SimProvince.ProvinceStation(s.Id, s.Name,
            [.. s.DeviceIds.Select(d => new SimProvince.ProvinceDevice(d, $"Cụm loa ấp {d}", new GpsPosition(10.4, 105.6), "2.4.1"))])),
    ]);

    /// <summary>Each device's account as the product's DynamicSecurityAccounts names it: user and client id <c>{station}.{device}</c>.</summary>
    public IEnumerable<SimulatorCredentials> Credentials() =>
        Stations.SelectMany(s => s.DeviceIds.Select((d, i) => new SimulatorCredentials(s.Id, d, $"{s.Id}.{d}", $"{s.Id}.{d}", s.Passwords[i])));
}
