using System.Text;

namespace CommuneRadio.Grains.Alerts.Templates;

/// <summary>
/// The alert templates operators pick from under pressure: storm (bão), flood (lũ), landslide
/// (sạt lở đất), evacuation (sơ tán) and all-clear (kết thúc cảnh báo). Texts are written for
/// commune loudspeakers: short sentences, what is happening, where, and what to do now.
/// </summary>
public static class AlertTemplates
{
    /// <summary>Storm (bão): wind, heavy rain, boats to shelter.</summary>
    public static AlertTemplate Storm => StormTemplate.Value;

    /// <summary>Flood (lũ): rivers rising, goods to high ground, ready to move.</summary>
    public static AlertTemplate Flood => FloodTemplate.Value;

    /// <summary>Landslide and riverbank collapse (sạt lở đất): leave the danger zone.</summary>
    public static AlertTemplate Landslide => LandslideTemplate.Value;

    /// <summary>Evacuation order (sơ tán khẩn cấp): leave now, where to go, what to take.</summary>
    public static AlertTemplate Evacuation => EvacuationTemplate.Value;

    /// <summary>All-clear (kết thúc cảnh báo): the danger is over, what to check on returning.</summary>
    public static AlertTemplate AllClear => AllClearTemplate.Value;

    /// <summary>Every template, in the order the console lists them.</summary>
    public static IReadOnlyList<AlertTemplate> All { get; } = [Storm, Flood, Landslide, Evacuation, AllClear];

    /// <summary>
    /// The template named <paramref name="name"/> by its key (<c>storm</c>) or its Vietnamese name
    /// (<c>bão</c>, any case, composed or not); null when there is none.
    /// </summary>
    public static AlertTemplate? Find(string? name)
    {
        var key = AlertText.Normalize(name);
        return All.FirstOrDefault(template =>
            string.Equals(template.Name, key, StringComparison.OrdinalIgnoreCase)
            || string.Equals(template.VietnameseName.Normalize(NormalizationForm.FormC), key, StringComparison.OrdinalIgnoreCase));
    }
}
