using CommuneRadio.Grains.Registry;

namespace CommuneRadio.Grains.Tests.Registry;

/// <summary>Stations equal by value, devices included (records compare their device lists by reference).</summary>
public sealed class StationComparer : IEqualityComparer<StationRecord?>
{
    public static readonly StationComparer Instance = new();

    public bool Equals(StationRecord? x, StationRecord? y) =>
        x is null || y is null
            ? ReferenceEquals(x, y)
            : x.Id == y.Id && x.Name == y.Name && x.AreaCode == y.AreaCode && x.Devices.SequenceEqual(y.Devices);

    public int GetHashCode(StationRecord? obj) => obj?.Id.GetHashCode(StringComparison.Ordinal) ?? 0;
}
