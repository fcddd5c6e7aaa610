using CommuneRadio.Runtime;

namespace CommuneRadio.Silo.Hosting;

public static class SiloRuntimeExtensions
{
    /// <summary>The grain runtime with the Silo's grain classes, settings from the <c>GrainRuntime</c> section.</summary>
    public static WebApplicationBuilder AddSiloRuntime(this WebApplicationBuilder builder)
    {
        builder.Services.AddGrainRuntime();
        builder.Services.Configure<GrainRuntimeOptions>(builder.Configuration.GetSection(GrainRuntimeOptions.SectionName));
        return builder;
    }
}
