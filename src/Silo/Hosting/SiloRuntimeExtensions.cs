using CommuneRadio.Grains.Stations;
using CommuneRadio.Runtime;

namespace CommuneRadio.Silo.Hosting;

public static class SiloRuntimeExtensions
{
    /// <summary>The grain runtime with the Silo's grain classes, settings from the <c>GrainRuntime</c> section.</summary>
    public static WebApplicationBuilder AddSiloRuntime(this WebApplicationBuilder builder)
    {
        builder.Services.AddGrainRuntime(typeof(StationGrain).Assembly);
        builder.Services.Configure<GrainRuntimeOptions>(builder.Configuration.GetSection(GrainRuntimeOptions.SectionName));
        return builder;
    }
}
