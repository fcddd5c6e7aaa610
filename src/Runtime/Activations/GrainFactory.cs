using CommuneRadio.Runtime.Proxies;

namespace CommuneRadio.Runtime.Activations;

internal sealed class GrainFactory(GrainCatalog catalog) : IGrainFactory
{
    public TGrainInterface GetGrain<TGrainInterface>(string key)
        where TGrainInterface : IGrainWithStringKey
    {
        GrainKeys.ThrowIfInvalid(key, catalog.Options.MaxKeyLength);
        var grainClass = catalog.Classes.ForInterface(typeof(TGrainInterface));
        var create = GrainProxies.For(typeof(TGrainInterface));
        return (TGrainInterface)(object)create(catalog, new GrainId(grainClass.Name, key));
    }
}
