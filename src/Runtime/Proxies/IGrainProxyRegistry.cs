
namespace CommuneRadio.Runtime;

/// <summary>Where generated code registers proxy constructors.</summary>
public interface IGrainProxyRegistry
{
    void Add<TGrainInterface>(Func<GrainCatalog, GrainId, GrainReference> create)
        where TGrainInterface : IGrain;
}
