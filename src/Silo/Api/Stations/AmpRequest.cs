using System.Text.Json.Serialization;

namespace CommuneRadio.Silo.Api.Stations;

/// <summary>Body of PUT .../amp: <c>on</c> is required (a missing one must not read as false, which would switch the amplifiers off).</summary>
public sealed record AmpRequest([property: JsonRequired] bool On);
