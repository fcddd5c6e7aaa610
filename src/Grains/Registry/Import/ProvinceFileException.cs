namespace CommuneRadio.Grains.Registry.Import;

/// <summary>A province file that cannot be imported as it is; <see cref="Problems"/> says where and why.</summary>
public sealed class ProvinceFileException(IReadOnlyList<ProvinceFileProblem> problems)
    : Exception($"The province file has {problems.Count} problem(s):{Environment.NewLine}{string.Join(Environment.NewLine, problems)}")
{
    public IReadOnlyList<ProvinceFileProblem> Problems { get; } = problems;
}
