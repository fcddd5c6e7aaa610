namespace CommuneRadio.Runtime;

/// <summary>A grain addressed by a string key (a station id, an alert id).</summary>
public interface IGrainWithStringKey : IGrain
{
}
