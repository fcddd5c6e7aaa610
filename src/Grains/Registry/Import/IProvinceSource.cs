namespace CommuneRadio.Grains.Registry.Import;

/// <summary>Where the records of a parsed province file came from, to turn a registry field path into file, line and field.</summary>
internal interface IProvinceSource
{
    /// <summary>
    /// <paramref name="field"/> is a path into the file's records as the registry names it:
    /// "areas[i].parentCode", "stations[i].areaCode", "stations[i].devices[j].gps.lat".
    /// </summary>
    ProvinceFileProblem Locate(string field, string reason);
}
