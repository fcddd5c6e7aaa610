namespace CommuneRadio.Grains.Registry.Import;

/// <summary>Problems collected while reading a file, so one attempt reports many (up to a limit), not one at a time.</summary>
internal sealed class ProvinceFileProblems
{
    public const int Limit = 100;

    private readonly List<ProvinceFileProblem> _problems = [];

    public bool Full => _problems.Count >= Limit;

    public void Add(ProvinceFileProblem problem)
    {
        if (!Full)
        {
            _problems.Add(problem);
        }
    }

    public void Add(string file, int line, string field, string reason) => Add(new ProvinceFileProblem(file, line, field, reason));

    public void ThrowIfAny()
    {
        if (_problems.Count > 0)
        {
            throw ToException();
        }
    }

    public ProvinceFileException ToException() =>
        new(_problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ToList());

    public static ProvinceFileException One(string file, int line, string field, string reason) =>
        new([new ProvinceFileProblem(file, line, field, reason)]);
}
