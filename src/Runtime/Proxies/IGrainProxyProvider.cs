namespace CommuneRadio.Runtime;

/// <summary>Implemented by generated code: registers the proxy of each grain interface of one assembly.</summary>
public interface IGrainProxyProvider
{
    void Register(IGrainProxyRegistry registry);
}
