namespace CommuneRadio.Grains.Registry;

/// <summary>
/// A unit of the administrative tree by its official code: a province, a commune, a ward, a
/// special zone — whatever <see cref="Kind"/> the data says (e.g. "tỉnh", "xã", "phường",
/// "đặc khu"); the tree has no fixed depth. A retired area (merged into another) keeps its code
/// for history and has <see cref="MergedInto"/>.
/// </summary>
public sealed record Area(string Code, string Name, string Kind, string? ParentCode)
{
    public DateTimeOffset? RetiredAt { get; init; }

    public string? MergedInto { get; init; }
}
