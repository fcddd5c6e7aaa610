namespace CommuneRadio.Grains.Operators;

/// <summary>
/// What an operator may do inside the area an assignment scopes, weakest first: a higher role
/// includes everything a lower one may do.
/// </summary>
public enum OperatorRole
{
    /// <summary>Reads everything in scope; changes nothing.</summary>
    Viewer = 0,

    /// <summary>Runs the stations and devices in scope: volume, amplifier, devices, registry edits of stations.</summary>
    CommuneOperator = 1,

    /// <summary>Everything, including the area tree, imports, operators and the audit log.</summary>
    ProvinceAdmin = 2,
}
