namespace CommuneRadio.Grains.Registry;

/// <summary>
/// Outcome of a registry change: success with how many records changed, or the field and reason
/// of the first problem (for a 400 problem-details answer), or a conflict or missing record.
/// </summary>
public sealed record RegistryResult(RegistryStatus Status, int Changed = 0, string? Field = null, string? Problem = null)
{
    public static RegistryResult Ok(int changed = 1) => new(RegistryStatus.Ok, changed);

    public static RegistryResult Invalid(string field, string problem) => new(RegistryStatus.Invalid, Field: field, Problem: problem);

    public static RegistryResult NotFound(string field, string problem) => new(RegistryStatus.NotFound, Field: field, Problem: problem);

    public static RegistryResult Conflict(string field, string problem) => new(RegistryStatus.Conflict, Field: field, Problem: problem);
}
