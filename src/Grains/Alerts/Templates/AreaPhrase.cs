namespace CommuneRadio.Grains.Alerts.Templates;

/// <summary>
/// The areas of an alert as spoken Vietnamese: "xã Mỹ Hiệp và phường Sa Đéc". Area names start
/// with their kind ("Xã", "Phường", "Tỉnh"), which is lower case inside a sentence. Too many areas,
/// or one without a known name, and the phrase says "the communes and wards under alert" instead.
/// </summary>
internal static class AreaPhrase
{
    public const string Fallback = "các xã, phường trong vùng cảnh báo";

    public const int MaxNamed = 4;

    private static readonly string[] Kinds = ["Xã", "Phường", "Tỉnh", "Thành phố", "Đặc khu", "Thị trấn"];

    public static string Of(IReadOnlyList<string> codes, Func<string, string?>? areaName)
    {
        if (areaName is null || codes.Count is 0 or > MaxNamed)
        {
            return Fallback;
        }

        var names = codes.Select(code => AlertText.NormalizeOptional(areaName(code))).ToList();
        if (names.Any(name => name is null))
        {
            return Fallback;
        }

        var spoken = names.Select(name => InSentence(name!)).ToList();
        return spoken.Count == 1 ? spoken[0] : $"{string.Join(", ", spoken.Take(spoken.Count - 1))} và {spoken[^1]}";
    }

    private static string InSentence(string name) =>
        Kinds.Any(kind => name.StartsWith(kind + " ", StringComparison.Ordinal))
            ? char.ToLowerInvariant(name[0]) + name[1..]
            : name;
}
